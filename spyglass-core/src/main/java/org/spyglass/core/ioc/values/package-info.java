/**
 * Normalisation shared by indicators and observed values: IP literals parsed without DNS, host names in lower-case
 * punycode, a tolerant URL splitter, device paths and hex digests. Both sides go through the same rules, so equal
 * things compare equal.
 */
package org.spyglass.core.ioc.values;
