package no.oslocancercluster.history.cards;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a text into lines of a width: the largest of the sizes at which it takes no more
 * than the lines there are, or else the smallest, with what does not fit cut off after an
 * ellipsis. Words are kept whole unless one alone is wider than a line.
 *
 * @param font the font at the size chosen
 * @param lines the lines, each no wider than the width
 */
record CardLayout(Font font, List<String> lines) {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private static final double LINE_HEIGHT = 1.2;

	private static final String ELLIPSIS = "\u2026";

	/**
	 * The text in the font at the largest of the sizes (largest first) at which it fits
	 * in a box of {@code width} by {@code height} pixels, in at most {@code maxLines}
	 * lines.
	 */
	static CardLayout fit(String text, Font font, float[] sizes, double width, double height, int maxLines) {
		Font sized = font;
		List<String> lines = List.of();
		int room = maxLines;
		for (float size : sizes) {
			sized = font.deriveFont(size);
			lines = wrap(text, sized, width);
			room = Math.max(1, Math.min(maxLines, (int) (height / (size * LINE_HEIGHT))));
			if (lines.size() <= room) {
				return new CardLayout(sized, lines);
			}
		}
		return new CardLayout(sized, cut(lines, sized, width, room));
	}

	/**
	 * The text in lines no wider than the width: as many words on each as fit.
	 */
	static List<String> wrap(String text, Font font, double width) {
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String word : text.strip().split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (width(longer, font) <= width) {
				line = longer;
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line);
			}
			line = breakWord(word, font, width, lines);
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		return lines;
	}

	// A word that fits on a line of its own is one; a longer one is broken where the line
	// is full. Returns the part that begins the next line.
	private static String breakWord(String word, Font font, double width, List<String> lines) {
		String rest = word;
		while (width(rest, font) > width && rest.length() > 1) {
			int end = rest.length() - 1;
			while (end > 1 && width(rest.substring(0, end), font) > width) {
				end--;
			}
			lines.add(rest.substring(0, end));
			rest = rest.substring(end);
		}
		return rest;
	}

	// The first lines, the last of them ending in an ellipsis that still fits.
	private static List<String> cut(List<String> lines, Font font, double width, int maxLines) {
		List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
		String last = kept.get(maxLines - 1);
		while (!last.isEmpty() && width(last + ELLIPSIS, font) > width) {
			last = last.substring(0, last.length() - 1);
		}
		kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
		return kept;
	}

	/**
	 * The width of a text in a font, in pixels, as it is drawn.
	 */
	static double width(String text, Font font) {
		return font.getStringBounds(text, CONTEXT).getWidth();
	}

	/**
	 * The distance from one line's baseline to the next.
	 */
	double lineHeight() {
		return this.font.getSize2D() * LINE_HEIGHT;
	}

}
