/**
 * Controllers and view records that turn the content model into pages.
 */
package no.oslocancercluster.history.web;
