package no.oslocancercluster.history.content.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The smaller widths the site makes of a photograph, and their addresses, in one place
 * for the renderer (which writes them into the page's {@code srcset}) and the store
 * (which makes them): {@code /images/park.jpg} at 960 px is
 * {@code /images/park-960w.jpg}. A name of that form is the site's own, so an editor's
 * file may not have one.
 */
public final class PictureSizes {

	/**
	 * The widths made, in pixels: a picture in the text column is 300 CSS px wide on a
	 * phone (480 and 640 px at 1.5 to 2 device pixels per px, 960 at 3) and 608 on a
	 * wider screen (640, 1280 at twice the density, 1920 at three times). Only those
	 * smaller than the original are made.
	 */
	public static final List<Integer> WIDTHS = List.of(480, 640, 960, 1280, 1920);

	// The name of a smaller width: "-" and the width in pixels with "w" before the
	// extension.
	private static final Pattern SMALLER = Pattern.compile("-[0-9]+w\\.[^./]+$");

	private PictureSizes() {
	}

	/**
	 * The widths made of a picture: those below its own width, for JPEG and PNG only (a
	 * GIF may move, and no Java library here writes WebP); none for anything else.
	 */
	public static List<Integer> widths(PictureFile picture) {
		if (picture.state() != PictureFile.State.READ
				|| !("jpeg".equals(picture.format()) || "png".equals(picture.format())) || picture.height() <= 0) {
			return List.of();
		}
		return WIDTHS.stream().filter((width) -> width < picture.width()).toList();
	}

	/**
	 * The height of a picture at a smaller width, keeping its proportions; at least one
	 * pixel.
	 */
	public static int height(int width, int height, int smallerWidth) {
		return Math.max(1, (int) Math.round((double) height * smallerWidth / width));
	}

	/**
	 * The address of a picture at a smaller width: {@code -480w} before its extension.
	 */
	public static String address(String address, int width) {
		int slash = address.lastIndexOf('/');
		int dot = address.lastIndexOf('.');
		return (dot > slash) ? address.substring(0, dot) + "-" + width + "w" + address.substring(dot)
				: address + "-" + width + "w";
	}

	/**
	 * Whether an address has the form of a smaller width's ({@code park-480w.jpg}), which
	 * the site keeps for its own.
	 */
	public static boolean smaller(String address) {
		return SMALLER.matcher(address).find();
	}

}
