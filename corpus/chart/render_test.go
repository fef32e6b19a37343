package chart

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"testing"
	stdtime "time"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// renderer is any of the three charts.
type renderer interface{ Render(io.Writer) error }

// crowdedTimeline has events a few weeks apart, bands that overlap in
// time, markup characters and Cyrillic in its labels.
func crowdedTimeline() Timeline {
	d := accord.MustParseDate
	t := Timeline{
		Title:      `Crowded <timeline> & "quotes"`,
		Categories: []Category{{Key: "a", Label: "policy of neutrality", Short: "PN"}, {Key: "b", Label: "non-aligned"}},
		Rows: []TimelineRow{{
			Label: "Україна — Ukraine, with a name long enough to need wrapping onto two lines or more",
			Bands: []Band{
				{From: d("2000"), To: d("2012"), Category: "a", Tooltip: "coded from one source"},
				{From: d("2005"), To: d("2010"), Category: "b", Tooltip: "coded from another source"},
				{From: d("2012"), To: d("2012"), Category: "b"},
			},
		}},
	}
	for i := range 12 {
		t.Rows[0].Markers = append(t.Rows[0].Markers, Marker{At: accord.MonthOf(2010, stdtime.Month(1+i)), Label: fmt.Sprintf("event <%d> & more", i)})
	}
	return t
}

// wideMatrix has more columns than fit in one block and long headers.
func wideMatrix() Grid {
	m := Grid{
		Title:      "Wide matrix",
		Categories: []Category{{Key: "for", Label: "supports", Side: 1}, {Key: "against", Label: "rejects", Side: -1}, {Key: "open", Label: "open to discussion"}},
		Rows:       []Header{{Key: "a", Label: "Actor A"}, {Key: "b", Label: "Actor B with a remarkably long name that must be wrapped"}},
		Highlight:  Pair{A: "a", B: "b"},
	}
	for i := range 20 {
		k := fmt.Sprintf("issue-%d", i)
		m.Cols = append(m.Cols, Header{Key: k, Label: fmt.Sprintf("Issue %d: a long issue name about the limits of the armed forces and their reserves", i)})
		m.Cells = append(m.Cells,
			Cell{Row: "a", Col: k, Category: "for", RedLine: i%2 == 0, Conditional: i%3 == 0, Label: "2022-03-29"},
			Cell{Row: "b", Col: k, Category: []string{"against", "open", "for"}[i%3]},
			Cell{Row: "b", Col: k, Category: "against", Conditional: true, RedLine: true, Label: "since 2025, per the Kremlin"})
	}
	return m
}

// transposed returns m drawn with issues down and actors across.
func transposed(m Grid) Grid {
	m.Transpose = true
	return m
}

// compact returns m in its compact form.
func compact(m Grid) Grid {
	m.Compact = true
	return m
}

// plainRanking has no categories, no ticks and long findings.
func plainRanking() Ranking {
	r := Ranking{Title: "Plain ranking", Scale: "score"}
	for i := range 6 {
		r.Bars = append(r.Bars, Bar{
			Label:    strings.Repeat("Instrument with a very long name ", 1+i%3),
			Value:    float64(i) * 1234.5,
			Findings: []string{strings.Repeat("A finding that runs on and on. ", 1+2*i)},
		})
	}
	return r
}

// charts are every constructed chart the renderer tests run on.
func charts() map[string]renderer {
	return map[string]renderer{
		"timeline":         sampleTimeline(),
		"crowded timeline": crowdedTimeline(),
		"matrix":           sampleMatrix(),
		"wide matrix":      wideMatrix(),
		"transposed":       transposed(sampleMatrix()),
		"transposed wide":  transposed(wideMatrix()),
		"compact":          compact(sampleMatrix()),
		"compact wide":     compact(transposed(wideMatrix())),
		"ranking":          sampleRanking(),
		"plain ranking":    plainRanking(),
	}
}

func TestRenderIsValidLaidOutAndDeterministic(t *testing.T) {
	for name, c := range charts() {
		t.Run(name, func(t *testing.T) {
			var a, b bytes.Buffer
			require.NoError(t, c.Render(&a))
			require.NoError(t, c.Render(&b))
			assert.Equal(t, a.Bytes(), b.Bytes(), "rendering twice gives the same bytes")
			r := inspect(t, a.Bytes())
			checkLayout(t, r)
			assert.NotZero(t, r.counts["text"])
		})
	}
}

