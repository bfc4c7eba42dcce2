package no.oslocancercluster.history.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Gives every page the addresses of the stylesheet, the icon and the export's search
 * script, which change with their content (see {@link WebConfiguration}): found once,
 * since the files are in the jar. Spring's filter that would rewrite every link of every
 * page to look for such files is left off: at a thousand sections it cost a seventh of
 * the rendering.
 */
@ControllerAdvice
class StaticFilesAdvice {

	private final ResourceUrlProvider resources;

	private volatile StaticFiles files;

	StaticFilesAdvice(ResourceUrlProvider resources) {
		this.resources = resources;
	}

	@ModelAttribute("staticFiles")
	StaticFiles staticFiles() {
		StaticFiles found = this.files;
		if (found == null) {
			found = new StaticFiles(address("/css/site.css"), address("/favicon.svg"), address("/js/search.js"));
			this.files = found;
		}
		return found;
	}

	private String address(String path) {
		String versioned = this.resources.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

	/**
	 * The static files every page links to, under the site's path.
	 *
	 * @param stylesheet the stylesheet's address
	 * @param icon the icon's address
	 * @param search the static export's search script's address
	 */
	record StaticFiles(String stylesheet, String icon, String search) {

	}

}
