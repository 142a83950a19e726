package org.spyglass.ios.backup;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;

/**
 * The regular files listed in Manifest.db, sorted by device path: one string per file, its fileID packed as 20
 * bytes and its domain as an index into a table of distinct domains, so 200,000 rows cost a few tens of MB. The
 * NSKeyedArchiver {@code file} blobs are not loaded. Immutable and thread-safe once built.
 */
final class ManifestIndex {
    /** The {@code Files.flags} value of a regular file (2 is a folder, 4 a link). */
    static final int FLAG_FILE = 1;

    private final String[] paths;
    private final int[] domainOf;
    private final byte[] ids;
    private final String[] domains;
    private final int skipped;

    private ManifestIndex(String[] paths, int[] domainOf, byte[] ids, String[] domains, int skipped) {
        this.paths = paths;
        this.domainOf = domainOf;
        this.ids = ids;
        this.domains = domains;
        this.skipped = skipped;
    }

    /** Reads every regular-file row of {@code Files}, streaming; rows with a malformed fileID are skipped. */
    static ManifestIndex load(EvidenceDatabase manifest) throws SQLException {
        record Row(String path, int domain, String id) {
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> domainIndex = new HashMap<>();
        int skipped = 0;
        try (Rows files = manifest.query("SELECT fileID, domain, relativePath FROM Files WHERE flags = ?",
                FLAG_FILE)) {
            while (files.next()) {
                String id = files.getString("fileID");
                String domain = files.getString("domain");
                String relativePath = files.getString("relativePath");
                if (!BackupFileIds.isValid(id) || domain == null || relativePath == null) {
                    skipped++;
                    continue;
                }
                int index = domainIndex.computeIfAbsent(domain, d -> domainIndex.size());
                rows.add(new Row(BackupDomains.devicePath(domain, relativePath), index, id));
            }
        }
        rows.sort(Comparator.comparing(Row::path));
        String[] paths = new String[rows.size()];
        int[] domainOf = new int[rows.size()];
        byte[] ids = new byte[rows.size() * 20];
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            paths[i] = row.path();
            domainOf[i] = row.domain();
            System.arraycopy(hex.parseHex(row.id()), 0, ids, i * 20, 20);
        }
        String[] domains = new String[domainIndex.size()];
        domainIndex.forEach((name, index) -> domains[index] = name);
        return new ManifestIndex(paths, domainOf, ids, domains, skipped);
    }

    int size() {
        return paths.length;
    }

    /** Rows left out because their fileID, domain or relative path was missing or malformed. */
    int skipped() {
        return skipped;
    }

    /** Every file with this device path (several domains can share a device root), in index order. */
    List<EvidenceFile> exact(String devicePath) {
        List<EvidenceFile> found = new ArrayList<>(1);
        for (int i = lowerBound(devicePath); i < paths.length && paths[i].equals(devicePath); i++) {
            found.add(file(i));
        }
        return found;
    }

    List<EvidenceFile> find(DeviceGlob glob) {
        if (glob.isLiteral()) {
            return exact(glob.literalPrefix());
        }
        List<EvidenceFile> found = new ArrayList<>();
        String prefix = glob.literalPrefix();
        for (int i = lowerBound(prefix); i < paths.length && paths[i].startsWith(prefix); i++) {
            if (glob.matches(paths[i])) {
                found.add(file(i));
            }
        }
        return found;
    }

    void forEach(Consumer<EvidenceFile> visitor) {
        for (int i = 0; i < paths.length; i++) {
            visitor.accept(file(i));
        }
    }

    private EvidenceFile file(int i) {
        String domain = domains[domainOf[i]];
        String root = BackupDomains.root(domain);
        String path = paths[i];
        String relativePath = path.length() > root.length() ? path.substring(root.length() + 1) : "";
        String id = HexFormat.of().formatHex(Arrays.copyOfRange(ids, i * 20, i * 20 + 20));
        return new EvidenceFile(path, domain, relativePath, id);
    }

    private int lowerBound(String key) {
        int low = 0;
        int high = paths.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (paths[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
