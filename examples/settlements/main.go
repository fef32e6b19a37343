// Command settlements tests the settlement options the articles discuss
// against the positions the actors hold: for each option and each main
// party it prints whether the party accepts, rejects or would accept on
// conditions, with the deciding reason and its citation, then the legal
// findings on each option, then the zone of possible agreement among the
// components of all the options.
//
//	go run ./examples/settlements
//
// It takes no arguments; -h prints its usage. Its output fits 100 columns.
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
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/examples/internal/explain"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
)

// parties are the actors whose answers the matrix shows.
var parties = []string{"ukraine", "russia", "united-states", "european-states"}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "",
	About: `Settlements tests the settlement options the articles discuss against the positions the actors
hold: for each option and each main party, whether the party accepts, rejects or would accept on
conditions, with the deciding reason and its citation; then the legal findings on each option,
then the zone of possible agreement among the components of all the options.`,
	Example: "go run ./examples/settlements | less",
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("settlements")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	c, err := corpus.Default()
	if err != nil {
		fmt.Fprintln(stderr, "settlements: loading the embedded corpus:", err)
		return cli.ExitFailure
	}
	w := bufio.NewWriter(stdout)
	if err := write(w, c); err != nil {
		fmt.Fprintln(stderr, "settlements:", err)
		return cli.ExitFailure
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "settlements:", err)
		return cli.ExitFailure
	}
	return cli.ExitOK
}

