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
	i := slices.IndexFunc(ranked, func(r corpus.RankedInstrument) bool { return r.Instrument.ID == newInstrument })
	require.GreaterOrEqual(t, i, 0)
	for _, want := range []string{
		"6 documents (1 new), 109 actors (2 new)",
		"Verified against their sources: harbour-note.\nNot verified (source not at hand): 5 documents.",
		fmt.Sprintf("Harbour Guarantee Pact ranks %d of %d instruments: score %d", i+1, len(ranked), ranked[i].Assessment.Score),
		"Harbour Institute and Ukraine: red-line-clash on Neutral status (Harbour Institute supports, Ukraine rejects)",
		"Mira Solberg and Russia: disagreement on Limits on the armed forces (Mira Solberg rejects, Russia demands)",
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
