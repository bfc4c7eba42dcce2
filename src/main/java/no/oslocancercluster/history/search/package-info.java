/**
 * Search across the history: a Lucene index per language, the search page, the gate that
 * keeps a flood of searches from slowing the site, and the index file with which the
 * static export's script answers the same searches in the browser.
 */
package no.oslocancercluster.history.search;
