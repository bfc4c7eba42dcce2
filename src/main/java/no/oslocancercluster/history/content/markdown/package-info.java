/**
 * Checks a file's Markdown body and renders it to the site's HTML.
 */
package no.oslocancercluster.history.content.markdown;
