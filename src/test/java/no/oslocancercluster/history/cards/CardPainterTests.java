package no.oslocancercluster.history.cards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card is a PNG of 1200 × 630 that shows what it is given: another title, other years
 * or another language's subtitle draw other pixels where they stand, and nothing else.
 */
class CardPainterTests {

	private static final Card FOUNDING = new Card("Founding", "2006", "Oslo Cancer Cluster", "Our history");

	@Test
	void aCardIsAPngOfTheSizeTheHeadsSay() throws IOException {
		BufferedImage image = read(CardPainter.png(FOUNDING));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		// The site's colours: the header's dark green, the page's cream.
		assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0x0c3f4a);
		assertThat(image.getRGB(1190, 400) & 0xffffff).isEqualTo(0xfaf7f2);
	}

	@Test
	void theTitleIsDrawnInTheBodyAndTheSiteNameInTheHeader() throws IOException {
		BufferedImage founding = read(CardPainter.png(FOUNDING));
		BufferedImage awards = read(CardPainter.png(new Card("Awards", "2006", "Oslo Cancer Cluster", "Our history")));
		assertThat(differing(founding, awards, 0, 0, 1200, 180)).as("header").isZero();
		assertThat(differing(founding, awards, 0, 280, 1200, 600)).as("title").isGreaterThan(1000);
		BufferedImage norwegian = read(
				CardPainter.png(new Card("Founding", "2006", "Oslo Cancer Cluster", "Vår historie")));
		assertThat(differing(founding, norwegian, 0, 95, 1200, 150)).as("subtitle").isGreaterThan(100);
		assertThat(differing(founding, norwegian, 0, 180, 1200, 630)).as("body").isZero();
	}

	@Test
	void theYearsAreDrawnAboveTheTitleAndASectionWithoutThemHasNone() throws IOException {
		BufferedImage founding = read(CardPainter.png(FOUNDING));
		BufferedImage undated = read(CardPainter.png(new Card("Founding", null, "Oslo Cancer Cluster", "Our history")));
		assertThat(differing(founding, undated, 0, 220, 400, 280)).isGreaterThan(100);
	}

	@Test
	void theSameCardIsDrawnWithTheSameBytes() {
		assertThat(CardPainter.png(FOUNDING)).isEqualTo(CardPainter.png(FOUNDING));
	}

	@Test
	void drawingACardTakesMilliseconds() {
		CardPainter.png(FOUNDING);
		int cards = 20;
		long start = System.nanoTime();
		for (int i = 0; i < cards; i++) {
			CardPainter.png(new Card("Section number " + i + " of a long history", "2006\u20132024",
					"Oslo Cancer Cluster", "Our history"));
		}
		double each = (System.nanoTime() - start) / 1e6 / cards;
		System.out.printf("A card takes %.1f ms to draw%n", each);
		assertThat(each).isLessThan(500);
	}

	private static int differing(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
		int differing = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				differing += (a.getRGB(x, y) != b.getRGB(x, y)) ? 1 : 0;
			}
		}
		return differing;
	}

	private static BufferedImage read(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

}
