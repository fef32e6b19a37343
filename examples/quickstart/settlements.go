package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/guarantees/settlement"
)

// printSettlements lists the coded settlement options with Ukraine's and
// Russia's predicted answers in 2025, and the red lines that leave no zone
// of agreement between them.
func printSettlements(w io.Writer, c *corpus.Corpus) {
	p := message.NewPrinter(language.English)
	present := accord.YearOf(2025)
	reg := c.Actors()
	fmt.Fprintf(w, "Settlement options: %d (proposals, never in force), judged on the positions of %s\n", c.NumSettlements(), present)
	for s := range c.Settlements() {
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: present, Actors: []string{"ukraine", "russia"}})
		if err != nil {
			fmt.Fprintf(w, "  %s: %v\n", s.ID, err)
			continue
		}
		var cells []string
		for _, a := range []string{"ukraine", "russia"} {
			v := "no position"
			if st, ok := ev.Stand(a); ok {
				v = st.Answer.String()
			}
			cells = append(cells, reg.Name(a)+" "+v)
		}
		cli.Fill(w, fmt.Sprintf("  %-36s ", s.ID), strings.Repeat(" ", 39), strings.Join(cells, ", "))
	}
	sp, err := c.SettlementSpace()
	if err != nil {
		fmt.Fprintf(w, "  %v\n\n", err)
		return
	}
	z, err := settlement.Search(context.Background(), sp, c, settlement.SearchOptions{Options: settlement.Options{At: present}, Required: []string{"ukraine", "russia"}, Keep: 1})
	if err != nil {
		fmt.Fprintf(w, "  %v\n\n", err)
		return
	}
	p.Fprintf(w, "  zone of agreement between Ukraine and Russia: %d of %d packages", z.Acceptable, z.Space)
	if len(z.Blocking) > 0 {
		fmt.Fprint(w, "; every package is blocked by:")
		for _, b := range z.Blocking {
			fmt.Fprintf(w, "\n    %s", b.RedLine)
		}
	}
	fmt.Fprintf(w, "\n\n")
}
