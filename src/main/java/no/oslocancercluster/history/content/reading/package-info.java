/**
 * Reads a content folder's files, within the folder, into checked sections and overviews.
 */
package no.oslocancercluster.history.content.reading;
