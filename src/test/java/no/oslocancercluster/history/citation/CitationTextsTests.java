package no.oslocancercluster.history.citation;

import java.time.LocalDate;

import no.oslocancercluster.history.content.model.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact text of each citation style, of the BibTeX entry and of the CSL-JSON, made by
 * the CSL processor with the styles the site ships.
 */
class CitationTextsTests {

	private static final String URL = "https://example.org/history/founding";

	private static final CitedPage FOUNDING = new CitedPage("founding", "Founding", "Oslo Cancer Cluster", URL,
			LocalDate.of(2024, 5, 1), Language.EN);

	private static final CitedPage NORWEGIAN = new CitedPage("founding", "Etableringen", "Oslo Cancer Cluster",
			"https://example.org/history/nb/founding", LocalDate.of(2024, 5, 1), Language.NB);

	private final CitationStyles styles = new CitationStyles();

	@Test
	void apaNamesTheOrganisationTheDayOfTheLastChangeTheTitleAndTheAddress() {
		assertThat(this.styles.entry(CitationStyles.APA, FOUNDING))
			.isEqualTo("Oslo Cancer Cluster. (2024, May 1). <i>Founding</i>. " + URL);
	}

	@Test
	void chicagoAuthorDateQuotesTheTitleAndGivesTheDayAfterIt() {
		assertThat(this.styles.entry(CitationStyles.CHICAGO, FOUNDING))
			.isEqualTo("Oslo Cancer Cluster. 2024. &ldquo;Founding.&rdquo; May 1. " + URL + ".");
	}

	@Test
	void aNorwegianPageIsCitedWithTheNorwegianLocale() {
		assertThat(this.styles.entry(CitationStyles.APA, NORWEGIAN)).isEqualTo(
				"Oslo Cancer Cluster. (2024, mai 1). <i>Etableringen</i>. https://example.org/history/nb/founding");
		assertThat(this.styles.entry(CitationStyles.CHICAGO, NORWEGIAN)).isEqualTo(
				"Oslo Cancer Cluster. 2024. &laquo;Etableringen&raquo;. mai 1. https://example.org/history/nb/founding.");
	}

	@Test
	void aPageWithoutAKnownChangeIsUndated() {
		CitedPage undated = new CitedPage("timeline", "Timeline", "Oslo Cancer Cluster", "https://example.org/timeline",
				null, Language.EN);
		assertThat(this.styles.entry(CitationStyles.APA, undated))
			.startsWith("Oslo Cancer Cluster. (n.d.). <i>Timeline</i>.");
		assertThat(this.styles.entry(CitationStyles.CHICAGO, undated))
			.isEqualTo("Oslo Cancer Cluster. n.d. &ldquo;Timeline.&rdquo; https://example.org/timeline.");
	}

	@Test
	void theTitleIsEscapedAsHtmlAndNoStyleAttributeIsLeft() {
		CitedPage page = new CitedPage("r-d", "R&D <script>", "Oslo Cancer Cluster", URL, LocalDate.of(2024, 5, 1),
				Language.EN);
		String apa = this.styles.entry(CitationStyles.APA, page);
		assertThat(apa).contains("<i>R&amp;D &lt;script&gt;</i>").doesNotContain("style=").doesNotContain("<script");
		assertThat(this.styles.entry(CitationStyles.CHICAGO, page)).doesNotContain("<script");
	}

	@Test
	void bibtexIsAMiscEntryWithTheOrganisationAsOneName() {
		assertThat(CitationFiles.bibtex(FOUNDING)).isEqualTo("""
				@misc{founding,
				  author = {{Oslo Cancer Cluster}},
				  title = {Founding},
				  year = {2024},
				  month = may,
				  date = {2024-05-01},
				  url = {https://example.org/history/founding},
				  howpublished = {\\url{https://example.org/history/founding}},
				  language = {english},
				}
				""");
	}

	@Test
	void bibtexEscapesTexsSpecialCharacters() {
		assertThat(CitationFiles.escape("R&D {50%} $#_ ^~ \\"))
			.isEqualTo("R\\&D \\{50\\%\\} \\$\\#\\_ \\^{}\\~{} \\textbackslash{}");
	}

	@Test
	void cslJsonIsAListOfOneWebPage() {
		assertThat(CitationFiles.cslJson(NORWEGIAN)).isEqualToIgnoringWhitespace("""
				[ { "id" : "founding", "type" : "webpage", "title" : "Etableringen",
				    "author" : [ { "literal" : "Oslo Cancer Cluster" } ],
				    "issued" : { "date-parts" : [ [ 2024, 5, 1 ] ] },
				    "URL" : "https://example.org/history/nb/founding", "language" : "nb" } ]
				""");
	}

	@Test
	void anUndatedPageHasNoDateInItsFiles() {
		CitedPage undated = new CitedPage("timeline", "Timeline", "Oslo Cancer Cluster", "https://example.org/timeline",
				null, Language.EN);
		assertThat(CitationFiles.bibtex(undated)).doesNotContain("year").doesNotContain("date");
		assertThat(CitationFiles.cslJson(undated)).doesNotContain("issued");
	}

}
