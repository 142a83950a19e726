package org.spyglass.ios.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.spyglass.core.Level;
import org.spyglass.core.module.Heuristic;

/**
 * Recognises process names that imitate genuine iOS daemons, the disguise Pegasus used ({@code launchafd} for
 * {@code launchd}, {@code aggregatenotd} for {@code aggregated}). Two tables drive it, both resources of this
 * package: {@code pegasus-processes.txt} pairs the 81 Pegasus process names with the daemon each imitates where that
 * is certain, and {@code genuine-daemons.txt} lists genuine iOS programs. A name that is not genuine is a lookalike
 * when the first table gives its twin, or when it is within a small edit distance of a genuine name.
 *
 * <p>False alarms are kept down on purpose: names shorter than {@value #MIN_LENGTH} characters are never compared
 * (too many short names are a letter apart), one difference is allowed below {@value #LONG_NAME} characters and two
 * from there on, names that differ only in their digits are left alone, and a name that is the first 15 or more
 * characters of a genuine one counts as that genuine name (iOS truncates process names to 16 characters).
 *
 * <p>Stateless and thread-safe; use it from any module that reads process names.
 */
public final class DaemonLookalikes {
    /** The shortest name compared by edit distance. */
    public static final int MIN_LENGTH = 6;
    /** From this length on, two differences are allowed instead of one. */
    public static final int LONG_NAME = 9;
    private static final int TRUNCATED = 15;
    private static final String EXPLANATION = "Spyware has named its processes after genuine iOS system programs with "
            + "a letter changed (Pegasus ran as \"launchafd\" next to the real launchd, and as \"aggregatenotd\" next "
            + "to aggregated) so that a glance at a process list passes over them. This name is spelled almost like a "
            + "genuine iOS daemon but is not one. It can also be a harmless program, such as a developer tool or a "
            + "daemon of a newer iOS version than Spyglass knows, so it is a reason to look closer, not proof.";

    private static final Map<String, String> TWINS;
    private static final Set<String> SPYWARE_NAMES;
    private static final List<String> GENUINE;
    private static final Set<String> GENUINE_SET;
    private static final NavigableSet<String> GENUINE_SORTED;
    /** The indexes in {@link #GENUINE} of the names of each length of at least {@link #MIN_LENGTH}, ascending. */
    private static final int[][] BY_LENGTH;
    /** The {@link #letterMask} of each name of {@link #GENUINE}, by index. */
    private static final long[] GENUINE_MASKS;

    static {
        Map<String, String> twins = new HashMap<>();
        Set<String> spyware = new HashSet<>();
        for (String[] row : rows("pegasus-processes.txt")) {
            spyware.add(row[0]);
            if (row.length > 1 && !row[1].equals("-")) {
                twins.put(row[0], row[1]);
            }
        }
        List<String> genuine = new ArrayList<>();
        for (String[] row : rows("genuine-daemons.txt")) {
            genuine.add(row[0]);
        }
        TWINS = Collections.unmodifiableMap(twins);
        SPYWARE_NAMES = Collections.unmodifiableSet(spyware);
        GENUINE = List.copyOf(genuine);
        GENUINE_SET = Set.copyOf(genuine);
        GENUINE_SORTED = Collections.unmodifiableNavigableSet(new TreeSet<>(genuine));
        BY_LENGTH = byLength(GENUINE);
        GENUINE_MASKS = GENUINE.stream().mapToLong(DaemonLookalikes::letterMask).toArray();
    }

    private static int[][] byLength(List<String> names) {
        int longest = names.stream().mapToInt(String::length).max().orElse(0);
        int[][] groups = new int[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int size = length;
            groups[length] = IntStream.range(0, names.size())
                    .filter(i -> size >= MIN_LENGTH && names.get(i).length() == size).toArray();
        }
        return groups;
    }

    private DaemonLookalikes() {
    }

