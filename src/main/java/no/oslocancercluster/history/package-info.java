/**
 * The history site of Oslo Cancer Cluster: application entry point and settings.
 */
package no.oslocancercluster.history;
