package no.oslocancercluster.history.cards;

import java.awt.Font;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card's text fits: a long title is wrapped over lines within the card's width and, if
 * need be, drawn smaller; the bundled fonts have the letters of both languages.
 */
class CardLayoutTests {

	private static final float[] SIZES = { 84, 76, 68, 62, 56, 50 };

	private static final double WIDTH = 1040;

	@Test
	void aShortTitleKeepsTheLargestSizeOnOneLine() {
		CardLayout layout = CardLayout.fit("Founding", CardFonts.SERIF, SIZES, WIDTH, 300, 3);
		assertThat(layout.lines()).containsExactly("Founding");
		assertThat(layout.font().getSize2D()).isEqualTo(84f);
	}

	@Test
	void aLongTitleIsWrappedWithinTheWidthAndMadeSmallerToFit() {
		String title = "Historien om Oslo Cancer Cluster, fra gründerne på Ullevål og Radiumhospitalet "
				+ "til innovasjonsparken";
		CardLayout layout = CardLayout.fit(title, CardFonts.SERIF, SIZES, WIDTH, 300, 3);
		assertThat(layout.lines()).hasSizeBetween(2, 3)
			.allSatisfy((line) -> assertThat(CardLayout.width(line, layout.font())).isLessThanOrEqualTo(WIDTH));
		assertThat(String.join(" ", layout.lines())).isEqualTo(title);
		assertThat(layout.font().getSize2D()).isLessThan(84f);
		assertThat(layout.lines().size() * layout.lineHeight()).isLessThanOrEqualTo(300);
	}

	@Test
	void aTitleTooLongForTheCardEndsInAnEllipsisWithinTheWidth() {
		String title = "Oslo Cancer Cluster ".repeat(20).strip();
		CardLayout layout = CardLayout.fit(title, CardFonts.SERIF, SIZES, WIDTH, 300, 3);
		assertThat(layout.lines()).hasSize(3)
			.allSatisfy((line) -> assertThat(CardLayout.width(line, layout.font())).isLessThanOrEqualTo(WIDTH));
		assertThat(layout.lines().get(2)).endsWith("\u2026");
		assertThat(layout.font().getSize2D()).isEqualTo(50f);
	}

	@Test
	void aWordWiderThanTheCardIsBrokenWhereTheLineIsFull() {
		String word = "Kreftforskningsinnovasjonsklyngeutviklingsprogram";
		Font font = CardFonts.SERIF.deriveFont(84f);
		assertThat(CardLayout.width(word, font)).isGreaterThan(WIDTH);
		assertThat(CardLayout.wrap(word, font, WIDTH)).hasSizeGreaterThan(1)
			.allSatisfy((line) -> assertThat(CardLayout.width(line, font)).isLessThanOrEqualTo(WIDTH))
			.satisfies((lines) -> assertThat(String.join("", lines)).isEqualTo(word));
	}

	@Test
	void theBundledFontsHaveTheLettersOfBothLanguages() {
		String text = "Vår historie Utmerkelser og anerkjennelse Tidslinje Jónas Einarsson ÆØÅ æøå é ü 2007\u20132021 "
				+ "\u00b7 \u2026 \u201cq\u201d";
		assertThat(CardFonts.SERIF.canDisplayUpTo(text)).isEqualTo(-1);
		assertThat(CardFonts.SANS.canDisplayUpTo(text)).isEqualTo(-1);
		assertThat(CardFonts.SERIF.getFamily()).isEqualTo("Noto Serif");
		assertThat(CardFonts.SANS.getFamily()).isEqualTo("Noto Sans");
	}

}
