package tag_test

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/tag"
)

// devParagraph is one paragraph of testdata/dev.txt: its text without
// markup, the date the caller gives, and its gold mentions.
type devParagraph struct {
	line  int
	style string
	date  accord.Date
	text  string
	gold  []devMention
}

// devMention is a gold mention: its span, kind, the sorted ids of its
// targets and, for a figure, optionally its canonical form.
type devMention struct {
	start, end int
	kind       tag.Kind
	ids        string
	figure     string
}

func (m devMention) String() string {
	return fmt.Sprintf("%s %d-%d %s%s", m.kind, m.start, m.end, m.ids, m.figure)
}

// readDev reads the development set; see the comment at its top for the
// format.
func readDev(t *testing.T, devFile string) []devParagraph {
	t.Helper()
	f, err := os.Open(devFile)
	require.NoError(t, err)
	defer f.Close()
	var out []devParagraph
	style, date := "", accord.Date{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# style:"):
			style = strings.TrimSpace(strings.TrimPrefix(line, "# style:"))
			continue
		case strings.HasPrefix(line, "# date:"):
			d := strings.TrimSpace(strings.TrimPrefix(line, "# date:"))
			date = accord.Date{}
			if d != "-" {
				date, err = accord.ParseDate(d)
				require.NoError(t, err, "dev.txt:%d", n)
			}
			continue
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		}
		p := devParagraph{line: n, style: style, date: date}
		var b strings.Builder
		for rest := line; ; {
			i := strings.Index(rest, "[[")
			if i < 0 {
				b.WriteString(rest)
				break
			}
			b.WriteString(rest[:i])
			j := strings.Index(rest[i:], "]]")
			require.Positive(t, j, "dev.txt:%d: unclosed [[", n)
			inner := rest[i+2 : i+j]
			rest = rest[i+j+2:]
			surface, spec, ok := strings.Cut(inner, "|")
			require.True(t, ok, "dev.txt:%d: %q has no kind", n, inner)
			start := b.Len()
			b.WriteString(surface)
			for _, one := range strings.Split(spec, ";") {
				m := devMention{start: start, end: b.Len()}
				kind, ids, _ := strings.Cut(one, ":")
				if k, fig, ok := strings.Cut(kind, "="); ok {
					kind, m.figure = k, "="+fig
				}
				m.kind, err = tag.ParseKind(kind)
				require.NoError(t, err, "dev.txt:%d: %q", n, inner)
				if ids != "" {
					list := strings.Split(ids, "+")
					slices.Sort(list)
					m.ids = strings.Join(list, "+")
				}
				p.gold = append(p.gold, m)
			}
		}
		p.text = b.String()
		out = append(out, p)
	}
	require.NoError(t, sc.Err())
	return out
}

// predicted turns the tagger's mentions into the form of gold mentions;
// a figure's canonical form is kept only when gold gives one at that span.
func predicted(ms []tag.Mention, gold []devMention) []devMention {
	out := make([]devMention, 0, len(ms))
	for _, m := range ms {
		var ids []string
		for _, t := range m.Targets {
			ids = append(ids, t.ID)
		}
		slices.Sort(ids)
		d := devMention{start: m.Start, end: m.End, kind: m.Kind, ids: strings.Join(ids, "+")}
		if m.Kind == tag.Figure && slices.ContainsFunc(gold, func(g devMention) bool {
			return g.kind == tag.Figure && g.start == m.Start && g.end == m.End && g.figure != ""
		}) {
			d.figure = "=" + m.Figure.String()
		}
		out = append(out, d)
	}
	return out
}

// TestDevSet tags every paragraph of the development set with the
// corpus's tagger and reports precision and recall per kind; it fails
// below 97% precision or 95% recall for any kind.
func TestDevSet(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	tg := c.Tagger()
	paras := readDev(t, "testdata/dev.txt")
	require.GreaterOrEqual(t, len(paras), 60, "the development set has at least 60 sentences")
	type score struct{ tp, pred, gold int }
	scores := map[tag.Kind]*score{}
	for _, k := range tag.Kinds() {
		scores[k] = &score{}
	}
	styles := map[string]bool{}
	for _, p := range paras {
		styles[p.style] = true
		got := predicted(tagDev(tg, p), p.gold)
		for _, g := range p.gold {
			scores[g.kind].gold++
		}
		for _, m := range got {
			scores[m.kind].pred++
			if slices.Contains(p.gold, m) {
				scores[m.kind].tp++
			} else {
				t.Logf("dev.txt:%d: wrong: %s %q", p.line, m, p.text[m.start:m.end])
			}
		}
		for _, g := range p.gold {
			if !slices.Contains(got, g) {
				t.Logf("dev.txt:%d: missed: %s %q", p.line, g, p.text[g.start:g.end])
			}
		}
	}
	assert.Len(t, styles, 4, "news, encyclopaedia, communiqué and legal analysis")
	for _, k := range tag.Kinds() {
		s := scores[k]
		precision, recall := ratio(s.tp, s.pred), ratio(s.tp, s.gold)
		t.Logf("%-10s precision %5.1f%% (%d/%d)  recall %5.1f%% (%d/%d)", k, 100*precision, s.tp, s.pred, 100*recall, s.tp, s.gold)
		assert.Positive(t, s.gold, "%s: the development set has gold mentions of every kind", k)
		assert.GreaterOrEqual(t, precision, devMinPrecision, "%s precision", k)
		assert.GreaterOrEqual(t, recall, devMinRecall, "%s recall", k)
	}
}

// The thresholds the development set must meet, per kind.
const (
	devMinPrecision = 0.97
	devMinRecall    = 0.95
)

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
