package no.oslocancercluster.history.content.markdown;

import java.awt.Dimension;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.util.sequence.Escaping;
import no.oslocancercluster.history.content.model.PictureSizes;
import no.oslocancercluster.history.content.model.SitePaths;

/**
 * What the renderer knows of the pictures a body shows.
 *
 * @param sizes width and height by address as written
 * @param digests the SHA-256 of the file by address as written
 * @param widths the smaller widths the site makes of it by address as written
 */
record PicturesShown(Map<String, Dimension> sizes, Map<String, String> digests, Map<String, List<Integer>> widths) {

	/**
	 * The address a page uses: from the site's root, with a version from the file's
	 * digest, so that a changed picture gets a new address and caches may keep each for a
	 * year.
	 */
	String address(String src) {
		return address(src, 0);
	}

	/**
	 * The address of the picture at a smaller width, or at its own with 0: that of the
	 * smaller size, with the version of the file it is made from.
	 */
	String address(String src, int width) {
		String digest = written(this.digests, src);
		String path = src.replaceFirst("^images/", SitePaths.IMAGES);
		path = (width > 0) ? PictureSizes.address(path, width) : path;
		return (digest != null) ? path + "?v=" + digest.substring(0, Math.min(10, digest.length())) : path;
	}

	/**
	 * The smaller widths the site makes of the picture at an address as rendered.
	 */
	List<Integer> widths(String src) {
		List<Integer> found = written(this.widths, src);
		return (found != null) ? found : List.of();
	}

	/**
	 * The width and height of the picture at an address as rendered, or {@code null}.
	 */
	Dimension size(String src) {
		return written(this.sizes, src);
	}

	// Flexmark percent-encodes the addresses it renders (images/fjørd.jpg becomes
	// images/fj%C3%B8rd.jpg): a picture is found by its address as written, or by
	// that address encoded, which leaves %XX as it is.
	private static <T> T written(Map<String, T> byAddress, String src) {
		T found = byAddress.get(src);
		if (found != null) {
			return found;
		}
		for (Map.Entry<String, T> entry : byAddress.entrySet()) {
			if (Escaping.percentEncodeUrl(entry.getKey()).equals(src)) {
				return entry.getValue();
			}
		}
		return null;
	}

}
