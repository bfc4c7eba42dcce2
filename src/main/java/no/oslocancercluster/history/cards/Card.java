package no.oslocancercluster.history.cards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the share card of a page shows: only the page's own title, its years and the
 * site's name, nothing else.
 *
 * @param title the page's title
 * @param years the years it covers ({@code 2007–2021}), or {@code null} for a section
 * without milestones
 * @param siteName the site's name: {@code Oslo Cancer Cluster}
 * @param subtitle the site's subtitle in the page's language: {@code Our history}
 */
record Card(String title, String years, String siteName, String subtitle) {

	// Changes whenever the drawing changes, so that a card drawn anew gets a new address.
	private static final String DESIGN = "1";

	/**
	 * A short digest of what the card shows and of how it is drawn: its version, for its
	 * address and its ETag.
	 */
	String digest() {
		String text = String.join("\n", DESIGN, this.title, String.valueOf(this.years), this.siteName, this.subtitle);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
