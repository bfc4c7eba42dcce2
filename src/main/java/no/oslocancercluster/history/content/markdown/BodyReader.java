package no.oslocancercluster.history.content.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import no.oslocancercluster.history.content.model.FileProblems;
import no.oslocancercluster.history.content.model.PictureFile;
import no.oslocancercluster.history.content.model.RenderedMarkdown;
import no.oslocancercluster.history.content.model.SplitFile;

/**
 * Checks the Markdown body of a file (headings, pictures, links, raw HTML, citations) at
 * the lines where the problems are, and renders it.
 */
public class BodyReader {

	private final Function<String, PictureFile> pictures;

	public BodyReader(Function<String, PictureFile> pictures) {
		this.pictures = pictures;
	}

	/**
	 * Checks and renders a body; {@code sourceNumbers} is {@code null} when the file's
	 * sources are unknown.
	 */
	public RenderedMarkdown read(SplitFile source, Map<String, Integer> sourceNumbers, FileProblems problems) {
		if (!MarkdownLimits.check(source, problems)) {
			return RenderedMarkdown.EMPTY;
		}
		try {
			return render(source, sourceNumbers, problems);
		}
		catch (StackOverflowError ex) {
			// Flexmark recurses on nesting (flexmark-java #496); what it cannot render is
			// refused, not served.
			problems.add(source.bodyLine(), 1, "text", "is nested too deeply to "
					+ "show safely; simplify the lists, quotes, links or emphasis in this file");
			return RenderedMarkdown.EMPTY;
		}
	}

	private RenderedMarkdown render(SplitFile source, Map<String, Integer> sourceNumbers, FileProblems problems) {
		Document document = MarkdownRenderer.shared().parse(source.body());
		BodyScan scan = new BodyScan(this.pictures, Lines.of(source), document, problems);
		for (Node node : document.getDescendants()) {
			scan.visit(node);
		}
		if (sourceNumbers != null) {
			checkCitations(source, sourceNumbers, problems);
		}
		MarkdownRenderer.Rendered rendered = MarkdownRenderer.shared()
			.renderCounted(document, (sourceNumbers != null) ? sourceNumbers : Map.of(), scan.links(), scan.pictures());
		RenderedMarkdown body = rendered.body();
		if (rendered.dead() > scan.refusedAddresses()) {
			// A safety net under the checks: the allow-list dropped an address that no
			// check refuses.
			problems.add(source.bodyLine(), 1, "text", "makes a link or a picture "
					+ "whose address the site does not allow; write links as [text](https://...) and pictures as "
					+ "![what it shows](images/its-name.jpg)");
		}
		return body;
	}

	private static void checkCitations(SplitFile source, Map<String, Integer> sourceNumbers, FileProblems problems) {
		List<String> lines = source.body().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = MarkdownRenderer.CITATION.matcher(lines.get(i));
			while (matcher.find()) {
				if (!sourceNumbers.containsKey(matcher.group(1))) {
					String known = sourceNumbers.isEmpty() ? "the section lists no sources yet"
							: "its sources are " + String.join(", ", sourceNumbers.keySet());
					problems.add(source.bodyLine() + i, matcher.start() + 1, "citation",
							matcher.group()
									+ " is not a source of this section; add it under sources: in the front matter ("
									+ known + ")");
				}
			}
		}
	}

	/**
	 * Where each line of a body starts, found once, so that every link's position is a
	 * lookup and not a count of the lines before it.
	 *
	 * @param source the file
	 * @param starts the offset in the body of each line, in order
	 */
	record Lines(SplitFile source, int[] starts) {

		static Lines of(SplitFile source) {
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
