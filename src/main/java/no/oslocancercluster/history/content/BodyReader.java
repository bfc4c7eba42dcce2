package no.oslocancercluster.history.content;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Checks the Markdown body of a file (headings, pictures, citations) at the lines where the problems are, and
 * renders it.
 */
class BodyReader {

	private final Path folder;

	BodyReader(Path folder) {
		this.folder = folder;
	}

	/**
	 * Checks and renders a body; {@code sourceNumbers} is {@code null} when the file's sources are unknown.
	 */
	RenderedMarkdown read(SourceFile source, Map<String, Integer> sourceNumbers, List<ContentProblem> problems) {
		if (!MarkdownLimits.check(source, problems)) {
			return RenderedMarkdown.EMPTY;
		}
		try {
			return render(source, sourceNumbers, problems);
		}
		catch (StackOverflowError ex) {
			// Flexmark recurses on nesting (flexmark-java #496); what it cannot render is refused, not served.
			problems.add(new ContentProblem(source.path(), source.bodyLine(), 1, "text", "is nested too deeply to "
					+ "show safely; simplify the lists, quotes, links or emphasis in this file"));
			return RenderedMarkdown.EMPTY;
		}
	}

	private RenderedMarkdown render(SourceFile source, Map<String, Integer> sourceNumbers,
			List<ContentProblem> problems) {
		Document document = MarkdownRenderer.shared().parse(source.body());
		Lines lines = Lines.of(source);
		List<RenderedMarkdown.BodyLink> links = new ArrayList<>();
		Map<String, Dimension> sizes = new HashMap<>();
		Map<String, String> digests = new HashMap<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading && heading.getLevel() == 1) {
				problems.add(problem(lines, node, "heading",
						"the page title comes from the front matter; start headings in the text at ##"));
			}
			else if (node instanceof Image image) {
				checkImage(lines, image, problems, sizes, digests);
			}
			else if (node instanceof Link link) {
				int[] at = lines.position(link.getStartOffset());
				links.add(new RenderedMarkdown.BodyLink(link.getUrl().toString(), at[0], at[1]));
			}
		}
		if (sourceNumbers != null) {
			checkCitations(source, sourceNumbers, problems);
		}
		return MarkdownRenderer.shared().render(document, (sourceNumbers != null) ? sourceNumbers : Map.of(), links,
				new MarkdownRenderer.Pictures(sizes, digests));
	}

	private void checkImage(Lines lines, Image image, List<ContentProblem> problems,
			Map<String, Dimension> sizes, Map<String, String> digests) {
		String url = image.getUrl().toString();
		if (image.getText().isBlank()) {
			problems.add(problem(lines, image, "image", "has no alt text; describe what the picture shows "
					+ "between the brackets: ![The innovation park at Montebello](" + url + ")"));
		}
		String file = url.replaceFirst("^/", "");
		if (!file.startsWith("images/") || file.contains("..")) {
			problems.add(problem(lines, image, "image", "\"" + url
					+ "\" is not in the content's images folder; put the picture in content/images and write images/"
					+ "its-name.jpg"));
		}
		else if (!Files.isRegularFile(this.folder.resolve(file))) {
			problems.add(problem(lines, image, "image",
					"\"" + url + "\" does not exist; add the picture to content/images or correct its name"));
		}
		else {
			// One read for both, so that the size is always the size of the picture the digest stands for.
			byte[] bytes = bytes(this.folder.resolve(file));
			Dimension size = (bytes != null) ? size(bytes) : null;
			if (size != null) {
				sizes.put(url, size);
			}
			digests.put(url, digest(bytes));
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The SHA-256 of a picture's file, in hex: the version in its address, and how a checked file is known to still
	 * show the same pictures; {@code "0"} when it cannot be read.
	 */
	static String digest(Path file) {
		return digest(bytes(file));
	}

	private static String digest(byte[] bytes) {
		if (bytes == null) {
			return "0";
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	// Width and height on the page let the browser keep the picture's place before it loads.
	private static Dimension size(byte[] bytes) {
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input);
				return new Dimension(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void checkCitations(SourceFile source, Map<String, Integer> sourceNumbers,
			List<ContentProblem> problems) {
		List<String> lines = source.body().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = MarkdownRenderer.CITATION.matcher(lines.get(i));
			while (matcher.find()) {
				if (!sourceNumbers.containsKey(matcher.group(1))) {
					String known = sourceNumbers.isEmpty() ? "the section lists no sources yet"
							: "its sources are " + String.join(", ", sourceNumbers.keySet());
					problems.add(new ContentProblem(source.path(), source.bodyLine() + i, matcher.start() + 1,
							"citation", matcher.group() + " is not a source of this section; add it under sources: "
									+ "in the front matter (" + known + ")"));
				}
			}
		}
	}

	private static ContentProblem problem(Lines lines, Node node, String field, String message) {
		int[] at = lines.position(node.getStartOffset());
		return new ContentProblem(lines.source().path(), at[0], at[1], field, message);
	}

	/**
	 * Where each line of a body starts, found once, so that every link's position is a lookup and not a count of
	 * the lines before it.
	 *
	 * @param source the file
	 * @param starts the offset in the body of each line, in order
	 */
	private record Lines(SourceFile source, int[] starts) {

		static Lines of(SourceFile source) {
			String body = source.body();
			int[] starts = new int[16];
			int count = 1;
			for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
				starts = (count < starts.length) ? starts : Arrays.copyOf(starts, count * 2);
				starts[count++] = i + 1;
			}
			return new Lines(source, Arrays.copyOf(starts, count));
		}

		// Line and column in the file of an offset in the body.
		int[] position(int offset) {
			int found = Arrays.binarySearch(this.starts, Math.max(0, Math.min(offset, this.source.body().length())));
			int line = (found >= 0) ? found : -found - 2;
			return new int[] { this.source.bodyLine() + line, offset - this.starts[line] + 1 };
		}

	}

}
