package no.oslocancercluster.history.quality;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import no.oslocancercluster.history.TestClock;
import no.oslocancercluster.history.content.markdown.TestPictures;
import no.oslocancercluster.history.content.store.ContentFolder;
import no.oslocancercluster.history.content.store.ContentLoader;
import no.oslocancercluster.history.serving.StaticExport;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.AttributesPermutingXMLReaderWrapper;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type of the running site is valid HTML according to the W3C Nu HTML Checker,
 * run in-process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.December.class)
class HtmlValidityTests {

	// What the online checker uses for text/html. The jar carries its own copy of every
	// s.validator.nu schema and the
	// NullEntityResolver behind the local cache refuses anything else, so nothing is ever
	// fetched from the network.
	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	// What the checker runs besides the schema: SimpleDocumentValidator's list less
	// language detection (only warns).
	private static final List<Schema> CHECKERS = List.of(CheckerSchema.ASSERTION_SCH, CheckerSchema.TABLE_CHECKER,
			CheckerSchema.DUPLICATE_DT_CHECKER, CheckerSchema.HEADING_HIERARCHY_CHECKER,
			CheckerSchema.MICRODATA_CHECKER, CheckerSchema.NORMALIZATION_CHECKER,
			CheckerSchema.SPECULATION_RULES_CHECKER, CheckerSchema.TEXT_CONTENT_CHECKER,
			CheckerSchema.UNCHECKED_SUBTREE_WARNER, CheckerSchema.USEMAP_CHECKER, CheckerSchema.XML_PI_CHECKER,
			CheckerSchema.CSP_ENFORCEMENT_CHECKER);

	private static final String NOT_FOUND = "/no-such-page";

