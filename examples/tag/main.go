// Command tag reads an article and prints what it mentions — actors,
// security instruments, issues, neutrality statuses and figures — grouped
// by kind, with counts, as accord's embedded corpus resolves them.
//
//	go run ./examples/tag article.txt
//	go run ./examples/tag < article.txt
//	go run ./examples/tag -json -date 2025-08-19 article.txt
//
// With no file argument, or with "-", it reads standard input; with no
// file argument and standard input a terminal it prints its usage (on
// standard error, exit status 2) rather than wait. -h prints the usage. With -json it writes one
// JSON object per mention and line (JSON Lines), in text order, for
// pipelines: kind, byte offsets, text, targets, whether the name is
// ambiguous or a short form the text defines, and, for a figure, what was
// read. -date gives the date of the text (YYYY, YYYY-MM or YYYY-MM-DD),
// which tells apart names several records share. A missing or unreadable
// file is reported in one line on standard error, with exit status 1.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/examples/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "[-json] [-date DATE] [FILE | -]",
	About: `Tag reads an article and prints what it mentions — actors, security instruments, issues,
neutrality statuses and figures — grouped by kind, with counts, as accord's embedded corpus
resolves them.

With no FILE, or with -, it reads standard input; with no FILE and standard input a terminal,
it prints this text rather than wait. With -json it writes one JSON object per mention and line
(JSON Lines), in text order, for pipelines.`,
	Example: "go run ./examples/tag -date 2025-08-19 article.txt",
	MaxArgs: 1,
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("tag")
	asJSON := flags.Bool("json", false, "write the mentions as JSON Lines")
	dateText := flags.String("date", "", "the `DATE` of the text, YYYY, YYYY-MM or YYYY-MM-DD, which tells apart names several records share")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	args = flags.Args()
	if len(args) == 0 && cli.IsTerminal(stdin) {
		return usage.Fail(stderr, flags, errors.New("no FILE named, and standard input is a terminal"))
	}
	var opts tag.Options
	if *dateText != "" {
		d, err := accord.ParseDate(*dateText)
		if err != nil {
			return usage.Fail(stderr, flags, fmt.Errorf("-date: %w", err))
		}
		opts.Date = d
	}
	name := "standard input"
	in := stdin
	if len(args) == 1 && args[0] != "-" {
		name = args[0]
		f, err := os.Open(args[0])
		if err != nil {
			fmt.Fprintf(stderr, "tag: cannot read %s: %v\n", name, unwrapPath(err))
			return 1
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintf(stderr, "tag: cannot read %s: %v\n", name, unwrapPath(err))
		return 1
	}
	c, err := corpus.Default()
	if err != nil {
		fmt.Fprintln(stderr, "tag: loading the embedded corpus:", strings.ReplaceAll(err.Error(), "\n", "; "))
		return 1
	}
	w := bufio.NewWriter(stdout)
	ms := c.Tagger().TagWith(string(data), opts)
	if *asJSON {
		if err := writeJSONLines(w, ms); err != nil {
			fmt.Fprintln(stderr, "tag:", err)
			return 1
		}
	} else {
		report(w, name, string(data), ms)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "tag:", err)
		return 1
	}
	return 0
}

// unwrapPath drops the path an *os.PathError repeats.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// group is everything mentioned under one key: a record, or a figure's
// canonical form.
type group struct {
	label string
	name  string // the record's name, when the group is one record
	count int
	forms []string // as written, in order of first occurrence
}

// report prints the mentions grouped by kind, then by what they resolve
// to, most mentioned first.
func report(w io.Writer, name, text string, ms []tag.Mention) {
	p := message.NewPrinter(language.English)
	p.Fprintf(w, "%s: %d bytes, %s\n", name, len(text), count(p, len(ms), "mention"))
	col := collate.New(language.English)
	for _, k := range tag.Kinds() {
		groups := map[string]*group{}
		total := 0
		for _, m := range ms {
			if m.Kind != k {
				continue
			}
			total++
			key, label := groupKey(m)
			g := groups[key]
			if g == nil {
				g = &group{label: label}
				if len(m.Targets) == 1 {
					g.name = m.Targets[0].Name
				}
				groups[key] = g
			}
			g.count++
			if !slices.Contains(g.forms, m.Text) {
				g.forms = append(g.forms, m.Text)
			}
		}
		if total == 0 {
			continue
		}
		list := make([]*group, 0, len(groups))
		for _, g := range groups {
			list = append(list, g)
		}
		slices.SortFunc(list, func(a, b *group) int {
			return cmp.Or(cmp.Compare(b.count, a.count), col.CompareString(a.label, b.label))
		})
		p.Fprintf(w, "\n%s: %s of %d\n", plural(k), count(p, total, "mention"), len(list))
		for _, g := range list {
			text := g.label
			if forms := strings.Join(quoted(g.forms), ", "); forms != quote(g.name) && forms != quote(g.label) {
				text += "  — " + forms
			}
			// A long line goes on under the label, not under the count.
			cli.Fill(w, p.Sprintf("  %5d  ", g.count), "           ", text)
		}
	}
}

