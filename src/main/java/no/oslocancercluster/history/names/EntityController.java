package no.oslocancercluster.history.names;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import no.oslocancercluster.history.SiteProperties;
import no.oslocancercluster.history.content.model.Edition;
import no.oslocancercluster.history.content.model.Entity;
import no.oslocancercluster.history.content.model.EntityKind;
import no.oslocancercluster.history.content.model.Language;
import no.oslocancercluster.history.content.model.Milestone;
import no.oslocancercluster.history.content.model.SitePaths;
import no.oslocancercluster.history.content.store.ContentStore;
import no.oslocancercluster.history.discovery.StructuredData;
import no.oslocancercluster.history.names.EntityViews.EntityView;
import no.oslocancercluster.history.names.EntityViews.KindView;
import no.oslocancercluster.history.names.EntityViews.PageMentions;
import no.oslocancercluster.history.names.EntityViews.PlaceView;
import no.oslocancercluster.history.names.Mentions.Mention;
import no.oslocancercluster.history.timeline.DateText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The index of the names the history holds, by kind, and each name's page with every part
 * of the story that mentions it.
 */
@Controller
class EntityController {

	private final ContentStore store;

	private final EntityMentions mentions;

	private final DateText dates;

	private final SiteProperties properties;

	private final StructuredData structuredData;

	EntityController(ContentStore store, EntityMentions mentions, DateText dates, SiteProperties properties,
			StructuredData structuredData) {
		this.store = store;
		this.mentions = mentions;
		this.dates = dates;
		this.properties = properties;
		this.structuredData = structuredData;
	}

	@GetMapping({ SitePaths.NAMES, "/nb" + SitePaths.NAMES })
	String index(Model model, Locale locale) {
		Language language = Language.of(locale);
		model.addAttribute("current", "names");
		model.addAttribute("kinds", kinds(this.store.current(language), language));
		model.addAttribute("canonical", this.properties.absolute(language.path(SitePaths.NAMES)));
		return "names";
	}

	@GetMapping({ SitePaths.NAMES + "/{id:[a-z0-9]+(?:-[a-z0-9]+)*}",
			"/nb" + SitePaths.NAMES + "/{id:[a-z0-9]+(?:-[a-z0-9]+)*}" })
	String entity(@PathVariable String id, Model model, Locale locale) {
		Language language = Language.of(locale);
		Edition edition = this.store.current(language);
		Entity entity = edition.entity(id).orElseThrow(() -> new EntityNotFoundException(id));
		model.addAttribute("current", "names");
		model.addAttribute("entity", EntityView.of(entity, language));
		model.addAttribute("pages", pages(edition, this.mentions.of(edition, id), locale));
		// A page shown in English for want of a translation is the English page's copy.
		Language canonical = entity.translated(language) ? language : Language.EN;
		model.addAttribute("canonical", this.properties.absolute(entity.href(canonical)));
		model.addAttribute("jsonLd", this.structuredData.entity(entity, language));
		return "name";
	}

	// Each kind that has names, in the order of the kinds, its names in the order of the
	// page's language.
	private static List<KindView> kinds(Edition edition, Language language) {
		Comparator<EntityView> byName = Comparator.comparing(EntityView::name, Collator.getInstance(language.locale()));
		List<KindView> kinds = new ArrayList<>();
		for (EntityKind kind : EntityKind.values()) {
			List<EntityView> entities = edition.entities()
				.stream()
				.filter((entity) -> entity.kind() == kind)
				.map((entity) -> EntityView.of(entity, language))
				.sorted(byName)
				.toList();
			if (!entities.isEmpty()) {
				kinds.add(new KindView("names.kind." + kind.word(), "kind-" + kind.word(), entities));
			}
		}
		return kinds;
	}

	// The mentions, in reading order, gathered by the page they are on.
	private List<PageMentions> pages(Edition edition, List<Mention> mentions, Locale locale) {
		List<PageMentions> pages = new ArrayList<>();
		for (Mention mention : mentions) {
			PageMentions last = pages.isEmpty() ? null : pages.get(pages.size() - 1);
			PageMentions page = page(edition, mention);
			if (last == null || !last.href().equals(page.href())) {
				pages.add(page);
				last = page;
			}
			// Before the first heading, the page's own link is the place.
			if (mention.heading() != null) {
				last.places().add(place(page.href(), mention, locale));
			}
		}
		return pages.stream()
			.map((page) -> new PageMentions(page.title(), page.href(), page.lang(), List.copyOf(page.places())))
			.toList();
	}

	private static PageMentions page(Edition edition, Mention mention) {
		Language language = edition.language();
		if (mention.section() == null) {
			return new PageMentions(edition.overview().title(), language.home(),
					EntityViews.lang(edition.overview().textLanguage(), language), new ArrayList<>());
		}
		return new PageMentions(mention.section().title(), mention.section().href(),
				EntityViews.lang(mention.section().textLanguage(), language), new ArrayList<>());
	}

	private PlaceView place(String page, Mention mention, Locale locale) {
		String href = (mention.place() != null) ? page + "#" + mention.place() : page;
		Milestone milestone = mention.milestone();
		if (milestone == null) {
			return new PlaceView(href, mention.heading(), null, null, null);
		}
		return new PlaceView(href, mention.heading(), this.dates.format(milestone.date(), locale),
				milestone.date().iso(), milestone.title());
	}

}
