// Command settlements tests the settlement options the articles discuss
// against the positions the actors hold: for each option and each main
// party it prints whether the party accepts, rejects or would accept on
// conditions, with the deciding reason and its citation, then the legal
// findings on each option, then the zone of possible agreement among the
// components of all the options.
//
//	go run ./examples/settlements
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
)

// parties are the actors whose answers the matrix shows.
var parties = []string{"ukraine", "russia", "united-states", "european-states"}

func main() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "settlements: loading the embedded corpus:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	if err := run(w, c); err != nil {
		fmt.Fprintln(os.Stderr, "settlements:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "settlements:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, c *corpus.Corpus) error {
	present, istanbul := accord.YearOf(2025), accord.YearOf(2022)
	fmt.Fprintf(w, "Settlement options and who could accept them\n\n")
	fmt.Fprintf(w, "Every option is a proposal, never a settlement in force. Verdicts follow the positions\n")
	fmt.Fprintf(w, "the articles attribute to each party on the date given: a package that crosses a red line\n")
	fmt.Fprintf(w, "is rejected; one that leaves objections, wishes or conditions open is conditional.\n\n")

	var options []settlement.Settlement
	for s := range c.Settlements() {
		options = append(options, s)
	}
	evals := map[string]settlement.Evaluation{}
	for _, s := range options {
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: present})
		if err != nil {
			return fmt.Errorf("evaluating %s: %w", s.ID, err)
		}
		evals[s.ID] = ev
	}
	printGrid(w, c, options, evals, present)
	fmt.Fprintln(w)
	for _, s := range options {
		printOption(w, c, s, evals[s.ID])
	}

	fmt.Fprintf(w, "The Istanbul moment: the same options with the positions held in %s\n\n", istanbul)
	var ist []settlement.Settlement
	ev22 := map[string]settlement.Evaluation{}
	for _, s := range options {
		if !strings.HasPrefix(s.ID, "istanbul-") {
			continue
		}
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: istanbul, Actors: []string{"ukraine", "russia"}})
		if err != nil {
			return fmt.Errorf("evaluating %s in 2022: %w", s.ID, err)
		}
		ist = append(ist, s)
		ev22[s.ID] = ev
	}
	for _, s := range ist {
		fmt.Fprintf(w, "%s\n", s.Name)
		for _, st := range ev22[s.ID].Stands {
			printCell(w, c, st)
		}
		fmt.Fprintln(w)
	}

	sp, err := c.SettlementSpace()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Zone of possible agreement\n\n")
	p := message.NewPrinter(language.English)
	p.Fprintf(w, "The options' components span %d packages:", sp.Size())
	for _, d := range sp.Dimensions() {
		p.Fprintf(w, " %s %d;", d.Name, len(d.Alternatives))
	}
	fmt.Fprintf(w, "\n\n")
	for _, q := range []struct {
		at       accord.Date
		required []string
	}{
		{istanbul, []string{"ukraine", "russia"}},
		{present, []string{"ukraine", "russia"}},
		{present, []string{"ukraine", "united-states", "european-states"}},
	} {
		z, err := settlement.Search(context.Background(), sp, c, settlement.SearchOptions{Options: settlement.Options{At: q.at}, Required: q.required, Keep: 1})
		if err != nil {
			return err
		}
		printZone(w, c, p, q.at, z)
	}
	return nil
}

// printGrid prints the option × party matrix, one letter per cell.
func printGrid(w io.Writer, c *corpus.Corpus, options []settlement.Settlement, evals map[string]settlement.Evaluation, at accord.Date) {
	reg := c.Actors()
	fmt.Fprintf(w, "Matrix (positions held in %s; A accepts, C conditional, R rejects, - no position on the issues touched)\n\n", at)
	fmt.Fprintf(w, "%-38s", "option")
	for _, a := range parties {
		fmt.Fprintf(w, " %-15s", short(reg.Name(a), 15))
	}
	fmt.Fprintln(w)
	for _, s := range options {
		fmt.Fprintf(w, "%-38s", short(s.ID, 38))
		for _, a := range parties {
			mark := "-"
			if st, ok := evals[s.ID].Stand(a); ok {
				mark = strings.ToUpper(st.Answer.String()[:1])
			}
			fmt.Fprintf(w, " %-15s", mark)
		}
		fmt.Fprintln(w)
	}
}

// printOption prints an option, the parties' verdicts with the deciding
// reason and citation, and the legal findings.
func printOption(w io.Writer, c *corpus.Corpus, s settlement.Settlement, ev settlement.Evaluation) {
	reg := c.Actors()
	var by []string
	for _, a := range s.ProposedBy {
		by = append(by, reg.Name(a))
	}
	fmt.Fprintf(w, "%s [%s]\n", s.Name, s.ID)
	fmt.Fprintf(w, "  %s, %s by %s", s.Stage, s.Modality, strings.Join(by, ", "))
	if s.Date.IsValid() {
		fmt.Fprintf(w, ", %s", s.Date)
	}
	fmt.Fprintln(w)
	for _, a := range parties {
		st, ok := ev.Stand(a)
		if !ok {
			fmt.Fprintf(w, "  %-16s no position on the issues this option touches\n", reg.Name(a))
			continue
		}
		printCell(w, c, st)
	}
	if n := ev.Neutrality; n != nil {
		fmt.Fprintf(w, "  law: as %s, ", n.Status.Kind)
		var parts []string
		for _, f := range n.Report.Rulings {
			parts = append(parts, fmt.Sprintf("%s %s", f.Activity, f.Verdict))
		}
		if len(parts) == 0 {
			parts = append(parts, "no activity the rulebook judges")
		}
		fmt.Fprintf(w, "%s\n", strings.Join(parts, "; "))
		if beyond := n.Beyond(); len(beyond) > 0 {
			var acts []string
			for _, f := range beyond {
				acts = append(acts, fmt.Sprintf("%s (%s)", f.Activity, f.Verdict))
			}
			fmt.Fprintf(w, "       bans the status itself does not require: %s\n", strings.Join(acts, ", "))
		}
	}
	for _, g := range ev.Guarantees {
		name := g.Title
		if len(g.Adopted) > 0 {
			name += " + " + strings.Join(g.Adopted, " + ")
		}
		var dec []string
		for _, f := range g.Assessment.Deciding(3) {
			dec = append(dec, f.Kind.String())
		}
		fmt.Fprintf(w, "  guarantee: %s: %s (score %d; %s)\n", name, g.Assessment.Level, g.Assessment.Score, strings.Join(dec, ", "))
		if conflicts := g.Neutrality.Report.With(neutrality.Incompatible); len(conflicts) > 0 {
			for _, f := range conflicts {
				fmt.Fprintf(w, "    incompatible with %s: %s\n", g.Neutrality.Status, f.Activity)
			}
		}
	}
	fmt.Fprintln(w)
}

