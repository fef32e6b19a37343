package layout

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestMeasure(t *testing.T) {
	tests := []struct {
		name        string
		wider, than string
	}{
		{"capitals are wider than lower case", "UKRAINE", "ukraine"},
		{"m is wider than i", "mmmm", "iiii"},
		{"longer is wider", "neutrality policy", "neutrality"},
		{"Han is wider than Latin", "中立", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Greater(t, Measure(tt.wider, 12, false), Measure(tt.than, 12, false))
		})
	}
	assert.Zero(t, Measure("", 12, false))
	assert.InDelta(t, 2*Measure("abc", 10, false), Measure("abc", 20, false), 1e-9, "width scales with size")
	assert.Greater(t, Measure("abc", 10, true), Measure("abc", 10, false), "bold is wider")
	assert.Equal(t, Measure("и", 10, false), Measure("й", 10, false)-runeEm('\u0306')*10, "a combining breve adds no width")
	assert.Equal(t, Measure("й", 10, false), Measure("и\u0306", 10, false), "precomposed and decomposed й measure alike")
}

func TestTextBox(t *testing.T) {
	w := Measure("label", 10, false)
	tests := []struct {
		anchor Anchor
		x      float64
	}{{Start, 100}, {Middle, 100 - w/2}, {End, 100 - w}}
	for _, tt := range tests {
		t.Run(tt.anchor.String(), func(t *testing.T) {
			b := TextBox("label", 100, 50, 10, tt.anchor, false)
			assert.InDelta(t, tt.x, b.X, 1e-9)
			assert.InDelta(t, w, b.W, 1e-9)
			assert.InDelta(t, 50-Ascent*10, b.Y, 1e-9, "the box rises above the baseline")
			assert.Greater(t, b.Y+b.H, 50.0, "and reaches below it")
		})
	}
}

func TestBoxOverlaps(t *testing.T) {
	a := Box{X: 0, Y: 0, W: 10, H: 10}
	tests := []struct {
		name string
		b    Box
		want bool
	}{
		{"same", a, true},
		{"inside", Box{X: 2, Y: 2, W: 2, H: 2}, true},
		{"corner", Box{X: 9, Y: 9, W: 5, H: 5}, true},
		{"touching edge", Box{X: 10, Y: 0, W: 5, H: 10}, false},
		{"apart", Box{X: 20, Y: 20, W: 1, H: 1}, false},
		{"beside vertically", Box{X: 0, Y: 10.5, W: 10, H: 10}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, a.Overlaps(tt.b))
			assert.Equal(t, tt.want, tt.b.Overlaps(a), "symmetric")
		})
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		width    float64
		maxLines int
		want     []string
	}{
		{"fits on one line", "Ukraine", 200, 0, []string{"Ukraine"}},
		{"breaks at spaces", "permanent neutrality of Ukraine", 90, 0, []string{"permanent", "neutrality of", "Ukraine"}},
		{"breaks after hyphens", "non-aligned", 40, 0, []string{"non-", "aligned"}},
		{"shortens the last line", "permanent neutrality of Ukraine", 90, 2, []string{"permanent", "neutrality of U…"}},
		{"shortens a long word", "Supercalifragilistic", 60, 0, []string{"Supercali…"}},
		{"collapses white space", "  a \n b  ", 200, 0, []string{"a b"}},
		{"empty", "   ", 200, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.text, tt.width, 10, false, tt.maxLines)
			assert.Equal(t, tt.want, got)
			for _, l := range got {
				assert.LessOrEqual(t, Measure(l, 10, false), tt.width, "line %q fits", l)
			}
		})
	}
}

func TestAbbreviate(t *testing.T) {
	assert.Equal(t, "Ukraine", Abbreviate("Ukraine", 100, 10, false))
	got := Abbreviate("Ukraine and its partners", 60, 10, false)
	assert.True(t, strings.HasSuffix(got, "…"))
	assert.LessOrEqual(t, Measure(got, 10, false), 60.0)
	assert.Empty(t, Abbreviate("Ukraine", 1, 10, false), "not even the ellipsis fits")
	assert.True(t, utf8.ValidString(Abbreviate("Україна та її партнери", 50, 10, false)), "cut at rune boundaries")
}

// FuzzWrap checks Wrap's promises on any text: lines fit, there are no
// more than asked for, the words are kept in order when nothing is
// shortened, and the output is valid UTF-8.
func FuzzWrap(f *testing.F) {
	f.Add("permanent neutrality of Ukraine", 90.0, 2)
	f.Add("non-aligned/neutral", 30.0, 0)
	f.Add("Україна — 中立 \u0306", 50.0, 1)
	f.Add("\xff\xfe bad utf-8", 40.0, 3)
	f.Fuzz(func(t *testing.T, s string, width float64, maxLines int) {
		if math.IsNaN(width) || math.IsInf(width, 0) || width < 0 || width > 1e6 || maxLines > 1000 {
			return
		}
		lines := Wrap(s, width, 10, false, maxLines)
		if maxLines > 0 && len(lines) > maxLines {
			t.Fatalf("%d lines, want at most %d", len(lines), maxLines)
		}
		shortened := false
		for _, l := range lines {
			if Measure(l, 10, false) > width+1e-9 {
				t.Fatalf("line %q is %v wide, more than %v", l, Measure(l, 10, false), width)
			}
			if strings.HasSuffix(l, "…") {
				shortened = true
			}
		}
		if !shortened && width >= Measure("…", 10, false) && utf8.ValidString(s) && !strings.Contains(s, "…") {
			joined := strings.ReplaceAll(strings.Join(lines, " "), "- ", "-")
			joined = strings.ReplaceAll(joined, "/ ", "/")
			want := strings.Join(strings.Fields(s), " ")
			if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(want, " ", "") {
				t.Fatalf("Wrap(%q) = %q loses text", s, lines)
			}
		}
	})
}
