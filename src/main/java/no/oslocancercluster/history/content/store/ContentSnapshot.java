package no.oslocancercluster.history.content.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import no.oslocancercluster.history.content.reading.CheckedFiles;

/**
 * The checked files of a load, kept in a file so that the next start of the same code
 * need not parse, validate and render them again ({@link CheckedFiles}). It only ever
 * saves time: a snapshot of other code, or one that is missing, damaged (a checksum
 * covers it) or of another format, is not used, and every file it does not hold byte for
 * byte is read as if there were none.
 * <p>
 * The code is known by Spring Boot's build information (the time of the build), the bytes
 * of every class of the site, and the names of the libraries' jars: a snapshot is never
 * taken for other code's, even when the build information is stale (classes compiled by
 * an IDE). Without build information there is no snapshot.
 * <p>
 * The format is the site's own, a few length-prefixed fields per file: a thousand
 * sections load from it in a few hundred milliseconds in a fresh JVM, where Jackson's
 * JSON took a second and Java serialisation half a second for the sections alone
 * (bench/README.md).
 */
final class ContentSnapshot {

	private static final String MAGIC = "Oslo Cancer Cluster history: checked content";

	private static final int FORMAT = 4;

	// The kinds of file, as SnapshotWriter and SnapshotReader write and read them.
	static final byte SECTION = 1;

	static final byte OVERVIEW = 2;

	static final byte ENTITY = 3;

	private ContentSnapshot() {
	}

	/**
	 * The code this is part of, or {@code null} when it is unknown; found once, as the
	 * code does not change while it runs.
	 */
	static String build() {
		return CodeKey.build();
	}

	/**
	 * Reads a snapshot made by the given code; throws if it is of other code or another
	 * format, damaged, or larger than a quarter of the heap.
	 */
	static CheckedFiles read(Path file, String build) throws IOException {
		byte[] bytes = Files.readAllBytes(checkSize(file));
		SnapshotReader in = new SnapshotReader(ByteBuffer.wrap(bytes, 0, summed(bytes)));
		try {
			checkHeader(in, build);
			Map<String, CheckedFiles.CheckedFile> files = in.files();
			if (in.hasRemaining()) {
				throw new IOException("damaged: more bytes after the last file");
			}
			return new CheckedFiles(Collections.unmodifiableMap(files));
		}
		catch (RuntimeException ex) {
			// Made by other code of the same format: a length past the end, a negative
			// count.
			String reason = (ex instanceof BufferUnderflowException) ? "it ends too soon" : ex.getMessage();
			throw new IOException("damaged (" + reason + ")", ex);
		}
	}

	private static Path checkSize(Path file) throws IOException {
		long size = Files.size(file);
		if (size > Runtime.getRuntime().maxMemory() / 4) {
			throw new IOException("it is " + size / (1024 * 1024) + " MB, too large for this JVM's heap");
		}
		return file;
	}

	// How many of the bytes the checksum in the last 8 covers, if it matches them.
	private static int summed(byte[] bytes) throws IOException {
		CRC32C checksum = new CRC32C();
		checksum.update(bytes, 0, Math.max(0, bytes.length - Long.BYTES));
		if (bytes.length < Long.BYTES
				|| checksum.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
			throw new IOException("damaged: its checksum does not match");
		}
		return bytes.length - Long.BYTES;
	}

	private static void checkHeader(SnapshotReader in, String build) throws IOException {
		if (!MAGIC.equals(in.string()) || in.getInt() != FORMAT) {
			throw new IOException("not a snapshot of checked content in this format");
		}
		if (!build.equals(in.string())) {
			throw new IOException("a snapshot of another build");
		}
	}

	/**
	 * Writes a snapshot made by the given code: to a file beside it first, then moved in
	 * its place, so that a reader never sees half of one. The last 8 bytes are a CRC-32C
	 * of the others.
	 */
	static void write(Path file, String build, CheckedFiles checked) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
		try {
			writeSummed(partial, build, checked);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static void writeSummed(Path partial, String build, CheckedFiles checked) throws IOException {
		CRC32C checksum = new CRC32C();
		try (OutputStream stream = Files.newOutputStream(partial);
				CheckedOutputStream summed = new CheckedOutputStream(new BufferedOutputStream(stream, 1 << 16),
						checksum);
				DataOutputStream out = new DataOutputStream(summed)) {
			SnapshotWriter writer = new SnapshotWriter(out);
			writer.string(MAGIC);
			out.writeInt(FORMAT);
			writer.string(build);
			writer.files(checked.files());
			out.flush();
			// Written past the checksum's stream: the checksum covers everything
			// before it.
			new DataOutputStream(stream).writeLong(checksum.getValue());
		}
	}

}
