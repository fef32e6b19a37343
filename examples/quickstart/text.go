package main

import (
	"fmt"
	"io"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/examples/internal/cli"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// printText shows the text layer: a sentence written for this example,
// tagged against the corpus, and a search.
func printText(w io.Writer, c *corpus.Corpus) {
	p := message.NewPrinter(language.English)
	g := c.Gazetteer()
	p.Fprintf(w, "Tagging any text (%d surface forms in the gazetteer)\n\n", len(g))
	text := "Zelenskiy told the U.S. that Kyiv’s non‑bloc years ended in 2014; donors have pledged €110–120 billion."
	cli.Fill(w, "  ", "  ", text)
	for _, m := range c.Tagger().Tag(text) {
		fmt.Fprintf(w, "    %-10s %-18q", m.Kind, m.Text)
		if m.Kind == tag.Figure {
			fmt.Fprintf(w, " %s %s\n", m.Figure.Kind, m.Figure)
			continue
		}
		for _, t := range m.Targets {
			fmt.Fprintf(w, " %s", t.ID)
		}
		fmt.Fprintln(w)
	}
	const query = "Kyiv neutrality"
	hits := c.Search(query)
	p.Fprintf(w, "\n  search %q: %d hits; the first three:\n", query, len(hits))
	for _, h := range hits[:min(3, len(hits))] {
		fmt.Fprintf(w, "    %-10s %s\n", h.Kind, h.Title)
		if h.Citation.Doc != "" {
			cli.Fill(w, "               ", "                 ", fmt.Sprintf("%s: %q", h.Citation.Doc, h.Citation.Anchor))
		}
	}
	fmt.Fprintln(w)
}
