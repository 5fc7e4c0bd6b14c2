// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JankNamespaceReaderTest {

    private static final Path FILE = Path.of("/w/src/vybe/sdf.jank");

    private static JankModule parse(String text) throws InputException {
        return JankNamespaceReader.parse(text, FILE);
    }

    private static InputProblem failure(String text) {
        return assertThrows(InputException.class, () -> parse(text)).problem();
    }

    @Test
    void headerAndNamespaceRequiresKeepOrderAliasesScopesAndLines() throws Exception {
        JankModule module = parse("""
                (ns vybe.sdf
                  "Signed distance fields."
                  (:require
                   ["vulkan/vulkan.h" :as vk :scope "vk"]
                   [vybe.sdf.math :as m :refer [v3]]
                   ["imgui.h" :as imgui :scope "ImGui" :extra {:nested #{1 2}} :flag]
                   clojure.string
                   [vybe.util]))
                """);

        assertEquals("vybe.sdf", module.namespace());
        assertEquals(FILE, module.file());
        assertEquals(List.of(
                new HeaderRequire("vulkan/vulkan.h", "vk", "vk", 4),
                new HeaderRequire("imgui.h", "imgui", "ImGui", 6)), module.headerRequires());
        assertEquals(List.of(
                new NamespaceRequire("vybe.sdf.math", "m", 5),
                new NamespaceRequire("clojure.string", null, 7),
                new NamespaceRequire("vybe.util", null, 8)), module.namespaceRequires());
        assertEquals(List.of("vulkan/vulkan.h", "imgui.h"), module.headers());
        assertEquals(0, module.functionCount());
    }

    @Test
    void prefixListsExpandAsClojureRequireDoes() throws Exception {
        JankModule module = parse("""
                (ns app.core
                  (:require (vybe.sdf math
                                   [ui :as u])
                            [vybe.flecs core [query :as q]]))
                """);

        assertEquals(List.of(
                new NamespaceRequire("vybe.sdf.math", null, 2),
                new NamespaceRequire("vybe.sdf.ui", "u", 3),
                new NamespaceRequire("vybe.flecs.core", null, 4),
                new NamespaceRequire("vybe.flecs.query", "q", 4)), module.namespaceRequires());
    }

    @Test
    void discardsMetadataAndNestedCollectionsInsideNsDoNotConfuseTheReader() throws Exception {
        JankModule module = parse("""
                ; a leading comment (ns not.this)
                #_(ns discarded.ns)
                (ns ^{:doc "meta map" :tags #{:a :b} :nested {:k [1 2 {:x "y\\"z"}]}}
                    ^:dev vybe.meta
                  {:author "me", :version 1.5}
                  (:require #_["discarded.h" :as d]
                            #_ #_ skipped.one skipped.two
                            ^:keep ["kept.h" :as k]
                            [vybe.a :as a #_ :b]))
                """);

        assertEquals("vybe.meta", module.namespace());
        assertEquals(List.of(new HeaderRequire("kept.h", "k", null, 8)), module.headerRequires());
        assertEquals(List.of(new NamespaceRequire("vybe.a", "a", 9)), module.namespaceRequires());
    }

    @Test
    void functionFormsAreCountedAnywhereExceptInDiscardsCommentsAndStrings() throws Exception {
        JankModule module = parse("""
                (ns counted)
                (defn a [] 1)                         ; 1
                (defn- b [] (map (fn [x] x) [1 2]))   ; 2, 3
                (def c (fn* [y] y))                   ; 4
                (def d #(inc %))                      ; 5: #() reads as (fn* ...)
                (let [m {:f (fn [] 0)}] m)            ; 6
                #_(defn gone [] 0)
                #_ #_ (fn [] 0) (fn [] 1)
                (comment (defn scratch [] 0))
                ; (defn commented [] 0)
                (def s "(defn in-string [] 0)")
                (def q '(fn [] :quoted-still-a-list)) ; 7
                (defn ^:private e [] @(atom (fn [] 1))) ; 8, 9
                (def chars [\\( \\) \\space \\u0041 \\;])
                """);

        assertEquals(9, module.functionCount());
    }

    @Test
    void readerHandlesCharactersNumbersRegexesAndReaderMacros() throws Exception {
        JankModule module = parse("""
                (ns vybe.syntax (:require [a.b :as ab]))
                (def xs [1 -2 +3 1.5e3 22/7 0xFF 2r1010 7N 1.0M ##Inf \\newline \\o101 #"a\\d+" #'ab/x `(~x ~@ys)])
                (def tagged #inst "2024-01-01")
                (def cond #?(:clj 1 :jank 2))
                (def nsmap #:person{:name "n"})
                """);

        assertEquals("vybe.syntax", module.namespace());
        assertEquals(List.of(new NamespaceRequire("a.b", "ab", 1)), module.namespaceRequires());
    }

    @Test
    void missingNsFormIsAnError() {
        InputProblem problem = failure("(defn a [] 1)\n");

        assertEquals(new InputProblem(FILE, 0,
                "no (ns ...) form; a jank module starts with (ns my.module (:require ...))"), problem);
    }

    @Test
    void nsWithoutASymbolNameIsAnErrorOnItsLine() {
        assertEquals(new InputProblem(FILE, 2, "(ns ...) has no symbol name; write (ns my.module ...)"),
                failure("\n(ns \"not-a-symbol\")\n"));
        assertEquals(2, failure("\n(ns)").line());
    }

    @Test
    void unterminatedStringNamesTheLineWhereItStarted() {
        assertEquals(new InputProblem(FILE, 2, "string opened here is never closed; add the closing \""),
                failure("(ns a)\n(def s \"abc\n\n\n"));
    }

    @Test
    void unterminatedListNamesTheLineWhereItStarted() {
        assertEquals(new InputProblem(FILE, 2,
                        "'(' opened here is never closed; check that every (, [ and { is closed"),
                failure("(ns a)\n(defn f []\n  [1 2]\n"));
    }

    @Test
    void unbalancedClosingParenIsAnErrorOnItsLine() {
        assertEquals(new InputProblem(FILE, 3,
                        "unbalanced ')' closes nothing; remove it or check that every (, [ and { is closed"),
                failure("(ns a)\n(def x 1)\n  )\n"));
    }

    @Test
    void mismatchedCloserNamesBothLines() {
        assertEquals(new InputProblem(FILE, 3, "']' does not match '(' opened on line 2; expected ')'"),
                failure("(ns a)\n(def x\n 1]\n"));
    }

    @Test
    void discardAtTheEndOfACollectionIsAnError() {
        assertEquals(new InputProblem(FILE, 1, "'#_' on line 1 is not followed by a form before ')'"),
                failure("(ns a #_)"));
    }

    @Test
    void unexpectedLibspecIsAnErrorWithAHint() {
        assertEquals(new InputProblem(FILE, 2, "(:require ...) holds a number; write a symbol, "
                        + "[ns.name :as alias] or [\"header.h\" :as alias :scope \"ns\"]"),
                failure("(ns a\n  (:require 42))"));
    }

    @Test
    void readLoadsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("m.jank"), "(ns m (:require [\"m.h\"]))\n(defn f [] 1)\n");

        JankModule module = JankNamespaceReader.read(file);

        assertEquals(new JankModule("m", file, List.of(new HeaderRequire("m.h", null, null, 1)), List.of(), 1),
                module);
    }
}
