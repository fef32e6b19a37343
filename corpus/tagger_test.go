package corpus

import (
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/neutrality"
)

// TestTaggerFindsEveryCodedActor is the text layer's acceptance test: in
// each source article, every actor coded from it (whose evidence, or whose
// alias's evidence, cites the article) is found by the tagger. Actors an
// article refers to descriptively carry that description as an alias
// ("Italian Prime Minister" for Italy, "congressional" for the US
// Congress); a form several actors share would be reported ambiguous, never
// resolved to one of them.
//
// The one exception is an unsigned article's author, who appears only as
// "I": no name lookup can find a pronoun. The exceptions are asserted
// exactly — each must be coded from its article and not found there — so
// the list cannot hide a regression and must shrink if a name appears.
func TestTaggerFindsEveryCodedActor(t *testing.T) {
	unsignedAuthors := map[string]string{"lawfare-armed-neutrality": "lawfare-author"}
	c := textCorpus(t)
	sources := sourcesFS(t)
	tg := c.Tagger()
	for d := range c.Documents() {
		t.Run(d.ID, func(t *testing.T) {
			data, err := fs.ReadFile(sources, d.File)
			require.NoError(t, err)
			found := map[string]bool{}
			for _, m := range tg.Tag(string(data)) {
				switch m.Kind {
				case tag.Actor:
					for _, tt := range m.Targets {
						found[tt.ID] = true
					}
				case tag.Instrument:
					// An actor named inside an instrument's name ("the
					// U.S.–Japan treaty") is part of that mention, not one
					// of its own: it counts as found when it is a party.
					inner := " " + fold.Fold(m.Text) + " "
					for _, tt := range m.Targets {
						in, ok := c.Instrument(tt.ID)
						require.True(t, ok, tt.ID)
						for _, p := range in.Parties {
							if a, ok := c.Actors().Actor(p.Actor); ok {
								if _, named := namedIn(inner, a); named {
									found[a.ID] = true
								}
							}
						}
					}
				}
			}
			folded := " " + fold.Fold(string(data)) + " "
			coded := 0
			for a := range c.Actors().All() {
				if !codedFrom(a, d.ID) {
					continue
				}
				coded++
				if a.ID == unsignedAuthors[d.ID] {
					_, named := namedIn(folded, a)
					assert.False(t, found[a.ID] || named, "%s is named in %s: drop it from the unsigned authors", a.ID, d.ID)
					continue
				}
				if name, ok := namedIn(folded, a); ok {
					assert.True(t, found[a.ID], "actor %s is coded from %s and named there (%q), but the tagger does not find it", a.ID, d.ID, name)
					continue
				}
				assert.True(t, found[a.ID], "actor %s (%q) is coded from %s, which uses none of its names: code the form the article uses as an alias, or cite an article that names it", a.ID, a.Name, d.ID)
			}
			assert.Positive(t, coded, "no actor is coded from %s", d.ID)
			if author, ok := unsignedAuthors[d.ID]; ok {
				a, ok := c.Actors().Actor(author)
				require.True(t, ok, author)
				assert.True(t, codedFrom(a, d.ID), "%s is not coded from %s", author, d.ID)
			}
		})
	}
}

