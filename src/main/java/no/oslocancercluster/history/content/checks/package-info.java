/**
 * Checks that run across the files of a folder: reading order, links between pages,
 * translations.
 */
package no.oslocancercluster.history.content.checks;
