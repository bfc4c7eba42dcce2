package no.oslocancercluster.history.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path the site lives under goes before every address of the site's own in the
 * rendered text: links, pictures, and each of a picture's smaller widths.
 */
class SitePathTests {

	private static final String PICTURE = "<img src=\"/images/park-960w.jpg?v=1\" alt=\"The park\" width=\"4000\" "
			+ "height=\"3000\" srcset=\"/images/park-480w.jpg?v=1 480w, /images/park-960w.jpg?v=1 960w, "
			+ "/images/park.jpg?v=1 4000w\" sizes=\"100vw\">";

	@Test
	void putsThePathBeforeLinksPicturesAndEachSmallerWidth() {
		assertThat(SitePath.html("<p><a href=\"/founding\">Founding</a> " + PICTURE + "</p>", "/pr-preview/pr-7"))
			.isEqualTo("<p><a href=\"/pr-preview/pr-7/founding\">Founding</a> <img "
					+ "src=\"/pr-preview/pr-7/images/park-960w.jpg?v=1\" alt=\"The park\" width=\"4000\" height=\"3000\" "
					+ "srcset=\"/pr-preview/pr-7/images/park-480w.jpg?v=1 480w, /pr-preview/pr-7/images/park-960w.jpg?v=1 "
					+ "960w, /pr-preview/pr-7/images/park.jpg?v=1 4000w\" sizes=\"100vw\"></p>");
	}

	@Test
	void leavesTheTextAsItIsAtTheRootAndAddressesOfOtherSitesAlways() {
		assertThat(SitePath.html(PICTURE, "")).isEqualTo(PICTURE);
		String elsewhere = "<img src=\"https://example.org/a.jpg\" srcset=\"https://example.org/a.jpg 1x\">";
		assertThat(SitePath.html(elsewhere, "/base")).isEqualTo(elsewhere);
	}

}
