package chart

import (
	"bytes"
	"testing"

	"github.com/accordmodel/accord"
)

// FuzzRenderLabels renders charts whose every label is fuzzed text —
// markup, control characters, invalid UTF-8, very long words — and checks
// that each is well-formed SVG whose labels stay on the canvas and apart.
func FuzzRenderLabels(f *testing.F) {
	f.Add("Ukraine", "non-alignment", "Budapest Memorandum on Security Assurances")
	f.Add(`<b>&"'`, "\x00\x01\x1f", "\xff\xfe")
	f.Add("Україна — 中立", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "a-b/c-d/e")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		if blank(a) || blank(b) || blank(c) || len(a)+len(b)+len(c) > 2000 {
			return // blank labels are bad input, tested in TestRenderRejectsBadInput
		}
		d := accord.MustParseDate
		cats := []Category{{Key: "x", Label: b, Short: c, Side: 1}, {Key: "y", Label: c, Side: -1}}
		charts := []renderer{
			Timeline{Title: a, Desc: b, Categories: cats, Note: c,
				Rows: []TimelineRow{{Label: a, Tooltip: b,
					Bands:   []Band{{From: d("1990"), To: d("2000"), Category: "x", Label: c}, {To: d("2010"), Category: "y"}},
					Markers: []Marker{{At: d("1995"), Label: b, Tooltip: c}, {At: d("1995"), Label: a}}}},
				Undated: []Aside{{Row: a, Label: c}}},
			Grid{Title: a, Desc: c, Categories: cats, Note: b, Highlight: Pair{A: "1", B: "2"},
				Rows:  []Header{{Key: "1", Label: a}, {Key: "2", Label: b}},
				Cols:  []Header{{Key: "p", Label: c}, {Key: "q", Label: a}},
				Cells: []Cell{{Row: "1", Col: "p", Category: "x", Label: b, RedLine: true, Conditional: true}, {Row: "2", Col: "p", Category: "y", Label: a}}},
			Ranking{Title: c, Desc: a, Categories: cats, Scale: b, Note: a,
				Bars:      []Bar{{Label: a, Value: 2, ValueLabel: b, Category: "x", Findings: []string{c, a}}, {Label: b, Value: -1, Category: "y"}},
				Intervals: []Interval{{From: -2, To: 0, Label: c}, {From: 0, To: 3, Label: a}}},
		}
		compact := charts[1].(Grid)
		compact.Compact, compact.Transpose = true, true
		charts = append(charts, compact)
		for _, ch := range charts {
			var buf bytes.Buffer
			if err := ch.Render(&buf); err != nil {
				t.Fatalf("%T: %v", ch, err)
			}
			checkLayout(t, inspect(t, buf.Bytes()))
			if t.Failed() {
				t.Fatalf("%T with labels %q, %q, %q", ch, a, b, c)
			}
		}
	})
}
