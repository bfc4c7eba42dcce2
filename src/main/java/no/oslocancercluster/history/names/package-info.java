/**
 * The people, organisations, places and programmes the history names: where the text
 * mentions each, its page, and the index of them all.
 */
package no.oslocancercluster.history.names;
