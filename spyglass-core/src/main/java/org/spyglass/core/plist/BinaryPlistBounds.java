package org.spyglass.core.plist;

/**
 * Checks a binary plist's trailer, offset table and every object's declared length against the size of the file
 * before dd-plist reads it: dd-plist allocates what an object header claims, so a header claiming two billion array
 * entries would exhaust the heap of the whole run.
 */
final class BinaryPlistBounds {
    private static final int HEADER = 8;
    private static final int TRAILER = 32;

    private BinaryPlistBounds() {
    }

    /** @throws PlistException naming the first claim that does not fit in the file */
    static void check(byte[] bytes) throws PlistException {
        int length = bytes.length;
        if (length < HEADER + TRAILER) {
            throw refused("the binary property list is too short to hold its trailer");
        }
        int trailer = length - TRAILER;
        int offsetSize = bytes[trailer + 6] & 0xff;
        int refSize = bytes[trailer + 7] & 0xff;
        long count = read(bytes, trailer + 8, 8);
        long top = read(bytes, trailer + 16, 8);
        long table = read(bytes, trailer + 24, 8);
        if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8) {
            throw refused("the binary property list's trailer declares impossible integer sizes");
        }
        if (count < 1 || count > trailer || top < 0 || top >= count || table < HEADER || table > trailer
                || count * offsetSize > trailer - table) {
            throw refused("the binary property list's trailer points outside the file");
        }
        for (long i = 0; i < count; i++) {
            long offset = read(bytes, (int) (table + i * offsetSize), offsetSize);
            if (offset < HEADER || offset >= table) {
                throw refused("object " + i + " of the binary property list lies outside the file");
            }
            checkObject(bytes, (int) offset, (int) table, refSize, i);
        }
    }

    private static void checkObject(byte[] bytes, int offset, int end, int refSize, long index)
            throws PlistException {
        int marker = bytes[offset] & 0xff;
        int unit = switch (marker >> 4) {
            case 0x4, 0x5, 0x7 -> 1;
            case 0x6 -> 2;
            case 0xA, 0xB, 0xC -> refSize;
            case 0xD -> 2 * refSize;
            default -> 0;
        };
        if (unit == 0) {
            return;
        }
        long claimed = marker & 0x0f;
        int body = offset + 1;
        if (claimed == 0x0f) {
            if (body >= end || (bytes[body] & 0xf0) != 0x10) {
                throw refused("object " + index + " of the binary property list has a broken length");
            }
            int size = 1 << (bytes[body] & 0x0f);
            if (size > 8 || body + 1 + size > end) {
                throw refused("object " + index + " of the binary property list has a broken length");
            }
            claimed = read(bytes, body + 1, size);
            body += 1 + size;
        }
        if (claimed < 0 || claimed > (end - body) / unit) {
            throw refused("object " + index + " of the binary property list claims " + claimed
                    + " entries, more than the file holds");
        }
    }

    private static PlistException refused(String reason) {
        return new PlistException("not a readable property list: " + reason);
    }

    private static long read(byte[] bytes, int at, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }
}
