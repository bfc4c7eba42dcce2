/**
 * Gathers the milestones of every section into one chronological timeline, grouped by
 * year.
 */
package no.oslocancercluster.history.timeline;
