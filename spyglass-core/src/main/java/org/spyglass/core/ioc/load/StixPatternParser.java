package org.spyglass.core.ioc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.ioc.load.StixPatternLexer.Kind;
import org.spyglass.core.ioc.load.StixPatternLexer.Token;

/**
 * Reads the part of the STIX 2.1 pattern language that a single-value matcher can answer: one or more equality
 * comparisons joined by {@code OR}, inside one observation ({@code [a:b = 'x' OR c:d = 'y']}) or across observations
 * ({@code [a:b = 'x'] OR [c:d = 'y']}), plus {@code IN ('x', 'y')}, which is the same as an {@code OR}.
 *
 * <p>A pattern that needs several values at once ({@code AND}, {@code FOLLOWEDBY}, qualifiers such as
 * {@code WITHIN} or {@code REPEATS}) or another operator ({@code !=}, {@code LIKE}, {@code MATCHES}, {@code NOT}, …)
 * is refused with a {@link StixPatternException}: a lookup of one observed value cannot decide it, and reading only
 * one of its comparisons would raise alerts the pattern's author did not intend. Callers warn and skip it.
 */
public final class StixPatternParser {
    private final List<Token> tokens;
    private final List<StixComparison> comparisons = new ArrayList<>();
    private String unsupported;
    private int next;

    private StixPatternParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * The equality comparisons of {@code pattern}, any one of which matching makes the pattern match.
     *
     * @throws StixPatternException when the pattern is malformed or cannot be answered by a single value
     */
    public static List<StixComparison> parse(String pattern) throws StixPatternException {
        if (pattern == null || pattern.isBlank()) {
            throw new StixPatternException("empty pattern");
        }
        List<StixComparison> single = single(pattern);
        return single != null ? single : parseGrammar(pattern);
    }

    /** {@link #parse} through the whole grammar, without the short cut for the usual single comparison. */
    static List<StixComparison> parseGrammar(String pattern) throws StixPatternException {
        StixPatternParser parser = new StixPatternParser(StixPatternLexer.tokens(pattern));
        parser.observationExpression();
        parser.expect(Kind.END, "end of pattern");
        if (parser.unsupported != null) {
            throw new StixPatternException(parser.unsupported);
        }
        return List.copyOf(parser.comparisons);
    }

