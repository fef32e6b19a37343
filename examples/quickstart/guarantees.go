package main

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/guarantees"
)

// printGuarantees summarises the instruments: how many there are
// at each stage, the strongest and weakest by assessed strength, and what
// Russia's revision does to the Istanbul draft Article 5.
func printGuarantees(w io.Writer, c *corpus.Corpus) {
	p := message.NewPrinter(language.English)
	p.Fprintf(w, "Instruments named in the articles: %d\n", c.NumInstruments())
	stages := map[guarantees.Stage]int{}
	for in := range c.Instruments() {
		stages[in.Stage]++
	}
	width := 0
	for s := range stages {
		width = max(width, len(s.String()))
	}
	for _, s := range guarantees.Stages() {
		if stages[s] > 0 {
			p.Fprintf(w, "  %-*s %d\n", width, s, stages[s])
		}
	}
	ranked := c.RankInstruments(c.GuaranteeSituation())
	show := func(r corpus.RankedInstrument) {
		a := r.Assessment
		deciding := ""
		for i, f := range a.Deciding(2) {
			if i > 0 {
				deciding += ", "
			}
			deciding += f.Kind.String()
		}
		p.Fprintf(w, "  %+4d %-8s %s (%s)\n", a.Score, a.Level, r.Instrument.Title(), deciding)
	}
	fmt.Fprintln(w, "Strongest:")
	for _, r := range ranked[:min(3, len(ranked))] {
		show(r)
	}
	fmt.Fprintln(w, "Weakest:")
	for _, r := range ranked[max(0, len(ranked)-3):] {
		show(r)
	}
	if in, ok := c.Instrument("istanbul-draft-treaty-2022"); ok {
		fmt.Fprintln(w, "Istanbul draft Article 5, by revisions adopted (wording only):")
		if art5, ok := in.Clause("art5"); ok {
			for v := range art5.Versions() {
				s, err := guarantees.ClauseSubject(in, "art5", v.Revisions...)
				if err != nil {
					continue
				}
				a := guarantees.Assess(s, guarantees.Situation{})
				cli.Fill(w, p.Sprintf("  %+4d %-8s ", a.Score, a.Level), strings.Repeat(" ", 16), s.Title())
			}
		}
	}
	fmt.Fprintln(w)
}
