package corpus

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// caseLayerDir holds the test layer of real cases beyond the five articles
// (issue 18), laid out like package seeds: documents.json naming short
// source notes written for the tests (sources/<file>), actors.json with the
// actors the seeds lack, instruments.json, rules.json and
// neutrality/<document-id>.json. Its records refer to seed actors by id.
const caseLayerDir = "../testdata/cases"

// caseLayer is the embedded corpus with the test layer of real cases on
// top, as a user would load their own sources.
type caseLayer struct {
	seeds    *Corpus // the embedded corpus alone
	c        *Corpus // the embedded corpus and the case layer
	rulebook *neutrality.Rulebook
}

// loadCaseLayer loads the case layer over the embedded corpus — so the
// loader checks its records, ids, references and citations as it does for
// any layer — and verifies every case note against its source text.
func loadCaseLayer(t *testing.T) caseLayer {
	t.Helper()
	base, err := Default()
	require.NoError(t, err)
	c, err := Load(seeds.FS(), NamedLayer("cases", os.DirFS(caseLayerDir)))
	require.NoError(t, err)
	v, err := VerifyDocuments(c, os.DirFS(caseLayerDir+"/sources"))
	require.NoError(t, err)
	assert.Len(t, v.Verified, c.NumDocuments()-base.NumDocuments(), "every case note is verified against its source text")
	return caseLayer{seeds: base, c: c, rulebook: c.Rulebook()}
}

func (l caseLayer) instrument(t *testing.T, id string) guarantees.Instrument {
	t.Helper()
	in, ok := l.c.Instrument(id)
	require.True(t, ok, id)
	return in
}

func (l caseLayer) status(t *testing.T, id string) neutrality.Status {
	t.Helper()
	s, ok := l.c.NeutralityStatus(id)
	require.True(t, ok, id)
	return s.Status
}
