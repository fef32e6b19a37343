package corpus_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/neutrality"
)

// computedExport is the part of the export the library computes, as a
// program in another language reads it.
type computedExport struct {
	Computed struct {
		Verdicts []struct {
			Status, Activity, Context, Rule, Verdict string
			Doctrines                                []struct{ Doctrine, Verdict string }
		}
		Assessments []struct {
			Instrument string
			Rank       int
			Score      int
			Findings   []struct{ Kind, Explanation string }
		}
		Clashes struct {
			Actors  []string
			Counts  [][]int
			Clashes []struct{ Issue, A, B string }
		}
		Evaluations []struct {
			Settlement string
			Stands     []struct{ Actor, Answer string }
		}
	}
}

// TestExportComputed checks the computed results against the corpus:
// every rule decides some cell of the verdict table and a contested one
// is decided by each of its doctrines; every commitment is ranked once,
// strongest first; the clash matrix counts its clashes; every option is
// evaluated. The JSON Lines export holds the same results, one per line.
func TestExportComputed(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, c.WriteJSONWith(&buf, corpus.ExportOptions{Computed: true}))
	var got computedExport
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	cp := got.Computed

	rb := c.Rulebook()
	decided := map[string]bool{}
	for _, v := range cp.Verdicts {
		if v.Verdict == "not-applicable" {
			assert.Empty(t, v.Rule, "%s/%s: a status that does not bind in %s needs no rule", v.Status, v.Activity, v.Context)
			continue
		}
		decided[v.Rule] = true
		rule := rb.Rules()[slices.IndexFunc(rb.Rules(), func(r neutrality.Rule) bool { return r.ID == v.Rule })]
		if v.Verdict != "contested" {
			assert.Empty(t, v.Doctrines, "%s/%s: only a contested cell has doctrines", v.Status, v.Activity)
			continue
		}
		require.Len(t, v.Doctrines, len(rule.Sides), "%s/%s: one ruling per side", v.Status, v.Activity)
		for i, d := range v.Doctrines {
			assert.Equal(t, rule.Sides[i].Doctrine, d.Doctrine)
			assert.Equal(t, rule.Sides[i].Verdict.String(), d.Verdict, "the doctrine decides the cell as its side says")
		}
	}
	for _, r := range rb.Rules() {
		assert.True(t, decided[r.ID], "rule %s decides no cell of the table", r.ID)
	}

	var want []string
	for in := range c.Instruments() {
		if in.Kind.Commitment() {
			want = append(want, in.ID)
		}
	}
	require.Len(t, cp.Assessments, len(want), "every commitment is ranked; laws, judgments, statements and processes are not")
	var ids []string
	for i, a := range cp.Assessments {
		assert.Equal(t, i+1, a.Rank)
		if i > 0 {
			assert.LessOrEqual(t, a.Score, cp.Assessments[i-1].Score, "strongest first")
		}
		for _, f := range a.Findings {
			assert.NotEmpty(t, f.Explanation)
		}
		ids = append(ids, a.Instrument)
	}
	assert.ElementsMatch(t, want, ids, "every commitment once")

	m := cp.Clashes
	require.Len(t, m.Counts, len(m.Actors))
	sum := 0
	for i := range m.Counts {
		for j := range m.Counts[i] {
			assert.Equal(t, m.Counts[i][j], m.Counts[j][i], "the matrix is symmetric")
			sum += m.Counts[i][j]
		}
	}
	assert.Equal(t, len(m.Clashes), sum/2, "the counts add up to the clashes")
	assert.NotEmpty(t, m.Clashes)
	for _, r := range m.Clashes {
		assert.Contains(t, m.Actors, r.A)
		assert.Contains(t, m.Actors, r.B)
	}

	require.Len(t, cp.Evaluations, c.NumSettlements())
	i := 0
	for s := range c.Settlements() {
		assert.Equal(t, s.ID, cp.Evaluations[i].Settlement, "in registry order")
		assert.NotEmpty(t, cp.Evaluations[i].Stands)
		i++
	}

	var lines bytes.Buffer
	require.NoError(t, c.WriteJSONLinesWith(&lines, corpus.ExportOptions{Computed: true}))
	count := map[string]int{}
	for line := range strings.Lines(lines.String()) {
		var l struct{ Kind string }
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		count[l.Kind]++
	}
	assert.Equal(t, len(cp.Verdicts), count["verdict"])
	assert.Equal(t, len(cp.Assessments), count["assessment"])
	assert.Equal(t, len(m.Clashes), count["clash"])
	assert.Equal(t, len(cp.Evaluations), count["evaluation"])
}
