// Command extend adds a source of one's own to accord's embedded corpus:
// it loads the embedded corpus with a layer of new records on top,
// verifies the layer against its own source, and answers questions that
// span both layers about whatever records the layer adds (those the corpus
// has with the layer and not without it) — the rulebook's verdicts on each
// new neutrality status, each new instrument ranked among the coded ones,
// and where each actor with a new position clashes with a coded one — and
// says so when the layer adds none of a kind.
//
//	go run ./examples/extend
//	go run ./examples/extend -layer mydata -sources mydata/sources
//
// By default it uses the layer in testdata/layer: a short note written for
// this example (testdata/sources/harbour-note.txt) about an imagined
// institute, coded as two actors, one instrument with a clause, one status
// and two positions, which refer to actors and issues of the embedded
// corpus. The README's "Add your own source" section walks through it.
// -h prints the usage.
package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/cli"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

//go:embed testdata
var testdata embed.FS

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usage is the program's usage text.
var usage = cli.Usage{
	Synopsis: "[-layer DIR] [-sources DIR]",
	About: `Extend adds a source of one's own to accord's embedded corpus: it loads the corpus with a
layer of new records on top, verifies the layer against its own source, and answers questions
that span both layers about the records the layer adds — the rulebook's verdicts on each new
neutrality status, each new instrument ranked among the coded ones, and where each actor with a
new position clashes with a coded one.

By default it uses its own layer, a short note written for this example about an imagined
institute. The README's "Add your own source" section walks through it.`,
	Example: "go run ./examples/extend -layer mydata -sources mydata/sources",
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := cli.NewFlagSet("extend")
	layerDir := flags.String("layer", "", "the folder `DIR` of the layer (default: the example's own, testdata/layer)")
	sourcesDir := flags.String("sources", "", "the folder `DIR` of the layer's sources (default: testdata/sources)")
	if status, ok := usage.Parse(flags, args, stdout, stderr); !ok {
		return status
	}
	layer := corpus.NamedLayer("testdata/layer", must(fs.Sub(testdata, "testdata/layer")))
	sources := must(fs.Sub(testdata, "testdata/sources"))
	if *layerDir != "" {
		layer = corpus.NamedLayer(filepath.ToSlash(*layerDir), os.DirFS(*layerDir))
	}
	if *sourcesDir != "" {
		sources = os.DirFS(*sourcesDir)
	}
	if err := extend(stdout, layer, sources); err != nil {
		fmt.Fprintln(stderr, "extend:", strings.ReplaceAll(err.Error(), "\n", "\n  "))
		return 1
	}
	return 0
}

func extend(w io.Writer, layer, sources fs.FS) error {
	// 1. Load the embedded corpus and the layer on top of it. Every
	// problem of the layer is reported with its own file and line.
	base, err := corpus.Default()
	if err != nil {
		return err
	}
	c, err := corpus.Load(seeds.FS(), layer)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Loaded the embedded corpus and a layer:")
	for _, n := range []struct {
		what      string
		all, base int
	}{
		{"documents", c.NumDocuments(), base.NumDocuments()},
		{"actors", c.Actors().Len(), base.Actors().Len()},
		{"instruments", c.NumInstruments(), base.NumInstruments()},
		{"statuses", c.NumNeutralityStatuses(), base.NumNeutralityStatuses()},
		{"positions", c.Positions().Len(), base.Positions().Len()},
	} {
		fmt.Fprintf(w, "  %-12s %4d (%d new)\n", n.what, n.all, n.all-n.base)
	}
	fmt.Fprintln(w)

	// 2. Verify what can be verified: the layer's own sources are at
	// hand, the articles of the embedded corpus are not.
	v, err := corpus.VerifyDocuments(c, sources)
	if err != nil {
		return err
	}
	cli.Fill(w, "", "    ", fmt.Sprintf("Verified against their sources: %s.", strings.Join(v.Verified, ", ")))
	fmt.Fprintf(w, "Not verified (source not at hand): %d documents.\n\n", len(v.Unverified))

	// 3. The records the layer adds: those the corpus has with the layer
	// and not without it.
	added := addedBy(base, c)

	// 4. The rulebook of the embedded corpus judges each new status.
	if len(added.statuses) == 0 {
		fmt.Fprintln(w, "The layer adds no neutrality status.")
	}
	acts := []neutrality.Activity{neutrality.ReceivesSecurityGuarantee, neutrality.GuarantorMayIntervene,
		neutrality.AllianceMembership, neutrality.ForeignMilitaryBase, neutrality.StrongArmedForces, neutrality.ForeignTrainers}
	for _, st := range added.statuses {
		fmt.Fprintf(w, "The rulebook on %s (%s %s, per %s):\n", st.Status.ID, st.Status.Stage, st.Status.Kind, st.Document)
		rep, err := c.Rulebook().CheckAll(st.Status, acts, neutrality.Options{})
		if err != nil {
			return err
		}
		for _, r := range rep.Rulings {
			text := r.Verdict.String()
			if r.Condition != "" {
				text += " (if " + r.Condition + ")"
			}
			cli.Fill(w, fmt.Sprintf("  %-28s ", r.Activity), strings.Repeat(" ", 33), text)
			for _, s := range r.Sides() {
				fmt.Fprintf(w, "  %-28s   under %s: %s\n", "", s.Doctrine, s.Verdict)
			}
		}
		for _, a := range rep.Uncovered {
			fmt.Fprintf(w, "  %-28s no rule\n", a)
		}
	}

	// 5. Each new instrument among the coded ones, in the situation the
	// corpus records.
	fmt.Fprintln(w)
	if len(added.instruments) == 0 {
		fmt.Fprintln(w, "The layer adds no instrument.")
	}
	ranked := c.RankInstruments(c.GuaranteeSituation())
	for i, r := range ranked {
		if !added.instruments[r.Instrument.ID] {
			continue
		}
		cli.Fill(w, "", "    ", fmt.Sprintf("%s ranks %d of %d instruments: score %d, %s.", r.Instrument.Title(), i+1, len(ranked), r.Assessment.Score, r.Assessment.Level))
		for _, f := range r.Assessment.Findings {
			cli.Fill(w, "  - ", "    ", f.Explanation())
		}
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(ranked) {
				fmt.Fprintf(w, "  next to: %s (score %d)\n", ranked[j].Instrument.Title(), ranked[j].Assessment.Score)
			}
		}
	}

	// 6. Where the layer's actors stand against coded ones: every actor
	// with a position the layer adds, against every actor of the embedded
	// corpus with a position on the same issue.
	fmt.Fprintln(w)
	return clashes(w, base, c, added.actors, added.positions)
}

