package no.oslocancercluster.history.content.markdown;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Real pictures made by the tests, and files that only pretend to be pictures.
 */
public final class TestPictures {

	// A 1 × 1 lossless WebP (no Java library here writes WebP).
	private static final String WEBP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

	private TestPictures() {
	}

	public static byte[] jpeg(int width, int height) {
		return write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/**
	 * A JPEG with something to see: red on the left, blue on the right, so that a smaller
	 * size of it can be told from a blank one.
	 */
	public static byte[] photograph(int width, int height) {
		return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/**
	 * A PNG of red and blue halves, as {@link #photograph}.
	 */
	public static byte[] drawing(int width, int height) {
		return write(halves(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	private static BufferedImage halves(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	public static byte[] png(int width, int height) {
		return write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png");
	}

	public static byte[] gif(int width, int height) {
		return write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED), "gif");
	}

	public static byte[] bmp(int width, int height) {
		return write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "bmp");
	}

	public static byte[] webp() {
		return Base64.getDecoder().decode(WEBP);
	}

	/**
	 * A small PNG whose header claims the given size: a few hundred bytes that a browser
	 * would try to decode into gigabytes.
	 */
	public static byte[] pngClaiming(int width, int height) {
		byte[] png = png(1, 1);
		ByteBuffer buffer = ByteBuffer.wrap(png);
		// The IHDR chunk follows the 8-byte signature: length (4), type (4), width (4),
		// height (4), ..., CRC (4).
		buffer.putInt(16, width).putInt(20, height);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		buffer.putInt(29, (int) crc.getValue());
		return png;
	}

	private static byte[] write(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
