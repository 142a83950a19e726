package org.spyglass.ios.datausage;

import java.time.Instant;

/**
 * One row of DataUsage.sqlite or netusage.sqlite: a {@code ZLIVEUSAGE} row with its {@code ZPROCESS} row, a process
 * without live rows (live fields null), or a live row whose process is missing (process fields null). Field names
 * follow MVT's.
 *
 * @param procId       {@code ZPROCESS.Z_PK}, or null when the process row is missing
 * @param procName     {@code ZPROCNAME}
 * @param bundleId     {@code ZBUNDLENAME}
 * @param firstIsodate {@code ZPROCESS.ZFIRSTTIMESTAMP}, UTC
 * @param isodate      {@code ZPROCESS.ZTIMESTAMP}, UTC
 * @param liveId       {@code ZLIVEUSAGE.Z_PK}, or null for a process without live rows
 * @param liveProcId   {@code ZLIVEUSAGE.ZHASPROCESS}, the process the live row points to
 * @param liveIsodate  {@code ZLIVEUSAGE.ZTIMESTAMP}, UTC
 * @param wifiIn       bytes received over Wi-Fi (null on versions without the column)
 * @param wifiOut      bytes sent over Wi-Fi
 * @param wwanIn       bytes received over the cellular network
 * @param wwanOut      bytes sent over the cellular network
 */
public record DataUsageRecord(Long procId, String procName, String bundleId, Instant firstIsodate, Instant isodate,
                              Long liveId, Long liveProcId, Instant liveIsodate, Double wifiIn, Double wifiOut,
                              Double wwanIn, Double wwanOut) {
    public DataUsageRecord {
        if (procId == null && liveId == null) {
            throw new IllegalArgumentException("a DataUsage record has a process row, a live row, or both");
        }
    }

    /** True for a live row that points to a process row that does not exist. */
    public boolean pointsToDeletedProcess() {
        return procId == null && liveProcId != null;
    }
}
