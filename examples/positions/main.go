// Command positions prints what the main parties to the talks on Ukraine's
// security want, issue by issue, and where their red lines clash, with the
// article and anchor phrase behind every position. It reads the corpus
// embedded in package seeds.
//
//	go run ./examples/positions
//
// It takes no arguments; -h prints its usage. Its output fits 100 columns.
//
// It shows two moments: the Istanbul talks of 2022 and the talks of
// autumn 2025, so that positions that changed (Ukraine on neutrality)
// appear in both states. A moment shows the positions the articles say
// were held then ([actors.Position.HeldOn]): an undated view, or one whose
// end an article does not state, does not reach a later moment.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
)

// parties are the main parties, in the order the brief names them.
var parties = []string{"ukraine", "russia", "united-states", "european-states", "eu"}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "",
	About: `Positions prints what the main parties to the talks on Ukraine's security want, issue by issue,
and where their red lines clash, with the article and anchor phrase behind every position, at
two moments: the Istanbul talks of 2022 and the talks of autumn 2025.`,
	Example: "go run ./examples/positions | less",
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("positions")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	c, err := corpus.Default()
	if err != nil {
		fmt.Fprintln(stderr, "positions: loading the embedded corpus:", err)
		return cli.ExitFailure
	}
	w := bufio.NewWriter(stdout)
	if err := write(w, c); err != nil {
		fmt.Fprintln(stderr, "positions:", err)
		return cli.ExitFailure
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "positions:", err)
		return cli.ExitFailure
	}
	return cli.ExitOK
}

// write prints the program's report on c to w.
func write(w io.Writer, c *corpus.Corpus) error {
	for _, moment := range []struct {
		title string
		at    accord.Date
	}{
		{"The Istanbul talks, 2022", accord.YearOf(2022)},
		{"The talks of autumn 2025", accord.MustParseDate("2025-10")},
	} {
		printMoment(w, c, moment.title, moment.at)
	}
	return nil
}

func printMoment(w io.Writer, c *corpus.Corpus, title string, at accord.Date) {
	ps := c.Positions()
	reg := c.Actors()
	tax := c.Issues()
	p := message.NewPrinter(language.English)

	fmt.Fprintf(w, "%s\n%s\n\n", title, strings.Repeat("=", len(title)))
	for _, party := range parties {
		held, err := ps.Select(actors.Filter{Actors: []string{party}, At: at})
		if err != nil { // a party the corpus does not have
			fmt.Fprintln(w, "  ", err)
			continue
		}
		p.Fprintf(w, "%s (positions: %d)\n", reg.Name(party), len(held))
		if len(held) == 0 {
			fmt.Fprintln(w, "  (none coded for this moment)")
		}
		issue := ""
		for _, pos := range held {
			if pos.Issue != issue {
				issue = pos.Issue
				fmt.Fprintf(w, "  %s\n", tax.Name(issue))
			}
			printPosition(w, reg, pos)
		}
		fmt.Fprintln(w)
	}

	m := ps.ClashMatrix(at)
	var clashes []actors.Relation
	for _, r := range m.Clashes() {
		if slices.Contains(parties, r.A) && slices.Contains(parties, r.B) {
			clashes = append(clashes, r)
		}
	}
	fmt.Fprintf(w, "Red-line clashes between these parties (%s)\n", at)
	if len(clashes) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, r := range clashes {
		fmt.Fprintf(w, "  %s × %s on %s\n", reg.Name(r.A), reg.Name(r.B), tax.Name(r.Issue))
		for _, side := range [][]actors.Position{r.APositions(), r.BPositions()} {
			for _, pos := range side {
				side := fmt.Sprintf("    %s: %s%s", reg.Name(pos.Actor), pos.Stance, redLine(pos))
				// The citation follows the stance, or goes under it when
				// the line would be too wide.
				if line := side + "  [" + cite(pos.Evidence[0]) + "]"; cli.Width(line) <= cli.Columns {
					fmt.Fprintln(w, line)
				} else {
					fmt.Fprintln(w, side)
					cli.Cite(w, "      ", pos.Evidence[0].Doc, pos.Evidence[0].Anchor)
				}
			}
		}
	}
	fmt.Fprintln(w)
	noun := "red-line clashes"
	if m.NumClashes() == 1 {
		noun = "red-line clash"
	}
	cli.Fill(w, "", "  ", p.Sprintf("Clash matrix over all %d actors with positions: %d %s (actor pair and issue), involving %d actors.",
		len(ps.Actors()), m.NumClashes(), noun, len(m.Actors)))
	fmt.Fprint(w, "\n\n")
}

func printPosition(w io.Writer, reg *actors.Registry, pos actors.Position) {
	via := ""
	if pos.Via != "" {
		via = ", via " + reg.Name(pos.Via)
	}
	// The summary goes on further in than the details under it.
	cli.Fill(w, "    ", "        ", fmt.Sprintf("%s%s (%s%s, %s): %s", pos.Stance, redLine(pos), pos.Attribution, via, periodText(pos.Period), pos.Summary))
	for _, f := range pos.Figures {
		cli.Fill(w, "      figure: ", "        ", f.String())
	}
	for _, cond := range pos.Conditions {
		cli.Fill(w, "      if: ", "        ", cond.Text)
	}
	for _, ev := range pos.Evidence {
		cli.Cite(w, "      ", ev.Doc, ev.Anchor)
	}
}

func redLine(p actors.Position) string {
	if p.RedLine {
		return " (red line)"
	}
	return ""
}

func periodText(p accord.Period) string {
	switch {
	case p.IsZero():
		return "undated"
	case p.From.IsValid() && !p.To.IsValid():
		return "from " + p.From.String() + endText[p.End]
	case !p.From.IsValid():
		return "until " + p.To.String()
	}
	return p.String()
}

// endText says how a period with no end date ends.
var endText = map[accord.Ending]string{
	accord.StillHolds:   "",
	accord.EndedUndated: ", dropped at a date not given",
	accord.EndNotStated: ", end not stated",
}

func cite(c accord.Citation) string { return fmt.Sprintf("%s: %q", c.Doc, c.Anchor) }
