package no.oslocancercluster.history.content.store;

import no.oslocancercluster.history.content.model.Site;

/**
 * Published when a reload has replaced the site with a new version of the content.
 *
 * @param site the new version
 */
public record ContentReloadedEvent(Site site) {

}
