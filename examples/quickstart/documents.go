package main

import (
	"fmt"
	"io"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// printDocuments lists the source documents with their kind, author and
// publisher, and when they were written as far as their text tells.
func printDocuments(w io.Writer, c *corpus.Corpus) {
	p := message.NewPrinter(language.English)
	fmt.Fprintf(w, "accord corpus: %d source documents\n\n", c.NumDocuments())
	for d := range c.Documents() {
		fmt.Fprintf(w, "%s\n", d.ID)
		title := d.Title
		if d.Untitled {
			title += " (untitled; descriptive title)"
		}
		cli.Fill(w, "  ", "    ", title)
		cli.Fill(w, "  ", "    ", fmt.Sprintf("kind: %s   author: %s   publisher: %s", d.Kind, orUnnamed(d.Author), orUnnamed(d.Publisher)))
		p.Fprintf(w, "  written: %s   words: %d\n\n", writtenWhen(d.Written), d.Words)
	}
}

// writtenWhen says in words what a document's dating means: the period
// bounds when it was written, at the precision its text allows.
func writtenWhen(p accord.Period) string {
	switch {
	case p.IsZero():
		return "undated"
	case p.From == p.To:
		return "in " + p.From.String()
	case !p.To.IsValid():
		return p.From.String() + " or later"
	case !p.From.IsValid():
		return p.To.String() + " or earlier"
	}
	return "between " + p.From.String() + " and " + p.To.String()
}

func orUnnamed(s string) string {
	if s == "" {
		return "(not named)"
	}
	return s
}
