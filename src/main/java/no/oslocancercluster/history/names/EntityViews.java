package no.oslocancercluster.history.names;

import java.util.List;

import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.Language;

/**
 * View records: what the names' templates print, already chosen for the page's language.
 */
final class EntityViews {

	private EntityViews() {
	}

	// The tag of a text's language when it is not the page's (a missing translation), for
	// the lang attribute; null when it is.
	static String lang(Language text, Language page) {
		return (text != null && text != page) ? text.tag() : null;
	}

	/**
	 * A name as its own page and the index show it.
	 *
	 * @param name its name
	 * @param nameLang the language of the name when it is not the page's, or {@code null}
	 * @param kind the message key of its kind, such as {@code name.kind.person}
	 * @param description what the history says of it, or {@code null}
	 * @param descriptionLang the language of the description when it is not the page's,
	 * or {@code null}
	 * @param href the address of its page
	 * @param website its official web address, or {@code null}
	 * @param wikidata the address of its Wikidata item, or {@code null}
	 * @param fallback whether anything of it is shown in another language than the
	 * page's, for want of a translation
	 */
	record EntityView(String name, String nameLang, String kind, String description, String descriptionLang,
			String href, String website, String wikidata, boolean fallback) {

		static EntityView of(Entity entity, Language page) {
			return new EntityView(entity.name(page), lang(entity.nameLanguage(page), page),
					"name.kind." + entity.kind().word(), entity.description(page),
					lang(entity.descriptionLanguage(page), page), entity.href(page), entity.website(),
					(entity.wikidata() != null) ? "https://www.wikidata.org/entity/" + entity.wikidata() : null,
					!entity.translated(page));
		}

	}

	/**
	 * The names of one kind on the index.
	 *
	 * @param heading the message key of the kind's heading, such as
	 * {@code names.kind.person}
	 * @param id the heading's id
	 * @param entities the names of that kind, by name
	 */
	record KindView(String heading, String id, List<EntityView> entities) {

	}

	/**
	 * A page of the history that mentions a name, with each place in it that does.
	 *
	 * @param title the page's title
	 * @param href its address
	 * @param lang the language of its title when it is not the page's, or {@code null}
	 * @param places the places under its headings, in the order of its text; none when
	 * the name comes before the first heading only
	 */
	record PageMentions(String title, String href, String lang, List<PlaceView> places) {

	}

	/**
	 * A place in a page's text that mentions a name.
	 *
	 * @param href the address of its heading or paragraph
	 * @param heading the heading it is under
	 * @param milestoneDate the date of the milestone it tells, in words, or {@code null}
	 * @param milestoneDatetime the same date in ISO 8601, or {@code null}
	 * @param milestone the title of that milestone, or {@code null}
	 */
	record PlaceView(String href, String heading, String milestoneDate, String milestoneDatetime, String milestone) {

	}

}
