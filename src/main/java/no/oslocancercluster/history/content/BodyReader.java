package no.oslocancercluster.history.content;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

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

	private final MarkdownRenderer markdown;

	private final Path folder;

	BodyReader(MarkdownRenderer markdown, Path folder) {
		this.markdown = markdown;
		this.folder = folder;
	}

	/**
	 * Checks and renders a body; {@code sourceNumbers} is {@code null} when the file's sources are unknown.
	 */
	RenderedMarkdown read(SourceFile source, Map<String, Integer> sourceNumbers, List<ContentProblem> problems) {
		if (!MarkdownLimits.check(source, problems)) {
			return new RenderedMarkdown("", List.of(), List.of(), List.of(), Map.of());
		}
		try {
			return render(source, sourceNumbers, problems);
		}
		catch (StackOverflowError ex) {
			// Flexmark recurses on nesting (flexmark-java #496); what it cannot render is refused, not served.
			problems.add(new ContentProblem(source.path(), source.bodyLine(), 1, "text", "is nested too deeply to "
					+ "show safely; simplify the lists, quotes, links or emphasis in this file"));
			return new RenderedMarkdown("", List.of(), List.of(), List.of(), Map.of());
		}
	}

	private RenderedMarkdown render(SourceFile source, Map<String, Integer> sourceNumbers,
			List<ContentProblem> problems) {
		Document document = this.markdown.parse(source.body());
		List<RenderedMarkdown.BodyLink> links = new ArrayList<>();
		Map<String, Dimension> sizes = new HashMap<>();
		Map<String, String> versions = new HashMap<>();
		for (Node node : document.getDescendants()) {
			if (node instanceof Heading heading && heading.getLevel() == 1) {
				problems.add(problem(source, node, "heading",
						"the page title comes from the front matter; start headings in the text at ##"));
			}
			else if (node instanceof Image image) {
				checkImage(source, image, problems, sizes, versions);
			}
			else if (node instanceof Link link) {
				int[] at = position(source, link.getStartOffset());
				links.add(new RenderedMarkdown.BodyLink(link.getUrl().toString(), at[0], at[1]));
			}
		}
		if (sourceNumbers != null) {
			checkCitations(source, sourceNumbers, problems);
		}
		return this.markdown.render(document, (sourceNumbers != null) ? sourceNumbers : Map.of(), links,
				new MarkdownRenderer.Pictures(sizes, versions));
	}

	private void checkImage(SourceFile source, Image image, List<ContentProblem> problems,
			Map<String, Dimension> sizes, Map<String, String> versions) {
		String url = image.getUrl().toString();
		if (image.getText().isBlank()) {
			problems.add(problem(source, image, "image", "has no alt text; describe what the picture shows "
					+ "between the brackets: ![The innovation park at Montebello](" + url + ")"));
		}
		String file = url.replaceFirst("^/", "");
		if (!file.startsWith("images/") || file.contains("..")) {
			problems.add(problem(source, image, "image", "\"" + url
					+ "\" is not in the content's images folder; put the picture in content/images and write images/"
					+ "its-name.jpg"));
		}
		else if (!Files.isRegularFile(this.folder.resolve(file))) {
			problems.add(problem(source, image, "image",
					"\"" + url + "\" does not exist; add the picture to content/images or correct its name"));
		}
		else {
			Dimension size = size(this.folder.resolve(file));
			if (size != null) {
				sizes.put(url, size);
			}
			versions.put(url, version(this.folder.resolve(file)));
		}
	}

	// A short hash of the file, so that a changed picture gets a new address and caches may keep each for a year.
	private static String version(Path file) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
			return java.util.HexFormat.of().formatHex(digest, 0, 5);
		}
		catch (IOException | java.security.NoSuchAlgorithmException ex) {
			return "0";
		}
	}

	// Width and height on the page let the browser keep the picture's place before it loads.
	private static Dimension size(Path file) {
		try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : Collections.emptyIterator();
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

	private static ContentProblem problem(SourceFile source, Node node, String field, String message) {
		int[] at = position(source, node.getStartOffset());
		return new ContentProblem(source.path(), at[0], at[1], field, message);
	}

	// Line and column in the file of an offset in the body.
	private static int[] position(SourceFile source, int offset) {
		String body = source.body();
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset && i < body.length(); i++) {
			if (body.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { source.bodyLine() + line, offset - lineStart + 1 };
	}

}
