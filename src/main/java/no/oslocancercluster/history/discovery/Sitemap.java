package no.oslocancercluster.history.discovery;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Editions;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Page;

/**
 * Writes the sitemap of the site with the JDK's XML writer.
 */
final class Sitemap {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private Sitemap() {
	}

	/**
	 * Every public page in every language its text is written in (a page shown in English
	 * for want of a translation is the English page's copy, not a page of its own), with
	 * the day it last changed and, for search engines, the same page in the other
	 * languages.
	 */
	static String write(Editions editions, SiteProperties properties) {
		StringWriter xml = new StringWriter();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(NAMESPACE);
			writer.writeNamespace("xhtml", XHTML);
			for (Page page : editions.pages()) {
				if (page.translated()) {
					url(writer, page, editions, properties);
				}
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

	private static void url(XMLStreamWriter writer, Page page, Editions editions, SiteProperties properties)
			throws XMLStreamException {
		writer.writeStartElement("url");
		element(writer, "loc", properties.absolute(page.path()));
		if (page.updated() != null) {
			element(writer, "lastmod", page.updated().toString());
		}
		List<Language> translations = editions.translations(page.englishPath());
		if (translations.size() > 1) {
			for (Language language : translations) {
				alternate(writer, language.tag(), properties.absolute(language.path(page.englishPath())));
			}
			alternate(writer, "x-default", properties.absolute(page.englishPath()));
		}
		writer.writeEndElement();
	}

	private static void alternate(XMLStreamWriter writer, String hreflang, String href) throws XMLStreamException {
		writer.writeEmptyElement(XHTML, "link");
		writer.writeAttribute("rel", "alternate");
		writer.writeAttribute("hreflang", hreflang);
		writer.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

}
