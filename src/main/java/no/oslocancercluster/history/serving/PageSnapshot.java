package no.oslocancercluster.history.serving;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import no.oslocancercluster.history.content.model.Language;

/**
 * The pages of a content version as they were rendered and compressed, kept in a file
 * beside the snapshot of checked content, so that the next start of the same code with
 * the same content and settings serves them at once instead of rendering them again. It
 * only ever saves time: a file of another {@link VersionKey}, of another format, or
 * damaged (a checksum covers it) is not used.
 */
final class PageSnapshot {

	private static final String MAGIC = "Oslo Cancer Cluster history: rendered pages";

	private static final int FORMAT = 2;

	private static final int BUFFER = 1 << 16;

	private PageSnapshot() {
	}

	/**
	 * Where the pages are kept when the checked content is kept in
	 * {@code contentSnapshot}.
	 */
	static Path beside(Path contentSnapshot) {
		return contentSnapshot.resolveSibling(contentSnapshot.getFileName() + ".pages");
	}

	/**
	 * The pages a snapshot holds, if it was written for the given key; throws otherwise.
	 */
	static RenderedVersion read(Path file, String key) throws IOException {
		long size = checkSize(file);
		CRC32C checksum = new CRC32C();
		try (DataInputStream in = new DataInputStream(
				new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER), checksum))) {
			if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
				throw new IOException("it is not of this format");
			}
			if (!key.equals(in.readUTF())) {
				throw new IOException("it was rendered by other code, with other settings or of other content");
			}
			RenderedVersion version = version(in, size);
			long summed = checksum.getValue();
			if (in.readLong() != summed || in.read() != -1) {
				throw new IOException("it is damaged (its checksum does not match)");
			}
			return version;
		}
		catch (RuntimeException ex) {
			// A damaged file of this format: a negative count, an unknown language.
			throw new IOException("it is damaged (" + ex.getMessage() + ")", ex);
		}
	}

	private static long checkSize(Path file) throws IOException {
		long size = Files.size(file);
		if (size > Runtime.getRuntime().maxMemory() / 2) {
			throw new IOException("it is " + size / (1024 * 1024) + " MB, too large for this JVM's heap");
		}
		return size;
	}

	private static RenderedVersion version(DataInputStream in, long size) throws IOException {
		long siteBytes = in.readLong();
		Map<String, RenderedPage> pages = pages(in, size);
		Map<Language, RenderedPage> notFound = new EnumMap<>(Language.class);
		for (int i = in.readInt(); i > 0; i--) {
			notFound.put(Language.valueOf(in.readUTF()), page(in, size));
		}
		Map<MonthDay, Map<String, RenderedPage>> days = new HashMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			days.put(MonthDay.parse(in.readUTF()), pages(in, size));
		}
		return new RenderedVersion(pages, notFound, days, siteBytes);
	}

	private static Map<String, RenderedPage> pages(DataInputStream in, long size) throws IOException {
		Map<String, RenderedPage> pages = new HashMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			pages.put(in.readUTF(), page(in, size));
		}
		return pages;
	}

	/**
	 * Writes the pages for the given key, replacing the file whole: a start that reads it
	 * meanwhile finds the old one or the new one.
	 */
	static void write(Path file, String key, RenderedVersion version) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// One name, so that a start stopped while writing leaves no more than one such
		// file behind, which the next one replaces.
		Path written = folder.resolve(file.getFileName() + ".tmp");
		try {
			CRC32C checksum = new CRC32C();
			try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(written), BUFFER);
					DataOutputStream out = new DataOutputStream(new CheckedOutputStream(target, checksum))) {
				out.writeUTF(MAGIC);
				out.writeInt(FORMAT);
				out.writeUTF(key);
				write(out, version);
				out.flush();
				new DataOutputStream(target).writeLong(checksum.getValue());
			}
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	private static void write(DataOutputStream out, RenderedVersion version) throws IOException {
		out.writeLong(version.siteBytes());
		write(out, version.pages());
		out.writeInt(version.notFound().size());
		for (Map.Entry<Language, RenderedPage> page : version.notFound().entrySet()) {
			out.writeUTF(page.getKey().name());
			write(out, page.getValue());
		}
		out.writeInt(version.days().size());
		for (Map.Entry<MonthDay, Map<String, RenderedPage>> kind : version.days().entrySet()) {
			out.writeUTF(kind.getKey().toString());
			write(out, kind.getValue());
		}
	}

	private static void write(DataOutputStream out, Map<String, RenderedPage> pages) throws IOException {
		out.writeInt(pages.size());
		for (Map.Entry<String, RenderedPage> page : pages.entrySet()) {
			out.writeUTF(page.getKey());
			write(out, page.getValue());
		}
	}

	private static void write(DataOutputStream out, RenderedPage page) throws IOException {
		out.writeUTF(page.contentType());
		out.writeUTF(page.tag());
		out.writeLong(page.lastModified().getEpochSecond());
		bytes(out, page.body());
		bytes(out, page.gzip());
		bytes(out, page.brotli());
	}

	private static RenderedPage page(DataInputStream in, long size) throws IOException {
		String contentType = in.readUTF();
		String tag = in.readUTF();
		Instant lastModified = Instant.ofEpochSecond(in.readLong());
		return new RenderedPage(contentType, bytes(in, size), bytes(in, size), bytes(in, size), tag, lastModified);
	}

	// Length-prefixed bytes; -1 for none (Brotli where it was not available).
	private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
		out.writeInt((bytes != null) ? bytes.length : -1);
		if (bytes != null) {
			out.write(bytes);
		}
	}

	private static byte[] bytes(DataInputStream in, long size) throws IOException {
		int length = in.readInt();
		if (length < -1 || length > size) {
			throw new IOException("it is damaged (a length of " + length + ")");
		}
		return (length < 0) ? null : in.readNBytes(length);
	}

}
