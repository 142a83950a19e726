package org.spyglass.core.ioc.values;

import java.util.Locale;
import org.spyglass.core.ioc.IndicatorType;

/**
 * Turns an indicator value as written in a feed into its normalised form, or explains why it cannot be used. The
 * same rules are applied to values seen in evidence before lookup, so both sides compare equal.
 */
public final class IndicatorValues {
    private IndicatorValues() {
    }

    /** A normalised value; its type may differ from the declared one (an IP written as a domain name is an IP). */
    public record Normalised(IndicatorType type, String value) {
    }

    /** A value that cannot be used as an indicator; the message says why, in a few words. */
    public static final class InvalidValueException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidValueException(String message) {
            super(message);
        }
    }

    /**
     * Normalises {@code raw} declared as {@code type}.
     *
     * @throws InvalidValueException when the value is empty or not a valid value of that type
     */
    public static Normalised normalise(IndicatorType type, String raw) throws InvalidValueException {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            throw new InvalidValueException("empty value");
        }
        return switch (type) {
            case DOMAIN -> domain(v);
            case IPV4, IPV6 -> ip(v);
            case URL -> url(v);
            case EMAIL -> email(v);
            case PROCESS, FILE_NAME -> new Normalised(type, v);
            case FILE_PATH -> filePath(v);
            case MD5 -> hex(type, v, 32);
            case SHA1 -> hex(type, v, 40);
            case SHA256 -> hex(type, v, 64);
            case APP_CERT_HASH -> certificateHash(v);
            case APP_ID, PROFILE_ID, ANDROID_PROPERTY -> new Normalised(type, v.toLowerCase(Locale.ROOT));
        };
    }

    /** An e-mail address as compared: lower case, without a {@code mailto:} prefix; null when blank. */
    public static String emailKey(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip();
        if (e.regionMatches(true, 0, "mailto:", 0, 7)) {
            e = e.substring(7).strip();
        }
        return e.isEmpty() ? null : e.toLowerCase(Locale.ROOT);
    }

    /** A hex digest as compared: lower case, without {@code :} or space separators; null when not hex. */
    public static String hexKey(String digest) {
        if (digest == null) {
            return null;
        }
        String d = digest.strip();
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == ':' || c == ' ') {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if (!((lower >= '0' && lower <= '9') || (lower >= 'a' && lower <= 'f'))) {
                return null;
            }
            out.append(lower);
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static Normalised domain(String v) throws InvalidValueException {
        if (v.contains("/")) {
            return url(v);
        }
        IpAddress ip = IpAddress.parse(v);
        if (ip != null) {
            return new Normalised(ip.isV4() ? IndicatorType.IPV4 : IndicatorType.IPV6, ip.toString());
        }
        String host = Hosts.normalise(v);
        if (host == null) {
            throw new InvalidValueException("not a valid domain name");
        }
        return new Normalised(IndicatorType.DOMAIN, host);
    }

    private static Normalised ip(String v) throws InvalidValueException {
        int slash = v.indexOf('/');
        IpAddress ip = IpAddress.parse(slash < 0 ? v : v.substring(0, slash));
        if (ip == null) {
            throw new InvalidValueException("not a valid IP address");
        }
        IndicatorType type = ip.isV4() ? IndicatorType.IPV4 : IndicatorType.IPV6;
        if (slash < 0) {
            return new Normalised(type, ip.toString());
        }
        int prefix = parsePrefix(v.substring(slash + 1), ip.bits());
        if (prefix == ip.bits()) {
            return new Normalised(type, ip.toString());
        }
        return new Normalised(type, ip.masked(prefix) + "/" + prefix);
    }

    private static int parsePrefix(String text, int bits) throws InvalidValueException {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("not a valid network prefix length");
        }
        int prefix = Integer.parseInt(text);
        if (prefix > bits || prefix < 8) {
            throw new InvalidValueException("network prefix length must be between 8 and " + bits);
        }
        return prefix;
    }

    private static Normalised url(String v) throws InvalidValueException {
        UrlParts parts = UrlParts.parse(v);
        if (parts == null) {
            throw new InvalidValueException("not a URL with a host");
        }
        return new Normalised(IndicatorType.URL, parts.normalised());
    }

    private static Normalised email(String v) throws InvalidValueException {
        String key = emailKey(v);
        int at = key == null ? -1 : key.lastIndexOf('@');
        if (at <= 0 || at == key.length() - 1) {
            throw new InvalidValueException("not an e-mail address");
        }
        return new Normalised(IndicatorType.EMAIL, key);
    }

    private static Normalised filePath(String v) throws InvalidValueException {
        String path = FilePaths.normalise(v);
        if (path == null || path.equals("/")) {
            throw new InvalidValueException("not a usable file path");
        }
        return new Normalised(IndicatorType.FILE_PATH, path);
    }

    private static Normalised hex(IndicatorType type, String v, int length) throws InvalidValueException {
        String key = hexKey(v);
        if (key == null || key.length() != length) {
            throw new InvalidValueException("not a " + (length * 4) + "-bit hex digest");
        }
        return new Normalised(type, key);
    }

    private static Normalised certificateHash(String v) throws InvalidValueException {
        String key = hexKey(v);
        if (key == null || (key.length() != 32 && key.length() != 40 && key.length() != 64)) {
            throw new InvalidValueException("not an MD5, SHA-1 or SHA-256 hex digest");
        }
        return new Normalised(IndicatorType.APP_CERT_HASH, key);
    }
}
