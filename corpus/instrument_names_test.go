package corpus

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/tag"
)

// mentionsOf returns the mentions in text that resolve to the instrument
// with the given id.
func mentionsOf(tg *tag.Tagger, text, id string) []tag.Mention {
	var out []tag.Mention
	for _, m := range tg.Tag(text) {
		if m.Kind == tag.Instrument && slices.ContainsFunc(m.Targets, func(t tag.Target) bool { return t.ID == id }) {
			out = append(out, m)
		}
	}
	return out
}

// instrumentsUnnamedPath lists the instruments an article describes
// without naming them, each with the reason.
const instrumentsUnnamedPath = "testdata/instruments-unnamed.json"

// unnamedInstrument is one entry of instruments-unnamed.json.
type unnamedInstrument struct {
	Instrument string `json:"instrument"`
	Doc        string `json:"doc"`
	Reason     string `json:"reason"`
}

// TestInstrumentsResolveInTheirArticles: every instrument is named in each
// article its evidence cites, and the corpus's tagger resolves that name
// to it, unless instruments-unnamed.json says why the article describes it
// without a name; and every instrument the tagger finds in an article
// cites it. An instrument the articles name under a form the gazetteer
// does not hold fails here until the form is added to its aliases.
// Aliases may also hold forms other texts write (article-of-treaty forms
// such as "Art. 5 NATO", other languages), which the articles need not use.
func TestInstrumentsResolveInTheirArticles(t *testing.T) {
	src := sourcesFS(t)
	c, err := Default()
	require.NoError(t, err)
	data, err := os.ReadFile(instrumentsUnnamedPath)
	require.NoError(t, err)
	var ex struct {
		Unnamed []unnamedInstrument `json:"unnamed"`
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&ex), instrumentsUnnamedPath)
	used := make([]bool, len(ex.Unnamed))
	tg := c.Tagger()
	texts := map[string]string{}
	for d := range c.Documents() {
		texts[d.ID] = readDoc(t, c, src, d.ID)
	}
	n := 0
	for in := range c.Instruments() {
		var docs []string
		for _, ct := range in.Evidence {
			if !slices.Contains(docs, ct.Doc) {
				docs = append(docs, ct.Doc)
			}
		}
		for _, doc := range docs {
			n++
			ms := mentionsOf(tg, texts[doc], in.ID)
			if i := slices.IndexFunc(ex.Unnamed, func(u unnamedInstrument) bool { return u.Instrument == in.ID && u.Doc == doc }); i >= 0 {
				used[i] = true
				assert.NotEmpty(t, strings.TrimSpace(ex.Unnamed[i].Reason), "%s: %s in %s needs a reason", instrumentsUnnamedPath, in.ID, doc)
				assert.Empty(t, ms, "%s: %s is named in %s after all: remove the entry", instrumentsUnnamedPath, in.ID, doc)
				continue
			}
			assert.NotEmpty(t, ms,
				"instrument %s (%q) is cited from %s, but the tagger finds none of its names there; add the name the article uses to its aliases",
				in.ID, in.Names(), doc)
		}
	}
	// The other way round: every instrument the tagger finds in an article
	// cites that article.
	for d := range c.Documents() {
		doc := d.ID
		for _, m := range tg.Tag(texts[doc]) {
			if m.Kind != tag.Instrument {
				continue
			}
			for _, tgt := range m.Targets {
				in, ok := c.Instrument(tgt.ID)
				require.True(t, ok, tgt.ID)
				assert.True(t, accord.CitesDoc(in.Evidence, doc), "%s names %s (%q) but the instrument does not cite it", doc, in.ID, m.Text)
			}
		}
	}
	for i, u := range ex.Unnamed {
		assert.True(t, used[i], "%s: %s in %s is not an instrument cited from that article", instrumentsUnnamedPath, u.Instrument, u.Doc)
	}
	assert.Positive(t, n)
}
