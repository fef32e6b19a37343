package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/examples/internal/clitest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/seeds"
)

// TestRunAnswersAcrossLayers checks the example's answers against the
// library's, computed here from the same two layers.
func TestRunAnswersAcrossLayers(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr), stderr.String())
	out := stdout.String()

	c, err := corpus.Load(seeds.FS(), os.DirFS("testdata/layer"))
	require.NoError(t, err)
	ranked := c.RankInstruments(c.GuaranteeSituation())
	i := slices.IndexFunc(ranked, func(r corpus.RankedInstrument) bool { return r.Instrument.ID == "harbour-guarantee-pact" })
	require.GreaterOrEqual(t, i, 0)
	for _, want := range []string{
		"  documents       6 (1 new)\n  actors        109 (2 new)\n",
		"Verified against their sources: harbour-note.\nNot verified (source not at hand): 5 documents.",
		fmt.Sprintf("Harbour Guarantee Pact ranks %d of %d instruments: score %d", i+1, len(ranked), ranked[i].Assessment.Score),
		// Each side with its period: with no date asked, the layer's
		// undated positions meet positions of any year.
		"Harbour Institute and Ukraine: red-line-clash on Neutral status\n    (Harbour Institute: supports; Ukraine: rejects [2025–present])",
		"Mira Solberg and Russia: disagreement on Limits on the armed forces\n    (Mira Solberg: rejects; Russia: demands [2022])",
		"The rulebook on ukraine-harbour-neutrality (proposed neutralisation, per harbour-note):\n  receives-security-guarantee",
		"alliance-membership          incompatible",
	} {
		assert.Contains(t, out, want)
	}
}

// TestRunWithALayerFolder: the layer and its sources can be folders of
// one's own; a problem in the layer names its file and line under the
// folder's name.
func TestRunWithALayerFolder(t *testing.T) {
	dir := t.TempDir()
	layer := filepath.Join(dir, "mydata")
	require.NoError(t, os.CopyFS(layer, os.DirFS("testdata/layer")))
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-layer", layer, "-sources", "testdata/sources"}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "Verified against their sources: harbour-note.")

	// Without its source the note is unverified, not a failure.
	stdout.Reset()
	require.Equal(t, 0, run([]string{"-layer", layer, "-sources", dir}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "Not verified (source not at hand): 6 documents.")

	name := filepath.Join(layer, "instruments.json")
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(name, []byte(strings.Replace(string(data), `"actor": "france"`, `"actor": "frnace"`, 1)), 0o644))
	stdout.Reset()
	assert.Equal(t, 1, run([]string{"-layer", layer}, &stdout, &stderr))
	assert.Regexp(t, `mydata/instruments.json:\d+:\d+: instruments\[0\]\.parties\[2\]\.actor: not found "frnace"`, stderr.String())
}

// TestRunOnAnotherLayer: on a layer of one's own with only a note, one
// actor and one position, the program answers about that layer's records
// and says plainly that it adds no status and no instrument.
func TestRunOnAnotherLayer(t *testing.T) {
	dir := t.TempDir()
	layer, sources := filepath.Join(dir, "mydata"), filepath.Join(dir, "sources")
	require.NoError(t, os.MkdirAll(filepath.Join(layer, "positions"), 0o755))
	require.NoError(t, os.MkdirAll(sources, 0o755))
	note := []byte("A note for a test. The Fjord Forum, an invented group, opposes NATO membership for Ukraine.\n")
	require.NoError(t, os.WriteFile(filepath.Join(sources, "fjord-note.txt"), note, 0o644))
	entry := corpus.SourceEntry("fjord-note.txt", note)
	files := map[string]string{
		"documents.json": fmt.Sprintf(`{"documents": [{"id": "fjord-note", "title": "A test note", "kind": "coder-notes",
  "file": "fjord-note.txt", "sha256": %q, "words": %d, "summary": "An invented note for a test."}]}`, entry.SHA256, entry.Words),
		"actors.json": `{"actors": [{"id": "fjord-forum", "kind": "organisation", "name": "Fjord Forum",
  "summary": "An invented group.", "evidence": [{"doc": "fjord-note", "anchor": "The Fjord Forum, an invented group"}]}]}`,
		"positions/fjord-note.json": `{"document": "fjord-note", "positions": [{"id": "fjord-forum-nato-membership",
  "actor": "fjord-forum", "issue": "nato-membership", "stance": "opposes", "attribution": "stated",
  "summary": "The invented group opposes NATO membership for Ukraine.",
  "evidence": [{"doc": "fjord-note", "anchor": "opposes NATO membership for Ukraine"}]}]}`,
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(layer, name), []byte(data), 0o644))
	}

	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-layer", layer, "-sources", sources}, &stdout, &stderr), stderr.String())
	out := stdout.String()

	// The expected clashes, from the library on the same layers.
	c, err := corpus.Load(seeds.FS(), corpus.NamedLayer("mydata", os.DirFS(layer)))
	require.NoError(t, err)
	var want []string
	for _, b := range c.Positions().Actors() {
		if b == "fjord-forum" {
			continue
		}
		cmp, err := c.Positions().Compare("fjord-forum", b, accord.Date{})
		require.NoError(t, err)
		for _, rel := range slices.Concat(cmp.RedLineClashes, cmp.Disagreements) {
			if rel.Issue == "nato-membership" {
				bp := rel.BPositions()[0]
				want = append(want, fmt.Sprintf("Fjord Forum and %s: %s on NATO membership\n    (Fjord Forum: opposes%s; %s: %s%s)",
					c.Actors().Name(b), rel.Kind, held(rel.APositions()[0].Period), c.Actors().Name(b), bp.Stance, held(bp.Period)))
			}
		}
	}
	require.NotEmpty(t, want, "the coded corpus has actors for NATO membership for Ukraine")
	for _, s := range append(want,
		"  documents       6 (1 new)\n  actors        108 (1 new)\n  instruments    46 (0 new)\n  statuses       39 (0 new)\n  positions     198 (1 new)\n",
		"Verified against their sources: fjord-note.",
		"The layer adds no neutrality status.",
		"The layer adds no instrument.",
	) {
		assert.Contains(t, out, s)
	}
	assert.Equal(t, len(want), strings.Count(out, "Fjord Forum and "), out)
	assert.NotContains(t, out, "Harbour")

	// Without the position, the actor holds none and the layer adds none.
	require.NoError(t, os.Remove(filepath.Join(layer, "positions", "fjord-note.json")))
	stdout.Reset()
	require.Equal(t, 0, run([]string{"-layer", layer, "-sources", sources}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "The layer adds no position.\nFjord Forum: no position in the layer\n")
	assert.NotContains(t, stdout.String(), "Fjord Forum and ")
}

// TestFlags: -h, --help, a bad flag and a stray argument behave as Go's
// tools do.
func TestFlags(t *testing.T) {
	clitest.Check(t, "extend", run, []string{"extra"})
}
