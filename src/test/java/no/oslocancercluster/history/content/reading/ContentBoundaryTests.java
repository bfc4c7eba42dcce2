package no.oslocancercluster.history.content.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.Validation;
import no.oslocancercluster.history.content.markdown.TestPictures;
import no.oslocancercluster.history.content.model.ContentProblem;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content folder is a boundary: a symbolic link anywhere in it, to a file or a
 * folder, is a problem by name, and nothing is read through one.
 */
class ContentBoundaryTests {

	private static final String SECTION = """
			---
			title: Innovation Park
			summary: The park opened in May 2015.
			order: 1
			milestones: []
			---

			""";

	private static final String LINK = "is a symbolic link; the site reads only files that are in the content folder "
			+ "itself: put the file itself here instead of a link to it, or remove the link";

	private final ContentLoader loader = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator());

	private ContentFolder folder;

	private Path outside;

	@BeforeEach
	void createFolders(@TempDir Path temp) throws IOException {
		this.folder = new ContentFolder(Files.createDirectories(temp.resolve("content")));
		this.outside = Files.createDirectories(temp.resolve("outside"));
		Files.writeString(this.outside.resolve("secret.md"), SECTION + "The secret of the job's credentials.\n");
		Files.writeString(this.outside.resolve("secret.jpg"), "SECRET-TOKEN");
	}

	@Test
	void refusesAPictureThatIsALinkToASystemFile() throws IOException {
		link("images/passwd.jpg", Path.of("/etc/passwd"));
		this.folder.write("park.md", SECTION + "![The park](images/passwd.jpg)\n");
		assertThat(this.folder.problems(this.loader))
			.containsExactly(this.folder.path("images/passwd.jpg") + ":1:1: " + LINK,
					this.folder.path("park.md")
							+ ":8:1: image: \"images/passwd.jpg\" is a symbolic link, or in a folder "
							+ "that is one; put the picture itself in content/images");
	}

	@Test
	void refusesASectionThatIsALinkToAFileOutside() throws IOException {
		link("secret.md", this.outside.resolve("secret.md"));
		ContentLoader.Result result = this.loader.check(this.folder.root());
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly(this.folder.path("secret.md") + ":1:1: " + LINK);
		assertThat(result.editions()).isNull();
	}

	@Test
	void refusesAFolderThatIsALinkAndReadsNothingThroughIt() throws IOException {
		link("images", this.outside);
		this.folder.write("park.md", SECTION + "![The park](images/secret.jpg)\n");
		ContentLoader.Result result = this.loader.check(this.folder.root());
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly(this.folder.path("images") + ":1:1: " + LINK,
					this.folder.path("park.md")
							+ ":8:1: image: \"images/secret.jpg\" is a symbolic link, or in a folder "
							+ "that is one; put the picture itself in content/images");
	}

	@Test
	void refusesALinkThatNothingUses() throws IOException {
		link("images/notes.txt", Path.of("/proc/self/environ"));
		assertThat(this.folder.problems(this.loader))
			.containsExactly(this.folder.path("images/notes.txt") + ":1:1: " + LINK);
	}

	@Test
	void readsAContentFolderThatIsItselfALink(@TempDir Path temp) throws IOException {
		Path release = Files.createSymbolicLink(temp.resolve("current"), this.folder.root());
		this.folder.write("images/park.png", TestPictures.png(4, 4));
		this.folder.write("park.md", SECTION + "![The park](images/park.png)\n");
		ContentLoader.Result result = this.loader.check(release);
		assertThat(result.problems()).isEmpty();
		assertThat(result.pictures()).containsOnlyKeys("/images/park.png");
	}

	private void link(String name, Path target) throws IOException {
		Path link = this.folder.root().resolve(name);
		Files.createDirectories(link.getParent());
		Files.createSymbolicLink(link, target);
	}

}
