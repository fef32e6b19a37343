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
	// ShortForm marks a short form the text itself defines: "CoW" in
	// "Coalition of the Willing (CoW)" and every later "CoW" of that
	// text, which resolve to what the long name resolves to.
	ShortForm bool `json:",omitempty"`
}

// Refers reports whether the mention names the record id, directly or as
// the actor one of its targets stands for ([Target.For]): a mention of the
// Kremlin refers to "kremlin" and to "russia".
func (m Mention) Refers(id string) bool {
	for _, t := range m.Targets {
		if t.ID == id || t.For == id {
			return true
		}
	}
	return false
}
