package no.oslocancercluster.history.content.store;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import no.oslocancercluster.history.content.markdown.TestPictures;
import no.oslocancercluster.history.content.model.PictureFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smaller widths of a photograph are made only below its own width, keep its
 * proportions, its format and what it shows, and are made once per picture.
 */
class SmallerPicturesTests {

	@Test
	void makesEachSmallerWidthBelowTheOriginalsInProportion() {
		PictureFile original = PictureFile.of(TestPictures.photograph(4000, 3000));
		long start = System.nanoTime();
		Map<String, PictureFile> smaller = SmallerPictures.make("/images/park.jpg", original);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(smaller).containsOnlyKeys("/images/park-480w.jpg", "/images/park-640w.jpg", "/images/park-960w.jpg",
				"/images/park-1280w.jpg", "/images/park-1920w.jpg");
		assertSize(smaller.get("/images/park-480w.jpg"), "jpeg", 480, 360);
		assertSize(smaller.get("/images/park-640w.jpg"), "jpeg", 640, 480);
		assertSize(smaller.get("/images/park-960w.jpg"), "jpeg", 960, 720);
		assertSize(smaller.get("/images/park-1280w.jpg"), "jpeg", 1280, 960);
		assertSize(smaller.get("/images/park-1920w.jpg"), "jpeg", 1920, 1440);
		smaller.forEach((address, file) -> System.out.printf("%s: %d bytes%n", address, file.size()));
		System.out.printf("Smaller sizes of a 4000 × 3000 JPEG in %d ms%n", millis);
	}

	@Test
	void aPngStaysAPngWithOnlyTheWidthsBelowItsOwn() {
		Map<String, PictureFile> smaller = SmallerPictures.make("/images/map.png",
				PictureFile.of(TestPictures.drawing(1000, 501)));
		assertThat(smaller).containsOnlyKeys("/images/map-480w.png", "/images/map-640w.png", "/images/map-960w.png");
		assertSize(smaller.get("/images/map-480w.png"), "png", 480, 240);
		assertSize(smaller.get("/images/map-640w.png"), "png", 640, 321);
		assertSize(smaller.get("/images/map-960w.png"), "png", 960, 481);
	}

	@Test
	void aSmallPictureAndAGifHaveNoSmallerSizes() {
		assertThat(SmallerPictures.make("/images/logo.jpg", PictureFile.of(TestPictures.photograph(300, 200))))
			.isEmpty();
		assertThat(SmallerPictures.make("/images/logo.jpg", PictureFile.of(TestPictures.photograph(480, 200))))
			.isEmpty();
		assertThat(SmallerPictures.make("/images/moving.gif", PictureFile.of(TestPictures.gif(2000, 1000)))).isEmpty();
	}

	@Test
	void aPictureAsInTheVersionBeforeIsNotMadeAgain() {
		Map<String, PictureFile> first = SmallerPictures
			.with(Map.of("/images/park.jpg", PictureFile.of(TestPictures.photograph(1000, 800))), Map.of());
		assertThat(first).containsOnlyKeys("/images/park.jpg", "/images/park-480w.jpg", "/images/park-640w.jpg",
				"/images/park-960w.jpg");
		Map<String, PictureFile> same = SmallerPictures
			.with(Map.of("/images/park.jpg", PictureFile.of(TestPictures.photograph(1000, 800))), first);
		assertThat(same.get("/images/park-480w.jpg")).isSameAs(first.get("/images/park-480w.jpg"));
		Map<String, PictureFile> changed = SmallerPictures
			.with(Map.of("/images/park.jpg", PictureFile.of(TestPictures.photograph(1200, 600))), first);
		assertThat(changed.get("/images/park-480w.jpg")).isNotSameAs(first.get("/images/park-480w.jpg"));
		assertSize(changed.get("/images/park-480w.jpg"), "jpeg", 480, 240);
	}

	// The file read back whole: its size, format, and red left and blue right as the
	// original.
	private static void assertSize(PictureFile file, String format, int width, int height) {
		assertThat(file.format()).isEqualTo(format);
		assertThat(file.width()).isEqualTo(width);
		assertThat(file.height()).isEqualTo(height);
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
			assertThat(image.getWidth()).isEqualTo(width);
			assertThat(image.getHeight()).isEqualTo(height);
			Color left = new Color(image.getRGB(width / 8, height / 2));
			Color right = new Color(image.getRGB(width * 7 / 8, height / 2));
			assertThat(left.getRed()).isGreaterThan(200);
			assertThat(left.getBlue()).isLessThan(60);
			assertThat(right.getBlue()).isGreaterThan(200);
			assertThat(right.getRed()).isLessThan(60);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
