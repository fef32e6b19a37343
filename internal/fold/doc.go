// Package fold is accord's one text normaliser, shared by name lookup
// (package actors), anchor verification and search (package corpus), and
// the text layer (corpus/tag and corpus/figure), so that all of them agree
// on what counts as "the same text". See [Fold] for what it does.
package fold
