/**
 * Answering indicator questions. Build an {@link org.spyglass.core.ioc.match.IndicatorSet} with
 * {@link org.spyglass.core.ioc.match.IndicatorSetBuilder} from loaded files; duplicates across files merge into one
 * indicator with every provenance. Every lookup is a few hash-table probes (one per host label, path component or
 * network prefix length present), never a scan of the indicators.
 */
package org.spyglass.core.ioc.match;
