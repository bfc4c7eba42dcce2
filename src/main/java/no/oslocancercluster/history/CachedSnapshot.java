package no.oslocancercluster.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a start that names no {@code site.content-snapshot} keeps its snapshots of
 * checked content and rendered pages: in the user's cache folder
 * ({@code $XDG_CACHE_HOME}, or else {@code ~/.cache}), so that the next start of the same
 * build with the same content and settings takes them instead of checking and rendering
 * again. A snapshot of another build, other content or other settings is never taken,
 * only replaced.
 */
final class CachedSnapshot {

	static final String PROPERTY = "site.content-snapshot";

	private static final String FOLDER = "oslo-cancer-cluster-history";

	private CachedSnapshot() {
	}

	/**
	 * The setting as a default, below every other source of settings (the command line,
	 * the environment, the application's properties); none when the cache folder cannot
	 * be made.
	 */
	static Map<String, Object> defaults(Map<String, String> environment) {
		Path folder = folder(environment);
		if (folder == null) {
			return Map.of();
		}
		try {
			Files.createDirectories(folder);
		}
		catch (IOException | SecurityException ex) {
			return Map.of();
		}
		return Files.isWritable(folder) ? Map.of(PROPERTY, folder.resolve("content.snapshot").toString()) : Map.of();
	}

	private static Path folder(Map<String, String> environment) {
		String cache = environment.get("XDG_CACHE_HOME");
		if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) {
			return Path.of(cache, FOLDER);
		}
		String home = System.getProperty("user.home");
		return (home != null && !home.isBlank() && Path.of(home).isAbsolute()) ? Path.of(home, ".cache", FOLDER) : null;
	}

}