// namedIn reports whether one of a's names occurs in the folded text
// (padded with spaces) as a whole word sequence, possibly followed by a
// possessive or punctuation.
func namedIn(folded string, a actors.Actor) (string, bool) {
	for _, n := range a.AllNames() {
		f := fold.Fold(n)
		for i := strings.Index(folded, f); i >= 0; {
			before, after := folded[i-1], folded[i+len(f)]
			if !isASCIIWord(before) && !isASCIIWord(after) {
				return n, true
			}
			j := strings.Index(folded[i+1:], f)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return "", false
}

func isASCIIWord(b byte) bool {
	return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b >= 0x80
}

// codedFrom reports whether the actor's evidence or an alias's evidence
// cites doc.
func codedFrom(a actors.Actor, doc string) bool {
	if accord.CitesDoc(a.Evidence, doc) {
		return true
	}
	for _, al := range a.Aliases {
		if accord.CitesDoc(al.Evidence, doc) {
			return true
		}
	}
	return false
}

func textCorpus(t testing.TB) *Corpus {
	t.Helper()
	c, err := Default()
	require.NoError(t, err)
	return c
}

// TestGazetteerCoversTheCorpus: every actor name and alias, every
// instrument, issue and status kind, and every key term is in the
// gazetteer, with the target it names.
func TestGazetteerCoversTheCorpus(t *testing.T) {
	c := textCorpus(t)
	type key struct {
		kind    tag.Kind
		id      string
		surface string
	}
	has := map[key]bool{}
	ids := map[tag.Kind]map[string]bool{}
	for _, e := range c.Gazetteer() {
		has[key{e.Target.Kind, e.Target.ID, fold.Fold(e.Surface)}] = true
		if ids[e.Target.Kind] == nil {
			ids[e.Target.Kind] = map[string]bool{}
		}
		ids[e.Target.Kind][e.Target.ID] = true
	}
	for a := range c.Actors().All() {
		for _, n := range a.AllNames() {
			assert.True(t, has[key{tag.Actor, a.ID, fold.Fold(n)}], "actor %s name %q", a.ID, n)
		}
	}
	for in := range c.Instruments() {
		assert.True(t, ids[tag.Instrument][in.ID], "instrument %s", in.ID)
	}
	for is := range c.Issues().All() {
		assert.True(t, has[key{tag.Issue, is.ID, fold.Fold(is.Name)}], "issue %s", is.ID)
	}
	for _, k := range neutrality.Kinds() {
		assert.True(t, ids[tag.Status][k.String()], "status kind %s", k)
	}
	for tm := range c.KeyTerms() {
		assert.True(t, has[key{tm.Kind, tm.Target, fold.Fold(tm.Term)}], "term %q", tm.Term)
	}
}

// TestEveryIssueAndStatusHasKeyTerms: terms.json gives every issue and
// every status kind at least one term besides its name.
func TestEveryIssueAndStatusHasKeyTerms(t *testing.T) {
	c := textCorpus(t)
	termed := map[tag.Kind]map[string]bool{tag.Issue: {}, tag.Status: {}}
	for tm := range c.KeyTerms() {
		termed[tm.Kind][tm.Target] = true
	}
	for is := range c.Issues().All() {
		assert.True(t, termed[tag.Issue][is.ID], "issue %s has no key term in terms.json", is.ID)
	}
	for _, k := range neutrality.Kinds() {
		assert.True(t, termed[tag.Status][k.String()], "status kind %s has no key term in terms.json", k)
	}
}

// TestCorpusTag checks the corpus tagger on sentences written for this
// test: names, aliases in other scripts, metonyms, capitalisation rules,
// terms and figures.
func TestCorpusTag(t *testing.T) {
	c := textCorpus(t)
	text := "Зеленський and the U.S. discussed Kyiv’s non‑bloc past, the Budapest Memorandum " +
		"and €110–120 billion; the West agreed, but not those who live west of Kyiv — give us time."
	type m struct{ kind, text, id string }
	var got []m
	for _, mt := range c.Tagger().Tag(text) {
		require.Equal(t, mt.Text, text[mt.Start:mt.End])
		id := ""
		for _, tt := range mt.Targets {
			id += tt.ID + " "
		}
		got = append(got, m{mt.Kind.String(), mt.Text, strings.TrimSpace(id)})
	}
	for _, want := range []m{
		{"actor", "Зеленський", "zelenskyy"},
		{"actor", "U.S.", "united-states"},
		{"actor", "Kyiv", "ukraine"},
		{"status", "non‑bloc", "non-alignment"},
		{"instrument", "Budapest Memorandum", "budapest-memorandum"},
		{"figure", "€110–120 billion", ""},
		{"actor", "the West", "the-west"},
	} {
		assert.Contains(t, got, want)
	}
	for _, g := range got {
		assert.NotEqual(t, "west", g.text, "lower-case west is not the West")
		assert.NotEqual(t, "us", g.text, "the pronoun us is not the United States")
	}
}

// TestTaggerIsSharedAndConcurrent: the tagger is built once and may be
// used from many goroutines.
func TestTaggerIsSharedAndConcurrent(t *testing.T) {
	c := textCorpus(t)
	var wg sync.WaitGroup
	taggers := make([]*tag.Tagger, 8)
	counts := make([]int, 8)
	for i := range taggers {
		wg.Go(func() {
			taggers[i] = c.Tagger()
			counts[i] = len(c.Tagger().Tag("NATO, the EU and Ukraine"))
		})
	}
	wg.Wait()
	for i := range taggers {
		assert.Same(t, taggers[0], taggers[i])
		assert.Equal(t, 3, counts[i])
	}
	g := c.Gazetteer()
	g[0].Surface = "changed"
	assert.NotEqual(t, "changed", c.Gazetteer()[0].Surface, "Gazetteer returns a copy")
}

func TestTermValidate(t *testing.T) {
	tests := []struct {
		name string
		term KeyTerm
		errs []string // paths
	}{
		{"issue term", KeyTerm{Term: "near abroad", Kind: tag.Issue, Target: "russian-sphere"}, nil},
		{"status term", KeyTerm{Term: "non-bloc", Kind: tag.Status, Target: neutrality.NonAlignment.String()}, nil},
		{"empty", KeyTerm{}, []string{"t.term", "t.kind", "t.target"}},
		{"unknown status kind", KeyTerm{Term: "x", Kind: tag.Status, Target: "half-neutral"}, []string{"t.target"}},
		{"actor kind", KeyTerm{Term: "x", Kind: tag.Actor, Target: "ukraine"}, []string{"t.kind"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paths []string
			for _, e := range tt.term.Validate(accord.NewPath("t")) {
				paths = append(paths, e.Path.String())
			}
			assert.ElementsMatch(t, tt.errs, paths)
		})
	}
}

func TestCutTheAndParentheses(t *testing.T) {
	rest, ok := cutThe("the West")
	assert.True(t, ok)
	assert.Equal(t, "West", rest)
	_, ok = cutThe("the west")
	assert.False(t, ok)
	_, ok = cutThe("Theresa")
	assert.False(t, ok)
	assert.Equal(t, "Swiss neutrality", withoutParentheses("Swiss neutrality (1815)"))
	assert.Equal(t, "Treaty of Ukraine", withoutParentheses("Treaty (draft (latest)) of Ukraine"))
	assert.True(t, slices.Contains([]string{"non-alignment"}, statusName("non-alignment")))
	assert.Equal(t, "permanent neutrality", statusName("permanent-neutrality"))
}

// TestTaggerAgreesWithRegistry: the tagger and the registry's name lookup
// share one normaliser, so every name and alias of every actor, given as
// a text of its own, is tagged as a mention of that actor, and looking
// the name up finds the actor (or reports it among ambiguous candidates).
func TestTaggerAgreesWithRegistry(t *testing.T) {
	c := textCorpus(t)
	for a := range c.Actors().All() {
		for _, n := range a.AllNames() {
			found := false
			for _, m := range c.Tagger().Tag(n) {
				if m.Kind == tag.Actor && m.Start == 0 && m.End == len(n) {
					found = found || slices.ContainsFunc(m.Targets, func(tt tag.Target) bool { return tt.ID == a.ID })
				}
			}
			assert.True(t, found, "the tagger does not find %s in its name %q", a.ID, n)
			got, err := c.Actors().Lookup(n)
			if err == nil {
				assert.Equal(t, a.ID, got.ID, "lookup of %q", n)
			} else {
				assert.Contains(t, c.Actors().Candidates(n), a.ID, "lookup of %q: %v", n, err)
			}
		}
	}
}

// TestLoadTermsReportsProblems: terms.json is checked like every data
// file: unsupported kinds and status targets, unknown issues and
// duplicate terms are reported with file, line and path.
func TestLoadTermsReportsProblems(t *testing.T) {
	const bad = `{
  "terms": [
    {"term": "near abroad", "kind": "issue", "target": "russian-sphere"},
    {"term": "near  Abroad", "kind": "issue", "target": "russian-sphere"},
    {"term": "half neutral", "kind": "status", "target": "half-neutrality"},
    {"term": "somewhere", "kind": "issue", "target": "no-such-issue"},
    {"term": "Kyiv", "kind": "actor", "target": "ukraine"},
    {"term": "", "kind": "issue", "target": "sanctions"}
  ]
}`
	_, err := Load(seedFS(t, map[string]string{"terms.json": bad}))
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	got := map[string]error{}
	for _, e := range list {
		if e.File == "terms.json" {
			got[e.Path.String()] = e
			assert.Positive(t, e.Line, "%v", e)
		}
	}
	require.Len(t, got, 5, "%v", list)
	assert.ErrorIs(t, got["terms[1].term"], accord.ErrDuplicate)
	assert.ErrorIs(t, got["terms[2].target"], accord.ErrNotSupported)
	assert.ErrorIs(t, got["terms[3].target"], accord.ErrNotFound)
	assert.ErrorIs(t, got["terms[4].kind"], accord.ErrNotSupported)
	assert.ErrorIs(t, got["terms[5].term"], accord.ErrRequired)
}

func TestLoadWithoutTerms(t *testing.T) {
	m := seedFS(t, nil).(fstest.MapFS)
	delete(m, "terms.json")
	c, err := Load(m)
	require.NoError(t, err)
	assert.Empty(t, slices.Collect(c.KeyTerms()))
	assert.NotEmpty(t, c.Tagger().Tag("Kyiv"), "the tagger works from the records alone")
}

// TestTaggerReadsArticleFigures: the figures the articles state are read
// with their values and units, at their places in the articles.
func TestTaggerReadsArticleFigures(t *testing.T) {
	c := textCorpus(t)
	sources := sourcesFS(t)
	tests := []struct {
		doc, text, want string // want: the figure's kind and canonical form
	}{
		{"lawfare-armed-neutrality", "85,000 on personnel", "count 85,000 personnel"},
		{"lawfare-armed-neutrality", "342 on tanks", "count 342 tanks"},
		{"lawfare-armed-neutrality", "between $20 and $40 billion per year", "money USD 20,000,000,000–40,000,000,000 per year"},
		{"lawfare-armed-neutrality", "10-15 years", "duration 10–15 years"},
		{"hiia-security-guarantees", "€110–120 billion", "money EUR 110,000,000,000–120,000,000,000"},
		{"hiia-security-guarantees", "approximately 600,000 square kilometers", "area about 600,000 square kilometres"},
		{"hiia-security-guarantees", "77.8 percent", "percent 77.8 percent"},
		{"hiia-security-guarantees", "3–5%", "percent 3–5 percent"},
		{"hiia-security-guarantees", "July 16, 1990", "date 1990-07-16"},
		{"hiia-security-guarantees", "1839–1914", "year 1839–1914"},
		{"rusi-neutrality-chimera", "29 March 2022", "date 2022-03-29"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d, ok := c.Document(tt.doc)
			require.True(t, ok)
			data, err := fs.ReadFile(sources, d.File)
			require.NoError(t, err)
			text := string(data)
			i := strings.Index(text, tt.text)
			require.GreaterOrEqual(t, i, 0, "%q is not in %s", tt.text, tt.doc)
			var got []string
			for _, m := range c.Tagger().Tag(text) {
				if m.Kind == tag.Figure && m.Start == i && m.End == i+len(tt.text) {
					got = append(got, m.Figure.Kind.String()+" "+m.Figure.String())
				}
			}
			assert.Equal(t, []string{tt.want}, got)
		})
	}
}
