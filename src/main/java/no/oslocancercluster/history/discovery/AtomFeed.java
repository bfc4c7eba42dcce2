package no.oslocancercluster.history.discovery;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.HistoricalDate;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.timeline.DateText;
import no.oslocancercluster.history.timeline.Timeline;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Atom feed (RFC 4287) of a language's edition: an entry for each section and each
 * milestone, newest first, written with the JDK's XML writer.
 */
@Component
class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final SiteProperties properties;

	private final MessageSource messages;

	private final DateText dates;

	AtomFeed(SiteProperties properties, MessageSource messages, DateText dates) {
		this.properties = properties;
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The feed of an edition: its {@code updated} is the newest entry's, or the home
	 * page's last change when there is none.
	 */
	String write(Edition edition) {
		List<Entry> entries = entries(edition);
		LocalDate updated = entries.isEmpty() ? edition.overview().updated() : entries.get(0).updated();
		StringWriter xml = new StringWriter();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
			writer.writeStartDocument("UTF-8", "1.0");
			head(writer, edition.language(), updated);
			for (Entry entry : entries) {
				entry(writer, entry);
			}
			writer.writeEndElement();
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the feed", ex);
		}
		return xml.toString();
	}

	// The sections in reading order, then the milestones in chronological order; then
	// the newest first (a stable sort). An entry needs a date: one without is left out.
	List<Entry> entries(Edition edition) {
		List<Entry> entries = new ArrayList<>();
		for (Section section : edition.sections()) {
			LocalDate updated = (section.updated() != null) ? section.updated()
					: section.milestones()
						.stream()
						.map((m) -> day(m.date()))
						.max(Comparator.naturalOrder())
						.orElse(null);
			entries.add(new Entry(section.href(), section.title(), section.summary(), updated, lang(section)));
		}
		entries.addAll(milestones(edition));
		entries.removeIf((entry) -> entry.updated() == null);
		entries.sort(Comparator.comparing(Entry::updated).reversed());
		return entries;
	}

	// A milestone changed when its section did: its date, when that is unknown.
	private List<Entry> milestones(Edition edition) {
		Locale locale = edition.language().locale();
		Map<String, Section> sections = edition.sectionsBySlug();
		List<Entry> entries = new ArrayList<>();
		for (Milestone milestone : Timeline.of(edition)
			.years()
			.stream()
			.flatMap((y) -> y.milestones().stream())
			.toList()) {
			Section section = sections.get(milestone.section());
			LocalDate updated = (section != null && section.updated() != null) ? section.updated()
					: day(milestone.date());
			String told = this.messages.getMessage("feed.milestone", new Object[] {
					this.dates.format(milestone.date(), locale), (section != null) ? section.title() : "" }, locale);
			entries.add(new Entry(milestone.href(), milestone.title(), told, updated,
					(section != null) ? lang(section) : null));
		}
		return entries;
	}

	private void head(XMLStreamWriter writer, Language language, LocalDate updated) throws XMLStreamException {
		Locale locale = language.locale();
		writer.writeStartElement("feed");
		writer.writeDefaultNamespace(ATOM);
		writer.writeAttribute("xml", XML, "lang", language.tag());
		String self = this.properties.absolute(language.path(SitePaths.FEED));
		element(writer, "id", self);
		element(writer, "title", this.messages.getMessage("feed.title", null, locale));
		if (updated != null) {
			element(writer, "updated", timestamp(updated));
		}
		link(writer, "self", "application/atom+xml", self);
		link(writer, "alternate", "text/html", this.properties.absolute(language.home()));
		writer.writeStartElement("author");
		element(writer, "name", this.messages.getMessage("site.name", null, locale));
		element(writer, "uri", this.properties.absolute(language.home()));
		writer.writeEndElement();
	}

	private void entry(XMLStreamWriter writer, Entry entry) throws XMLStreamException {
		String url = this.properties.absolute(entry.path());
		writer.writeStartElement("entry");
		if (entry.lang() != null) {
			writer.writeAttribute("xml", XML, "lang", entry.lang());
		}
		element(writer, "id", url);
		element(writer, "title", entry.title());
		element(writer, "updated", timestamp(entry.updated()));
		link(writer, "alternate", "text/html", url);
		element(writer, "summary", entry.summary());
		writer.writeEndElement();
	}

	private static void link(XMLStreamWriter writer, String rel, String type, String href) throws XMLStreamException {
		writer.writeEmptyElement("link");
		writer.writeAttribute("rel", rel);
		writer.writeAttribute("type", type);
		writer.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

	// A day as RFC 3339 wants a moment: its beginning in Oslo.
	static String timestamp(LocalDate day) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atTime(LocalTime.MIDNIGHT).atZone(OSLO));
	}

	// The first day a date of the history can mean.
	private static LocalDate day(HistoricalDate date) {
		return LocalDate.of(date.year(), (date.month() != null) ? date.month() : 1,
				(date.day() != null) ? date.day() : 1);
	}

	// The language of a section's text when it is not the edition's.
	private static String lang(Section section) {
		return section.fallback() ? section.textLanguage().tag() : null;
	}

	/**
	 * One entry.
	 *
	 * @param path its page, below the site
	 * @param title its title
	 * @param summary a line about it
	 * @param updated the day it last changed
	 * @param lang the language of its text when not the feed's, or {@code null}
	 */
	record Entry(String path, String title, String summary, LocalDate updated, String lang) {

	}

}