// printCell prints one party's verdict with its first deciding reason and
// that reason's first citation.
func printCell(w io.Writer, c *corpus.Corpus, st settlement.Stand) {
	reg := c.Actors()
	fmt.Fprintf(w, "  %-16s %-11s", reg.Name(st.Actor), st.Answer)
	if len(st.Deciding) == 0 {
		fmt.Fprintln(w)
		return
	}
	r := st.Deciding[0]
	more := ""
	if n := len(st.Deciding) - 1; n > 0 {
		more = fmt.Sprintf(" (+%d more)", n)
	}
	fmt.Fprintf(w, " %s%s\n", reasonText(c, r), more)
	if ev := r.Evidence(); len(ev) > 0 {
		fmt.Fprintf(w, "  %-28s [%s: %q]\n", "", ev[0].Doc, ev[0].Anchor)
	}
}

// reasonText says in words how a position meets an outcome.
func reasonText(c *corpus.Corpus, r settlement.Reason) string {
	issue := c.Issues().Name(r.Issue())
	switch r.Kind {
	case settlement.RedLineCrossed:
		return "red line crossed: " + issue
	case settlement.DemandUnmet:
		return "demand not met: " + issue
	case settlement.FigureBreached:
		return "figure breached: " + issue + " (" + r.Figure.String() + ")"
	case settlement.ConditionBreached:
		return "condition ruled out: " + r.Condition.Text
	case settlement.Objection:
		return "objects to: " + issue
	case settlement.WishUnmet:
		return "would want: " + issue
	case settlement.FigureGap:
		return "figure differs: " + issue + " (" + r.Figure.String() + ")"
	case settlement.ConditionOpen:
		return "on condition: " + r.Condition.Text
	case settlement.Undecided:
		return "undecided on: " + issue
	}
	return "satisfied: " + issue
}

func printZone(w io.Writer, c *corpus.Corpus, p *message.Printer, at accord.Date, z settlement.Zone) {
	reg := c.Actors()
	var names []string
	for _, a := range z.Required {
		names = append(names, reg.Name(a))
	}
	fmt.Fprintf(w, "%s, required: %s\n", at, strings.Join(names, ", "))
	p.Fprintf(w, "  examined %d complete packages and %d partial ones; pruned %d of %d\n",
		z.Examined, z.Visited-z.Examined, z.Pruned, z.Space)
	if z.Acceptable > 0 {
		p.Fprintf(w, "  %d packages no required party rejects; the first:\n", z.Acceptable)
		for _, part := range strings.Split(z.Packages[0].Settlement.Name, "; ") {
			fmt.Fprintf(w, "    %s\n", part)
		}
		for _, st := range z.Packages[0].Stands {
			fmt.Fprintf(w, "    %s %s\n", reg.Name(st.Actor), st.Answer)
		}
		fmt.Fprintln(w)
		return
	}
	p.Fprintf(w, "  no package is acceptable; the smallest set of red lines that blocks every package (%d rounds, %d packages checked):\n",
		z.Rounds, z.Checked)
	for _, b := range z.Blocking {
		fmt.Fprintf(w, "    %s\n", redLineText(c, b.RedLine))
		for _, pos := range b.Positions {
			if len(pos.Evidence) > 0 {
				fmt.Fprintf(w, "      [%s: %q]\n", pos.Evidence[0].Doc, pos.Evidence[0].Anchor)
			}
		}
	}
	if nz := z.Nearest; len(nz.Packages) > 0 {
		var lines []string
		for _, rl := range nz.RedLines[0] {
			lines = append(lines, redLineText(c, rl))
		}
		p.Fprintf(w, "  the closest packages cross %d red line(s); the first would need %s to give way:\n", nz.Cost, strings.Join(lines, " and "))
		for _, part := range strings.Split(nz.Packages[0].Settlement.Name, "; ") {
			fmt.Fprintf(w, "    %s\n", part)
		}
	}
	fmt.Fprintln(w)
}

// redLineText says which way an actor's red line runs.
func redLineText(c *corpus.Corpus, rl settlement.RedLine) string {
	dir := "rules out"
	if rl.Direction > 0 {
		dir = "insists on"
	}
	return fmt.Sprintf("%s (%s %s)", c.Actors().Name(rl.Actor), dir, c.Issues().Name(rl.Issue))
}

// short truncates s to n characters.
func short(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
