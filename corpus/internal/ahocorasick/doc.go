// Package ahocorasick finds every occurrence of many patterns in a text in
// one pass, whatever the number of patterns: the Aho–Corasick automaton,
// compiled to a deterministic automaton over byte classes.
//
// The tagger in package corpus/tag builds one [Matcher] over the folded
// surface forms of every name in the corpus and runs it over folded text;
// deciding which occurrences are mentions (word boundaries, overlaps) is
// the caller's business.
package ahocorasick
