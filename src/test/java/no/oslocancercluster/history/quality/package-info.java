/**
 * Quality checks of the rendered site as a whole, such as the validity of its HTML.
 */
package no.oslocancercluster.history.quality;
