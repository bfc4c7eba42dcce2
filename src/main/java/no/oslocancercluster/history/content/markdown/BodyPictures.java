package no.oslocancercluster.history.content.markdown;

import java.awt.Dimension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.PictureSizes;

/**
 * The pictures one body shows: each address is checked against the content's images
 * folder and the file there, and the size and digest of each good one kept for the
 * renderer.
 */
final class BodyPictures {

	private final Function<String, PictureFile> files;

	private final Map<String, Dimension> sizes = new HashMap<>();

	private final Map<String, String> digests = new HashMap<>();

	private final Map<String, List<Integer>> widths = new HashMap<>();

	// Addresses outside the images folder, which the allow-list may drop from the HTML.
	private int refused;

	BodyPictures(Function<String, PictureFile> files) {
		this.files = files;
	}

	/**
	 * Checks the picture at an address as written and keeps its size and digest; returns
	 * what is wrong with it, ending with the suffix, or {@code null}.
	 */
	String check(String url, String suffix) {
		String file = url.replaceFirst("^/", "");
		if (!inImages(file)) {
			this.refused++;
			return "\"" + url + "\"" + suffix + " is not in the content's images folder; put the "
					+ "picture in content/images and write images/its-name.jpg";
		}
		if (PictureSizes.smaller(file)) {
			return keptName(url, file) + suffix;
		}
		PictureFile picture = this.files.apply(file);
		String message = picture.problem(url);
		if (message != null) {
			return message + suffix;
		}
		this.sizes.put(url, new Dimension(picture.width(), picture.height()));
		this.digests.put(url, picture.digest());
		this.widths.put(url, PictureSizes.widths(picture));
		return null;
	}

	// A name like the smaller sizes' (park-480w.jpg) would be served in place of one, or
	// hide it.
	private static String keptName(String url, String file) {
		return "\"" + url + "\" has a name the site keeps for the smaller sizes it makes of each photograph (-480w "
				+ "before the extension); rename the file, for instance to "
				+ file.substring(file.lastIndexOf('/') + 1).replaceFirst("w(\\.[^./]+)$", "$1");
	}

	private static boolean inImages(String file) {
		return file.startsWith("images/") && !List.of(file.split("/")).contains("..") && !file.contains("?")
				&& !file.contains("#");
	}

	int refused() {
		return this.refused;
	}

	PicturesShown pictures() {
		return new PicturesShown(this.sizes, this.digests, this.widths);
	}

}
