package main

import (
	"fmt"
	"io"

	"github.com/accordmodel/accord/corpus"
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
		fmt.Fprintf(w, "  %s\n", title)
		fmt.Fprintf(w, "  kind: %s   author: %s   publisher: %s\n", d.Kind, orUnnamed(d.Author), orUnnamed(d.Publisher))
		written := d.Written.String()
		if written == "" {
			written = "undated"
		}
		p.Fprintf(w, "  written: %s   words: %d\n\n", written, d.Words)
	}
}

func orUnnamed(s string) string {
	if s == "" {
		return "(not named)"
	}
	return s
}
