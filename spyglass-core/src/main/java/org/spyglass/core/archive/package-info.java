/**
 * Extraction of hostile archives (zip, tar, tar.gz) into a private folder: {@link
 * org.spyglass.core.archive.SafeExtractor#extract} detects the format by content, refuses members that would leave
 * the folder, never creates links or special files, bounds size, member count and compression ratio, and keeps what
 * a truncated archive held. Sources over archives (sysdiagnose, filesystem dumps, Android acquisitions) extract
 * with it into their scratch folder and report its warnings.
 */
package org.spyglass.core.archive;
