package org.spyglass.ios.cachefiles;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;

/**
 * Reads {@code cfurl_cache_response} of every {@code Cache.db}, streaming. {@code time_stamp} is SQLite's
 * {@code CURRENT_TIMESTAMP} text ({@code 2021-07-14 02:15:26}, UTC); rows whose time cannot be read keep a null
 * time and are counted in one warning per database.
 */
final class CacheFilesParser extends SqliteParser<CacheResponse> {
    static final String TABLE = "cfurl_cache_response";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]",
            Locale.ROOT);
    private static final String QUERY = "SELECT entry_ID, version, hash_value, storage_policy, request_key, "
            + "time_stamp FROM " + TABLE + " ORDER BY entry_ID";

    CacheFilesParser() {
        super("Cache.db", TABLE);
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<CacheResponse> context) {
        long[] badTimes = new long[1];
        String[] firstBad = new String[1];
        emitAll(database, QUERY, rows -> {
            String text = rows.getString("time_stamp");
            Instant time = time(text);
            if (time == null && text != null && badTimes[0]++ == 0) {
                firstBad[0] = text;
            }
            return record(file, rows, time);
        }, file.devicePath() + ": " + TABLE, context);
        if (badTimes[0] > 0) {
            context.warn(file.devicePath() + ": " + TABLE, badTimes[0] + " row(s) have a time_stamp that is not a "
                    + "date, so they have no time; the first is \"" + firstBad[0] + "\"");
        }
    }

    private static CacheResponse record(EvidenceFile file, Rows rows, Instant time) throws SQLException {
        return new CacheResponse(file.devicePath(), rows.getLong("entry_ID"), rows.getLong("version"),
                rows.getLong("hash_value"), rows.getLong("storage_policy"), rows.getString("request_key"), time);
    }

    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
