// Command extend adds a source of one's own to accord's embedded corpus:
// it loads the embedded corpus with a layer of new records on top,
// verifies the layer against its own source, and answers questions that
// span both layers — the rulebook's verdicts on the new neutrality status,
// the new instrument ranked among the coded ones, and where a new actor
// clashes with a coded one.
//
//	go run ./examples/extend
//	go run ./examples/extend -layer mydata -sources mydata/sources
//
// By default it uses the layer in testdata/layer: a short note written for
// this example (testdata/sources/harbour-note.txt) about an imagined
// institute, coded as two actors, one instrument with a clause, one status
// and two positions, which refer to actors and issues of the embedded
// corpus. The README's "Add your own source" section walks through it.
package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

//go:embed testdata
var testdata embed.FS

// The records of the example layer the questions are about.
const (
	newStatus     = "ukraine-harbour-neutrality"
	newInstrument = "harbour-guarantee-pact"
	newActor      = "harbour-institute"
	codedActor    = "ukraine"
	newPerson     = "mira-solberg"
	codedPerson   = "russia"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program, with its arguments and streams; it returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("extend", flag.ContinueOnError)
	flags.SetOutput(stderr)
	layerDir := flags.String("layer", "", "the folder of the layer (default: the example's own, testdata/layer)")
	sourcesDir := flags.String("sources", "", "the folder of the layer's sources (default: testdata/sources)")
	if err := flags.Parse(args); err != nil {
		return 2
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
	fmt.Fprintf(w, "Loaded the embedded corpus and a layer: %d documents (%d new), %d actors (%d new), %d instruments (%d new), %d statuses (%d new), %d positions (%d new).\n\n",
		c.NumDocuments(), c.NumDocuments()-base.NumDocuments(), c.Actors().Len(), c.Actors().Len()-base.Actors().Len(),
		c.NumInstruments(), c.NumInstruments()-base.NumInstruments(), c.NumNeutralityStatuses(), c.NumNeutralityStatuses()-base.NumNeutralityStatuses(),
		c.Positions().Len(), c.Positions().Len()-base.Positions().Len())

	// 2. Verify what can be verified: the layer's own sources are at
	// hand, the articles of the embedded corpus are not.
	v, err := corpus.VerifyDocuments(c, sources)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Verified against their sources: %s.\n", strings.Join(v.Verified, ", "))
	fmt.Fprintf(w, "Not verified (source not at hand): %d documents.\n\n", len(v.Unverified))

	// 3. The rulebook of the embedded corpus judges the new status.
	st, ok := c.NeutralityStatus(newStatus)
	if !ok {
		return fmt.Errorf("the layer has no status %s", newStatus)
	}
	fmt.Fprintf(w, "The rulebook on %s (%s %s, per %s):\n", newStatus, st.Status.Stage, st.Status.Kind, st.Document)
	acts := []neutrality.Activity{neutrality.ReceivesSecurityGuarantee, neutrality.GuarantorMayIntervene,
		neutrality.AllianceMembership, neutrality.ForeignMilitaryBase, neutrality.StrongArmedForces, neutrality.ForeignTrainers}
	rep, err := c.Rulebook().CheckAll(st.Status, acts, neutrality.Options{})
	if err != nil {
		return err
	}
	for _, r := range rep.Rulings {
		fmt.Fprintf(w, "  %-28s %s", r.Activity, r.Verdict)
		if r.Condition != "" {
			fmt.Fprintf(w, " (if %s)", r.Condition)
		}
		fmt.Fprintln(w)
		for _, s := range r.Sides() {
			fmt.Fprintf(w, "  %-28s   under %s: %s\n", "", s.Doctrine, s.Verdict)
		}
	}
	for _, a := range rep.Uncovered {
		fmt.Fprintf(w, "  %-28s no rule\n", a)
	}

	// 4. The new instrument among the coded ones, in the situation the
	// corpus records.
	ranked := c.RankInstruments(c.GuaranteeSituation())
	i := slices.IndexFunc(ranked, func(r corpus.RankedInstrument) bool { return r.Instrument.ID == newInstrument })
	if i < 0 {
		return fmt.Errorf("the layer has no instrument %s", newInstrument)
	}
	r := ranked[i]
	fmt.Fprintf(w, "\n%s ranks %d of %d instruments: score %d, %s.\n", r.Instrument.Title(), i+1, len(ranked), r.Assessment.Score, r.Assessment.Level)
	for _, f := range r.Assessment.Findings {
		fmt.Fprintf(w, "  - %s\n", f.Explanation())
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(ranked) {
			fmt.Fprintf(w, "  next to: %s (score %d)\n", ranked[j].Instrument.Title(), ranked[j].Assessment.Score)
		}
	}

	// 5. Where the new actors stand against coded ones.
	fmt.Fprintln(w)
	for _, pair := range [][2]string{{newActor, codedActor}, {newPerson, codedPerson}} {
		cmp, err := c.Positions().Compare(pair[0], pair[1], accord.Date{})
		if err != nil {
			return err
		}
		a, b := c.Actors().Name(pair[0]), c.Actors().Name(pair[1])
		for _, rel := range slices.Concat(cmp.RedLineClashes, cmp.Disagreements) {
			fmt.Fprintf(w, "%s and %s: %s on %s (%s %s, %s %s)\n", a, b, rel.Kind, c.Issues().Name(rel.Issue),
				a, rel.APositions[0].Stance, b, rel.BPositions[0].Stance)
		}
		if len(cmp.RedLineClashes)+len(cmp.Disagreements) == 0 {
			fmt.Fprintf(w, "%s and %s: no disagreement\n", a, b)
		}
	}
	return nil
}

// must returns v, or panics on an error that cannot happen (a path of the
// embedded files).
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
