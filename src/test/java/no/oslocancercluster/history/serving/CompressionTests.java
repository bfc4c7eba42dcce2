package no.oslocancercluster.history.serving;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * How hard the pages are compressed: the best gzip and Brotli for a history of a few
 * sections, quicker levels for a long one, and the same bytes back either way.
 */
class CompressionTests {

	private static final byte[] PAGE = page();

	private static final long FEW_SECTIONS = 400_000;

	private static final long THOUSAND_SECTIONS = 130_000_000;

	@Test
	void aFewSectionsGetTheBestGzip() throws IOException {
		byte[] gzip = Compression.gzip(PAGE, FEW_SECTIONS);
		assertThat(gunzip(gzip)).isEqualTo(PAGE);
		assertThat(gzip).isEqualTo(gzip(Deflater.BEST_COMPRESSION)).isNotEqualTo(gzip(Deflater.DEFAULT_COMPRESSION));
	}

	@Test
	void aLongHistoryGetsTheDefaultGzip() throws IOException {
		byte[] gzip = Compression.gzip(PAGE, THOUSAND_SECTIONS);
		assertThat(gunzip(gzip)).isEqualTo(PAGE);
		assertThat(gzip).isEqualTo(gzip(Deflater.DEFAULT_COMPRESSION)).isNotEqualTo(gzip(Deflater.BEST_COMPRESSION));
	}

	@Test
	void brotliFollowsTheSameRule() throws IOException {
		assumeThat(Compression.brotliAvailable()).as("Brotli's native library").isTrue();
		byte[] few = Compression.brotli(PAGE, FEW_SECTIONS);
		byte[] many = Compression.brotli(PAGE, THOUSAND_SECTIONS);
		assertThat(Decoder.decompress(few).getDecompressedData()).isEqualTo(PAGE);
		assertThat(Decoder.decompress(many).getDecompressedData()).isEqualTo(PAGE);
		assertThat(few).isEqualTo(brotli(11));
		assertThat(many).isEqualTo(brotli(6)).isNotEqualTo(few);
	}

	// About 40 KB of markup and words in no order, where the levels differ.
	private static byte[] page() {
		String[] words = { "Oslo", "Cancer", "Cluster", "innovation", "park", "founded", "expertise", "award", "Radium",
				"hospital", "research", "industry", "members", "incubator", "school", "milestone" };
		Random random = new Random(17);
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body><main>");
		while (html.length() < 40_000) {
			html.append("<p class=\"prose\">");
			for (int i = 0; i < 30; i++) {
				html.append(words[random.nextInt(words.length)]).append(' ').append(random.nextInt(2030));
			}
			html.append("</p>\n");
		}
		return html.append("</main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(int level) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(level);
			}
		}) {
			gzip.write(PAGE);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

	private static byte[] brotli(int quality) throws IOException {
		return Encoder.compress(PAGE, new Encoder.Parameters().setQuality(quality).setMode(Encoder.Mode.TEXT));
	}

}