func TestRenderEscapesText(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, crowdedTimeline().Render(&buf))
	r := inspect(t, buf.Bytes())
	assert.Contains(t, r.tooltips(), `Crowded <timeline> & "quotes"`, "markup in labels survives a round trip")
	assert.Contains(t, r.visible(), "Україна", "Cyrillic is kept")
	assert.NotContains(t, buf.String(), "<timeline>", "markup is escaped in the file")
}

func TestTimelineShowsEveryRowBandAndEvent(t *testing.T) {
	tl := sampleTimeline()
	var buf bytes.Buffer
	require.NoError(t, tl.Render(&buf))
	r := inspect(t, buf.Bytes())
	vis := r.visible()
	n := 0
	for _, row := range tl.Rows {
		assert.Contains(t, vis, strings.Fields(row.Label)[0], "row %q is labelled", row.Label)
		for _, e := range row.Markers {
			n++
			assert.Contains(t, vis, e.Label, "event %q is listed", e.Label)
			assert.Contains(t, vis, fmt.Sprintf("%d\n", n), "event number %d is shown", n)
			if e.Tooltip != "" {
				assert.Contains(t, r.tooltips(), e.Tooltip)
			}
		}
	}
	for _, c := range tl.Categories {
		assert.Contains(t, vis, categoryText(resolvedOne(t, c)), "category %q is in the legend", c.Key)
	}
	// One rect per band, inside its row; the crowded row needs lanes.
	bands := 0
	for _, row := range tl.Rows {
		bands += len(row.Bands)
	}
	assert.GreaterOrEqual(t, r.counts["rect"], bands)
}

// resolvedOne returns c as the legend shows it.
func resolvedOne(t *testing.T, c Category) Category {
	set, err := resolveCategories([]Category{c})
	require.NoError(t, err)
	return set.list[0]
}

func TestTimelineLanesKeepOverlappingBandsApart(t *testing.T) {
	tl := crowdedTimeline()
	var buf bytes.Buffer
	require.NoError(t, tl.Render(&buf))
	r := inspect(t, buf.Bytes())
	// The two overlapping bands are both drawn and both keep their tooltips.
	assert.Contains(t, r.tooltips(), "coded from one source")
	assert.Contains(t, r.tooltips(), "coded from another source")
	// Twelve events a month apart: all twelve numbers are drawn, in lanes.
	for i := 1; i <= 12; i++ {
		assert.Contains(t, r.visible(), fmt.Sprintf("\n%d\n", i))
	}
}

func TestTimelineAxisSegments(t *testing.T) {
	d := accord.MustParseDate
	ax, err := newTimeAxis(0, 0, []Segment{{From: d("1800"), To: d("1990"), Weight: 1}, {From: d("1990"), To: d("2030"), Weight: 1}}, 100, 1100)
	require.NoError(t, err)
	assert.InDelta(t, 100, ax.x(1800), 1e-9)
	assert.InDelta(t, 600, ax.x(1990), 1e-9, "the boundary sits where the weights put it")
	assert.InDelta(t, 1100, ax.x(2030), 1e-9)
	assert.InDelta(t, 100, ax.x(1700), 1e-9, "dates before the axis are clamped")
	assert.Greater(t, ax.pxPerYear(1), ax.pxPerYear(0))
	years := map[int]bool{}
	for _, tk := range ax.ticks(tlTickGap) {
		years[tk.year] = true
	}
	assert.True(t, years[1990], "a segment boundary is always a tick")

	_, err = newTimeAxis(0, 0, []Segment{{From: d("1800"), To: d("1900"), Weight: 1}, {From: d("1950"), To: d("2000"), Weight: 1}}, 0, 1)
	assert.ErrorIs(t, err, ErrInput, "segments with a gap")
}

func TestMatrixShowsEveryHeaderAndStance(t *testing.T) {
	for _, m := range []Grid{sampleMatrix(), wideMatrix(), transposed(sampleMatrix()), transposed(wideMatrix())} {
		t.Run(fmt.Sprint(m.Title, m.Transpose), func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, m.Render(&buf))
			r := inspect(t, buf.Bytes())
			tips := r.tooltips()
			for _, h := range append(slicesConcat(m.Rows, m.Cols), Header{}) {
				if h.Key == "" {
					continue
				}
				assert.Contains(t, tips, h.Label, "header %q has its full label as tooltip", h.Key)
			}
			vis := r.visible()
			for _, c := range m.Cells {
				if c.RedLine {
					assert.Contains(t, vis, "red line")
				}
				if c.Conditional {
					assert.Contains(t, vis, "cond")
				}
			}
			assert.Equal(t, 1, r.counts["pattern"], "one hatch pattern")
			if len(m.Clashes()) > 0 {
				assert.Contains(t, vis, "✕")
			}
		})
	}
}

