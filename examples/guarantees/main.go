// Command guarantees ranks the security instruments of accord's corpus by
// what they are really worth, with the findings that decide each rank,
// and sets the Istanbul draft Article 5 as Ukraine drafted it, the same
// article with Russia's revision of Ukraine's text, and NATO's Article 5 side by side,
// explaining finding by finding where they differ.
//
//	go run ./examples/guarantees
//
// It takes no arguments; -h prints its usage. Its output fits 100 columns.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/guarantees"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "",
	About: `Guarantees ranks the security instruments of accord's corpus by what they are really worth,
with the findings that decide each rank, and sets the Istanbul draft Article 5 as Ukraine drafted
it, the same article with Russia's revision of Ukraine's text, and NATO's Article 5 side by side, explaining
finding by finding where they differ.`,
	Example: "go run ./examples/guarantees | less",
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("guarantees")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	c, err := corpus.Default()
	if err != nil {
		fmt.Fprintln(stderr, "guarantees: loading the embedded corpus:", err)
		return cli.ExitFailure
	}
	w := bufio.NewWriter(stdout)
	if err := write(w, c); err != nil {
		fmt.Fprintln(stderr, "guarantees:", err)
		return cli.ExitFailure
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "guarantees:", err)
		return cli.ExitFailure
	}
	return cli.ExitOK
}

// write prints the program's report on c to w.
func write(w io.Writer, c *corpus.Corpus) error {
	p := message.NewPrinter(language.English)
	sit := c.GuaranteeSituation() // the default context: attacks and the neutrality rulebook

	ranked := c.RankInstruments(sit)
	p.Fprintf(w, "What is a guarantee really worth? %d instruments, assessed\n\n", len(ranked))
	fmt.Fprintln(w, "Context, from the breaches the corpus records:")
	for _, a := range sit.Attacks {
		fmt.Fprintf(w, "  %s attacked %s (%s)\n", a.Attacker, a.Victim, a.When)
	}
	fmt.Fprintln(w, "Guarantees of neutrality are also checked against the neutrality rulebook.")
	fmt.Fprintln(w)

	fmt.Fprintln(w, "Ranking (score = obligation base + weights of the findings; strongest first)")
	for i, r := range ranked {
		a := r.Assessment
		p.Fprintf(w, "%2d. %+4d %-8s %-10s %s\n", i+1, a.Score, a.Level, r.Instrument.Stage, r.Instrument.Title())
		obligation := "no commitment clause"
		if a.Effective.IsValid() {
			obligation = "obligation " + a.Effective.String()
		}
		// The findings go on the next line when the line is full, each
		// one whole.
		parts := []string{obligation + ";"}
		for _, f := range a.Deciding(4) {
			parts = append(parts, fmt.Sprintf("%+d %s,", f.Weight(), f))
		}
		parts[len(parts)-1] = strings.TrimSuffix(parts[len(parts)-1], ",")
		cli.Items(w, strings.Repeat(" ", 15), " ", parts)
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "The proposals on their merits, as if adopted in the terms proposed")
	adopted := sit
	adopted.AsIfAdopted = true
	for _, r := range c.RankInstruments(adopted) {
		if r.Instrument.Stage.Effective() {
			continue
		}
		a := r.Assessment
		var parts []string
		for _, f := range a.Deciding(3) {
			parts = append(parts, fmt.Sprintf("%+d %s", f.Weight(), f))
		}
		p.Fprintf(w, "  %+4d %-8s %s\n", a.Score, a.Level, r.Instrument.Title())
		for i := range parts[:len(parts)-1] {
			parts[i] += ","
		}
		cli.Items(w, strings.Repeat(" ", 13), " ", parts)
	}
	fmt.Fprintln(w)
	return sideBySide(w, c)
}

// column is one text in the side-by-side comparison.
type column struct {
	title  string
	short  string // the title in the table's heading
	subj   guarantees.Subject
	reader guarantees.Reading
	text   string
	assess guarantees.Assessment
}

