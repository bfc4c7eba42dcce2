/**
 * Headers that keep visitors safe on every response: what the page may load, frame and
 * send elsewhere.
 */
package no.oslocancercluster.history.security;
