package corpus

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCitedString(t *testing.T) {
	cit := accord.Citation{Doc: "kyiv-official-stance", Anchor: "non-bloc status"}
	tests := []struct {
		name string
		c    Cited
		want string
	}{
		{"file, line, column and path", Cited{Citation: cit, File: "positions/kyiv-official-stance.json", Line: 12, Column: 9,
			Path: accord.NewPath("positions").Index(0).Child("evidence").Index(0)},
			`positions/kyiv-official-stance.json:12:9: positions[0].evidence[0]: kyiv-official-stance: "non-bloc status"`},
		{"no line", Cited{Citation: cit, File: "f.json"}, `f.json: kyiv-official-stance: "non-bloc status"`},
		{"no file: the citation alone", Cited{Citation: cit, Line: 3}, `kyiv-official-stance: "non-bloc status"`},
		{"zero", Cited{}, "no citation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.String())
		})
	}
}

// Every citation of the corpus prints on one line that starts with its
// file and ends with the citation.
func TestCitedStringOnCorpus(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	n := 0
	for ct := range c.Citations() {
		s := ct.String()
		assert.Regexp(t, `^\S+\.json:\d+:\d+: \S+: `, s)
		assert.Contains(t, s, ct.Citation.String())
		assert.NotContains(t, s, "\n")
		n++
	}
	assert.Positive(t, n)
}

// A sourced status or demand prints as the record, which names its
// article among its documents.
func TestSourcedString(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	n := 0
	for s := range c.NeutralityStatuses() {
		assert.Equal(t, s.Status.String(), s.String())
		assert.Contains(t, s.String(), s.Document)
		n++
	}
	ds, err := c.DemandsIn("istanbul-2022")
	require.NoError(t, err)
	for _, d := range ds {
		assert.Equal(t, d.Demand.String(), d.String())
		assert.Contains(t, d.String(), d.Document)
		n++
	}
	assert.Greater(t, n, 40)
}

func TestSearchHitDocumentString(t *testing.T) {
	cit := accord.Citation{Doc: "kyiv-official-stance", Anchor: "non-bloc status"}
	tests := []struct {
		name string
		s    fmt.Stringer
		want string
	}{
		{"a hit with its citation", SearchHit{Kind: ActorRecord, ID: "ukraine", Title: "Ukraine", Score: 3, Citation: cit, Snippet: "s"},
			`actor "Ukraine" (ukraine) — kyiv-official-stance: "non-bloc status"`},
		{"a hit without evidence", SearchHit{Kind: TermRecord, ID: "t", Title: "near abroad"}, `term "near abroad" (t)`},
		{"a document", Document{ID: "d", Title: "A memo", Kind: Commentary, Written: accord.Period{From: accord.YearOf(2022), To: accord.YearOf(2022)}},
			"A memo (d, commentary, 2022)"},
		{"an untitled, undated document", Document{ID: "d", Kind: Commentary, Untitled: true}, "untitled (d, commentary)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.s.String())
		})
	}
}

// TestEveryRecordPrintsOneLine prints every record of the embedded corpus
// and what the library computes from it with %v, as a program would, and
// checks that each value is one line of text an analyst can read: no Go
// struct or map syntax, no line break, no invalid enum ("Kind(0)"), no
// empty text.
func TestEveryRecordPrintsOneLine(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	var values []any
	for d := range c.Documents() {
		values = append(values, d)
	}
	for ct := range c.Citations() {
		values = append(values, ct, ct.Citation)
	}
	for a := range c.Actors().All() {
		values = append(values, a)
	}
	for i := range c.Issues().All() {
		values = append(values, i)
	}
	for p := range c.Positions().All() {
		values = append(values, p)
	}
	for q := range c.Quantities() {
		values = append(values, q)
	}
	for s := range c.NeutralityStatuses() {
		values = append(values, s)
		for _, e := range s.Status.Events {
			values = append(values, e)
		}
	}
	for d := range c.NeutralityDemands() {
		values = append(values, d)
	}
	for r := range c.Rulebook().All() {
		values = append(values, r)
		for _, sd := range r.Sides {
			values = append(values, sd)
		}
		// Every rule's ruling, with no doctrine chosen, in its context.
		f, err := c.Rulebook().Check(neutrality.Status{Kind: r.Status}, r.Activity, neutrality.Options{Context: r.Context})
		require.NoError(t, err, r.ID)
		values = append(values, f)
	}
	for _, d := range c.Rulebook().Doctrines() {
		values = append(values, d)
	}
	sit := c.GuaranteeSituation()
	for _, a := range sit.Attacks {
		values = append(values, a)
	}
	for in := range c.Instruments() {
		values = append(values, in)
		for _, p := range in.Parties {
			values = append(values, p)
		}
		for _, e := range in.Events {
			values = append(values, e)
		}
		for _, cl := range in.Clauses {
			values = append(values, cl)
		}
	}
	ranked := c.RankInstruments(sit)
	for i, r := range ranked {
		values = append(values, r.Assessment)
		for _, f := range r.Assessment.Findings {
			values = append(values, f)
		}
		if i > 0 {
			cmp := guarantees.Compare(ranked[i-1].Assessment, r.Assessment)
			values = append(values, cmp)
			for _, d := range cmp.Differences {
				values = append(values, d)
			}
		}
	}
	for s := range c.Settlements() {
		values = append(values, s)
		ev, err := settlement.Evaluate(s, c, settlement.Options{At: accord.YearOf(2025)})
		require.NoError(t, err, s.ID)
		values = append(values, ev)
		for _, st := range ev.Stands {
			values = append(values, st)
		}
		for _, g := range ev.Guarantees {
			values = append(values, g)
		}
	}
	for _, h := range c.Search("Kyiv neutrality") {
		values = append(values, h)
	}
	for _, m := range c.Tagger().Tag("Kyiv’s envoy told NATO that a non‑bloc Ukraine would still need 250,000 troops.") {
		values = append(values, m)
	}
	require.Greater(t, len(values), 1000)
	structLike := regexp.MustCompile(`\{[^}]*\}|map\[|0x[0-9a-f]+|[A-Z][a-zA-Z]*\(\d+\)`)
	for _, v := range values {
		s := fmt.Sprint(v)
		if !assert.NotEmpty(t, s, "%T", v) {
			continue
		}
		assert.NotContains(t, s, "\n", "%T prints on one line", v)
		assert.False(t, structLike.MatchString(s), "%T prints without Go syntax or invalid enums: %s", v, s)
	}
}
