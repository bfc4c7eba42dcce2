package no.oslocancercluster.history.search;

import java.util.ArrayList;
import java.util.List;

import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.Section;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The Lucene documents of a site in one language: the overview, then each part of each
 * section under a heading, so that a result leads to the paragraph that tells it; and
 * each name, so that a search for it leads to its page.
 */
final class IndexedParts {

	/**
	 * What a name's page has, and no other document.
	 */
	static final Term NAME_PAGE = new Term("kind", "name");

	// The text's offsets are kept in the index, so that highlighting a hit reads them
	// instead of analysing its text.
	private static final FieldType TEXT = offsets();

	private IndexedParts() {
	}

	private static FieldType offsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	static List<Document> of(Language language, Edition edition) {
		List<Document> documents = new ArrayList<>();
		String overviewLang = (edition.overview().textLanguage() != language) ? edition.overview().textLanguage().tag()
				: null;
		documents.add(document(language.home(), edition.overview().title(), edition.overview().title(),
				text(edition.overview().html()), "", overviewLang));
		for (Section section : edition.sections()) {
			documents.addAll(documents(section));
		}
		for (Entity entity : edition.entities()) {
			documents.add(entity(entity, language));
		}
		return documents;
	}

	// A name's page: its name in the page's language is its title, and its names in
	// every language are what finds it (SearchQuery); its description is its text. It
	// has no section to show.
	private static Document entity(Entity entity, Language language) {
		String description = (entity.description(language) != null) ? entity.description(language) : "";
		String lang = (entity.nameLanguage(language) != language) ? entity.nameLanguage(language).tag() : null;
		Document document = document(entity.href(language), "", "", description, "", lang);
		document.add(new StoredField("title", entity.name(language)));
		document.add(new TextField("names", String.join("\n", entity.names().values()), Field.Store.YES));
		document.add(new StringField(NAME_PAGE.field(), NAME_PAGE.text(), Field.Store.NO));
		return document;
	}

	// One document per part of the section: the text before the first heading, if any,
	// then each heading's part.
	private static List<Document> documents(Section section) {
		String lang = section.fallback() ? section.textLanguage().tag() : null;
		List<Document> documents = new ArrayList<>();
		String anchor = null;
		String heading = section.title();
		StringBuilder text = new StringBuilder();
		for (Element element : Jsoup.parseBodyFragment(section.html()).body().children()) {
			if (!isPartHeading(element)) {
				text.append(element.text()).append('\n');
				continue;
			}
			if (anchor != null || !text.toString().isBlank()) {
				documents.add(part(section, anchor, heading, text, lang));
			}
			anchor = element.id();
			heading = element.text();
			text = new StringBuilder();
		}
		documents.add(part(section, anchor, heading, text, lang));
		return documents;
	}

	private static boolean isPartHeading(Element element) {
		return element.normalName().matches("h[2-6]") && !element.id().isEmpty();
	}

	private static Document part(Section section, String anchor, String heading, StringBuilder text, String lang) {
		StringBuilder milestones = new StringBuilder();
		for (Milestone milestone : section.milestones()) {
			if (milestone.anchor().equals(anchor)) {
				milestones.append(milestone.title()).append(' ').append(milestone.date().year()).append('\n');
			}
		}
		String href = section.href() + ((anchor != null) ? "#" + anchor : "");
		return document(href, heading, section.title(), text.toString().strip(), milestones.toString(), lang);
	}

	private static Document document(String href, String heading, String section, String text, String milestones,
			String lang) {
		Document document = new Document();
		document.add(new StoredField("href", href));
		if (!heading.isEmpty()) {
			document.add(new StoredField("title", heading));
		}
		document.add(new TextField("heading", heading, Field.Store.NO));
		document.add(new TextField("section", section, Field.Store.YES));
		document.add(new Field("text", text, TEXT));
		// Stored for the static export, which takes the words of every field.
		document.add(new TextField("milestones", milestones, Field.Store.YES));
		if (lang != null) {
			document.add(new StoredField("lang", lang));
		}
		return document;
	}

	private static String text(String html) {
		StringBuilder text = new StringBuilder();
		Jsoup.parseBodyFragment(html).body().children().forEach((element) -> text.append(element.text()).append('\n'));
		return text.toString().strip();
	}

}
