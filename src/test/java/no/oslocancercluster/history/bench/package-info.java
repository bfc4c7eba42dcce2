/**
 * Benchmarks and the synthetic content they run on; run by bench/run.sh, not by the
 * build's tests.
 */
package no.oslocancercluster.history.bench;
