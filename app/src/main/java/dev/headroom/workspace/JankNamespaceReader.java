// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import dev.headroom.bridge.FileMounts;
import dev.headroom.workspace.ClojureReader.Atom;
import dev.headroom.workspace.ClojureReader.AtomKind;
import dev.headroom.workspace.ClojureReader.Form;
import dev.headroom.workspace.ClojureReader.Seq;
import dev.headroom.workspace.ClojureReader.SeqKind;
import dev.headroom.workspace.ClojureReader.WithMeta;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the {@code (ns ...)} form of a jank module and counts its function forms.
 *
 * <p>In each {@code (:require ...)} clause a vector starting with a string is a native header require
 * ({@code ["vulkan/vulkan.h" :as vk :scope "vk"]}); a symbol, or a vector starting with one, is a namespace
 * require ({@code [vybe.sdf.math :as m :refer [v3]]}); a list, or a vector whose second item is not a keyword, is a
 * prefix list ({@code (vybe.sdf math ui)}) expanded the way Clojure's {@code require} does. Options other than
 * {@code :as}, {@code :as-alias} and {@code :scope} are skipped.
 */
public final class JankNamespaceReader {

    private static final Set<String> FUNCTION_HEADS = Set.of("defn", "defn-", "fn", "fn*");
    private static final String LIBSPEC_HINT =
            "write a symbol, [ns.name :as alias] or [\"header.h\" :as alias :scope \"ns\"]";

    private JankNamespaceReader() {
    }

