package corpus

import (
	"slices"
	"strings"
	"testing"

	"github.com/accordmodel/accord/internal/fold"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSearch(t *testing.T) {
	c := textCorpus(t)
	tests := []struct {
		query string
		want  []string // kind:id that must be among the hits
	}{
		{"Budapest Memorandum", []string{"instrument:budapest-memorandum", "document:hiia-security-guarantees"}},
		{"Kyiv", []string{"actor:ukraine"}},                      // an alias finds its actor
		{"Зеленський", []string{"actor:zelenskyy"}},              // so does a name in Cyrillic
		{"non-bloc", []string{"issue:non-aligned-status"}},       // a key term finds its issue
		{"nonbloc status", []string{"issue:non-aligned-status"}}, // in any hyphenation
		{"porcupine", []string{"actor:porcupine-advocates"}},
		{"NATO membership", []string{"issue:nato-membership"}},
		{"Malta neutrality", []string{"instrument:malta-italy-neutrality", "actor:malta"}},
		{"veto", []string{"issue:guarantee-veto"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits := c.Search(tt.query)
			var got []string
			for _, h := range hits {
				got = append(got, h.Kind.String()+":"+h.ID)
			}
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			assert.True(t, slices.IsSortedFunc(hits, func(a, b SearchHit) int {
				switch {
				case a.Score > b.Score:
					return -1
				case a.Score < b.Score:
					return 1
				}
				return 0
			}), "hits are ranked by score")
			assert.Equal(t, hits, c.Search(tt.query), "search is deterministic")
		})
	}
}

// TestSearchMatchesAllTerms: a hit matches every term, and a term that
// occurs nowhere leaves no hit.
func TestSearchMatchesAllTerms(t *testing.T) {
	c := textCorpus(t)
	hits := c.Search(`"security guarantees" Budapest`)
	require.NotEmpty(t, hits)
	for _, h := range hits {
		assert.NotEqual(t, PositionRecord, h.Kind, "positions mentioning only one of the terms are not hits")
	}
	assert.Empty(t, c.Search("Budapest zzyzzx"))
	assert.Empty(t, c.Search(""))
	assert.Empty(t, c.Search("the of and"))
}

// TestSearchHitsCarryEvidenceAndSnippet: each hit's citation is one of
// the record's own (or, for a document, cites it), and its snippet is
// taken from the record's own text.
func TestSearchHitsCarryEvidenceAndSnippet(t *testing.T) {
	c := textCorpus(t)
	for _, q := range []string{"veto", "Kyiv neutrality", "Crimea"} {
		hits := c.Search(q)
		require.NotEmpty(t, hits, q)
		for _, h := range hits {
			assert.NotEmpty(t, h.Snippet, "%s %s", q, h.ID)
			assert.LessOrEqual(t, fold.WordCount(h.Snippet), snippetWords)
			if h.Kind == DocumentRecord {
				assert.Equal(t, h.ID, h.Citation.Doc, "a document hit cites that document")
			}
			if h.Citation.Doc != "" {
				_, ok := c.Document(h.Citation.Doc)
				assert.True(t, ok)
				assert.NotEmpty(t, h.Citation.Anchor)
			}
		}
	}
	hits := c.Search("Kyiv neutrality")
	i := slices.IndexFunc(hits, func(h SearchHit) bool { return h.Kind == PositionRecord })
	require.GreaterOrEqual(t, i, 0, "a name in the query finds records that refer to the actor")
	p, ok := c.Positions().Position(hits[i].ID)
	require.True(t, ok)
	assert.Equal(t, "ukraine", p.Actor)
}

func TestCountTerm(t *testing.T) {
	tests := []struct {
		text, term string
		want       int
	}{
		{"security guarantees and a security guarantee", "security guarantee", 2},
		{"ukraine's army", "ukraine", 1},
		{"the eu and europe", "eu", 1},
		{"guaranteed", "guarantee", 0},
		{"crises", "crisis", 0},
		{"", "x", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, countTerm(tt.text, tt.term), "%q in %q", tt.term, tt.text)
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("filler ", 40) + "the neutral status matters " + strings.Repeat("tail ", 40)
	f := searchField{text: text, folded: fold.FoldIndexed(text)}
	s := snippet(f, []queryTerm{{text: "neutral status"}})
	assert.Contains(t, s, "neutral status")
	assert.True(t, strings.HasPrefix(s, "…") && strings.HasSuffix(s, "…"))
	assert.Equal(t, snippetWords, fold.WordCount(strings.Trim(s, "…")))
	short := searchField{text: "Kyiv", folded: fold.FoldIndexed("Kyiv")}
	assert.Equal(t, "Kyiv", snippet(short, []queryTerm{{text: "kyiv"}}))
}

// TestSearchCoversNeutralityRecords: statuses, demands and rules are
// searchable, and a status term in the query finds the records of that
// status kind.
func TestSearchCoversNeutralityRecords(t *testing.T) {
	c := textCorpus(t)
	kinds := map[RecordKind]bool{}
	for _, q := range []string{"veto", "permanent neutrality", "Istanbul"} {
		for _, h := range c.Search(q) {
			kinds[h.Kind] = true
		}
	}
	if c.NumNeutralityStatuses() > 0 {
		assert.True(t, kinds[StatusRecord], "statuses are searchable")
	}
	if c.Rulebook() != nil && c.Rulebook().Len() > 0 {
		assert.True(t, kinds[RuleRecord], "rules are searchable")
	}
	if len(slices.Collect(c.NeutralityDemands())) > 0 {
		assert.True(t, kinds[DemandRecord], "demands are searchable")
	}
}

// TestSearchQueryTerms: quoted phrases stay whole, names are resolved on
// the query as written (so capitalisation rules apply), and common words
// are dropped.
func TestSearchQueryTerms(t *testing.T) {
	c := textCorpus(t)
	terms := c.queryTerms(`“security guarantees” from the US and us, West`)
	got := map[string][]string{}
	for _, tm := range terms {
		got[tm.text] = tm.targets
	}
	assert.Contains(t, got, "security guarantees")
	assert.Contains(t, got["us"], "actor:united-states", "US in capitals names the United States")
	assert.Contains(t, got["west"], "actor:the-west", "West with a capital names the West")
	assert.NotContains(t, got, "the")
	assert.NotContains(t, got, "from")
	assert.Len(t, terms, 3, "%v", terms)
}

func FuzzSearch(f *testing.F) {
	for _, q := range []string{"Kyiv neutrality", `"security guarantees" Budapest`, "“non‑bloc", "US us West", "", "\xff\"", "€110–120 billion"} {
		f.Add(q)
	}
	c, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits := c.Search(q)
		for i, h := range hits {
			if !h.Kind.IsValid() || h.ID == "" || h.Score <= 0 {
				t.Fatalf("Search(%q)[%d] = %+v", q, i, h)
			}
			if i > 0 && hits[i-1].Score < h.Score {
				t.Fatalf("Search(%q) is not ranked by score", q)
			}
		}
	})
}