// write prints the program's report on c to w.
func write(w io.Writer, c *corpus.Corpus) error {
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
	var dims []string
	for _, d := range sp.Dimensions() {
		dims = append(dims, p.Sprintf("%s %d", d.Name, len(d.Alternatives)))
	}
	cli.Fill(w, "", "  ", p.Sprintf("The options' components span %d packages: %s.", sp.Size(), strings.Join(dims, "; ")))
	fmt.Fprintln(w)
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
	fmt.Fprintf(w, "Matrix (positions held in %s)\n\n", at)
	width := 0
	for _, s := range options {
		width = max(width, cli.Width(s.ID))
	}
	// The parties' names are too wide for the columns: each column has a
	// code, and a legend says whose it is.
	var b strings.Builder
	b.WriteString(cli.Pad("option", width))
	for _, a := range parties {
		fmt.Fprintf(&b, "  %-3s", partyCode[a])
	}
	fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	for _, s := range options {
		b.Reset()
		b.WriteString(cli.Pad(s.ID, width))
		for _, a := range parties {
			mark := "-"
			if st, ok := evals[s.ID].Stand(a); ok {
				mark = strings.ToUpper(st.Answer.String()[:1])
			}
			fmt.Fprintf(&b, "  %-3s", mark)
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	fmt.Fprintln(w)
	var legend []string
	for _, a := range parties {
		legend = append(legend, partyCode[a]+" "+reg.Name(a))
	}
	cli.Fill(w, "", "", strings.Join(legend, ", ")+".")
	cli.Fill(w, "", "", "A accepts, C conditional, R rejects, - no position on the issues the option touches.")
}

// partyCode is the column heading of each party in the matrix.
var partyCode = map[string]string{"ukraine": "UA", "russia": "RU", "united-states": "US", "european-states": "EUR"}

// printOption prints an option, the parties' verdicts with the deciding
// reason and citation, and the legal findings.
func printOption(w io.Writer, c *corpus.Corpus, s settlement.Settlement, ev settlement.Evaluation) {
	reg := c.Actors()
	var by []string
	for _, a := range s.ProposedBy {
		by = append(by, reg.Name(a))
	}
	fmt.Fprintf(w, "%s [%s]\n", s.Name, s.ID)
	line := fmt.Sprintf("%s, %s by %s", s.Stage, s.Modality, strings.Join(by, ", "))
	if s.Date.IsValid() {
		line += fmt.Sprintf(", %s", s.Date)
	}
	cli.Fill(w, "  ", "    ", line)
	for _, a := range parties {
		st, ok := ev.Stand(a)
		if !ok {
			fmt.Fprintf(w, "  %-16s no position on the issues this option touches\n", reg.Name(a))
			continue
		}
		printCell(w, c, st)
	}
	if n := ev.Neutrality; n != nil {
		var parts []string
		for _, f := range n.Report.Rulings {
			parts = append(parts, fmt.Sprintf("%s %s", f.Activity, f.Verdict))
		}
		if len(parts) == 0 {
			parts = append(parts, "no activity the rulebook judges")
		}
		cli.Fill(w, "  law: ", "       ", fmt.Sprintf("as %s, %s", n.Status.Kind, strings.Join(parts, "; ")))
		if beyond := n.Beyond(); len(beyond) > 0 {
			var acts []string
			for _, f := range beyond {
				acts = append(acts, fmt.Sprintf("%s (%s)", f.Activity, f.Verdict))
			}
			cli.Fill(w, "       ", "         ", "bans the status itself does not require: "+strings.Join(acts, ", "))
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
		cli.Fill(w, "  guarantee: ", "    ", fmt.Sprintf("%s: %s (score %d; %s)", name, g.Assessment.Level, g.Assessment.Score, strings.Join(dec, ", ")))
		if conflicts := g.Neutrality.Report.With(neutrality.Incompatible); len(conflicts) > 0 {
			for _, f := range conflicts {
				cli.Fill(w, "    ", "      ", fmt.Sprintf("incompatible with %s: %s", g.Neutrality.Status, f.Activity))
			}
		}
	}
	fmt.Fprintln(w)
}

// printCell prints one party's verdict with its first deciding reason and
// that reason's first citation.
func printCell(w io.Writer, c *corpus.Corpus, st settlement.Stand) {
	reg := c.Actors()
	head := fmt.Sprintf("  %-16s %-11s ", reg.Name(st.Actor), st.Answer)
	if len(st.Deciding) == 0 {
		fmt.Fprintln(w, strings.TrimRight(head, " "))
		return
	}
	r := st.Deciding[0]
	more := ""
	if n := len(st.Deciding) - 1; n > 0 {
		more = fmt.Sprintf(" (+%d more)", n)
	}
	cli.Fill(w, head, strings.Repeat(" ", cli.Width(head)), explain.Reason(c, r)+more)
	if ev := r.Evidence(); len(ev) > 0 {
		cli.Cite(w, "      ", ev[0].Doc, ev[0].Anchor)
	}
}

func printZone(w io.Writer, c *corpus.Corpus, p *message.Printer, at accord.Date, z settlement.Zone) {
	reg := c.Actors()
	var names []string
	for _, a := range z.Required {
		names = append(names, reg.Name(a))
	}
	cli.Fill(w, "", "  ", fmt.Sprintf("%s, required: %s", at, strings.Join(names, ", ")))
	p.Fprintf(w, "  examined %d complete packages and %d partial ones; pruned %d of %d\n",
		z.Examined, z.Visited-z.Examined, z.Pruned, z.Space)
	if z.Acceptable > 0 {
		p.Fprintf(w, "  %d packages no required party rejects; the first:\n", z.Acceptable)
		for _, part := range strings.Split(z.Packages[0].Settlement.Name, "; ") {
			cli.Fill(w, "    ", "      ", part)
		}
		for _, st := range z.Packages[0].Stands {
			fmt.Fprintf(w, "    %s %s\n", reg.Name(st.Actor), st.Answer)
		}
		fmt.Fprintln(w)
		return
	}
	cli.Fill(w, "  ", "    ", p.Sprintf("no package is acceptable; the smallest set of red lines that blocks every package (%d rounds, %d packages checked):",
		z.Rounds, z.Checked))
	for _, b := range z.Blocking {
		cli.Fill(w, "    ", "      ", redLineText(c, b.RedLine))
		for _, pos := range b.Positions {
			if len(pos.Evidence) > 0 {
				cli.Cite(w, "      ", pos.Evidence[0].Doc, pos.Evidence[0].Anchor)
			}
		}
	}
	if nz := z.Nearest; len(nz.Packages) > 0 {
		var lines []string
		for _, rl := range nz.RedLines[0] {
			lines = append(lines, redLineText(c, rl))
		}
		noun := "red lines"
		if nz.Cost == 1 {
			noun = "red line"
		}
		cli.Fill(w, "  ", "    ", p.Sprintf("the closest packages cross %d %s; the first would need %s to give way:", nz.Cost, noun, strings.Join(lines, " and ")))
		for _, part := range strings.Split(nz.Packages[0].Settlement.Name, "; ") {
			cli.Fill(w, "    ", "      ", part)
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