    /**
     * The comparison of a pattern of the usual form {@code [type:property = 'value']} (exactly one space around the
     * operator, a value without quote or backslash), read without tokens; null for any other pattern. It gives what
     * the grammar gives for such a pattern.
     */
    private static List<StixComparison> single(String pattern) {
        int length = pattern.length();
        if (length < 10 || pattern.charAt(0) != '[' || pattern.charAt(length - 1) != ']'
                || pattern.charAt(length - 2) != '\'') {
            return null;
        }
        int colon = wordEnd(pattern, 1);
        if (colon == 1 || colon >= length || pattern.charAt(colon) != ':') {
            return null;
        }
        int property = wordEnd(pattern, colon + 1);
        if (property == colon + 1 || !pattern.startsWith(" = '", property)) {
            return null;
        }
        int from = property + 4;
        int to = length - 2;
        if (to < from) {
            return null;
        }
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (c == '\'' || c == '\\') {
                return null;
            }
        }
        return List.of(new StixComparison(pattern.substring(1, colon), List.of(pattern.substring(colon + 1,
                property)), pattern.substring(from, to)));
    }

    /** Where the run of letters, digits, '_' and '-' that starts at {@code from} ends. */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-')) {
                break;
            }
            i++;
        }
        return i;
    }

    private void observationExpression() throws StixPatternException {
        observationTerm();
        while (true) {
            Token t = peek();
            if (t.isWord("OR")) {
                next++;
            } else if (t.isWord("AND") || t.isWord("FOLLOWEDBY")) {
                next++;
                unsupported(t.text().toUpperCase(Locale.ROOT)
                        + "-joined observations need several values at once");
            } else {
                return;
            }
            observationTerm();
        }
    }

    private void observationTerm() throws StixPatternException {
        Token t = advance();
        if (t.kind() == Kind.LBRACKET) {
            comparisonExpression();
            expect(Kind.RBRACKET, "']'");
        } else if (t.kind() == Kind.LPAREN) {
            observationExpression();
            expect(Kind.RPAREN, "')'");
        } else {
            throw unexpected(t, "'['");
        }
        qualifiers();
    }

    private void qualifiers() {
        while (peek().isWord("WITHIN") || peek().isWord("REPEATS") || peek().isWord("START")) {
            Token qualifier = advance();
            unsupported("the " + qualifier.text() + " qualifier needs several observations");
            while (peek().kind() == Kind.WORD || peek().kind() == Kind.STRING) {
                Token word = peek();
                if (word.isWord("OR") || word.isWord("AND") || word.isWord("FOLLOWEDBY")
                        || word.isWord("WITHIN") || word.isWord("REPEATS") || word.isWord("START")) {
                    break;
                }
                next++;
            }
        }
    }

    private void comparisonExpression() throws StixPatternException {
        comparisonTerm();
        while (true) {
            Token t = peek();
            if (t.isWord("OR")) {
                next++;
            } else if (t.isWord("AND")) {
                next++;
                unsupported("AND-joined comparisons need several values at once");
            } else {
                return;
            }
            comparisonTerm();
        }
    }

    private void comparisonTerm() throws StixPatternException {
        if (peek().kind() == Kind.LPAREN) {
            next++;
            comparisonExpression();
            expect(Kind.RPAREN, "')'");
            return;
        }
        Token type = expect(Kind.WORD, "an object type");
        expect(Kind.COLON, "':'");
        List<String> path = new ArrayList<>();
        path.add(pathComponent());
        while (true) {
            if (peek().kind() == Kind.DOT) {
                next++;
                path.add(pathComponent());
            } else if (peek().kind() == Kind.LBRACKET) {
                next++;
                Token index = expect(Kind.WORD, "a list index");
                expect(Kind.RBRACKET, "']'");
                path.add("[" + index.text() + "]");
            } else {
                break;
            }
        }
        if (peek().isWord("NOT")) {
            next++;
            unsupported("NOT comparisons cannot be matched against a list of values");
        }
        Token operator = advance();
        if (operator.kind() == Kind.OPERATOR && operator.text().equals("=")) {
            comparisons.add(new StixComparison(type.text(), path, value()));
        } else if (operator.isWord("IN")) {
            expect(Kind.LPAREN, "'('");
            comparisons.add(new StixComparison(type.text(), path, value()));
            while (peek().kind() == Kind.COMMA) {
                next++;
                comparisons.add(new StixComparison(type.text(), path, value()));
            }
            expect(Kind.RPAREN, "')'");
        } else if (operator.kind() == Kind.OPERATOR || operator.kind() == Kind.WORD) {
            unsupported("the " + operator.text() + " operator is not an equality");
            value();
        } else {
            throw unexpected(operator, "an operator");
        }
    }

    private String pathComponent() throws StixPatternException {
        Token t = advance();
        if (t.kind() == Kind.WORD || t.kind() == Kind.STRING) {
            return t.text();
        }
        throw unexpected(t, "a property name");
    }

    private String value() throws StixPatternException {
        Token t = advance();
        if (t.kind() == Kind.STRING || t.kind() == Kind.WORD) {
            return t.text();
        }
        throw unexpected(t, "a value");
    }

    private void unsupported(String reason) {
        if (unsupported == null) {
            unsupported = reason;
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (t.kind() != Kind.END) {
            next++;
        }
        return t;
    }

    private Token expect(Kind kind, String what) throws StixPatternException {
        Token t = advance();
        if (t.kind() != kind) {
            throw unexpected(t, what);
        }
        return t;
    }

    private static StixPatternException unexpected(Token t, String what) {
        String found = t.kind() == Kind.END ? "the end" : "'" + t.text() + "'";
        return new StixPatternException("expected " + what + " at position " + t.position() + " but found " + found);
    }
}