// groupKey returns what a mention is grouped by and how the group is
// labelled: the record (or, for an ambiguous name, all candidates) or the
// figure's kind and canonical form.
func groupKey(m tag.Mention) (key, label string) {
	if m.Kind == tag.Figure {
		s := m.Figure.Kind.String() + " " + m.Figure.String()
		return s, s
	}
	var ids, names []string
	for _, t := range m.Targets {
		ids = append(ids, t.ID)
		names = append(names, fmt.Sprintf("%s (%s)", t.Name, t.ID))
	}
	label = strings.Join(names, " or ")
	if m.Ambiguous {
		label = "ambiguous: " + label
	}
	return strings.Join(ids, "|"), label
}

// count prints n and the noun, in the plural unless n is 1.
func count(p *message.Printer, n int, noun string) string {
	if n == 1 {
		return p.Sprintf("%d %s", n, noun)
	}
	return p.Sprintf("%d %ss", n, noun)
}

func plural(k tag.Kind) string {
	switch k {
	case tag.Status:
		return "statuses"
	}
	return k.String() + "s"
}

func quote(s string) string { return "“" + s + "”" }

func quoted(forms []string) []string {
	out := make([]string, len(forms))
	for i, f := range forms {
		out[i] = quote(strings.Join(strings.Fields(f), " "))
	}
	return out
}

// jsonMention is one line of the -json output.
type jsonMention struct {
	Kind      string       `json:"kind"`
	Start     int          `json:"start"`
	End       int          `json:"end"`
	Text      string       `json:"text"`
	Targets   []jsonTarget `json:"targets,omitempty"`
	Ambiguous bool         `json:"ambiguous,omitempty"`
	ShortForm bool         `json:"short_form,omitempty"`
	Figure    *jsonFigure  `json:"figure,omitempty"`
}

type jsonTarget struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
	Name string `json:"name"`
	For  string `json:"for,omitempty"`
}

type jsonFigure struct {
	Kind      string  `json:"kind"`
	Value     float64 `json:"value"`
	Max       float64 `json:"max"`
	Unit      string  `json:"unit,omitempty"`
	Per       string  `json:"per,omitempty"`
	Bound     string  `json:"bound,omitempty"`
	Date      string  `json:"date,omitempty"`
	Last      string  `json:"last,omitempty"`
	Canonical string  `json:"canonical"`
}

// writeJSONLines writes one JSON object per mention and line.
func writeJSONLines(w io.Writer, ms []tag.Mention) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, m := range ms {
		jm := jsonMention{Kind: m.Kind.String(), Start: m.Start, End: m.End, Text: m.Text, Ambiguous: m.Ambiguous, ShortForm: m.ShortForm}
		for _, t := range m.Targets {
			jm.Targets = append(jm.Targets, jsonTarget{Kind: t.Kind.String(), ID: t.ID, Name: t.Name, For: t.For})
		}
		if f := m.Figure; m.Kind == tag.Figure {
			jf := &jsonFigure{Kind: f.Kind.String(), Value: f.Value, Max: f.Max, Unit: f.Unit, Per: f.Per, Canonical: f.String()}
			if f.Bound.IsValid() {
				jf.Bound = f.Bound.String()
			}
			if f.Date.IsValid() {
				jf.Date = f.Date.String()
			}
			if f.Last.IsValid() {
				jf.Last = f.Last.String()
			}
			jm.Figure = jf
		}
		if err := enc.Encode(jm); err != nil {
			return err
		}
	}
	return nil
}
