package no.oslocancercluster.history.serving;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * A page as the server sends it, rendered once, with its compressed forms and validators.
 *
 * @param contentType the media type with its charset
 * @param body the bytes
 * @param gzip the bytes compressed with gzip
 * @param brotli the bytes compressed with Brotli, or {@code null} where Brotli is not
 * available
 * @param tag the strong entity tag of the uncompressed bytes, without quotes
 * @param lastModified when this version of the content was loaded
 */
record RenderedPage(String contentType, byte[] body, byte[] gzip, byte[] brotli, String tag, Instant lastModified) {

	/**
	 * A page with its compressed forms and its tag, compressed as hard as a site of
	 * {@code siteBytes} allows (see {@link Compression}).
	 */
	static RenderedPage of(String contentType, byte[] body, long siteBytes, Instant lastModified) {
		return new RenderedPage(contentType, body, Compression.gzip(body, siteBytes),
				Compression.brotli(body, siteBytes), tag(body), lastModified);
	}

	/**
	 * The same page, last modified no earlier than the given moment: a home page is new
	 * on the first of the days that name what it names.
	 */
	RenderedPage modifiedNoEarlierThan(Instant moment) {
		return moment.isAfter(this.lastModified)
				? new RenderedPage(this.contentType, this.body, this.gzip, this.brotli, this.tag, moment) : this;
	}

	/**
	 * The bytes and validator for the given content coding: {@code br}, {@code gzip} or
	 * {@code identity}.
	 */
	Representation representation(String coding) {
		return switch (coding) {
			case "br" -> new Representation(this.brotli, "br", "\"" + this.tag + "-br\"");
			case "gzip" -> new Representation(this.gzip, "gzip", "\"" + this.tag + "-gz\"");
			default -> new Representation(this.body, null, "\"" + this.tag + "\"");
		};
	}

	private static String tag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One representation of the page.
	 *
	 * @param bytes what is sent
	 * @param encoding the Content-Encoding, or {@code null}
	 * @param etag the ETag header value; strong, and different for each coding as RFC
	 * 9110 asks
	 */
	record Representation(byte[] bytes, String encoding, String etag) {

	}

}
