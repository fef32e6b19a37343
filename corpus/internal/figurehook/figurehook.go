// Package figurehook lets package corpus/tag find figures in a text it has
// already folded, without package figure exporting an entry point that
// takes the internal folded form. Package figure sets [Find],
// [FindAt] and [NumberWords] when it is initialised; any package that
// imports figure may use them.
package figurehook

import "github.com/accordmodel/accord/internal/fold"

// Find is figure's search over a text already folded with
// fold.FoldIndexed (folded must be FoldIndexed(text)). Its result is a
// []figure.Match; it is typed any because this package cannot import
// figure, which imports it.
var Find func(text string, folded fold.Folded) any

// FindAt is Find for a caller that has already found the number words
// of the folded text (the tagger, whose automaton matches them with the
// names): words holds the folded byte span of each, on word boundaries, in
// order, and Find does not look for them again.
var FindAt func(text string, folded fold.Folded, words [][2]int) any

// NumberWords are the folded numbers in words figures are read from
// ("three", "двадцять").
var NumberWords []string