    /**
     * Reads {@code file} as UTF-8 and parses it.
     *
     * @throws InputException if the file cannot be read or is not a valid module
     */
    public static JankModule read(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(FileMounts.path(file));
        } catch (CharacterCodingException e) {
            throw new InputException(InputProblem.of(file, "is not UTF-8 text; save it as UTF-8"), e);
        } catch (IOException e) {
            throw new InputException(InputProblem.of(file, "cannot read jank module (" + e + ")"), e);
        }
        return parse(text, file);
    }

    /**
     * Parses the text of a module.
     *
     * @param file the file the text came from, for the module and for problem reports
     * @throws InputException if the text is not readable Clojure syntax, has no {@code (ns name ...)} form, or the
     *                        form's {@code :require} clauses hold something that is not a libspec
     */
    public static JankModule parse(String text, Path file) throws InputException {
        List<Form> forms = ClojureReader.readAll(text, file);
        Seq ns = forms.stream()
                .map(Form::unwrap)
                .filter(form -> form instanceof Seq seq && seq.kind() == SeqKind.LIST && isSymbol(seq.head(), "ns"))
                .map(Seq.class::cast)
                .findFirst()
                .orElseThrow(() -> new InputException(InputProblem.of(file,
                        "no (ns ...) form; a jank module starts with (ns my.module (:require ...))")));
        if (ns.items().size() < 2 || !(ns.items().get(1).unwrap() instanceof Atom name)
                || name.kind() != AtomKind.SYMBOL) {
            throw new InputException(file, ns.line(), "(ns ...) has no symbol name; write (ns my.module ...)");
        }
        Requires requires = new Requires(file);
        for (Form clause : ns.items().subList(2, ns.items().size())) {
            if (clause.unwrap() instanceof Atom atom && atom.kind() == AtomKind.KEYWORD) {
                // (ns x.y :require [...]) reads as a keyword and a vector, which Clojure rejects; taking it for
                // "no requires" would analyse an empty unit and call it fine.
                throw new InputException(file, atom.line(), "'" + atom.text() + "' stands alone in the (ns ...) form;"
                        + " a clause is a list: write (" + atom.text() + " ...)");
            }
            if (clause.unwrap() instanceof Seq seq && seq.kind() == SeqKind.LIST && isKeyword(seq.head(), ":require")) {
                for (Form libspec : seq.items().subList(1, seq.items().size())) {
                    requires.libspec(libspec, "");
                }
            }
        }
        return new JankModule(name.text(), file, requires.headers, requires.namespaces, countFunctions(forms));
    }

    /** Counts function forms in every form, skipping {@code (comment ...)} blocks whose code never runs. */
    private static int countFunctions(List<Form> forms) {
        int count = 0;
        List<Form> pending = new ArrayList<>(forms);
        while (!pending.isEmpty()) {
            Form form = pending.remove(pending.size() - 1);
            if (form instanceof WithMeta meta) {
                pending.add(meta.meta());
                pending.add(meta.target());
            } else if (form instanceof Seq seq) {
                Form head = seq.kind() == SeqKind.LIST ? seq.head() : null;
                if (isSymbol(head, "comment")) {
                    continue;
                }
                if (head instanceof Atom atom && atom.kind() == AtomKind.SYMBOL && FUNCTION_HEADS.contains(atom.text())) {
                    count++;
                }
                pending.addAll(seq.items());
            }
        }
        return count;
    }

    private static boolean isSymbol(Form form, String name) {
        return form != null && form.isSymbol(name);
    }

    private static boolean isKeyword(Form form, String name) {
        return form instanceof Atom atom && atom.kind() == AtomKind.KEYWORD && atom.text().equals(name);
    }

    /** Collects the requires of one ns form, in order. */
    private static final class Requires {
        private final Path file;
        private final List<HeaderRequire> headers = new ArrayList<>();
        private final List<NamespaceRequire> namespaces = new ArrayList<>();

        Requires(Path file) {
            this.file = file;
        }

        void libspec(Form form, String prefix) throws InputException {
            Form spec = form.unwrap();
            if (spec instanceof Atom atom) {
                switch (atom.kind()) {
                    case SYMBOL -> namespaces.add(new NamespaceRequire(prefix + atom.text(), null, atom.line()));
                    case STRING -> headers.add(new HeaderRequire(headerName(atom), null, null, atom.line()));
                    case KEYWORD -> {
                        // flags such as :reload apply to the whole clause and name no library
                    }
                    default -> throw unexpected(atom, describe(atom));
                }
            } else if (spec instanceof Seq seq && (seq.kind() == SeqKind.VECTOR || seq.kind() == SeqKind.LIST)) {
                vectorOrList(seq, prefix);
            } else {
                throw unexpected(spec, describe(spec));
            }
        }

        /** A required header's name, refused when no {@code #include "..."} could spell it. */
        private String headerName(Atom atom) throws InputException {
            String name = atom.text();
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '"' || c == '\n' || c == '\r' || c == 0) {
                    throw new InputException(file, atom.line(), "header require \"" + name.replace("\n", "\\n")
                            .replace("\r", "\\r").replace("\0", "\\0").replace("\"", "\\\"")
                            + "\" holds a quote, line break or NUL, which no #include can name; give the header's file name");
                }
            }
            if (name.isBlank()) {
                throw new InputException(file, atom.line(), "header require \"\" names no header; give the header's file name");
            }
            return name;
        }

        private void vectorOrList(Seq seq, String prefix) throws InputException {
            List<Form> items = seq.items();
            if (items.isEmpty()) {
                throw unexpected(seq, "an empty " + kindName(seq));
            }
            Form first = items.get(0).unwrap();
            boolean isString = first instanceof Atom atom && atom.kind() == AtomKind.STRING;
            boolean isSymbol = first instanceof Atom atom && atom.kind() == AtomKind.SYMBOL;
            if (isString && seq.kind() == SeqKind.VECTOR && prefix.isEmpty()) {
                headers.add(new HeaderRequire(headerName((Atom) first), option(items, ":as"), option(items, ":scope"),
                        seq.line()));
                return;
            }
            if (!isSymbol) {
                throw unexpected(seq, "a " + kindName(seq) + " starting with " + describe(first));
            }
            String name = prefix + ((Atom) first).text();
            boolean libspec = seq.kind() == SeqKind.VECTOR
                    && (items.size() == 1 || isKeyword(items.get(1).unwrap()));
            if (libspec) {
                String alias = option(items, ":as");
                namespaces.add(new NamespaceRequire(name, alias != null ? alias : option(items, ":as-alias"),
                        seq.line()));
                return;
            }
            // a prefix list: (vybe.sdf math [ui :as u]) requires vybe.sdf.math and vybe.sdf.ui
            for (Form member : items.subList(1, items.size())) {
                libspec(member, name + ".");
            }
        }

        /**
         * The symbol or string after the keyword {@code key} among a libspec's options. Options are scanned one
         * item at a time rather than in pairs so that a flag without a value cannot shift the pairing.
         */
        private static String option(List<Form> items, String key) {
            for (int i = 1; i + 1 < items.size(); i++) {
                if (JankNamespaceReader.isKeyword(items.get(i).unwrap(), key)
                        && items.get(i + 1).unwrap() instanceof Atom value
                        && (value.kind() == AtomKind.SYMBOL || value.kind() == AtomKind.STRING)) {
                    return value.text();
                }
            }
            return null;
        }

        private static boolean isKeyword(Form form) {
            return form instanceof Atom atom && atom.kind() == AtomKind.KEYWORD;
        }

        private static String describe(Form form) {
            return "a " + (form instanceof Atom atom ? atom.kind().name() : ((Seq) form).kind().name())
                    .toLowerCase(Locale.ROOT);
        }

        private static String kindName(Seq seq) {
            return seq.kind().name().toLowerCase(Locale.ROOT);
        }

        private InputException unexpected(Form form, String found) {
            return new InputException(file, form.line(), "(:require ...) holds " + found + "; " + LIBSPEC_HINT);
        }
    }
}