// layerRecords is what a layer adds to the corpus below it.
type layerRecords struct {
	statuses    []corpus.SourcedStatus
	instruments map[string]bool
	actors      []string
	positions   []actors.Position
}

// addedBy returns the records c has and base lacks, in c's order.
func addedBy(base, c *corpus.Corpus) layerRecords {
	var a layerRecords
	for st := range c.NeutralityStatuses() {
		if _, ok := base.NeutralityStatus(st.Status.ID); !ok {
			a.statuses = append(a.statuses, st)
		}
	}
	a.instruments = map[string]bool{}
	for in := range c.Instruments() {
		if _, ok := base.Instrument(in.ID); !ok {
			a.instruments[in.ID] = true
		}
	}
	for act := range c.Actors().All() {
		if !base.Actors().Has(act.ID) {
			a.actors = append(a.actors, act.ID)
		}
	}
	for p := range c.Positions().All() {
		if _, ok := base.Positions().Position(p.ID); !ok {
			a.positions = append(a.positions, p)
		}
	}
	return a
}

// clashes writes, for each actor holding one of the positions ps, where
// on the issues of those it disagrees or clashes over a red line with an
// actor of base; and names the new actors (ids) that hold none.
func clashes(w io.Writer, base, c *corpus.Corpus, ids []string, ps []actors.Position) error {
	if len(ps) == 0 {
		fmt.Fprintln(w, "The layer adds no position.")
	}
	issues := map[string][]string{} // actor -> issues of its new positions
	var holders []string
	for _, p := range ps {
		if _, ok := issues[p.Actor]; !ok {
			holders = append(holders, p.Actor)
		}
		if !slices.Contains(issues[p.Actor], p.Issue) {
			issues[p.Actor] = append(issues[p.Actor], p.Issue)
		}
	}
	slices.SortFunc(holders, c.Actors().Compare)
	for _, a := range holders {
		var others []string
		for _, issue := range issues[a] {
			on, err := base.Positions().On(issue, accord.Date{})
			if err != nil {
				return err
			}
			for _, p := range on {
				if p.Actor != a && !slices.Contains(others, p.Actor) {
					others = append(others, p.Actor)
				}
			}
		}
		slices.SortFunc(others, c.Actors().Compare)
		an := c.Actors().Name(a)
		found := 0
		for _, b := range others {
			cmp, err := c.Positions().Compare(a, b, accord.Date{})
			if err != nil {
				return err
			}
			bn := c.Actors().Name(b)
			for _, rel := range slices.Concat(cmp.RedLineClashes, cmp.Disagreements) {
				if !slices.Contains(issues[a], rel.Issue) {
					continue
				}
				found++
				fmt.Fprintf(w, "%s and %s: %s on %s\n", an, bn, rel.Kind, c.Issues().Name(rel.Issue))
				// Each side with the period of its position: with no date
				// asked, positions of different years can meet.
				ap, bp := rel.APositions()[0], rel.BPositions()[0]
				fmt.Fprintf(w, "    (%s: %s%s; %s: %s%s)\n", an, ap.Stance, held(ap.Period), bn, bp.Stance, held(bp.Period))
			}
		}
		if found == 0 {
			cli.Fill(w, "", "    ", fmt.Sprintf("%s: no disagreement with a coded actor on %s", an, strings.Join(issueNames(c, issues[a]), ", ")))
		}
	}
	for _, id := range ids {
		if _, ok := issues[id]; !ok {
			fmt.Fprintf(w, "%s: no position in the layer\n", c.Actors().Name(id))
		}
	}
	return nil
}

// held returns " [2022]", " [2025–present]", " [2005–?]" for a position's
// period, in Period.String's form, which keeps "still holds", "ended"
// and "end not stated" apart; "" for a position with no period.
func held(p accord.Period) string {
	if p.IsZero() {
		return ""
	}
	return " [" + p.String() + "]"
}

// issueNames returns the names of the issues ids.
func issueNames(c *corpus.Corpus, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = c.Issues().Name(id)
	}
	return out
}

// must returns v, or panics on an error that cannot happen (a path of the
// embedded files).
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
