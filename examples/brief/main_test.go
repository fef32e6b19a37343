package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/examples/internal/clitest"
	"github.com/accordmodel/accord/guarantees/settlement"
)

func TestRunFlags(t *testing.T) {
	clitest.Check(t, "brief", run, []string{"extra"})

	// A folder that cannot be made is a failure (exit 1), said once.
	file := filepath.Join(t.TempDir(), "plain-file")
	require.NoError(t, os.WriteFile(file, []byte("x"), 0o644))
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-out", filepath.Join(file, "sub")}, &stdout, &stderr))
	assert.Empty(t, stdout.String())
	assert.True(t, strings.HasPrefix(stderr.String(), "brief: cannot create"), stderr.String())
	assert.NotContains(t, stderr.String(), "Usage:")
}

func TestRunWritesThePage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "brief")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-out", dir}, &stdout, &stderr), stderr.String())
	path := filepath.Join(dir, FileName)
	assert.Contains(t, stdout.String(), path)
	assert.Empty(t, stderr.String())
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		assert.LessOrEqual(t, utf8.RuneCountInString(line), 100)
	}
	first, err := os.ReadFile(path)
	require.NoError(t, err)

	// A second run writes the same bytes.
	require.Equal(t, 0, run([]string{"-out", dir}, io.Discard, io.Discard))
	second, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(first, second), "two runs write byte-identical pages")
	leftovers, err := filepath.Glob(filepath.Join(dir, ".brief-*"))
	require.NoError(t, err)
	assert.Empty(t, leftovers, "no temporary files are left behind")
}

// element is what the page test keeps of each element.
type element struct {
	name  string
	attrs map[string]string
	text  string // direct text, for headings and links
	path  []string
}

// parsePage reads the page as XML (it is written to be XHTML-compatible)
// and returns its elements in document order.
func parsePage(t *testing.T, page []byte) []*element {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(page))
	d.Strict = true
	var out []*element
	var stack []*element
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "the page is well-formed XML")
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range stack {
				e.path = append(e.path, a.name+"#"+a.attrs["id"])
			}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
			stack = append(stack, e)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			for _, e := range stack {
				e.text += string(tok)
			}
		}
	}
	require.Empty(t, stack, "every element is closed")
	return out
}

func renderPage(t *testing.T) (*corpus.Corpus, []byte) {
	t.Helper()
	c, err := corpus.Default()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, render(&buf, c))
	return c, buf.Bytes()
}