	private static final String BAD_REQUEST = "/errors/bad-request";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private StaticExport export;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/founding", "/expertise-status", "/innovation-park", "/awards", "/expansions",
			"/timeline", "/print", NOT_FOUND, BAD_REQUEST, "/nb" + BAD_REQUEST, "/nb/", "/nb/founding",
			"/nb/expertise-status", "/nb/innovation-park", "/nb/awards", "/nb/expansions", "/nb/timeline", "/nb/print",
			"/search", "/search?q=gold+label", "/nb/search?q=innovasjonspark", "/search?q=xylophone",
			"/nb/no-such-page", "/names", "/nb/names", "/names/kaare-norum",
			"/nb/names/oslo-cancer-cluster-innovation-park", "/search?q=Norum" })
	void pageIsValidHtml(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		// The 404 page is checked too: visitors see it in the site's layout, so it must
		// be as valid as the rest.
		assertThat(response.statusCode())
			.isEqualTo(path.endsWith(NOT_FOUND) ? 404 : path.endsWith(BAD_REQUEST) ? 400 : 200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		List<String> errors = errors(path, response.body());
		assertThat(errors).withFailMessage("%d HTML error(s):%n%s", errors.size(), String.join("\n", errors)).isEmpty();
	}

	// The static export's own search pages (its script writes the server's markup of
	// results into them).
	@Test
	void theExportsSearchPagesAreValidHtml(@TempDir Path folder) throws Exception {
		this.export.write(folder, URI.create("http://localhost:" + this.port));
		for (String page : List.of("search.html", "nb/search.html")) {
			List<String> errors = errors(page, Files.readString(folder.resolve(page)));
			assertThat(errors).withFailMessage("%d HTML error(s):%n%s", errors.size(), String.join("\n", errors))
				.isEmpty();
		}
	}

	// A misconfigured checker (no schema, errors going nowhere) would pass every page:
	// prove that it reports.
	@Test
	void reportsInvalidHtml() throws Exception {
		String head = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>";
		assertThat(errors("misnested", head + "<body><p><div></p></body></html>")).isNotEmpty()
			.allSatisfy((error) -> assertThat(error).startsWith("misnested:1:"));
		assertThat(errors("duplicate-id", head + "<body><p id=\"a\">1</p><p id=\"a\">2</p></body></html>"))
			.anySatisfy((error) -> assertThat(error).contains("Duplicate ID"));
		assertThat(errors("valid", head + "<body><p>1</p></body></html>")).isEmpty();
	}

	// A photograph's figure as the renderer writes it (srcset, sizes, fetchpriority): the
	// site's own content has no pictures to check on its pages.
	@Test
	void aPhotographsFigureIsValid(@TempDir Path root) throws Exception {
		ContentFolder folder = new ContentFolder(root).write("images/park.jpg", TestPictures.jpeg(2000, 1500))
			.write("park.md", "---\ntitle: Park\nsummary: The park.\norder: 1\nmilestones: []\n---\n"
					+ "![The park](images/park.jpg \"The park in 2015 | Photo: Jane Doe\")\n\n![A map](images/park.jpg)\n");
		String html = new ContentLoader(Validation.buildDefaultValidatorFactory().getValidator()).load(folder.root())
			.section("park")
			.orElseThrow()
			.html();
		assertThat(html).contains(" srcset=\"").contains(" fetchpriority=\"high\"").contains(" loading=\"lazy\"");
		String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Park</title></head><body><main>" + html
				+ "</main></body></html>";
		assertThat(errors("figure", page)).isEmpty();
	}

	// Checks a document as text/html and returns its errors, each as "page:line:column:
	// message".
	private static List<String> errors(String page, String html) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler collector = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
				// Warnings and info ("Consider adding …", "Section lacks heading") are
				// advice, not invalidity.
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(page + ":" + ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}
		};
		// The same pipeline SimpleDocumentValidator builds. That class cannot be used
		// here: its static initialiser
		// links the checker's Jetty 11 URL fetcher, and Spring Boot's dependency
		// management replaces Jetty 11 by 12,
		// which lacks org.eclipse.jetty.client.api, so the class fails to load. Nothing
		// below touches Jetty.
		LocalCacheEntityResolver resolver = new LocalCacheEntityResolver(new NullEntityResolver());
		resolver.setAllowRnc(true);
		PropertyMapBuilder builder = new PropertyMapBuilder();
		builder.put(ValidateProperty.ERROR_HANDLER, collector);
		builder.put(ValidateProperty.ENTITY_RESOLVER, resolver);
		builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
		RngProperty.CHECK_ID_IDREF.add(builder);
		PropertyMap properties = builder.toPropertyMap();
		// A schema that fails to load reports through the collector too, so it fails the
		// test instead of passing it.
		Schema schema = CompactSchemaReader.getInstance()
			.createSchema(resolver.resolveEntity(null, SCHEMA), properties);
		schema = new NamespaceChangingSchemaWrapper(new TemplateElementDroppingSchemaWrapper(
				new RoleAttributeFilteringSchemaWrapper(new XmlLangAttributeDroppingSchemaWrapper(
						new AriaAttributeDroppingSchemaWrapper(new DataAttributeDroppingSchemaWrapper(schema))))));
		System.setProperty("nu.validator.schema.rdfa-full", "1"); // html5-all includes
																	// full RDFa, as
																	// online
		Validator validator = schema.createValidator(properties);
		for (Schema checker : CHECKERS) {
			validator = new CombineValidator(validator, checker.createValidator(properties));
		}
		HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
		parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
		parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
		parser.setMappingLangToXmlLang(true);
		parser.setHeuristics(Heuristics.ALL);
		parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
		parser.setErrorProfile(new HashMap<>(Map.of("html-strict", "warn")));
		parser.setContentHandler(validator.getContentHandler());
		parser.setErrorHandler(collector);
		InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		input.setEncoding("UTF-8");
		try {
			new AttributesPermutingXMLReaderWrapper(parser).parse(input);
		}
		catch (SAXParseException ex) {
			// A fatal error stops the parse after reaching the collector.
		}
		return errors;
	}

}
