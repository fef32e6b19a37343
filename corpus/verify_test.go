package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/seeds"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVerifySourcesOnTheArticles is the corpus's main integrity check:
// every registered article is present with its hash and word count, and
// every anchor phrase in the whole corpus occurs in the article it cites.
func TestVerifySourcesOnTheArticles(t *testing.T) {
	sources := sourcesFS(t)
	c, err := Default()
	require.NoError(t, err)
	err = VerifySources(c, sources)
	var list accord.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			t.Error(e)
		}
	}
	require.NoError(t, err)
	n := 0
	for range c.Citations() {
		n++
	}
	t.Logf("verified %d documents and %d anchors", c.NumDocuments(), n)
}

// tampered copies the real sources into memory, changing one byte of one
// article: its first space becomes a tab. The hash changes, but the word
// count and the folded text (and so every anchor) do not, so the hash check
// alone must catch it.
func tampered(t *testing.T, sources fs.FS, file string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	entries, err := fs.ReadDir(sources, ".")
	require.NoError(t, err)
	for _, e := range entries {
		data, err := fs.ReadFile(sources, e.Name())
		require.NoError(t, err)
		if e.Name() == file {
			data = bytes.Replace(data, []byte(" "), []byte("\t"), 1)
		}
		m[e.Name()] = &fstest.MapFile{Data: data}
	}
	return m
}

func TestVerifySourcesDetectsTampering(t *testing.T) {
	sources := sourcesFS(t)
	c, err := Default()
	require.NoError(t, err)
	doc, ok := c.Document("rusi-neutrality-chimera")
	require.True(t, ok)

	tests := []struct {
		name    string
		sources fs.FS
		corpus  func() *Corpus
		rules   []error
		paths   []string
	}{
		{
			name:    "one space became a tab",
			sources: tampered(t, sources, doc.File),
			corpus:  func() *Corpus { return c },
			rules:   []error{ErrHashMismatch},
			paths:   []string{"documents[1].sha256"},
		},
		{
			name: "article missing",
			sources: func() fs.FS {
				m := tampered(t, sources, "")
				delete(m, doc.File)
				return m
			}(),
			corpus: func() *Corpus { return c },
			rules:  []error{ErrSourceMissing},
			paths:  []string{"documents[1].file"},
		},
		{
			name:    "wrong anchor",
			sources: sources,
			corpus: func() *Corpus {
				// A copy of the corpus with one deliberately wrong anchor,
				// and one right anchor typed with straight quotes where the
				// article has curly ones (which must still match).
				cc := *c
				cc.citations = append([][]Cited{{
					{Citation: accord.Citation{Doc: doc.ID, Anchor: "neutrality is a guarantee of lasting peace"}, File: "test.json", Line: 3, Column: 9, Path: accord.NewPath("claims[0].evidence[0]")},
					{Citation: accord.Citation{Doc: doc.ID, Anchor: "Ukraine's precarious security situation"}, File: "test.json", Line: 4, Column: 9, Path: accord.NewPath("claims[1].evidence[0]")},
				}}, c.citations...)
				return &cc
			},
			rules: []error{ErrAnchorNotFound},
			paths: []string{"claims[0].evidence[0].anchor"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifySources(tt.corpus(), tt.sources)
			var list accord.ErrorList
			require.ErrorAs(t, err, &list)
			require.Len(t, list, len(tt.rules), "%v", err)
			for i, e := range list {
				assert.ErrorIs(t, e, tt.rules[i])
				assert.Equal(t, tt.paths[i], e.Path.String())
				assert.NotZero(t, e.Line, "problems are located in the data files")
			}
		})
	}
}

// TestFoldIsLocalOnTheArticles guards the normaliser that anchor matching
// relies on: folding a whole article must give the same text as folding
// it line by line and joining the lines, so no chunking or fast path in
// fold.Fold can split or merge words in long texts.
func TestFoldIsLocalOnTheArticles(t *testing.T) {
	sources := sourcesFS(t)
	c, err := Default()
	require.NoError(t, err)
	for d := range c.Documents() {
		data, err := fs.ReadFile(sources, d.File)
		require.NoError(t, err)
		var lines []string
		for _, line := range strings.Split(string(data), "\n") {
			if f := fold.Fold(line); f != "" {
				lines = append(lines, f)
			}
		}
		assert.Equal(t, strings.Join(lines, " "), fold.Fold(string(data)), d.ID)
	}
}

// TestVerifyDocumentsOfALayer: a layer verified with only its own sources
// at hand passes, and the documents of the layer below are reported as
// unverified rather than as problems; VerifySources, which wants every
// source, reports each of them as missing.
func TestVerifyDocumentsOfALayer(t *testing.T) {
	layer := NamedLayer("extend", os.DirFS("../examples/extend/testdata/layer"))
	own := os.DirFS("../examples/extend/testdata/sources")
	c, err := Load(seeds.FS(), layer)
	require.NoError(t, err)
	var base []string
	for d := range c.Documents() {
		if d.ID != "harbour-note" {
			base = append(base, d.ID)
		}
	}
	require.Len(t, base, 5)

	v, err := VerifyDocuments(c, own)
	require.NoError(t, err)
	assert.Equal(t, Verification{Verified: []string{"harbour-note"}, Unverified: base}, v)

	v, err = VerifyDocuments(c, own, "harbour-note")
	require.NoError(t, err)
	assert.Equal(t, Verification{Verified: []string{"harbour-note"}}, v, "only the named documents are verified")

	err = VerifySources(c, own)
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	assert.Len(t, list, len(base))
	for _, e := range list {
		assert.ErrorIs(t, e, ErrSourceMissing)
		assert.True(t, strings.HasPrefix(e.File, "seeds/documents.json"), e.File)
	}
}

// TestVerifyDocumentsFindsProblems: a named document whose source is at
// hand but differs is a problem, anchors are checked only for the
// documents verified, and an id that names no document is a problem.
func TestVerifyDocumentsFindsProblems(t *testing.T) {
	c, err := Load(seeds.FS(), NamedLayer("extend", os.DirFS("../examples/extend/testdata/layer")))
	require.NoError(t, err)
	data, err := os.ReadFile("../examples/extend/testdata/sources/harbour-note.txt")
	require.NoError(t, err)
	// The same number of words, another hash, and one anchor gone.
	changed := strings.Replace(string(data), "Its director, Mira Solberg", "Its director, Mira Solheim", 1)
	sources := fstest.MapFS{"harbour-note.txt": {Data: []byte(changed)}}
	v, err := VerifyDocuments(c, sources, "harbour-note", "no-such-note")
	assert.Empty(t, v.Verified, "a document that does not match is not verified")
	assert.Equal(t, []string{"harbour-note"}, v.Failed)
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	var rules []error
	for _, e := range list {
		for _, r := range []error{ErrHashMismatch, ErrWordCount, ErrAnchorNotFound, ErrUnknownDocument, ErrSourceMissing} {
			if errors.Is(e, r) {
				rules = append(rules, r)
			}
		}
	}
	// Two citations use the changed anchor (the actor and its office).
	assert.ElementsMatch(t, []error{ErrUnknownDocument, ErrHashMismatch, ErrAnchorNotFound, ErrAnchorNotFound}, rules)
}
