package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/neutrality"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// printNeutrality shows the neutrality rulebook at work: a few commitments
// checked against permanent neutrality, a contested one under each
// doctrine, and how the coded precedents ended.
func printNeutrality(w io.Writer, c *corpus.Corpus) {
	rb := c.Rulebook()
	p := message.NewPrinter(language.English)
	p.Fprintf(w, "Neutrality: %d rules, %d doctrines, %d coded statuses\n\n", rb.Len(), len(rb.Doctrines()), c.NumNeutralityStatuses())
	pn := neutrality.Status{Kind: neutrality.PermanentNeutrality}
	for _, a := range []neutrality.Activity{neutrality.AllianceMembership, neutrality.EUMutualAssistance, neutrality.DefenceAgreement, neutrality.LimitsOnOwnForces} {
		f, err := rb.Check(pn, a, neutrality.Options{})
		if err != nil {
			fmt.Fprintf(w, "  %s: %v\n", a, err)
			continue
		}
		cli.Fill(w, "  ", "      ", fmt.Sprintf("permanent neutrality + %s: %s", a, f))
	}
	na := neutrality.Status{Kind: neutrality.NonAlignment}
	for _, d := range []string{neutrality.NonAlignmentExcludesAlliances, neutrality.NonAlignmentPermitsAlliances} {
		f, err := rb.Check(na, neutrality.AllianceMembership, neutrality.Options{Doctrines: []string{d}})
		if err == nil {
			fmt.Fprintf(w, "  non-alignment + alliance-membership under %s: %s\n", d, f.Verdict)
		}
	}
	fmt.Fprintln(w, "\n  precedents and how they ended:")
	// Ukraine is an actor of the embedded corpus.
	precedents, _ := c.PrecedentsFor("ukraine")
	for _, s := range precedents {
		var fate []string
		for _, e := range s.Status.Events {
			t := e.Kind.String()
			if len(e.By) > 0 {
				t += " by " + strings.Join(e.By, ", ")
			}
			if e.Date.IsValid() {
				t += " in " + e.Date.String()
			}
			fate = append(fate, t)
		}
		if len(fate) == 0 {
			continue
		}
		// The fate wraps in its own column, under itself.
		cli.Fill(w, fmt.Sprintf("    %-12s %-21s ", s.Status.State, s.Status.Kind), strings.Repeat(" ", 39),
			fmt.Sprintf("%s  [%s]", strings.Join(fate, "; "), s.Document))
	}
	fmt.Fprintln(w)
}
