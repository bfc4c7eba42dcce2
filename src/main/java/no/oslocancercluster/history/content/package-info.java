/**
 * Reads the content folder once into an immutable, validated and rendered model of the
 * history.
 */
package no.oslocancercluster.history.content;
