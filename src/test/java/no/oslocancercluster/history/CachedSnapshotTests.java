package no.oslocancercluster.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a plain start keeps its snapshots: in the user's cache folder, made for them
 * alone if need be, and nowhere when it cannot be made or others may write to it.
 */
class CachedSnapshotTests {

	private static final String FOLDER = "oslo-cancer-cluster-history";

	@TempDir
	private Path home;

	@Test
	void snapshotsAreKeptInTheCacheFolderTheEnvironmentNames(@TempDir Path cache) throws IOException {
		Map<String, Object> defaults = CachedSnapshot.defaults(Map.of("XDG_CACHE_HOME", cache.toString()),
				this.home.toString());
		Path snapshot = cache.resolve(FOLDER).resolve("content.snapshot");
		assertThat(defaults).containsExactly(Map.entry("site.content-snapshot", snapshot.toString()));
		assertThat(snapshot.getParent()).isDirectory();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(snapshot.getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void withoutOneNamedTheyAreKeptInTheHomeFoldersCache() {
		Map<String, Object> defaults = CachedSnapshot.defaults(Map.of("XDG_CACHE_HOME", "relative/cache"),
				this.home.toString());
		assertThat(defaults).containsExactly(Map.entry("site.content-snapshot",
				this.home.resolve(".cache").resolve(FOLDER).resolve("content.snapshot").toString()));
	}

	@Test
	void aCacheFolderThatCannotBeMadeMeansNoSnapshot() throws IOException {
		Path file = Files.writeString(this.home.resolve("not-a-folder"), "a file where the cache folder would be");
		assertThat(CachedSnapshot.defaults(Map.of("XDG_CACHE_HOME", file.toString()), this.home.toString())).isEmpty();
	}

	@Test
	void aCacheFolderOthersMayWriteToIsNotUsed() throws IOException {
		Path folder = Files.createDirectories(this.home.resolve(".cache").resolve(FOLDER));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
		assertThat(CachedSnapshot.defaults(Map.of(), this.home.toString())).isEmpty();
	}

}
