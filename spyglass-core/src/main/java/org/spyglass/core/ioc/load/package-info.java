/**
 * Reading indicator files. {@link org.spyglass.core.ioc.load.IndicatorFileLoader} reads a STIX 2.1 bundle, an ECHAP
 * app list or a plain list declared by the caller ({@link org.spyglass.core.ioc.load.PlainList}) into a
 * {@link org.spyglass.core.ioc.load.LoadedFile} (entries, per-file counts, warnings) and throws a
 * {@link org.spyglass.core.SpyglassException} only when the whole file is unusable, so the caller can decide whether
 * that stops the run. {@link org.spyglass.core.ioc.load.StixPatternParser} reads OR-joined equality patterns and refuses
 * the rest with a reason; {@link org.spyglass.core.ioc.load.FeedIndex} reads an MVT {@code indicators.yaml}.
 */
package org.spyglass.core.ioc.load;
