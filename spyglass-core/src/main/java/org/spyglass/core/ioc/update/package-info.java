/** {@code iocs update}: downloading the feeds of an {@code indicators.yaml} index, atomically, into the data folder. */
package org.spyglass.core.ioc.update;
