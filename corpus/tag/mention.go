package tag

import "github.com/accordmodel/accord/corpus/figure"

// Mention is a place in a text that names an actor, instrument, issue or
// status, or states a figure.
type Mention struct {
	// Kind says what is mentioned.
	Kind Kind
	// Start and End are byte offsets into the text given to [Tagger.Tag];
	// Text is text[Start:End], as written there. A possessive ending is
	// not part of a name ("Ukraine’s" gives "Ukraine").
	Start, End int
	Text       string
	// Targets are the records the text names, sorted by id: one, or
	// several when the name is ambiguous (Ambiguous is then set). Figures
	// have none.
	Targets   []Target
	Ambiguous bool
	// Figure is the figure read, for Kind Figure.
	Figure figure.Figure `json:",omitzero"`
}
