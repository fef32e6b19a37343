package main

import (
	"fmt"
	"io"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// printActors counts the actors by kind, their names and aliases, the
// issues, and the positions coded from each article, and shows one lookup
// and the red-line clashes of the latest date the corpus covers.
func printActors(w io.Writer, c *corpus.Corpus) {
	p := message.NewPrinter(language.English)
	reg := c.Actors()
	byKind := map[actors.Kind]int{}
	aliases, names := 0, 0
	for a := range c.Actors().All() {
		byKind[a.Kind]++
		aliases += len(a.Aliases)
		names += len(a.Names)
	}
	p.Fprintf(w, "actors: %d (%d aliases, %d names in other languages; %d distinct names to look up)\n",
		c.Actors().Len(), aliases, names, reg.NumNames())
	for _, k := range actors.Kinds() {
		if byKind[k] > 0 {
			p.Fprintf(w, "  %-16s %3d\n", k, byKind[k])
		}
	}

	ps := c.Positions()
	redLines := 0
	for pos := range ps.All() {
		if pos.RedLine {
			redLines++
		}
	}
	p.Fprintf(w, "\nissues: %d   positions: %d (%d red lines) held by %d actors\n", c.Issues().Len(), c.Positions().Len(), redLines, len(ps.Actors()))
	for d := range c.Documents() {
		held, _ := ps.Select(actors.Filter{Doc: d.ID}) // a filter of no ids cannot fail
		p.Fprintf(w, "  %-30s %3d positions\n", d.ID, len(held))
	}

	if a, err := c.Actors().Lookup("Zelenskiy"); err == nil {
		// Lookup found the actor, so Principal knows its id.
		principal, _ := reg.Principal(a.ID, accord.YearOf(2025))
		fmt.Fprintf(w, "\nlookup \"Zelenskiy\" → %s (%s), acting for %s\n", a.ID, a.NameIn(language.Ukrainian), reg.Name(principal))
	}
	at := accord.MustParseDate("2025-10")
	m := ps.ClashMatrix(at)
	p.Fprintf(w, "red-line clashes in %s: %d, among %d actors (go run ./examples/positions for details)\n\n", at, m.NumClashes(), len(m.Actors))
}
