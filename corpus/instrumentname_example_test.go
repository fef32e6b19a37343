package corpus_test

import (
	"errors"
	"fmt"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/tag"
)

// Instruments are found by any name texts write, article-of-treaty forms
// included.
func ExampleCorpus_LookupInstrument() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"NATO’s Article 5", "Article 42(7) TEU", "UN Charter", "TEU Art. 42(5)"} {
		in, err := c.LookupInstrument(name)
		switch {
		case errors.Is(err, corpus.ErrUnknownInstrument):
			fmt.Printf("%s: unknown\n", name)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Printf("%s: %s\n", name, in.ID)
		}
	}
	// Output:
	// NATO’s Article 5: north-atlantic-treaty
	// Article 42(7) TEU: teu-art42-7
	// UN Charter: un-charter
	// TEU Art. 42(5): unknown
}

// The date of a text tells apart records that share a name, short forms
// the text defines are learned, and figures are read as people write them.
func ExampleCorpus_Tagger_dates() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "The Coalition of the Willing (CoW) met; Germany and the CoW sent around 25 leaders."
	for _, m := range c.Tagger().TagWith(text, tag.Options{Date: accord.YearOf(2025)}) {
		fmt.Printf("%-6s %-26q", m.Kind, m.Text)
		if m.Kind == tag.Figure {
			fmt.Print(" ", m.Figure)
		}
		for _, t := range m.Targets {
			fmt.Print(" ", t.ID)
		}
		if m.ShortForm {
			fmt.Print(" (short form)")
		}
		fmt.Println()
	}
	// Output:
	// actor  "Coalition of the Willing" coalition-of-the-willing
	// actor  "CoW"                      coalition-of-the-willing (short form)
	// actor  "Germany"                  germany
	// actor  "CoW"                      coalition-of-the-willing (short form)
	// figure "around 25 leaders"        about 25 leaders
}
