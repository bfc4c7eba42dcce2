/**
 * What machines read: the sitemap, robots.txt, structured data and the timeline as JSON.
 */
package no.oslocancercluster.history.discovery;