// slicesConcat joins two header lists.
func slicesConcat(a, b []Header) []Header { return append(append([]Header{}, a...), b...) }

func TestMatrixClashes(t *testing.T) {
	cats := []Category{{Key: "for", Label: "for", Side: 1}, {Key: "against", Label: "against", Side: -1}, {Key: "open", Label: "open"}}
	tests := []struct {
		name  string
		cells []Cell
		want  []string
	}{
		{"opposite sides clash", []Cell{{Row: "a", Col: "x", Category: "for"}, {Row: "b", Col: "x", Category: "against"}}, []string{"x"}},
		{"the other way round", []Cell{{Row: "a", Col: "x", Category: "against"}, {Row: "b", Col: "x", Category: "for"}}, []string{"x"}},
		{"same side does not", []Cell{{Row: "a", Col: "x", Category: "for"}, {Row: "b", Col: "x", Category: "for"}}, nil},
		{"a neutral stance does not", []Cell{{Row: "a", Col: "x", Category: "open"}, {Row: "b", Col: "x", Category: "against"}}, nil},
		{"one side only does not", []Cell{{Row: "a", Col: "x", Category: "for"}}, nil},
		{"a third actor does not count", []Cell{{Row: "a", Col: "x", Category: "for"}, {Row: "c", Col: "x", Category: "against"}}, nil},
		{"any of several stances", []Cell{{Row: "a", Col: "y", Category: "for"}, {Row: "a", Col: "y", Category: "open"}, {Row: "b", Col: "y", Category: "against"}, {Row: "a", Col: "x", Category: "for"}, {Row: "b", Col: "x", Category: "against"}}, []string{"x", "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Grid{Categories: cats, Rows: []Header{{Key: "a", Label: "A"}, {Key: "b", Label: "B"}, {Key: "c", Label: "C"}},
				Cols: []Header{{Key: "x", Label: "X"}, {Key: "y", Label: "Y"}}, Cells: tt.cells, Highlight: Pair{A: "a", B: "b"}}
			assert.Equal(t, tt.want, m.Clashes(), "in column order")
			m.PairClashes = []string{"y", "unknown"}
			assert.Equal(t, []string{"y"}, m.Clashes(), "the caller's analysis wins, limited to real columns")
			m.Highlight = Pair{}
			assert.Nil(t, m.Clashes(), "no pair, no clashes")
		})
	}
}

func TestRankingOrderAndLabels(t *testing.T) {
	r := sampleRanking()
	var buf bytes.Buffer
	require.NoError(t, r.Render(&buf))
	rep := inspect(t, buf.Bytes())
	vis := rep.visible()
	// Bars appear longest first.
	last := -1
	for _, b := range r.sorted() {
		first := strings.Fields(b.Label)[0]
		i := strings.Index(vis, first)
		require.GreaterOrEqual(t, i, 0, "bar %q is labelled", b.Label)
		assert.Greater(t, i, last, "bar %q comes after the longer ones", b.Label)
		last = i
		for _, f := range b.Findings {
			assert.Contains(t, strings.ReplaceAll(vis, "\n", " "), strings.Fields(f)[0], "finding of %q is listed", b.Label)
		}
	}
	sorted := r.sorted()
	for i := 1; i < len(sorted); i++ {
		assert.GreaterOrEqual(t, sorted[i-1].Value, sorted[i].Value)
	}
	for _, tk := range r.Ticks {
		assert.Contains(t, vis, tk.Label)
	}
}

func TestRankingNegativeBarsRunLeftOfZero(t *testing.T) {
	r := Ranking{Title: "Signed", Bars: []Bar{{Label: "up", Value: 4}, {Label: "down", Value: -6}}, Intervals: []Interval{{From: -10, To: 0, Label: "below nothing"}, {From: 0, To: 10, Label: "above"}}}
	var buf bytes.Buffer
	require.NoError(t, r.Render(&buf))
	rep := inspect(t, buf.Bytes())
	checkLayout(t, rep)
	assert.Contains(t, rep.visible(), "below nothing")
	assert.Contains(t, rep.visible(), "-6", "the negative value is written")
	// The bars are the rects with a 0.5 px outline: the positive one starts
	// where the negative one ends (the zero line).
	var bars []node
	rep.root.walk(func(n node) {
		if n.XMLName.Local == "rect" && n.attr("stroke-width") == "0.5" && n.attr("height") == "22" {
			bars = append(bars, n)
		}
	})
	require.Len(t, bars, 2)
	x := func(n node, a string) float64 {
		v, err := strconv.ParseFloat(n.attr(a), 64)
		require.NoError(t, err)
		return v
	}
	assert.InDelta(t, x(bars[0], "x"), x(bars[1], "x")+x(bars[1], "width"), 0.02, "both bars meet at zero")
	assert.InDelta(t, x(bars[1], "width")/6, x(bars[0], "width")/4, 0.02, "lengths are proportional to the values")
}

func TestRoundTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   []float64
	}{
		{0, 4, []float64{0, 1, 2, 3, 4}},
		{0, 6172.5, []float64{0, 2000, 4000, 6000, 8000}},
		{-7, 11, []float64{-10, -5, 0, 5, 10, 15}},
		{0, 1, []float64{0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}},
	}
	for _, tt := range tests {
		got := roundTicks(tt.lo, tt.hi)
		assert.InDeltaSlice(t, tt.want, got, 1e-9, "%v..%v", tt.lo, tt.hi)
		assert.LessOrEqual(t, got[0], tt.lo)
		assert.GreaterOrEqual(t, got[len(got)-1], tt.hi)
	}
}

func TestRankingTiesKeepTheGivenOrder(t *testing.T) {
	r := Ranking{Bars: []Bar{{Label: "Zeta", Value: 1}, {Label: "Åland", Value: 1}, {Label: "alpha", Value: 1}, {Label: "Beta", Value: 2}}}
	var got []string
	for _, b := range r.sorted() {
		got = append(got, b.Label)
	}
	assert.Equal(t, []string{"Beta", "Zeta", "Åland", "alpha"}, got, "by value; ties in the order given, which the caller's ranking decides")
}

func TestRenderRejectsBadInput(t *testing.T) {
	d := accord.MustParseDate
	cat := []Category{{Key: "k", Label: "K"}}
	row := func(b ...Band) []TimelineRow { return []TimelineRow{{Label: "R", Bands: b}} }
	hdr := []Header{{Key: "r", Label: "R"}}
	tests := []struct {
		name string
		c    renderer
	}{
		{"empty timeline", Timeline{Title: "T"}},
		{"blank title", Timeline{Title: " \n\t", Categories: cat, Rows: row(Band{From: d("2000"), Category: "k"})}},
		{"blank row label", Timeline{Title: "T", Categories: cat, Rows: []TimelineRow{{Label: "  ", Bands: []Band{{From: d("2000"), Category: "k"}}}}}},
		{"blank column label", Grid{Title: "M", Categories: cat, Rows: hdr, Cols: []Header{{Key: "c", Label: "\u00a0 "}}}},
		{"timeline without title", Timeline{Categories: cat, Rows: row(Band{From: d("2000"), Category: "k"})}},
		{"matrix without title", Grid{Categories: cat, Rows: hdr, Cols: hdr}},
		{"ranking without title", Ranking{Bars: []Bar{{Label: "b", Value: 1}}}},
		{"row without label", Timeline{Title: "T", Categories: cat, Rows: []TimelineRow{{Bands: []Band{{From: d("2000"), Category: "k"}}}}}},
		{"unknown band category", Timeline{Title: "T", Categories: cat, Rows: row(Band{From: d("2000"), Category: "x"})}},
		{"band ends before it starts", Timeline{Title: "T", Categories: cat, Rows: row(Band{From: d("2000"), To: d("1990"), Category: "k"})}},
		{"event without date", Timeline{Title: "T", Categories: cat, Rows: []TimelineRow{{Label: "R", Markers: []Marker{{Label: "e"}}}}}},
		{"no dates at all", Timeline{Title: "T", Categories: cat, Rows: row(Band{Category: "k"})}},
		{"bad segment weight", Timeline{Title: "T", Categories: cat, Rows: row(Band{From: d("2000"), Category: "k"}), Segments: []Segment{{From: d("1990"), To: d("2010"), Weight: math.NaN()}}}},
		{"category without key", Timeline{Title: "T", Categories: []Category{{Label: "K"}}, Rows: row(Band{From: d("2000"), Category: ""})}},
		{"duplicate category", Timeline{Title: "T", Categories: append(cat, cat...), Rows: row(Band{From: d("2000"), Category: "k"})}},
		{"bad colour", Timeline{Title: "T", Categories: []Category{{Key: "k", Label: "K", Color: "red"}}, Rows: row(Band{From: d("2000"), Category: "k"})}},
		{"empty matrix", Grid{Title: "M"}},
		{"duplicate row", Grid{Title: "M", Categories: cat, Rows: append(hdr, hdr...), Cols: hdr}},
		{"cell of unknown column", Grid{Title: "M", Categories: cat, Rows: hdr, Cols: hdr, Cells: []Cell{{Row: "r", Col: "x", Category: "k"}}}},
		{"cell of unknown category", Grid{Title: "M", Categories: cat, Rows: hdr, Cols: hdr, Cells: []Cell{{Row: "r", Col: "r", Category: "x"}}}},
		{"highlight of unknown row", Grid{Title: "M", Categories: cat, Rows: hdr, Cols: hdr, Highlight: Pair{A: "r", B: "x"}}},
		{"highlight of one row twice", Grid{Title: "M", Categories: cat, Rows: hdr, Cols: hdr, Highlight: Pair{A: "r", B: "r"}}},
		{"empty ranking", Ranking{Title: "R"}},
		{"NaN bar", Ranking{Title: "R", Bars: []Bar{{Label: "b", Value: math.NaN()}}}},
		{"minimum above a value", Ranking{Title: "R", Bars: []Bar{{Label: "b", Value: -1}}, Min: -0.5}},
		{"empty zone", Ranking{Title: "R", Bars: []Bar{{Label: "b", Value: 1}}, Intervals: []Interval{{From: 1, To: 1, Label: "z"}}}},
		{"infinite maximum", Ranking{Title: "R", Bars: []Bar{{Label: "b", Value: 1}}, Max: math.Inf(1)}},
		{"maximum below a value", Ranking{Title: "R", Bars: []Bar{{Label: "b", Value: 2}}, Max: 1}},
		{"bar of unknown category", Ranking{Title: "R", Categories: cat, Bars: []Bar{{Label: "b", Value: 1, Category: "x"}}}},
		{"bar without label", Ranking{Title: "R", Bars: []Bar{{Value: 1}}}},
		{"NaN tick", Ranking{Title: "R", Bars: []Bar{{Label: "b", Value: 1}}, Ticks: []Tick{{Value: math.NaN(), Label: "t"}}}},
		{"NaN minimum", Ranking{Title: "R", Bars: []Bar{{Label: "b", Value: 1}}, Min: math.NaN()}},
		{"event without label", Timeline{Title: "T", Categories: cat, Rows: []TimelineRow{{Label: "R", Markers: []Marker{{At: d("2000")}}}}}},
		{"column without label", Grid{Title: "M", Categories: cat, Rows: hdr, Cols: []Header{{Key: "c"}}}},
		{"cell of unknown row", Grid{Title: "M", Categories: cat, Rows: hdr, Cols: hdr, Cells: []Cell{{Row: "x", Col: "r", Category: "k"}}}},
		{"segments that end before they start", Timeline{Title: "T", Categories: cat, Rows: row(Band{From: d("2000"), Category: "k"}), Segments: []Segment{{From: d("2010"), To: d("1990"), Weight: 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := tt.c.Render(&buf)
			assert.ErrorIs(t, err, ErrInput)
			assert.Zero(t, buf.Len(), "nothing is written on error")
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderReportsWriteErrors(t *testing.T) {
	for name, c := range charts() {
		assert.Error(t, c.Render(failWriter{}), name)
	}
}

func TestPaletteTextContrast(t *testing.T) {
	for _, c := range append(Palette(), lightGrey, white, lapsedGrey, "#BBBBBB") {
		assert.True(t, c.IsValid())
		assert.GreaterOrEqualf(t, contrast(c, ink(c)), 4.5, "text on %s meets WCAG AA", c)
	}
	assert.InDelta(t, 21, contrast(Black, white), 1e-9)
	assert.False(t, Color("#12345").IsValid())
	assert.False(t, Color("#GGGGGG").IsValid())
}

func TestRenderConcurrently(t *testing.T) {
	want := map[string][]byte{}
	for name, c := range charts() {
		var buf bytes.Buffer
		require.NoError(t, c.Render(&buf))
		want[name] = buf.Bytes()
	}
	// Render each chart value from several goroutines at once: the race
	// detector (go test -race) sees any shared state, and the bytes must
	// not change.
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	shared := charts()
	for range 4 {
		for name, c := range shared {
			wg.Go(func() {
				var buf bytes.Buffer
				if err := c.Render(&buf); err != nil || !bytes.Equal(buf.Bytes(), want[name]) {
					errs <- name
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s rendered differently when rendered concurrently", name)
	}
}
