/** Helpers shared by the indicator packages of the core; nothing outside {@code org.spyglass.core.ioc} may use them. */
package org.spyglass.core.ioc.internal;
