package no.oslocancercluster.history.content.store;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.PictureSizes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The smaller widths of the photographs a version shows ({@link PictureSizes}), made once
 * per version from the checked bytes and held beside the originals: each picture is
 * decoded once, one at a time (a 4,000 × 3,000 photograph is 48 MB of pixels), and scaled
 * down with Java2D, halving and then bicubic, each width from the one above it. A JPEG
 * stays a JPEG (quality 0.8, progressive), a PNG a PNG. A picture whose bytes are as in
 * the version before is not made again.
 */
final class SmallerPictures {

	private static final Log logger = LogFactory.getLog(SmallerPictures.class);

	private static final float QUALITY = 0.8f;

	// One picture's pixels at a time, whichever reload or start asks.
	private static final Object ONE_AT_A_TIME = new Object();

	private SmallerPictures() {
	}

	/**
	 * The originals by their address on the site, each followed by its smaller widths;
	 * those of the version before are taken again where the original's bytes are the
	 * same.
	 */
	static Map<String, PictureFile> with(Map<String, PictureFile> originals, Map<String, PictureFile> before) {
		Map<String, PictureFile> pictures = new LinkedHashMap<>();
		long start = System.nanoTime();
		int made = 0;
		for (Map.Entry<String, PictureFile> original : originals.entrySet()) {
			pictures.put(original.getKey(), original.getValue());
			Map<String, PictureFile> smaller = reused(original.getKey(), original.getValue(), before);
			if (smaller == null) {
				smaller = make(original.getKey(), original.getValue());
				made += smaller.size();
			}
			pictures.putAll(smaller);
		}
		if (made > 0) {
			logger.info(String.format("Made %d smaller sizes of the pictures in %d ms", made,
					(System.nanoTime() - start) / 1_000_000));
		}
		return Collections.unmodifiableMap(pictures);
	}

	// The smaller widths the version before made of the same bytes, or null.
	private static Map<String, PictureFile> reused(String address, PictureFile original,
			Map<String, PictureFile> before) {
		PictureFile earlier = before.get(address);
		if (earlier == null || !earlier.digest().equals(original.digest())) {
			return null;
		}
		Map<String, PictureFile> smaller = new LinkedHashMap<>();
		for (int width : PictureSizes.widths(original)) {
			PictureFile file = before.get(PictureSizes.address(address, width));
			if (file == null) {
				return null;
			}
			smaller.put(PictureSizes.address(address, width), file);
		}
		return smaller;
	}

	/**
	 * The smaller widths of one picture by their address; a picture that cannot be
	 * decoded (a CMYK JPEG, which Java's reader refuses) is served at every width as it
	 * is, so that the page's addresses all answer.
	 */
	static Map<String, PictureFile> make(String address, PictureFile original) {
		List<Integer> widths = PictureSizes.widths(original);
		Map<String, PictureFile> smaller = new LinkedHashMap<>();
		if (widths.isEmpty()) {
			return smaller;
		}
		synchronized (ONE_AT_A_TIME) {
			try {
				scale(address, original, widths, smaller);
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Could not make the smaller sizes of " + address + " (" + ex + "): it is served as it is");
				widths.forEach((width) -> smaller.put(PictureSizes.address(address, width), original));
			}
		}
		return smaller;
	}

	// Decodes the picture once and scales it down, from the largest width to the
	// smallest.
	private static void scale(String address, PictureFile original, List<Integer> widths,
			Map<String, PictureFile> smaller) throws IOException {
		BufferedImage image = plain(
				ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(original.bytes()))),
				original.format());
		for (int i = widths.size() - 1; i >= 0; i--) {
			image = scaled(image, original, widths.get(i));
			smaller.put(PictureSizes.address(address, widths.get(i)), PictureFile.of(encode(image, original.format())));
		}
	}

	// Pixels the resampling and the writers take as they are: a palette or an uncommon
	// layout is drawn again as plain RGB, with alpha for a PNG.
	private static BufferedImage plain(BufferedImage image, String format) throws IOException {
		if (image == null) {
			throw new IOException("no reader decodes it");
		}
		int type = image.getType();
		if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
				|| type == BufferedImage.TYPE_BYTE_GRAY || (format.equals("png") && type == BufferedImage.TYPE_INT_ARGB)
				|| (format.equals("png") && type == BufferedImage.TYPE_4BYTE_ABGR)) {
			return image;
		}
		boolean alpha = format.equals("png") && image.getColorModel().hasAlpha();
		BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(),
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = plain.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return plain;
	}

	// Halved with bilinear interpolation while that stays at or above the width (each
	// halving averages every pixel of the larger picture, as a good downscale must),
	// then bicubic interpolation to the width: Java2D's own loops, a few tenths of a
	// second for a 4,000 px photograph where a Lanczos filter in Java took seconds.
	private static BufferedImage scaled(BufferedImage image, PictureFile original, int width) {
		int height = PictureSizes.height(original.width(), original.height(), width);
		BufferedImage scaled = image;
		while (scaled.getWidth() / 2 >= width && scaled.getHeight() / 2 >= height) {
			scaled = drawn(scaled, scaled.getWidth() / 2, scaled.getHeight() / 2,
					RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		}
		return (scaled.getWidth() == width) ? scaled
				: drawn(scaled, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
	}

	private static BufferedImage drawn(BufferedImage image, int width, int height, Object interpolation) {
		BufferedImage drawn = new BufferedImage(width, height,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = drawn.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return drawn;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(QUALITY);
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