    /**
     * The genuine daemon a process name imitates, if any. {@code name} may be a path (its last component is used) or
     * null (no answer).
     */
    public static Optional<Lookalike> find(String name) {
        String process = basename(name);
        if (process == null || isGenuineDaemon(process)) {
            return Optional.empty();
        }
        String twin = TWINS.get(process);
        if (twin != null) {
            int d = distance(process, twin, process.length() + twin.length());
            return Optional.of(new Lookalike(process, twin, d, Lookalike.Basis.PEGASUS_TWIN));
        }
        if (process.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        int bestIndex = -1;
        int bestDistance = Integer.MAX_VALUE;
        int[] letters = letterCounts(process);
        long mask = letterMask(process);
        int from = Math.max(MIN_LENGTH, process.length() - 2);
        int to = Math.min(BY_LENGTH.length - 1, process.length() + 2);
        for (int length = from; length <= to; length++) {
            int allowed = Math.min(process.length(), length) >= LONG_NAME ? 2 : 1;
            if (Math.abs(process.length() - length) > allowed) {
                continue;
            }
            for (int index : BY_LENGTH[length]) {
                String daemon = GENUINE.get(index);
                int limit = Math.min(allowed, bestDistance);
                if (Long.bitCount(mask ^ GENUINE_MASKS[index]) > 2 * limit
                        || letters != null && lettersApart(letters, process, daemon) > 2 * limit) {
                    continue;
                }
                int d = distance(process, daemon, limit);
                if (d <= limit && (d < bestDistance || index < bestIndex) && !sameWithoutDigits(process, daemon)) {
                    bestIndex = index;
                    bestDistance = d;
                }
            }
        }
        if (bestIndex < 0) {
            return Optional.empty();
        }
        String best = GENUINE.get(bestIndex);
        Lookalike.Basis basis = SPYWARE_NAMES.contains(process) ? Lookalike.Basis.PEGASUS_NAME
                : Lookalike.Basis.SPELLING;
        return Optional.of(new Lookalike(process, best, bestDistance, basis));
    }

    /**
     * True when the name (or a path's last component) is a genuine iOS program of the embedded list, or its first 15
     * or more characters (a truncated process name).
     */
    public static boolean isGenuineDaemon(String name) {
        String process = basename(name);
        if (process == null) {
            return false;
        }
        if (GENUINE_SET.contains(process)) {
            return true;
        }
        if (process.length() >= TRUNCATED) {
            String next = GENUINE_SORTED.higher(process);
            return next != null && next.startsWith(process);
        }
        return false;
    }

    /** A module's lookalike heuristic: {@code id} such as {@code ios.datausage.daemon-lookalike}, level MEDIUM. */
    public static Heuristic heuristic(String id) {
        return new Heuristic(id, Level.MEDIUM, EXPLANATION);
    }

    /** The genuine names of the embedded list, in its order. */
    static List<String> genuineNames() {
        return GENUINE;
    }

    /** The Pegasus names of the embedded table with their twins (only those that have one). */
    static Map<String, String> twins() {
        return TWINS;
    }

    /** The 81 Pegasus names of the embedded table. */
    static Set<String> spywareNames() {
        return SPYWARE_NAMES;
    }

    private static String basename(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isEmpty() ? null : last;
    }

    /**
     * The characters of {@code name} as bits of a word (bit {@code c % 64} for character {@code c}). A bit that one of
     * two names has and the other lacks stands for at least one character that is in only one of them, so the count
     * of such bits is a lower bound of {@link #lettersApart}: comparing two words turns most names away at once.
     */
    static long letterMask(String name) {
        long mask = 0;
        for (int i = 0; i < name.length(); i++) {
            mask |= 1L << (name.charAt(i) & 63);
        }
        return mask;
    }

    /** How many times each ASCII character occurs in {@code name}; null when it has another character. */
    static int[] letterCounts(String name) {
        int[] counts = new int[128];
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                return null;
            }
            counts[c]++;
        }
        return counts;
    }

    /**
     * How many characters are left over when the letters of {@code b} are paired off with those of {@code a}
     * ({@code counts}, from {@link #letterCounts}), regardless of order. An edit changes that by at most two (a swap
     * not at all), so half of it is a lower bound of the {@link #distance}: most names are turned away by it without
     * the table. {@code counts} is left as it was.
     */
    static int lettersApart(int[] counts, String a, String b) {
        int apart = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c >= 128) {
                apart++;
            } else {
                counts[c]--;
            }
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            apart += Math.abs(counts[c]);
            counts[c] = 0;
        }
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c < 128) {
                apart += Math.abs(counts[c]);
                counts[c] = 0;
            }
        }
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i)]++;
        }
        return apart;
    }

    /** Whether {@code a} and {@code b} are equal once the ASCII digits are left out of both. */
    static boolean sameWithoutDigits(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && isAsciiDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && isAsciiDigit(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of neighbours), stopping as
     * soon as it must exceed {@code limit} (it then returns {@code limit + 1}). Only the cells within {@code limit} of
     * the diagonal are computed: a cell further away already costs more than the limit.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            current[0] = Math.min(i, over);
            current[from - 1] = from == 1 ? current[0] : over;
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) {
                current[to + 1] = over;
            }
            if (rowMin > limit) {
                return over;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DaemonLookalikes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " of " + DaemonLookalikes.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    rows.add(text.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
