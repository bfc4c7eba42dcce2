package no.oslocancercluster.history.cards;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws a card as a PNG of 1200 × 630 pixels in the site's look (the colours of
 * {@code css/site.css}): the site's name and subtitle on the dark green of the header
 * over a gold rule, then the years in the warm accent and the title in the headings'
 * serif and colour on the cream of the page.
 */
final class CardPainter {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	// site.css: --bg, --h-bg, --h-text, --h-muted, --h-focus, --accent, --heading,
	// --line.
	private static final Color PAGE = new Color(0xfaf7f2);

	private static final Color HEADER = new Color(0x0c3f4a);

	private static final Color HEADER_TEXT = new Color(0xf7f3ec);

	private static final Color HEADER_MUTED = new Color(0xbcd6da);

	private static final Color GOLD = new Color(0xffc966);

	private static final Color ACCENT = new Color(0xa3401a);

	private static final Color HEADING = new Color(0x0c4451);

	private static final Color LINE = new Color(0x5b8a94);

	private static final int MARGIN = 80;

	private static final int HEADER_HEIGHT = 170;

	private static final int BODY_TOP = HEADER_HEIGHT + 10;

	private static final int BODY_BOTTOM = HEIGHT - 64;

	private static final float[] TITLE_SIZES = { 84, 76, 68, 62, 56, 50 };

	private CardPainter() {
	}

	/**
	 * The card as PNG bytes.
	 */
	static byte[] png(Card card) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			hints(graphics);
			paint(graphics, card);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void hints(Graphics2D graphics) {
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
	}

	private static void paint(Graphics2D graphics, Card card) {
		graphics.setColor(PAGE);
		graphics.fillRect(0, 0, WIDTH, HEIGHT);
		graphics.setColor(HEADER);
		graphics.fillRect(0, 0, WIDTH, HEADER_HEIGHT);
		graphics.setColor(GOLD);
		graphics.fillRect(0, HEADER_HEIGHT, WIDTH, BODY_TOP - HEADER_HEIGHT);
		graphics.setColor(LINE);
		graphics.fillRect(0, HEIGHT - 12, WIDTH, 12);
		header(graphics, card);
		body(graphics, card);
	}

	// The site's name and subtitle, as in the site's header.
	private static void header(Graphics2D graphics, Card card) {
		double width = WIDTH - 2 * MARGIN;
		CardLayout name = CardLayout.fit(card.siteName(), CardFonts.SERIF, new float[] { 48, 40, 34 }, width, 60, 1);
		graphics.setColor(HEADER_TEXT);
		graphics.setFont(name.font());
		graphics.drawString(name.lines().get(0), MARGIN, 86);
		CardLayout subtitle = CardLayout.fit(card.subtitle(), CardFonts.SANS, new float[] { 32, 28, 24 }, width, 40, 1);
		graphics.setColor(HEADER_MUTED);
		graphics.setFont(subtitle.font());
		graphics.drawString(subtitle.lines().get(0), MARGIN, 134);
	}

	// The years over the title, as at the top of a page; the title as large as it fits.
	private static void body(Graphics2D graphics, Card card) {
		double width = WIDTH - 2 * MARGIN;
		float top = BODY_TOP + 60;
		if (card.years() != null) {
			CardLayout years = CardLayout.fit(card.years(), CardFonts.SANS, new float[] { 40, 32 }, width, 50, 1);
			graphics.setColor(ACCENT);
			graphics.setFont(years.font());
			graphics.drawString(years.lines().get(0), MARGIN, top + 28);
			top += 60;
		}
		CardLayout title = CardLayout.fit(card.title(), CardFonts.SERIF, TITLE_SIZES, width, BODY_BOTTOM - top, 3);
		graphics.setColor(HEADING);
		graphics.setFont(title.font());
		float baseline = top + title.font().getSize2D() * 0.8f;
		for (String line : title.lines()) {
			graphics.drawString(line, MARGIN, baseline);
			baseline += (float) title.lineHeight();
		}
	}

}
