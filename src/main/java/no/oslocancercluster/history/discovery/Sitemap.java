package no.oslocancercluster.history.discovery;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.Section;
import no.oslocancercluster.history.content.Site;

/**
 * Writes the sitemap of a site with the JDK's XML writer: every public page with the day it last changed.
 */
final class Sitemap {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private Sitemap() {
	}

	/**
	 * A public page and the day it last changed, or {@code null} when unknown.
	 *
	 * @param path the page's path
	 * @param updated the day it last changed
	 */
	record Page(String path, LocalDate updated) {

	}

	static List<Page> pages(Site site) {
		List<Page> pages = new ArrayList<>();
		pages.add(new Page("/", site.overview().updated()));
		site.sections().forEach((section) -> pages.add(new Page(section.href(), section.updated())));
		LocalDate latest = site.sections()
			.stream()
			.map(Section::updated)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		pages.add(new Page("/timeline", latest));
		pages.add(new Page("/print", latest));
		return pages;
	}

	static String write(Site site, SiteProperties properties) {
		StringWriter xml = new StringWriter();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(NAMESPACE);
			for (Page page : pages(site)) {
				writer.writeStartElement("url");
				element(writer, "loc", properties.absolute(page.path()));
				if (page.updated() != null) {
					element(writer, "lastmod", page.updated().toString());
				}
				writer.writeEndElement();
			}
			writer.writeEndElement();
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the sitemap", ex);
		}
		return xml.toString();
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

}
