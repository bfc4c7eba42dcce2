package no.oslocancercluster.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where a start that names no {@code site.content-snapshot} keeps its snapshots of
 * checked content and rendered pages: in the user's cache folder
 * ({@code $XDG_CACHE_HOME}, or else {@code ~/.cache}), so that the next start of the same
 * build with the same content and settings takes them instead of checking and rendering
 * again (see {@code KeptPages} for what "the same" covers). The folder is the user's
 * alone: one that others may write to is not used, since what is in it is served.
 */
final class CachedSnapshot {

	private static final String PROPERTY = "site.content-snapshot";

	private static final String FOLDER = "oslo-cancer-cluster-history";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private CachedSnapshot() {
	}

	/**
	 * The setting as a default, below every other source of settings (the command line,
	 * the environment, the application's properties); none when the cache folder cannot
	 * be made or is not the user's alone.
	 */
	static Map<String, Object> defaults(Map<String, String> environment) {
		return defaults(environment, System.getProperty("user.home"));
	}

	static Map<String, Object> defaults(Map<String, String> environment, String home) {
		Path folder = folder(environment, home);
		if (folder == null) {
			return Map.of();
		}
		try {
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder.getParent());
				Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			return usable(folder) ? Map.of(PROPERTY, folder.resolve("content.snapshot").toString()) : Map.of();
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return Map.of();
		}
	}

	// Written by this user alone: owned by them, and no one else may write to it.
	private static boolean usable(Path folder) throws IOException {
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
		return Files.isWritable(folder) && Files.getOwner(folder).getName().equals(System.getProperty("user.name"))
				&& !permissions.contains(PosixFilePermission.GROUP_WRITE)
				&& !permissions.contains(PosixFilePermission.OTHERS_WRITE);
	}

	private static Path folder(Map<String, String> environment, String home) {
		String cache = environment.get("XDG_CACHE_HOME");
		if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) {
			return Path.of(cache, FOLDER);
		}
		return (home != null && !home.isBlank() && Path.of(home).isAbsolute()) ? Path.of(home, ".cache", FOLDER) : null;
	}

}
