/**
 * Binds a file's YAML front matter to records and checks them, with each problem at its
 * line and field.
 */
package no.oslocancercluster.history.content.frontmatter;
