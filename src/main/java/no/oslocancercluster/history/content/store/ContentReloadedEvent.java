package no.oslocancercluster.history.content.store;

import no.oslocancercluster.history.content.model.Edition;

/**
 * Published when a reload has replaced the site with a new version of the content.
 *
 * @param edition the new version
 */
public record ContentReloadedEvent(Edition edition) {

}
