package org.spyglass.core.ioc.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a STIX 2.1 pattern into tokens. Quoted strings keep every character; only {@code \'} and {@code \\} are
 * escapes (any other backslash is kept as written).
 */
final class StixPatternLexer {
    enum Kind { LBRACKET, RBRACKET, LPAREN, RPAREN, COLON, DOT, COMMA, OPERATOR, STRING, WORD, END }

    record Token(Kind kind, String text, int position) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    private static final int MAX_TOKENS = 10_000;

    private StixPatternLexer() {
    }

    static List<Token> tokens(String pattern) throws StixPatternException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            if (out.size() > MAX_TOKENS) {
                throw new StixPatternException("pattern too long");
            }
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Kind single = switch (c) {
                case '[' -> Kind.LBRACKET;
                case ']' -> Kind.RBRACKET;
                case '(' -> Kind.LPAREN;
                case ')' -> Kind.RPAREN;
                case ':' -> Kind.COLON;
                case '.' -> Kind.DOT;
                case ',' -> Kind.COMMA;
                default -> null;
            };
            if (single != null) {
                out.add(new Token(single, String.valueOf(c), i));
                i++;
            } else if (c == '\'') {
                i = string(pattern, i, out);
            } else if ("=!<>".indexOf(c) >= 0) {
                int end = i + 1;
                if (end < pattern.length() && pattern.charAt(end) == '=') {
                    end++;
                }
                String op = pattern.substring(i, end);
                if (op.equals("!")) {
                    throw new StixPatternException("unexpected '!' at position " + i);
                }
                out.add(new Token(Kind.OPERATOR, op, i));
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < pattern.length() && isWordChar(pattern.charAt(end))) {
                    end++;
                }
                String word = pattern.substring(i, end);
                boolean prefixedString = end < pattern.length() && pattern.charAt(end) == '\''
                        && (word.equals("h") || word.equals("b") || word.equals("t"));
                i = prefixedString ? string(pattern, end, out) : end;
                if (!prefixedString) {
                    out.add(new Token(Kind.WORD, word, i - word.length()));
                }
            } else {
                throw new StixPatternException("unexpected character '" + c + "' at position " + i);
            }
        }
        out.add(new Token(Kind.END, "", pattern.length()));
        return out;
    }

    private static int string(String pattern, int open, List<Token> out) throws StixPatternException {
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(i + 1);
                if (next == '\'' || next == '\\') {
                    value.append(next);
                    i += 2;
                    continue;
                }
            }
            if (c == '\'') {
                out.add(new Token(Kind.STRING, value.toString(), open));
                return i + 1;
            }
            value.append(c);
            i++;
        }
        throw new StixPatternException("unterminated quoted string at position " + open);
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-' || c == '*';
    }
}
