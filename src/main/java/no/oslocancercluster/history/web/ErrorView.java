package no.oslocancercluster.history.web;

/**
 * What the one error template shows for a status: its heading and lead (message keys),
 * the status number where it helps, and whether to offer the site's pages to start again
 * from.
 *
 * @param status the status
 * @param title the message key of the heading
 * @param lead the message key of the lead
 * @param number whether to show the status's number
 * @param pages whether to list the site's pages
 */
record ErrorView(int status, String title, String lead, boolean number, boolean pages) {

	static ErrorView of(int status) {
		if (status == 404 || status == 400) {
			return new ErrorView(status, "error." + status + ".title", "error." + status + ".lead", false, true);
		}
		if (status >= 400 && status < 500) {
			return new ErrorView(status, "error.4xx.title", "error.4xx.lead", true, true);
		}
		return new ErrorView(status, "error.title", "error.lead", true, false);
	}

}