func sideBySide(w io.Writer, c *corpus.Corpus) error {
	draft, ok1 := c.Instrument("istanbul-draft-treaty-2022")
	nato, ok2 := c.Instrument("north-atlantic-treaty")
	if !ok1 || !ok2 {
		return fmt.Errorf("the corpus lacks the Istanbul draft or the North Atlantic Treaty")
	}
	var cols []column
	for _, spec := range []struct {
		title, short string
		in           guarantees.Instrument
		adopt        []string
	}{
		{"Istanbul Art. 5, Ukraine's text", "Istanbul, UA text", draft, []string{"art5-ukrainian-revision"}},
		{"Istanbul Art. 5, Ukraine's text with Russia's revision", "Istanbul, UA + RU rev.", draft, []string{"art5-russian-revision", "art5-ukrainian-revision"}},
		{"NATO Art. 5", "NATO Art. 5", nato, nil},
	} {
		s, err := guarantees.ClauseSubject(spec.in, "art5", spec.adopt...)
		if err != nil {
			return err
		}
		v := s.Versions()[0]
		cols = append(cols, column{title: spec.title, short: spec.short, subj: s, reader: v.Reading, text: v.Marked, assess: guarantees.Assess(s, guarantees.Situation{})})
	}

	fmt.Fprintln(w, "Side by side: the wording ({+inserted by a revision+})")
	for _, col := range cols {
		fmt.Fprintln(w)
		cli.Fill(w, "", "    ", fmt.Sprintf("%s (%s)", col.title, col.subj.Title()))
		for _, line := range cli.Wrap(col.text, cli.Columns-4) {
			fmt.Fprintf(w, "    %s\n", line)
		}
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "Side by side: the structured reading")
	rows := []struct {
		label string
		value func(col column) string
	}{
		{"trigger", func(c column) string { return c.reader.Trigger.String() }},
		{"obligation (as written)", func(c column) string { return c.reader.Obligation.String() }},
		{"obligation (effective)", func(c column) string { return c.reader.Effective().String() }},
		{"measures", func(c column) string { return joinMeasures(c.reader.Measures) }},
		{"decision", func(c column) string { return c.reader.Decision.String() }},
		{"invoked", func(c column) string { return c.reader.Invoker.String() }},
		{"consultations", func(c column) string { return consultation(c.reader) }},
		{"excluded territory", func(c column) string { return exclusions(c.reader) }},
		{"score / level", func(c column) string { return fmt.Sprintf("%+d / %s", c.assess.Score, c.assess.Level) }},
	}
	// Three columns of 22 after a label of 24 fill the 100 columns; the
	// headings are short titles, which a legend under the table spells
	// out.
	const width = 22
	printRow := func(label string, cells []string) {
		wrapped := make([][]string, len(cells))
		height := 1
		for i, c := range cells {
			wrapped[i] = cli.Wrap(c, width)
			height = max(height, len(wrapped[i]))
		}
		for line := range height {
			var b strings.Builder
			if line == 0 {
				fmt.Fprintf(&b, "  %-24s", label)
			} else {
				fmt.Fprintf(&b, "  %-24s", "")
			}
			for _, cell := range wrapped {
				text := ""
				if line < len(cell) {
					text = cell[line]
				}
				fmt.Fprintf(&b, "| %s", cli.Pad(cli.Clip(text, width), width))
			}
			fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		}
	}
	titles := make([]string, len(cols))
	var legend []string
	for i, col := range cols {
		titles[i] = col.short
		if col.short != col.title {
			legend = append(legend, col.short+": "+col.title)
		}
	}
	printRow("", titles)
	for _, r := range rows {
		cells := make([]string, len(cols))
		for i, col := range cols {
			cells[i] = r.value(col)
		}
		printRow(r.label, cells)
	}
	cli.Items(w, "  ", "; ", legend)
	fmt.Fprintln(w)

	fmt.Fprintln(w, "Why they differ, finding by finding (wording only; status and parties left out)")
	for _, pair := range [][2]int{{0, 2}, {0, 1}, {2, 1}} {
		fmt.Fprintln(w)
		if err := explain(w, guarantees.Compare(cols[pair[0]].assess, cols[pair[1]].assess)); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "As whole instruments NATO's treaty is in force and the Istanbul text never left the drafting")
	fmt.Fprintln(w, "table, with Russia among its guarantors:")
	sit := c.GuaranteeSituation()
	whole := func(in guarantees.Instrument, adopt ...string) (guarantees.Assessment, error) {
		s, err := guarantees.InstrumentSubject(in, adopt...)
		if err != nil {
			return guarantees.Assessment{}, err
		}
		return guarantees.Assess(s, sit), nil
	}
	ua, err := whole(draft, "art5-ukrainian-revision")
	if err != nil {
		return err
	}
	n, err := whole(nato)
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	return explain(w, guarantees.Compare(n, ua))
}

// explain writes the comparison's explanation, each line wrapped to the
// columns.
func explain(w io.Writer, cmp guarantees.Comparison) error {
	var b strings.Builder
	if err := cmp.Explain(&b); err != nil {
		return err
	}
	cli.Rewrap(w, b.String())
	return nil
}

func joinMeasures(ms []guarantees.Measure) string {
	if len(ms) == 0 {
		return "none named"
	}
	s := make([]string, len(ms))
	for i, m := range ms {
		s[i] = m.String()
	}
	return strings.Join(s, ", ")
}

func consultation(r guarantees.Reading) string {
	switch {
	case !r.Consultation:
		return "none required"
	case r.ConsultationDays > 0:
		return fmt.Sprintf("within %d days", r.ConsultationDays)
	}
	return "required, no deadline"
}

func exclusions(r guarantees.Reading) string {
	if len(r.Scope.Exclusions) == 0 {
		return "none"
	}
	s := make([]string, len(r.Scope.Exclusions))
	for i, x := range r.Scope.Exclusions {
		s[i] = x.Area
		if x.Partial {
			s[i] = "part of " + x.Area
		}
	}
	return strings.Join(s, ", ")
}
