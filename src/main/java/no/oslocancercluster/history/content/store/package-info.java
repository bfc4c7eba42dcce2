/**
 * Loads the checked site and keeps the current one, reloading it when the folder changes.
 */
package no.oslocancercluster.history.content.store;
