package no.oslocancercluster.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a plain start keeps its snapshots: in the user's cache folder, made if need be,
 * and nowhere when it cannot be made.
 */
class CachedSnapshotTests {

	@Test
	void snapshotsAreKeptInTheCacheFolderTheEnvironmentNames(@TempDir Path cache) {
		Map<String, Object> defaults = CachedSnapshot.defaults(Map.of("XDG_CACHE_HOME", cache.toString()));
		Path snapshot = cache.resolve("oslo-cancer-cluster-history").resolve("content.snapshot");
		assertThat(defaults).containsExactly(Map.entry("site.content-snapshot", snapshot.toString()));
		assertThat(snapshot.getParent()).isDirectory();
	}

	@Test
	void withoutOneNamedTheyAreKeptInTheHomeFoldersCache() {
		Map<String, Object> defaults = CachedSnapshot.defaults(Map.of("XDG_CACHE_HOME", "relative/cache"));
		assertThat(defaults).containsExactly(Map.entry("site.content-snapshot",
				Path.of(System.getProperty("user.home"), ".cache", "oslo-cancer-cluster-history", "content.snapshot")
					.toString()));
	}

	@Test
	void aCacheFolderThatCannotBeMadeMeansNoSnapshot(@TempDir Path folder) throws IOException {
		Path file = Files.writeString(folder.resolve("not-a-folder"), "a file where the cache folder would be");
		assertThat(CachedSnapshot.defaults(Map.of("XDG_CACHE_HOME", file.toString()))).isEmpty();
	}

}