func TestPageStructure(t *testing.T) {
	c, page := renderPage(t)
	els := parsePage(t, page)
	require.NotEmpty(t, els)
	assert.Equal(t, "html", els[0].name)
	assert.Equal(t, "en", els[0].attrs["lang"])

	ids := map[string]*element{}
	var headings []int
	for _, e := range els {
		if id, ok := e.attrs["id"]; ok {
			assert.NotContains(t, ids, id, "duplicate id %q", id)
			ids[id] = e
		}
		if len(e.name) == 2 && e.name[0] == 'h' && e.name[1] >= '1' && e.name[1] <= '6' {
			headings = append(headings, int(e.name[1]-'0'))
		}
		// Self-contained: nothing loads from elsewhere, nothing runs.
		assert.NotContains(t, []string{"script", "link", "img", "iframe", "object"}, e.name)
		assert.NotContains(t, e.attrs, "src")
		for a := range e.attrs {
			assert.False(t, strings.HasPrefix(a, "on"), "event handler attribute %s", a)
		}
	}

	t.Run("headings in order", func(t *testing.T) {
		require.NotEmpty(t, headings)
		assert.Equal(t, 1, headings[0], "the page starts with h1")
		for i := 1; i < len(headings); i++ {
			assert.NotEqual(t, 1, headings[i], "one h1 only")
			assert.LessOrEqual(t, headings[i], headings[i-1]+1, "heading %d skips a level", i)
		}
	})

	t.Run("links resolve", func(t *testing.T) {
		var n int
		for _, e := range els {
			href, ok := e.attrs["href"]
			if !ok {
				continue
			}
			n++
			require.True(t, strings.HasPrefix(href, "#"), "only links within the page: %q", href)
			assert.Contains(t, ids, href[1:], "href=%q names no element", href)
		}
		assert.Greater(t, n, 100)
	})

	t.Run("citations name a listed source", func(t *testing.T) {
		var sources []string
		for d := range c.Documents() {
			sources = append(sources, d.ID)
			e, ok := ids["src-"+d.ID]
			require.True(t, ok, "source %s is listed", d.ID)
			assert.Equal(t, "li", e.name)
			assert.Contains(t, e.path, "section#sources", "source %s is in the sources section", d.ID)
			assert.Contains(t, e.text, d.Title)
		}
		require.Len(t, sources, 5, "the five articles")
		cited := map[string]int{}
		for _, e := range els {
			if doc, ok := strings.CutPrefix(e.attrs["href"], "#src-"); ok {
				assert.Contains(t, sources, doc)
				cited[doc]++
				assert.NotEmpty(t, strings.TrimSpace(e.text), "a citation link has a label")
			}
		}
		assert.Len(t, cited, 5, "every article is cited")
		assert.NotContains(t, string(page), "(no citation)", "every claim has a citation")
	})

	t.Run("tables", func(t *testing.T) {
		var tables int
		var inTable string
		var caption bool
		for _, e := range els {
			switch e.name {
			case "table":
				if inTable != "" {
					assert.True(t, caption, "table %s has a caption", inTable)
				}
				tables++
				inTable, caption = fmt.Sprint(tables), false
			case "caption":
				caption = true
			case "th":
				assert.Contains(t, []string{"col", "row"}, e.attrs["scope"], "th %q has a scope", e.text)
			}
		}
		assert.True(t, caption, "the last table has a caption")
		assert.Greater(t, tables, 10)
	})

	t.Run("sections", func(t *testing.T) {
		for _, id := range []string{"sources", "neutrality", "guarantees", "clashes", "settlements", "zone"} {
			e, ok := ids[id]
			require.True(t, ok, id)
			assert.Equal(t, "section", e.name)
			assert.Contains(t, ids, e.attrs["aria-labelledby"])
		}
	})
}

func TestPagePrintAndWidth(t *testing.T) {
	_, page := renderPage(t)
	s := string(page)
	assert.Contains(t, s, "@media print")
	assert.Contains(t, s, "max-width: 1200px")
	assert.Contains(t, s, `name="viewport"`)
}

// computedExport is the part of the computed export the brief is checked
// against.
type computedExport struct {
	Computed struct {
		Verdicts []struct {
			Status, Activity, Context, Verdict string
		} `json:"verdicts"`
		Assessments []struct {
			Instrument string `json:"instrument"`
			Score      int    `json:"score"`
			Level      string `json:"level"`
		} `json:"assessments"`
		Clashes struct {
			Actors []string `json:"actors"`
			Counts [][]int  `json:"counts"`
		} `json:"clashes"`
		Evaluations []struct {
			Settlement string `json:"settlement"`
			Stands     []struct {
				Actor, Answer string
			} `json:"stands"`
		} `json:"evaluations"`
	} `json:"computed"`
}

