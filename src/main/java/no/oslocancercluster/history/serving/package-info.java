/**
 * Serves each page from memory: rendered once per content version, precompressed, with
 * validators for caches.
 */
package no.oslocancercluster.history.serving;
