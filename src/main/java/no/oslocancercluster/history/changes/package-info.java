/**
 * What a change to the content does for visitors: the pages added, removed and changed,
 * the timeline's milestones and the translations, compared between two content folders
 * and written as a Markdown report for the pull request.
 */
package no.oslocancercluster.history.changes;
