package org.spyglass.ios.correlation;

import java.time.Instant;
import java.util.Objects;
import org.spyglass.ios.idstatuscache.IdStatusCacheRecord;

/**
 * A process first seen in DataUsage.sqlite shortly after an identity-services lookup of an e-mail handle or of a
 * malformed handle in IDStatusCache: the pair, with both times.
 *
 * @param lookupIsodate    the lookup's {@code LookupDate}, UTC
 * @param service          the lookup's identity service, e.g. {@code com.apple.madrid}
 * @param user             the looked-up handle, as the id_status_cache module writes it
 * @param procFirstIsodate the process's {@code ZFIRSTTIMESTAMP} (first network use), UTC
 * @param procName         {@code ZPROCNAME}
 * @param bundleId         {@code ZBUNDLENAME}, null for processes outside an app
 * @param procId           {@code ZPROCESS.Z_PK}
 * @param secondsAfter     whole seconds from the lookup to the process's first network use (0 or more)
 */
public record LookupThenProcess(Instant lookupIsodate, String service, String user, Instant procFirstIsodate,
                                String procName, String bundleId, long procId, long secondsAfter) {
    public LookupThenProcess {
        Objects.requireNonNull(lookupIsodate, "lookupIsodate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(procFirstIsodate, "procFirstIsodate");
        if (secondsAfter < 0) {
            throw new IllegalArgumentException("the process comes after the lookup: " + secondsAfter);
        }
    }

    /** The looked-up e-mail address, or null when the handle is not a {@code mailto:} handle. */
    public String email() {
        return IdStatusCacheRecord.emailOf(user);
    }

    /** True when the looked-up handle holds two NUL characters in a row. */
    public boolean malformedHandle() {
        return IdStatusCacheRecord.isMalformed(user);
    }
}
