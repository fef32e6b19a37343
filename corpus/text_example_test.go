package corpus_test

import (
	"fmt"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/tag"
)

// Tag any text: names resolve to the corpus's records, figures are read
// with their units, and offsets point into the text as given.
func ExampleCorpus_Tagger() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Kyiv’s envoy told NATO that a non‑bloc Ukraine would still need 250,000 troops."
	for _, m := range c.Tagger().Tag(text) {
		fmt.Printf("%-7s %-16q", m.Kind, m.Text)
		switch {
		case m.Kind == tag.Figure:
			fmt.Print(" ", m.Figure)
		default:
			for _, t := range m.Targets {
				fmt.Print(" ", t.ID)
			}
		}
		fmt.Println()
	}
	// Output:
	// actor   "Kyiv"           ukraine
	// actor   "NATO"           nato
	// status  "non‑bloc"       non-alignment
	// actor   "Ukraine"        ukraine
	// figure  "250,000 troops" 250,000 personnel
}

// Search finds records and documents that match every term; a name in
// the query also finds the records that refer to what it names.
func ExampleCorpus_Search() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	hits := c.Search("Budapest Memorandum")
	if len(hits) == 0 {
		fmt.Println("no hits")
		return
	}
	h := hits[0]
	fmt.Println(h.Kind, h.ID)
	// Output:
	// instrument budapest-memorandum
}
