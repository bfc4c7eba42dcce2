package no.oslocancercluster.history.citation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;

import org.springframework.core.io.ClassPathResource;

/**
 * The citation styles, read once: the bibliography entry of a page in a style, as HTML,
 * made by citeproc-java.
 */
final class CitationStyles {

	/**
	 * APA, 7th edition.
	 */
	static final String APA = "csl/apa.csl";

	/**
	 * Chicago, 18th edition, author-date.
	 */
	static final String CHICAGO = "csl/chicago-author-date.csl";

	private static final Pattern ITALIC = Pattern.compile("<span style=\"font-style: ?italic;?\">([^<]*)</span>");

	private final Map<String, Processor> processors = new ConcurrentHashMap<>();

	/**
	 * The page's bibliography entry in a style ({@link #APA}, {@link #CHICAGO}), as HTML
	 * whose text the processor escaped.
	 */
	String entry(String style, CitedPage page) {
		return this.processors.computeIfAbsent(style + " " + locale(page), (key) -> new Processor(style, locale(page)))
			.entry(item(page));
	}

	static CSLItemData item(CitedPage page) {
		CSLItemDataBuilder item = new CSLItemDataBuilder().id(page.key())
			.type(CSLType.WEBPAGE)
			.title(page.title())
			.author(new CSLNameBuilder().literal(page.author()).build())
			.URL(page.url())
			.language(page.language().tag());
		if (page.updated() != null) {
			item.issued(page.updated().getYear(), page.updated().getMonthValue(), page.updated().getDayOfMonth());
		}
		return item.build();
	}

	// The styles are American: their English is the locale's American one.
	private static String locale(CitedPage page) {
		return switch (page.language()) {
			case NB -> "nb-NO";
			default -> "en-US";
		};
	}

	// The entry without the processor's wrapping <div class="csl-entry">, its italics as
	// <i> (the site's policy allows no style attribute).
	private static String inner(String entry) {
		return ITALIC.matcher(entry.strip().replaceFirst("^<div class=\"csl-entry\">", "").replaceFirst("</div>$", ""))
			.replaceAll("<i>$1</i>")
			.strip();
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the citation style " + path, ex);
		}
	}

	// One processor per style and language, its style parsed once; it cites one page at a
	// time.
	private static final class Processor implements ItemDataProvider {

		private final CSL csl;

		private CSLItemData item;

		Processor(String style, String locale) {
			try {
				this.csl = new CSL(this, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), read(style),
						locale);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.csl.setOutputFormat("html");
		}

		synchronized String entry(CSLItemData item) {
			this.item = item;
			this.csl.reset();
			this.csl.registerCitationItems(item.getId());
			Bibliography bibliography = this.csl.makeBibliography();
			return inner(bibliography.getEntries()[0]);
		}

		@Override
		public CSLItemData retrieveItem(String id) {
			return id.equals(this.item.getId()) ? this.item : null;
		}

		@Override
		public Collection<String> getIds() {
			return List.of(this.item.getId());
		}

	}

}
