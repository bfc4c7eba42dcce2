package no.oslocancercluster.history.content.reading;

import java.util.Arrays;
import java.util.Map;

import no.oslocancercluster.history.content.frontmatter.OverviewFrontMatter;
import no.oslocancercluster.history.content.frontmatter.SectionFrontMatter;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.RenderedMarkdown;

/**
 * The files of a check that had no problems of their own, each with what reading it
 * found: its front matter, bound and valid, and its text, checked and rendered. Reading a
 * file again gives the same result as long as its bytes and the pictures it shows are the
 * same, so a load takes that result instead of parsing, validating and rendering the file
 * again. The checks across files (links, reading order, translations, milestones against
 * the text) run on every load all the same.
 *
 * @param files by file name in the content folder
 */
public record CheckedFiles(Map<String, CheckedFile> files) {

	public static final CheckedFiles NONE = new CheckedFiles(Map.of());

	/**
	 * What reading the named file found, if the file is byte for byte the one that was
	 * checked and its pictures are unchanged; {@code null} otherwise.
	 */
	public CheckedFile find(String name, byte[] bytes, ContentRoot root) {
		CheckedFile file = this.files.get(name);
		return (file != null && Arrays.equals(file.bytes(), bytes) && file.samePictures(root)) ? file : null;
	}

	public int size() {
		return this.files.size();
	}

	/**
	 * A file as it was checked.
	 *
	 * @param bytes the file, exactly
	 * @param matter its front matter: a {@link SectionFrontMatter}, an
	 * {@link OverviewFrontMatter} or, for a file of the names, an
	 * {@link no.oslocancercluster.history.content.frontmatter.EntityFrontMatter}
	 * @param body its text, rendered, with the links, ids and pictures it has (none for a
	 * name)
	 */
	public record CheckedFile(byte[] bytes, Record matter, RenderedMarkdown body) {

		/**
		 * The front matter as the given type, or {@code null} if the file's front matter
		 * is of another kind.
		 */
		public <T> T matter(Class<T> type) {
			return type.isInstance(this.matter) ? type.cast(this.matter) : null;
		}

		// The version in a picture's address and its width and height come from its file.
		private boolean samePictures(ContentRoot root) {
			for (Map.Entry<String, String> picture : this.body.pictures().entrySet()) {
				PictureFile file = root.picture(picture.getKey().replaceFirst("^/", ""));
				if (file.state() != PictureFile.State.READ || !file.digest().equals(picture.getValue())) {
					return false;
				}
			}
			return true;
		}

	}

}
