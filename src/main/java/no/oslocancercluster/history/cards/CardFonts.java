package no.oslocancercluster.history.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The fonts a card is drawn with, from the site's own files ({@code fonts/}, under the
 * SIL Open Font License): never the machine's, which may have none.
 */
final class CardFonts {

	/**
	 * Noto Serif Bold: the title and the site's name, as the site's headings.
	 */
	static final Font SERIF = load("NotoSerif-Bold.ttf");

	/**
	 * Noto Sans Regular: the years and the subtitle, as the site's text.
	 */
	static final Font SANS = load("NotoSans-Regular.ttf");

	private CardFonts() {
	}

	private static Font load(String name) {
		try (InputStream in = CardFonts.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The font fonts/" + name + " is not on the class path");
			}
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			return font.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES,
					TextAttribute.LIGATURES_ON));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("fonts/" + name + " is no TrueType font", ex);
		}
	}

}
