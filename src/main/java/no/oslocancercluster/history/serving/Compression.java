package no.oslocancercluster.history.serving;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Compresses pages once, since the cost is paid per content version and not per request:
 * at the highest levels for a history of a few sections, at quicker ones for hundreds.
 */
final class Compression {

	private Compression() {
	}

	// The best levels (Brotli's quality 11 costs about a second per megabyte) are worth
	// it for the pages of a history of a few sections (at most 4 MB in all), not for a
	// timeline of thousands of milestones or a site of hundreds of pages, which quicker
	// levels compress in a fraction of the time for a few per cent more bytes.
	private static final int BEST_PAGE_LIMIT = 128 * 1024;

	private static final long BEST_SITE_LIMIT = 4 * 1024 * 1024;

	/**
	 * Gzip for a page of a site of {@code siteBytes} in all: level 9 where Brotli gets
	 * its best quality, the default level 6 otherwise (the pages of 1,000 sections: 1.6 %
	 * more bytes in 0.6 of the time).
	 */
	static byte[] gzip(byte[] bytes, long siteBytes) {
		int level = best(bytes, siteBytes) ? Deflater.BEST_COMPRESSION : Deflater.DEFAULT_COMPRESSION;
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(level);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Brotli for a page of a site of {@code siteBytes} in all, or {@code null} where the
	 * native library is not available for this platform.
	 */
	static byte[] brotli(byte[] bytes, long siteBytes) {
		if (!brotliAvailable()) {
			return null;
		}
		int quality = best(bytes, siteBytes) ? 11 : 6;
		try {
			return Encoder.compress(bytes, new Encoder.Parameters().setQuality(quality).setMode(Encoder.Mode.TEXT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Whether a page of a site of siteBytes in all gets the best levels.
	private static boolean best(byte[] bytes, long siteBytes) {
		return bytes.length <= BEST_PAGE_LIMIT && siteBytes <= BEST_SITE_LIMIT;
	}

	static boolean brotliAvailable() {
		try {
			return Brotli4jLoader.isAvailable();
		}
		catch (LinkageError ex) {
			return false;
		}
	}

}
