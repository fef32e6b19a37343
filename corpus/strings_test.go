package corpus

import (
	"fmt"
	"testing"

	"github.com/accordmodel/accord"
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
