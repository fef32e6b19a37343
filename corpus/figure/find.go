package figure

import (
	"errors"
	"fmt"

	"github.com/accordmodel/accord/actors"
)

// ErrNoFigure is wrapped by the error [Parse] returns for text that is not
// exactly one figure.
var ErrNoFigure = errors.New("not a figure")

// Match is a figure found in a text, at Text = text[Start:End] (byte
// offsets into the text as given, before folding).
type Match struct {
	Figure
	Start, End int
	Text       string
}

// Find returns every figure in text, left to right, without overlaps.
// Matching is done on the folded text ([actors.Fold]), so case,
// typographic dashes and white space do not matter; offsets refer to text.
func Find(text string) []Match { return FindFolded(text, actors.FoldIndexed(text)) }

// FindFolded is [Find] for a text already folded with
// [actors.FoldIndexed]: folded must be FoldIndexed(text). The tagger
// folds once and uses it for names and figures alike.
func FindFolded(text string, folded actors.Folded) []Match {
	fs := folded.String()
	sc := scanner{toks: lex(fs)}
	var out []Match
	for _, f := range sc.all() {
		start, end := folded.Origin(sc.toks[f.from].start, sc.toks[f.to-1].end)
		out = append(out, Match{Figure: f.fig, Start: start, End: end, Text: text[start:end]})
	}
	return out
}

// Parse reads s as exactly one figure: "85,000 personnel", "€110–120
// billion", "between $20 and $40 billion per year", "3–5% of" is not one
// (it has a trailing word) but "3–5%" is. It accepts every form [Find]
// recognises and the canonical form [Figure.String] writes. Text that is
// not exactly one figure gets an error wrapping [ErrNoFigure].
func Parse(s string) (Figure, error) {
	fs := actors.Fold(s)
	sc := scanner{toks: lex(fs)}
	if len(sc.toks) == 0 {
		return Figure{}, fmt.Errorf("%w: empty text", ErrNoFigure)
	}
	f, j, ok := sc.at(0)
	if !ok {
		return Figure{}, fmt.Errorf("%w: %q", ErrNoFigure, s)
	}
	if j != len(sc.toks) {
		return Figure{}, fmt.Errorf("%w: %q has text after the figure %q", ErrNoFigure, s, fs[sc.toks[0].start:sc.toks[j-1].end])
	}
	return f, nil
}

// MustParse is like [Parse] but panics on error. It is intended for tests
// and hard-coded values.
func MustParse(s string) Figure {
	f, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return f
}
