package no.oslocancercluster.history.content.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.SplitFile;
import no.oslocancercluster.history.content.reading.ContentRoot;

/**
 * The text of one content file: its bytes, at most {@link ContentLoader#MAX_FILE_SIZE},
 * decoded as UTF-8 without a byte order mark and split into front matter and body; a
 * problem, at the line where it is, for a file that cannot be.
 */
final class FileText {

	private FileText() {
	}

	// The file's bytes, or null after adding a problem.
	static byte[] bytes(Path file, FileProblems problems) {
		byte[] bytes;
		try {
			bytes = ContentRoot.read(file, ContentLoader.MAX_FILE_SIZE);
		}
		catch (IOException ex) {
			problems.add(1, 1, null, "the file cannot be read");
			return null;
		}
		if (bytes.length > ContentLoader.MAX_FILE_SIZE) {
			problems.add(1, 1, null, "the file is " + size(file, bytes) / 1024 + " KB; a content file can be at most "
					+ ContentLoader.MAX_FILE_SIZE / 1024 + " KB: split it into two sections");
			return null;
		}
		return bytes;
	}

	private static long size(Path file, byte[] start) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return start.length;
		}
	}

	// A file checked before is known to be UTF-8; any other is decoded strictly, to find
	// where it is not.
	static SplitFile split(byte[] bytes, boolean checked, FileProblems problems) {
		if (checked) {
			return split(new String(bytes, StandardCharsets.UTF_8), problems);
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
		if (result.isError()) {
			problems.add(lineAt(bytes, in.position()), 1, null,
					"the file is not UTF-8 text (a character here is in another encoding); save it as UTF-8");
			return null;
		}
		return split(out.flip().toString(), problems);
	}

	private static SplitFile split(String text, FileProblems problems) {
		return SplitFile.split(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			line += (bytes[i] == '\n') ? 1 : 0;
		}
		return line;
	}

}
