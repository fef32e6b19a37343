package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/neutrality"
)

// caseLayerDir holds the test layer of real cases beyond the five articles
// (issue 18), laid out like package seeds: documents.json naming short
// source notes written for the tests (sources/<file>), actors.json with the
// actors the seeds lack, instruments.json, rules.json and
// neutrality/<document-id>.json. Its records refer to seed actors by id.
const caseLayerDir = "../testdata/cases"

// caseLayer is the test layer, decoded strictly and validated with the
// domain types, on top of the seed corpus.
//
// Until Load reads several layers, loadCaseLayer does by hand what Load
// would: strict decoding, each record's Validate, ids unique across both
// layers, references to actors that exist and are of the right kind, and
// every citation checked against the layer's own source notes. Once
// corpus.Load(seeds.FS(), os.DirFS(caseLayerDir)) is available, loadCaseLayer
// can become that call, and the accessors below the Corpus's own
// (Instrument, NeutralityStatus, Rulebook, Actors).
type caseLayer struct {
	seeds       *Corpus
	actors      *actors.Registry
	instruments map[string]guarantees.Instrument
	statuses    map[string]neutrality.Status
	rulebook    *neutrality.Rulebook
}

// decodeStrict decodes a file of the layer, rejecting unknown fields.
func decodeStrict(t *testing.T, fsys fs.FS, name string, v any) {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	require.NoError(t, err, name)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(v), name)
}

// citationsIn returns every {doc, anchor} object in the JSON text of a file.
func citationsIn(t *testing.T, fsys fs.FS, name string) []accord.Citation {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	require.NoError(t, err)
	var tree any
	require.NoError(t, json.Unmarshal(b, &tree))
	var out []accord.Citation
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			doc, ok1 := v["doc"].(string)
			anchor, ok2 := v["anchor"].(string)
			if ok1 && ok2 {
				out = append(out, accord.Citation{Doc: doc, Anchor: anchor})
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(tree)
	return out
}

func loadCaseLayer(t *testing.T) caseLayer {
	t.Helper()
	seeds, err := Default()
	require.NoError(t, err)
	fsys := os.DirFS(caseLayerDir)
	l := caseLayer{seeds: seeds, instruments: map[string]guarantees.Instrument{}, statuses: map[string]neutrality.Status{}}

	// Documents and their source notes.
	var dv struct {
		Documents []Document `json:"documents"`
	}
	decodeStrict(t, fsys, "documents.json", &dv)
	notes := map[string]string{}
	for i, d := range dv.Documents {
		require.Empty(t, d.Validate(accord.NewPath("documents").Index(i)), d.ID)
		_, seeded := seeds.Document(d.ID)
		require.False(t, seeded, "%s: a case document id repeats a seed document", d.ID)
		b, err := fs.ReadFile(fsys, path.Join("sources", d.File))
		require.NoError(t, err, d.ID)
		sum := sha256.Sum256(b)
		assert.Equal(t, d.SHA256, hex.EncodeToString(sum[:]), "%s: sha256 of %s", d.ID, d.File)
		assert.Equal(t, d.Words, len(strings.Fields(string(b))), "%s: words", d.ID)
		notes[d.ID] = fold.Fold(string(b))
	}

	// Actors: the seeds' and the layer's, validated together.
	var av struct {
		Actors []actors.Actor `json:"actors"`
	}
	decodeStrict(t, fsys, "actors.json", &av)
	all := slices.Collect(seeds.Actors().All())
	all = append(all, av.Actors...)
	l.actors, err = actors.NewRegistry(all)
	require.NoError(t, err, "seed and case actors together")
	actor := func(id string) actors.Actor {
		t.Helper()
		a, ok := l.actors.Actor(id)
		require.True(t, ok, "actor %q is not defined", id)
		return a
	}

	// Instruments.
	var iv struct {
		Instruments []guarantees.Instrument `json:"instruments"`
	}
	decodeStrict(t, fsys, "instruments.json", &iv)
	for i, in := range iv.Instruments {
		require.Empty(t, in.Validate(accord.NewPath("instruments").Index(i)), in.ID)
		_, seeded := seeds.Instrument(in.ID)
		require.False(t, seeded, in.ID)
		for _, p := range in.Parties {
			actor(p.Actor)
		}
		for _, e := range in.Events {
			for _, id := range slices.Concat(e.Actors, e.Victims) {
				actor(id)
			}
		}
		l.instruments[in.ID] = in
	}

	// Neutrality statuses, one file per case document.
	entries, err := fs.ReadDir(fsys, "neutrality")
	require.NoError(t, err)
	for _, e := range entries {
		var nv neutralityFile
		name := path.Join("neutrality", e.Name())
		decodeStrict(t, fsys, name, &nv)
		require.Equal(t, strings.TrimSuffix(e.Name(), ".json"), nv.Document, name)
		for i, s := range nv.Statuses {
			require.Empty(t, s.Validate(accord.NewPath("statuses").Index(i)), s.ID)
			require.True(t, actor(s.State).Kind.IsState(), "%s: state %s is a state", s.ID, s.State)
			if s.Territory != "" {
				ter := actor(s.Territory)
				require.Equal(t, actors.Territory, ter.Kind, "%s: territory", s.ID)
				require.Equal(t, s.State, ter.ActsFor, "%s: the territory's sovereign is the status's state", s.ID)
			}
			for _, id := range slices.Concat(s.RecognisedBy, s.GuaranteedBy, s.Alliances) {
				actor(id)
			}
			for _, c := range citationsIn(t, fsys, name) {
				require.Equal(t, nv.Document, c.Doc, "%s cites only its own document", name)
			}
			l.statuses[s.ID] = s
		}
	}

	// Rules of the layer, added to the seed rulebook.
	var rv struct {
		Rules []neutrality.Rule `json:"rules"`
	}
	decodeStrict(t, fsys, "rules.json", &rv)
	l.rulebook, err = seeds.Rulebook().With(rv.Rules, nil)
	require.NoError(t, err)

	// Every citation of the layer cites one of its notes, with an anchor
	// found in it.
	for _, name := range []string{"actors.json", "instruments.json", "rules.json"} {
		for _, c := range citationsIn(t, fsys, name) {
			text, ok := notes[c.Doc]
			require.True(t, ok, "%s cites %s, which is not a case document", name, c.Doc)
			assert.Contains(t, text, fold.Fold(c.Anchor), "%s: anchor in %s", name, c.Doc)
			assert.LessOrEqual(t, fold.WordCount(c.Anchor), accord.MaxAnchorWords)
		}
	}
	for _, e := range entries {
		name := path.Join("neutrality", e.Name())
		for _, c := range citationsIn(t, fsys, name) {
			assert.Contains(t, notes[c.Doc], fold.Fold(c.Anchor), "%s: anchor", name)
		}
	}
	return l
}

func (l caseLayer) instrument(t *testing.T, id string) guarantees.Instrument {
	t.Helper()
	in, ok := l.instruments[id]
	require.True(t, ok, id)
	return in
}

func (l caseLayer) status(t *testing.T, id string) neutrality.Status {
	t.Helper()
	s, ok := l.statuses[id]
	require.True(t, ok, id)
	return s
}