// TestPageAgreesWithTheExport checks the brief's tables against the
// corpus's computed export: the same verdict for every status kind,
// activity and context, the same ranking, clash counts and answers.
func TestPageAgreesWithTheExport(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, c.WriteJSONWith(&buf, corpus.ExportOptions{Computed: true}))
	var ex computedExport
	require.NoError(t, json.Unmarshal(buf.Bytes(), &ex))
	p, err := build(c)
	require.NoError(t, err)

	t.Run("verdicts", func(t *testing.T) {
		got := map[string]string{}
		for _, k := range p.Kinds {
			for _, r := range k.Rows {
				for i, cell := range r.Cells {
					if cell.Missing {
						continue
					}
					ctxs := []string{"peacetime", "wartime"}
					if cell.Span == 1 {
						ctxs = ctxs[i : i+1]
						if len(r.Cells) == 1 {
							t.Fatalf("%s %s: a single cell that spans one context", k.Key, r.Key)
						}
					}
					for _, ctx := range ctxs {
						got[k.Key+" "+r.Key+" "+ctx] = cell.Verdict
					}
				}
			}
		}
		want := map[string]string{}
		for _, v := range ex.Computed.Verdicts {
			want[v.Status+" "+v.Activity+" "+v.Context] = v.Verdict
		}
		require.NotEmpty(t, want)
		assert.Equal(t, want, got)
	})

	t.Run("ranking", func(t *testing.T) {
		require.Len(t, p.Ranking, len(ex.Computed.Assessments))
		for i, a := range ex.Computed.Assessments {
			assert.Equal(t, a.Instrument, p.Ranking[i].ID)
			assert.Equal(t, a.Score, p.Ranking[i].Score)
			assert.Equal(t, a.Level, p.Ranking[i].Level)
			assert.NotEmpty(t, p.Ranking[i].Summary.Cites, "%s: the instrument's own citations", a.Instrument)
		}
	})

	// The clashes and the answers are judged at Present, where the export
	// computes them over every date: they are checked against the library's
	// own answer at that date.
	t.Run("clashes", func(t *testing.T) {
		m := c.Positions().ClashMatrix(Present)
		var names []string
		for _, a := range m.Actors {
			names = append(names, c.Actors().Name(a))
		}
		assert.Equal(t, names, p.Clashes.Actors)
		assert.Equal(t, m.Counts, p.Clashes.Counts)
		assert.Equal(t, "2025-10", p.At)
	})

	t.Run("answers", func(t *testing.T) {
		opts := slices.Collect(c.Settlements())
		require.Len(t, p.Answers.Options, len(opts))
		row := map[string]int{}
		for i, a := range p.Answers.Actors {
			row[a] = i
		}
		var n int
		for j, s := range opts {
			ev, err := settlement.Evaluate(s, c, settlement.Options{At: Present})
			require.NoError(t, err)
			assert.Equal(t, s.ID, p.Answers.Options[j].ID)
			for _, st := range ev.Stands {
				i, ok := row[c.Actors().Name(st.Actor)]
				require.True(t, ok, st.Actor)
				assert.Equal(t, st.Answer.String(), p.Answers.Rows[i][j], "%s on %s", st.Actor, s.ID)
				n++
			}
		}
		var filled int
		for _, r := range p.Answers.Rows {
			for _, a := range r {
				if a != "" {
					filled++
				}
			}
		}
		assert.Equal(t, n, filled, "no answer Evaluate does not give")
		// Ukraine does not reject its own present stance: the positions it
		// held in 2022 do not count in 2025.
		for j, o := range p.Answers.Options {
			if o.ID == "kyiv-present-stance" {
				assert.NotEqual(t, "rejects", p.Answers.Rows[row["Ukraine"]][j])
			}
		}
	})
}

func TestSigned(t *testing.T) {
	assert.Equal(t, "+3", signed(3))
	assert.Equal(t, "−2", signed(-2))
	assert.Equal(t, "+0", signed(0))
}

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{"EU membership": "EU membership", "Neutralisation": "neutralisation",
		"Ärger": "ärger", "": "", "A": "a"} {
		assert.Equal(t, want, lowerFirst(in), in)
	}
}

func TestHuman(t *testing.T) {
	for in, want := range map[string]string{
		"eu-membership":             "EU membership",
		"alliance-membership":       "Alliance membership",
		"nato-troops":               "NATO troops",
		"receives-un-mandate":       "Receives UN mandate",
		"official-statement-digest": "Official statement digest",
		"non-alignment":             "Non-alignment",
		"nonlethal-aid-to-victim":   "Nonlethal aid to victim",
		"":                          "",
	} {
		assert.Equal(t, want, human(in), in)
	}
}

func TestHeldText(t *testing.T) {
	d := accord.MustParseDate
	tests := []struct {
		p    accord.Period
		want string
	}{
		{accord.Period{}, ""},
		{accord.Period{From: d("2022"), To: d("2022")}, "2022"},
		{accord.Period{From: d("2010"), To: d("2014")}, "2010 to 2014"},
		{accord.Period{To: d("1990")}, "until 1990"},
		{accord.Period{From: d("2014"), End: accord.StillHolds}, "from 2014; still held"},
		{accord.Period{From: d("2014"), End: accord.EndNotStated}, "from 2014; the article does not say whether it still holds"},
		{accord.Period{From: d("2005"), End: accord.EndedUndated}, "from 2005; since ended, on a date the article does not give"},
		{accord.Period{End: accord.EndNotStated}, "the article does not say whether it still holds"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, heldText(tt.p), "%#v", tt.p)
	}
}
