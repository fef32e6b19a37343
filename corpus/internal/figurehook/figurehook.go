// Package figurehook lets package corpus/tag find figures in a text it has
// already folded, without package figure exporting an entry point that
// takes the internal folded form. Package figure sets [Find],
// [AppendAt] and [NumberWords] when it is initialised; any package that
// imports figure may use them.
package figurehook

import "github.com/accordmodel/accord/internal/fold"

// Find is figure's search over a text already folded with
// fold.FoldIndexed (folded must be FoldIndexed(text)). Its result is a
// []figure.Match; it is typed any because this package cannot import
// figure, which imports it.
var Find func(text string, folded fold.Folded) any

// AppendAt is Find for a caller that has already found the number words
// of the folded text (the tagger, whose automaton matches them with the
// names): words holds the folded byte span of each, on word boundaries, in
// order, and Find does not look for them again. It appends the figures
// to *dst, which must be a *[]figure.Match, so that the caller can reuse
// the slice.
var AppendAt func(dst any, text string, folded fold.Folded, words [][2]int)

// NumberWords are the folded numbers in words figures are read from
// ("three", "двадцять").
var NumberWords []string
