package no.oslocancercluster.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content codings the site sends that a request's {@code Accept-Encoding} accepts, in
 * the site's order of preference: Brotli, then gzip, whatever order the client lists them
 * in. A coding refused with {@code q=0} is left out. The page cache and the static files
 * both choose by it.
 */
public final class ContentCodings {

	private static final List<String> PREFERRED = List.of("br", "gzip");

	private ContentCodings() {
	}

	/**
	 * The codings accepted by the header's value ({@code null} for none), best first.
	 */
	public static List<String> accepted(String acceptEncoding) {
		if (acceptEncoding == null) {
			return List.of();
		}
		List<String> listed = new ArrayList<>();
		for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] pieces = part.split(";");
			if (!refused(pieces)) {
				listed.add(pieces[0].trim());
			}
		}
		return PREFERRED.stream().filter(listed::contains).toList();
	}

	// A weight of zero ("q=0", "q=0.000"), in any of the coding's parameters.
	private static boolean refused(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			if (pieces[i].replace(" ", "").matches("q=0(\\.0*)?")) {
				return true;
			}
		}
		return false;
	}

}
