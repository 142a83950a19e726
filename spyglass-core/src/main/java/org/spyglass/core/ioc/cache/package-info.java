/**
 * The compiled indicator-set cache: a run whose feed files are the same as an earlier run's (by SHA-256) reads the
 * set it built then instead of parsing the files again.
 */
package org.spyglass.core.ioc.cache;
