/**
 * Search across the history: a Lucene index per language, the search page, and the gate
 * that keeps a flood of searches from slowing the site.
 */
package no.oslocancercluster.history.search;
