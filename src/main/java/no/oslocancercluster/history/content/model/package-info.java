/**
 * The values the content becomes: the site, its sections, milestones and sources, its
 * languages and pages, and the problems found in a folder.
 */
package no.oslocancercluster.history.content.model;
