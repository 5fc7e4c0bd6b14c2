/** What modules use of the headers they parse: declarations named, their dependency closure and its cost. */
package dev.headroom.analysis.usage;
