package no.oslocancercluster.history.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.store.ContentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index follows the content: a new version is searchable as soon as it is
 * published, and a broken edit changes nothing.
 */
@SpringBootTest
class SearchReloadTests {

	private static final Path FOLDER = LocalSite.copyOfContent("search-reload");

	@Autowired
	private ContentStore store;

	@Autowired
	private SearchIndex index;

	@DynamicPropertySource
	static void contentFolder(DynamicPropertyRegistry registry) {
		registry.add("site.content-dir", FOLDER::toString);
	}

	@AfterAll
	static void deleteFolder() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void reloadedContentIsSearchable() throws IOException {
		assertThat(this.index.search(Language.NB, "jubileum", 10).hits()).isEmpty();
		Path founding = FOLDER.resolve("founding.nb.md");
		String text = Files.readString(founding);
		Files.writeString(founding, text.replace("## Hvorfor", "Et jubileum ble feiret.\n\n## Hvorfor"));
		this.store.reload();
		assertThat(this.index.search(Language.NB, "jubileum", 10).hits()).extracting(SearchIndex.Hit::href)
			.containsExactly("/nb/founding#oslo-cancer-cluster-initiated");
		assertThat(this.index.search(Language.EN, "jubileum", 10).hits()).isEmpty();
		// A broken edit keeps the site, and its index, as they were.
		Files.writeString(founding, text.replace("order: 1", "order: first"));
		this.store.reload();
		assertThat(this.index.search(Language.NB, "jubileum", 10).hits()).hasSize(1);
	}

}
