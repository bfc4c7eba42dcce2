/**
 * Reads the content folder once into an immutable, validated and rendered model of the
 * history: the command that checks a folder and the report of a folder that cannot start.
 */
package no.oslocancercluster.history.content;
