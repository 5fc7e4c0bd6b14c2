// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small reader for the Clojure syntax jank shares: enough to find the {@code ns} form and count function forms
 * without evaluating anything.
 *
 * <p>It reads lists, vectors, maps, sets, strings, regexes, characters, numbers, keywords and symbols; skips
 * {@code ;} comments, {@code #!} lines and {@code #_} discards (nested {@code #_ #_ a b} drops both); attaches
 * {@code ^} metadata to the next form; expands {@code ' @ ` ~ ~@ #'} into the lists Clojure reads them as, and
 * {@code #(...)} into {@code (fn* [] (...))}. Reader conditionals and tagged literals yield the form they wrap.
 * One pass, linear in the length of the text.
 */
final class ClojureReader {

    /** A form read from the text, with the line it starts on. */
    sealed interface Form permits Seq, Atom, WithMeta {
        int line();

        /** The form without any metadata wrapped around it. */
        default Form unwrap() {
            Form form = this;
            while (form instanceof WithMeta meta) {
                form = meta.target();
            }
            return form;
        }

        /** True when this is a symbol spelled {@code name}. */
        default boolean isSymbol(String name) {
            return unwrap() instanceof Atom atom && atom.kind() == AtomKind.SYMBOL && atom.text().equals(name);
        }
    }

    enum SeqKind { LIST, VECTOR, MAP, SET }

    enum AtomKind { STRING, REGEX, CHARACTER, NUMBER, KEYWORD, SYMBOL }

    /** A list, vector, map or set; a map's items alternate key and value. */
    record Seq(SeqKind kind, List<Form> items, int line) implements Form {
        Seq {
            items = List.copyOf(items);
        }

        /** The first item, or {@code null} for an empty collection. */
        Form head() {
            return items.isEmpty() ? null : items.get(0).unwrap();
        }
    }

    /**
     * A scalar. {@code text} is the decoded value for strings, the source text for everything else (so a keyword
     * keeps its colon).
     */
    record Atom(AtomKind kind, String text, int line) implements Form {
    }

    /** {@code ^meta target}. */
    record WithMeta(Form meta, Form target, int line) implements Form {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(0[xX][0-9a-fA-F]+N?|[0-9]+[rR][0-9a-zA-Z]+|[0-9]+/[0-9]+|[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?[NM]?)");
    // Characters that end a token even without whitespace; '#' and '\'' may appear inside symbols.
    private static final String TERMINATORS = "\";@^`~()[]{}\\";
    private static final char TOP_LEVEL = 0;
    private static final char REQUIRED = 1;
    static final int MAX_DEPTH = 512;
    private static final String BALANCE_HINT = "check that every (, [ and { is closed";

    private final String text;
    private final Path file;
    private int pos;
    private int line = 1;
    /** Forms open around the one being read: the reader recurses once per level, so this bounds its stack. */
    private int depth;

    private ClojureReader(String text, Path file) {
        this.text = text;
        this.file = file;
    }

    /**
     * Reads every top-level form of {@code text}.
     *
     * @throws InputException at the first syntax error, naming the line where the broken form starts
     */
    static List<Form> readAll(String text, Path file) throws InputException {
        ClojureReader reader = new ClojureReader(text, file);
        List<Form> forms = new ArrayList<>();
        Form form;
        while ((form = reader.next(TOP_LEVEL, 0, "")) != null) {
            forms.add(form);
        }
        return forms;
    }

    /**
     * The next form, skipping whitespace, comments and discards.
     *
     * @param closer   the delimiter that ends the enclosing collection; {@link #TOP_LEVEL} at the top, or
     *                 {@link #REQUIRED} when a prefix such as {@code '} or {@code ^} must be followed by a form
     * @param openLine the line where the enclosing collection or prefix started, for error messages
     * @param opener   how the enclosing collection or prefix is spelled, for error messages
     * @return the form, or {@code null} at the end of the text (top level) or after consuming {@code closer}
     */
    private Form next(char closer, int openLine, String opener) throws InputException {
        if (++depth > MAX_DEPTH) {
            throw error(line, "forms nested more than " + MAX_DEPTH + " deep; no namespace form needs that, is the"
                    + " file generated or damaged?");
        }
        try {
            return nextForm(closer, openLine, opener);
        } finally {
            depth--;
        }
    }

    private Form nextForm(char closer, int openLine, String opener) throws InputException {
        while (true) {
            skipBlank();
            if (pos >= text.length()) {
                if (closer == TOP_LEVEL) {
                    return null;
                }
                throw error(openLine, closer == REQUIRED
                        ? "'" + opener + "' is not followed by a form before the end of the file"
                        : "'" + opener + "' opened here is never closed; " + BALANCE_HINT);
            }
            int start = line;
            char c = text.charAt(pos);
            switch (c) {
                case ')', ']', '}' -> {
                    if (c == closer) {
                        pos++;
                        return null;
                    }
                    throw unexpectedCloser(c, closer, openLine, opener);
                }
                case '(' -> {
                    pos++;
                    return new Seq(SeqKind.LIST, items(')', start, "("), start);
                }
                case '[' -> {
                    pos++;
                    return new Seq(SeqKind.VECTOR, items(']', start, "["), start);
                }
                case '{' -> {
                    pos++;
                    return map(start, "{");
                }
                case '"' -> {
                    pos++;
                    return new Atom(AtomKind.STRING, string(start), start);
                }
                case '\\' -> {
                    return character(start);
                }
                case '\'' -> {
                    return wrapped("quote", 1, start, "'");
                }
                case '@' -> {
                    return wrapped("deref", 1, start, "@");
                }
                case '`' -> {
                    return wrapped("syntax-quote", 1, start, "`");
                }
                case '~' -> {
                    return peek(1) == '@' ? wrapped("unquote-splicing", 2, start, "~@")
                            : wrapped("unquote", 1, start, "~");
                }
                case '^' -> {
                    pos++;
                    Form meta = next(REQUIRED, start, "^");
                    return new WithMeta(meta, next(REQUIRED, start, "^"), start);
                }
                case '#' -> {
                    Form form = dispatch(start);
                    if (form != null) {
                        return form;
                    }
                    // a discard: keep looking for the next form
                }
                default -> {
                    return token(start);
                }
            }
        }
    }

    /** Reads after {@code #}; returns {@code null} for {@code #_} and {@code #!}, which read as nothing. */
    private Form dispatch(int start) throws InputException {
        char c = peek(1);
        switch (c) {
            case '_' -> {
                pos += 2;
                next(REQUIRED, start, "#_");
                return null;
            }
            case '!' -> {
                skipLine();
                return null;
            }
            case '{' -> {
                pos += 2;
                return new Seq(SeqKind.SET, items('}', start, "#{"), start);
            }
            case '(' -> {
                pos += 2;
                Seq body = new Seq(SeqKind.LIST, items(')', start, "#("), start);
                return new Seq(SeqKind.LIST, List.of(new Atom(AtomKind.SYMBOL, "fn*", start),
                        new Seq(SeqKind.VECTOR, List.of(), start), body), start);
            }
            case '"' -> {
                pos += 2;
                return new Atom(AtomKind.REGEX, rawString(start), start);
            }
            case '\'' -> {
                return wrapped("var", 2, start, "#'");
            }
            case '?' -> {
                // #?(...) and #?@(...): keep the branches as a plain list, both are read like any other code
                pos += peek(2) == '@' ? 3 : 2;
                return next(REQUIRED, start, "#?");
            }
            case ':' -> {
                pos += 2;
                tokenText(); // the namespace of #:ns{...}
                return next(REQUIRED, start, "#:");
            }
            case '#' -> {
                pos += 2;
                return new Atom(AtomKind.SYMBOL, "##" + tokenText(), start);
            }
            default -> {
                if (c == 0 || Character.isWhitespace(c) || TERMINATORS.indexOf(c) >= 0) {
                    throw error(start, "unsupported reader syntax '#" + (c == 0 ? "" : String.valueOf(c))
                            + "'; use #{...}, #(...), #_, #\"...\", #' or a tagged literal");
                }
                pos++;
                tokenText(); // the tag of a tagged literal such as #inst "..."
                return next(REQUIRED, start, "#");
            }
        }
    }

    private List<Form> items(char closer, int openLine, String opener) throws InputException {
        List<Form> items = new ArrayList<>();
        Form item;
        while ((item = next(closer, openLine, opener)) != null) {
            items.add(item);
        }
        return items;
    }

    private Seq map(int start, String opener) throws InputException {
        List<Form> items = items('}', start, opener);
        if (items.size() % 2 != 0) {
            throw error(start, "map literal has " + items.size() + " forms; a map needs a value for every key");
        }
        return new Seq(SeqKind.MAP, items, start);
    }

    /** {@code 'x} and friends read as {@code (quote x)}. */
    private Seq wrapped(String symbol, int prefixLength, int start, String prefix) throws InputException {
        pos += prefixLength;
        Form form = next(REQUIRED, start, prefix);
        return new Seq(SeqKind.LIST, List.of(new Atom(AtomKind.SYMBOL, symbol, start), form), start);
    }

    /** The body of a string whose opening quote is consumed, with escapes decoded. */
    private String string(int start) throws InputException {
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = advance();
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char escaped = advance();
            switch (escaped) {
                case '"', '\\' -> value.append(escaped);
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> value.append((char) hex(4, start));
                default -> {
                    if (escaped >= '0' && escaped <= '7') {
                        value.append(octal(escaped));
                    } else {
                        throw error(line, "unsupported escape \\" + escaped + " in string; write \\\\ for a backslash");
                    }
                }
            }
        }
        throw error(start, "string opened here is never closed; add the closing \"");
    }

    /** The body of a regex literal, kept verbatim: its escapes belong to the regex engine. */
    private String rawString(int start) throws InputException {
        int from = pos;
        while (pos < text.length()) {
            char c = advance();
            if (c == '"') {
                return text.substring(from, pos - 1);
            }
            if (c == '\\' && pos < text.length()) {
                advance();
            }
        }
        throw error(start, "regex opened here is never closed; add the closing \"");
    }

    private Atom character(int start) throws InputException {
        pos++; // the backslash
        if (pos >= text.length()) {
            throw error(start, "a character literal needs a character after the backslash");
        }
        int from = pos;
        advance(); // the first character is taken even if it is a delimiter, as in \( or \;
        while (pos < text.length() && isTokenChar(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(from, pos);
        boolean valid = name.length() == 1
                || List.of("newline", "space", "tab", "backspace", "formfeed", "return").contains(name)
                || name.matches("u[0-9a-fA-F]{4}|o[0-7]{1,3}");
        if (!valid) {
            throw error(start, "unsupported character literal \\" + name);
        }
        return new Atom(AtomKind.CHARACTER, "\\" + name, start);
    }

    private Atom token(int start) throws InputException {
        String token = tokenText();
        if (token.isEmpty()) {
            throw error(start, "unexpected character '" + text.charAt(pos) + "'");
        }
        char first = token.charAt(0);
        boolean numeric = Character.isDigit(first)
                || ((first == '+' || first == '-') && token.length() > 1 && Character.isDigit(token.charAt(1)));
        if (numeric) {
            if (!NUMBER.matcher(token).matches()) {
                throw error(start, "invalid number " + token);
            }
            return new Atom(AtomKind.NUMBER, token, start);
        }
        if (first == ':') {
            if (token.length() == 1 || token.equals("::")) {
                throw error(start, "keyword '" + token + "' has no name");
            }
            return new Atom(AtomKind.KEYWORD, token, start);
        }
        return new Atom(AtomKind.SYMBOL, token, start);
    }

    private String tokenText() {
        int from = pos;
        while (pos < text.length() && isTokenChar(text.charAt(pos))) {
            pos++;
        }
        return text.substring(from, pos);
    }

    private static boolean isTokenChar(char c) {
        return !isBlank(c) && TERMINATORS.indexOf(c) < 0;
    }

    private static boolean isBlank(char c) {
        return c == ',' || Character.isWhitespace(c);
    }

    private void skipBlank() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ';') {
                skipLine();
            } else if (isBlank(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private int hex(int digits, int start) throws InputException {
        if (pos + digits > text.length()) {
            throw error(start, "string opened here ends inside a \\u escape");
        }
        String hex = text.substring(pos, pos + digits);
        if (!hex.matches("[0-9a-fA-F]{" + digits + "}")) {
            throw error(line, "\\u must be followed by " + digits + " hex digits, found " + hex);
        }
        pos += digits;
        return Integer.parseInt(hex, 16);
    }

    private char octal(char first) {
        int value = first - '0';
        for (int i = 0; i < 2 && pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '7'; i++) {
            value = value * 8 + (text.charAt(pos++) - '0');
        }
        return (char) value;
    }

    private char advance() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private char peek(int offset) {
        return pos + offset < text.length() ? text.charAt(pos + offset) : 0;
    }

    private InputException unexpectedCloser(char found, char closer, int openLine, String opener) {
        if (closer == TOP_LEVEL) {
            return error(line, "unbalanced '" + found + "' closes nothing; remove it or " + BALANCE_HINT);
        }
        if (closer == REQUIRED) {
            return error(line, "'" + opener + "' on line " + openLine + " is not followed by a form before '"
                    + found + "'");
        }
        return error(line, "'" + found + "' does not match '" + opener + "' opened on line " + openLine
                + "; expected '" + closer + "'");
    }

    private InputException error(int atLine, String message) {
        return new InputException(file, atLine, message);
    }
}
