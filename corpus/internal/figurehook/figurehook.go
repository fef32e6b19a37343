// Package figurehook lets package corpus/tag find figures in a text it has
// already folded, without package figure exporting an entry point that
// takes the internal folded form. Package figure sets [Find] when it is
// initialised; any package that imports figure may call it.
package figurehook

import "github.com/accordmodel/accord/internal/fold"

// Find is figure's search over a text already folded with
// fold.FoldIndexed (folded must be FoldIndexed(text)). Its result is a
// []figure.Match; it is typed any because this package cannot import
// figure, which imports it.
var Find func(text string, folded fold.Folded) any
