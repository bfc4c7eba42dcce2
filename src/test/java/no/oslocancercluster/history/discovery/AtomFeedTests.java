package no.oslocancercluster.history.discovery;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.xml.sax.ErrorHandlerImpl;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Overview;
import no.oslocancercluster.history.content.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds: valid by RFC 4287's RELAX NG schema (run by Jing) and its rules the
 * schema cannot say, the sections and milestones as entries with stable ids, and a link
 * to the language's own feed in every page's head.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "site.base-url=https://example.org")
class AtomFeedTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private AtomFeed feed;

	@Test
	void bothFeedsAreValidAtom() throws Exception {
		for (String path : List.of("/feed.xml", "/nb/feed.xml")) {
			HttpResponse<String> response = get(path);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
			assertThat(schemaErrors(response.body())).as(path).isEmpty();
			assertRfcRules(Jsoup.parse(response.body(), Parser.xmlParser()));
		}
	}

	@Test
	void theSchemaCatchesABrokenFeed() throws Exception {
		String noId = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
				+ "<updated>2024-05-01T00:00:00+02:00</updated></feed>";
		String badDate = noId.replace("<title>", "<id>https://example.org/feed.xml</id><title>")
			.replace("2024-05-01T00:00:00+02:00", "1 May 2024");
		assertThat(schemaErrors(noId)).isNotEmpty();
		assertThat(schemaErrors(badDate)).isNotEmpty();
		assertThat(schemaErrors(noId.replace("<title>", "<id>https://example.org/feed.xml</id><title>"))).isEmpty();
	}

	@Test
	void entriesAreTheSectionsAndTheMilestonesNewestFirstWithStableIds() throws Exception {
		Document feed = Jsoup.parse(get("/feed.xml").body(), Parser.xmlParser());
		List<String> ids = feed.select("entry > id").eachText();
		assertThat(ids).hasSize(5 + 8)
			.contains("https://example.org/founding", "https://example.org/awards",
					"https://example.org/awards#gold-label-certificate",
					"https://example.org/innovation-park#innovation-park-opens")
			.doesNotHaveDuplicates();
		assertThat(Jsoup.parse(get("/feed.xml").body(), Parser.xmlParser()).select("entry > id").eachText())
			.isEqualTo(ids);
		List<OffsetDateTime> updated = feed.select("entry > updated")
			.eachText()
			.stream()
			.map(OffsetDateTime::parse)
			.toList();
		assertThat(updated).isSortedAccordingTo((one, other) -> other.compareTo(one));
		assertThat(OffsetDateTime.parse(feed.selectFirst("feed > updated").text())).isEqualTo(updated.get(0));
		Element gold = feed.select("entry")
			.stream()
			.filter((entry) -> entry.selectFirst("id").text().endsWith("#gold-label-certificate"))
			.findFirst()
			.orElseThrow();
		assertThat(gold.selectFirst("title").text()).isEqualTo("Gold Label certificate from the ECEI");
		assertThat(gold.selectFirst("link").attr("href"))
			.isEqualTo("https://example.org/awards#gold-label-certificate");
		assertThat(gold.selectFirst("summary").text())
			.isEqualTo("December 2019, told in \u201cAwards and recognitions\u201d");
		Document norwegian = Jsoup.parse(get("/nb/feed.xml").body(), Parser.xmlParser());
		assertThat(norwegian.selectFirst("feed").attr("xml:lang")).isEqualTo("nb");
		assertThat(norwegian.select("entry > id").eachText())
			.contains("https://example.org/nb/awards#gold-label-certificate");
	}

	@Test
	void equalDaysKeepTheReadingOrderAndAnEntryWithoutADayTakesItsMilestonesDate() {
		Section undated = new Section("founding", "Founding", "How it began.", 1, "", List.of(),
				List.of(milestone("2006-05", "Initiated", "founding", "initiated")), List.of(), false, null);
		Section awards = new Section("awards", "Awards", "Gold.", 2, "", List.of(),
				List.of(milestone("2019-12", "Gold Label", "awards", "gold")), List.of(), false,
				LocalDate.of(2024, 5, 1));
		Edition edition = new Edition(new Overview("Our history", "The story.", "", null, null),
				List.of(undated, awards));
		assertThat(this.feed.entries(edition)).extracting(AtomFeed.Entry::path, AtomFeed.Entry::updated)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("/awards", LocalDate.of(2024, 5, 1)),
					org.assertj.core.groups.Tuple.tuple("/awards#gold", LocalDate.of(2024, 5, 1)),
					org.assertj.core.groups.Tuple.tuple("/founding", LocalDate.of(2006, 5, 1)),
					org.assertj.core.groups.Tuple.tuple("/founding#initiated", LocalDate.of(2006, 5, 1)));
		assertThat(AtomFeed.timestamp(LocalDate.of(2024, 5, 1))).isEqualTo("2024-05-01T00:00:00+02:00");
		assertThat(AtomFeed.timestamp(LocalDate.of(2024, 12, 1))).isEqualTo("2024-12-01T00:00:00+01:00");
	}

	@Test
	void titlesAreWrittenAsXmlText() throws Exception {
		Section section = new Section("r-d", "R&D <Gold> \"quoted\"", "Research & <b>development</b>.", 1, "",
				List.of(), List.of(milestone("2019-12", "A & B < C", "r-d", "ab")), List.of(), false,
				LocalDate.of(2024, 5, 1));
		String xml = this.feed
			.write(new Edition(new Overview("Our history", "The story.", "", null, null), List.of(section)));
		assertThat(xml).contains("<title>R&amp;D &lt;Gold")
			.contains("<title>A &amp; B &lt; C</title>")
			.doesNotContain("<b>");
		assertThat(schemaErrors(xml)).isEmpty();
		Document parsed = Jsoup.parse(xml, Parser.xmlParser());
		assertThat(parsed.select("entry > title").eachText()).containsExactly("R&D <Gold> \"quoted\"", "A & B < C");
		assertThat(parsed.select("entry > summary").first().text()).isEqualTo("Research & <b>development</b>.");
	}

	@Test
	void everyPageLinksTheFeedOfItsLanguageInItsHead() throws Exception {
		for (String path : List.of("/", "/founding", "/timeline", "/print", "/search?q=gold", "/no-such-page")) {
			assertThat(feedLink(path)).as(path).isEqualTo("/feed.xml");
		}
		for (String path : List.of("/nb/", "/nb/awards", "/nb/timeline", "/nb/no-such-page")) {
			assertThat(feedLink(path)).as(path).isEqualTo("/nb/feed.xml");
		}
	}

	private String feedLink(String path) throws Exception {
		Document page = Jsoup.parse(get(path).body());
		return page.select("head link[rel=alternate][type=application/atom+xml]").attr("href");
	}

	// RFC 4287's rules that its schema leaves to Schematron or to prose.
	private static void assertRfcRules(Document feed) {
		assertThat(feed.select("feed > author > name").eachText()).containsExactly("Oslo Cancer Cluster");
		assertThat(feed.select("feed > link[rel=self]").attr("href")).endsWith("feed.xml");
		for (Element entry : feed.select("entry")) {
			assertThat(entry.select("> id")).hasSize(1);
			assertThat(entry.select("> title").text()).isNotBlank();
			assertThat(entry.select("> link[rel=alternate]")).hasSize(1);
			assertThat(URI.create(entry.selectFirst("id").text()).isAbsolute()).isTrue();
			OffsetDateTime.parse(entry.selectFirst("updated").text());
		}
	}

	private static List<String> schemaErrors(String xml) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandlerImpl handler = new ErrorHandlerImpl() {
			@Override
			public void error(org.xml.sax.SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(org.xml.sax.SAXParseException ex) {
				error(ex);
			}
		};
		com.thaiopensource.util.PropertyMapBuilder properties = new com.thaiopensource.util.PropertyMapBuilder();
		properties.put(com.thaiopensource.validate.ValidateProperty.ERROR_HANDLER, handler);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		assertThat(driver.loadSchema(new InputSource(AtomFeedTests.class.getResource("/atom.rnc").toString())))
			.isTrue();
		boolean valid = driver.validate(new InputSource(new StringReader(xml)));
		assertThat(valid).isEqualTo(errors.isEmpty());
		return errors;
	}

	private static Milestone milestone(String date, String title, String section, String anchor) {
		return new Milestone(HistoricalDate.parse(date).orElseThrow(), title, section, anchor, null);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
