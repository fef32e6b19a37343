package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/fold"
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
