package org.spyglass.core.ioc;

import java.util.List;
import java.util.Map;

/**
 * The loaded indicator set and its questions. Every question returns the matching indicators (empty when none) with
 * their provenance, costs O(1) or O(length of the value) and never scans the indicator list. Values from the
 * evidence may be null or malformed: such a value simply matches nothing. Implementations are immutable and
 * thread-safe.
 */
public interface Indicators {

    /** A host name or IP literal: domains match on label boundaries, IPs as addresses. */
    List<IndicatorMatch> matchHost(String host);

    /** A URL, with or without scheme: URL indicators exactly (normalised), then its host as {@link #matchHost}. */
    List<IndicatorMatch> matchUrl(String url);

    /** An IPv4 or IPv6 address (v4-mapped v6 is compared as v4). */
    List<IndicatorMatch> matchIp(String ip);

    List<IndicatorMatch> matchEmail(String email);

    /** A process name or a path to an executable: compared by basename, allowing iOS's 16-character truncation. */
    List<IndicatorMatch> matchProcess(String processName);

    /** A file name or a path, compared by its last component. */
    List<IndicatorMatch> matchFileName(String fileNameOrPath);

    /** An absolute device path: file-path indicators match whole leading components, and file names match too. */
    List<IndicatorMatch> matchFilePath(String absolutePath);

    /** An MD5, SHA-1 or SHA-256 hex digest, case-insensitive. */
    List<IndicatorMatch> matchFileHash(String hexDigest);

    List<IndicatorMatch> matchAppId(String appId);

    List<IndicatorMatch> matchAppCertHash(String hexDigest);

    List<IndicatorMatch> matchProfileId(String profileUuid);

    List<IndicatorMatch> matchAndroidProperty(String propertyName);

    /** Number of distinct indicators. */
    int size();

    /** Distinct indicators by type. */
    Map<IndicatorType, Integer> countsByType();

    /** The files the indicators came from, in load order. */
    List<FeedFile> files();
}
