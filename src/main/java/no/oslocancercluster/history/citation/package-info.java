/**
 * "Cite this page": the citation of a section or the timeline in APA and Chicago, made by
 * a CSL processor, its Highwire meta tags, and its BibTeX and CSL-JSON files.
 */
package no.oslocancercluster.history.citation;
