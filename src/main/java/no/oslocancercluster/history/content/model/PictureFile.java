package no.oslocancercluster.history.content.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A picture's file as one load read it: its bytes, what they really are (read from their
 * header with Java's image readers and TwelveMonkeys' for WebP, never decoded whole), and
 * their digest. A picture is served and exported only from these bytes.
 *
 * @param state whether the file could be read
 * @param bytes the file's bytes, or {@code null}
 * @param size the file's size in bytes
 * @param format the format its bytes are in ({@code jpeg}, {@code png}, {@code gif},
 * {@code webp}), or {@code null}
 * @param width its width in pixels, or 0 when its header cannot be read
 * @param height its height in pixels, or 0 when its header cannot be read
 * @param digest the SHA-256 of its bytes, in hex; {@code "0"} when it has none
 */
public record PictureFile(State state, byte[] bytes, long size, String format, int width, int height, String digest) {

	// Far beyond what a page needs (a photograph at 8,000 px a side is about 20 MB as a
	// good JPEG), and a bound on
	// what a picture can make the site hold in memory or a browser decode.
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	static final int MAX_SIDE = 8000;

	// The formats a browser shows, by the file name's extension. SVG is not among them:
	// it can carry script.
	static final Map<String, String> FORMATS = Map.of("jpg", "jpeg", "jpeg", "jpeg", "png", "png", "gif", "gif", "webp",
			"webp");

	public static final PictureFile MISSING = new PictureFile(State.MISSING, null, 0, null, 0, 0, "0");

	public static final PictureFile LINKED = new PictureFile(State.LINKED, null, 0, null, 0, 0, "0");

	static {
		// Image readers of the libraries in the jar register themselves only with the
		// class loader that scans.
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(PictureFile.class.getClassLoader());
		try {
			ImageIO.scanForPlugins();
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * What a file can be.
	 */
	public enum State {

		/** Read, with its bytes. */
		READ,
		/** There is no such file. */
		MISSING,
		/**
		 * The file, or a folder on the way to it, is a symbolic link, and was not read.
		 */
		LINKED,
		/** The file is over the size limit, and was not read. */
		TOO_LARGE

	}

	public static PictureFile tooLarge(long size) {
		return new PictureFile(State.TOO_LARGE, null, size, null, 0, 0, "0");
	}

	public static PictureFile of(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return tooLarge(bytes.length);
		}
		String digest = sha256(bytes);
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return new PictureFile(State.READ, bytes, bytes.length, null, 0, 0, digest);
			}
			return withHeader(readers.next(), input, bytes, digest);
		}
		catch (IOException ex) {
			return new PictureFile(State.READ, bytes, bytes.length, null, 0, 0, digest);
		}
	}

	// The format the reader knows the bytes by, and the size their header gives when it
	// can be read.
	private static PictureFile withHeader(ImageReader reader, ImageInputStream input, byte[] bytes, String digest)
			throws IOException {
		String format = reader.getFormatName().toLowerCase(Locale.ROOT);
		try {
			reader.setInput(input);
			return new PictureFile(State.READ, bytes, bytes.length, format, reader.getWidth(0), reader.getHeight(0),
					digest);
		}
		catch (IOException | RuntimeException ex) {
			return new PictureFile(State.READ, bytes, bytes.length, format, 0, 0, digest);
		}
		finally {
			reader.dispose();
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/**
	 * The media type a browser is told, from the format of the bytes.
	 */
	public String contentType() {
		return "image/" + this.format;
	}

	/**
	 * What is wrong with this file as the picture at the address, with what to do;
	 * {@code null} when nothing is.
	 */
	public String problem(String address) {
		String quoted = "\"" + address + "\"";
		return switch (this.state) {
			case MISSING -> quoted + " does not exist; add the picture to content/images or correct its name";
			case LINKED -> quoted + " is a symbolic link, or in a folder that is one; put the picture itself in "
					+ "content/images";
			case TOO_LARGE -> quoted + " is " + megabytes(this.size) + " MB; a picture can be at most "
					+ MAX_BYTES / 1024 / 1024 + " MB: save it smaller (no more than " + MAX_SIDE + " px a side)";
			case READ -> formatProblem(address, quoted);
		};
	}

	private String formatProblem(String address, String quoted) {
		String extension = extension(address);
		String expected = FORMATS.get(extension);
		if (expected == null) {
			return quoted + " is not a kind of picture the site shows"
					+ (extension.equals("svg") ? " (an SVG file can carry script)" : "")
					+ "; save it as .jpg, .png, .webp or .gif";
		}
		return expected.equals(this.format) ? pixelsProblem(quoted, expected)
				: kindProblem(quoted, extension, expected);
	}

	// Bytes of another kind than the file's name says.
	private String kindProblem(String quoted, String extension, String expected) {
		if (this.format == null) {
			return quoted + " is not a picture: its bytes are not " + expected.toUpperCase(Locale.ROOT)
					+ "; save the picture again from a photo editor";
		}
		if (!FORMATS.containsValue(this.format)) {
			return quoted + " is a " + this.format.toUpperCase(Locale.ROOT) + " picture, which browsers do not all "
					+ "show; save it as JPEG or PNG";
		}
		return quoted + " is a " + this.format.toUpperCase(Locale.ROOT) + " picture with a ." + extension
				+ " name; name it ." + (this.format.equals("jpeg") ? "jpg" : this.format) + " here and in the folder";
	}

	// Bytes of the right kind: their header must give a size within the limit.
	private String pixelsProblem(String quoted, String expected) {
		if (this.width <= 0 || this.height <= 0) {
			return quoted + " is damaged: its " + expected.toUpperCase(Locale.ROOT)
					+ " header cannot be read; save the picture again from a photo editor";
		}
		if (this.width > MAX_SIDE || this.height > MAX_SIDE) {
			return quoted + " is " + this.width + " × " + this.height + " pixels; a picture can be at most " + MAX_SIDE
					+ " px a side: scale it down";
		}
		return null;
	}

	private static String extension(String address) {
		int dot = address.lastIndexOf('.');
		return (dot < 0) ? "" : address.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", Math.ceil(bytes * 10.0 / 1024 / 1024) / 10);
	}

}
