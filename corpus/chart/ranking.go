package chart

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/accordmodel/accord/corpus/chart/internal/layout"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Ranking is a guarantee ranking: one horizontal bar per instrument, longest
// first, each with its value in words and the findings that decided it
// listed underneath. Values may be negative (a score below nothing): such
// bars run left from the zero line. Zones, when given, shade stretches of
// the axis and name them, so that a reader sees which level each bar
// reaches.
type Ranking struct {
	// Title heads the chart and is its accessible name; it is required.
	Title string
	// Desc says what the chart shows; it is shown under the title and is
	// the accessible description.
	Desc string
	// Categories colour the bars (for example by stage: in force, draft,
	// proposal); the category's label is also written beside each bar.
	// With no categories every bar is blue and Bar.Category must be empty.
	Categories []Category
	// Bars are drawn in order of value, highest first; equal values keep
	// the order given, so that a ranking computed elsewhere (such as
	// corpus.Corpus.RankInstruments) keeps its own order of ties.
	Bars []Bar
	// Min and Max bound the value axis. Zero means: from the data, the
	// ticks and the zones, always including 0, widened to round numbers.
	Min, Max float64
	// Ticks label the value axis; when empty, round numbers are used.
	Ticks []Tick
	// Intervals shade and name stretches of the axis (for example the levels
	// hollow, weak, limited, strong, robust).
	Intervals []Interval
	// Scale names the value axis, for example "assessed strength".
	Scale string
	// Note is printed in small type at the foot of the chart.
	Note string
}

// Bar is one ranked item.
type Bar struct {
	// Label names the item; long names wrap onto up to three lines.
	Label string
	// Value is the bar's length in axis units; a finite number.
	Value float64
	// ValueLabel is the value in words, written beside the bar; empty
	// means Value as a number.
	ValueLabel string
	// Category is the key of the bar's category.
	Category string
	// Findings are the reasons for the value, listed under the bar.
	Findings []string
	// Tooltip is the bar's <title>: its assessment and citations.
	Tooltip string
}

// Tick is a labelled value on the axis of a [Ranking].
type Tick struct {
	Value float64
	Label string
}

// Interval is a named stretch [From, To] of a [Ranking]'s axis.
type Interval struct {
	From, To float64
	Label    string
}

// Ranking layout, in pixels.
const (
	rkLabelW    = 290.0 // item-label column
	rkBarH      = 22.0  // bar thickness
	rkValueRoom = 170.0 // room right of the plot for the longest bar's value
	rkFinding   = 12.0  // font size of findings
	rkGap       = 16.0  // space between items
)

// check validates the ranking and returns the axis bounds.
func (r Ranking) check(cats categorySet) (lo, hi float64, err error) {
	if blank(r.Title) {
		return 0, 0, fmt.Errorf("%w: ranking has no title", ErrInput)
	}
	if len(r.Bars) == 0 {
		return 0, 0, fmt.Errorf("%w: ranking has no bars", ErrInput)
	}
	for i, b := range r.Bars {
		switch {
		case blank(b.Label):
			return 0, 0, fmt.Errorf("%w: bar %d has no label", ErrInput, i)
		case !finite(b.Value):
			return 0, 0, fmt.Errorf("%w: bar %q: value %v is not a finite number", ErrInput, b.Label, b.Value)
		}
		if _, ok := cats.get(b.Category); !ok && !(len(cats.list) == 0 && b.Category == "") {
			return 0, 0, fmt.Errorf("%w: bar %q: unknown category %q", ErrInput, b.Label, b.Category)
		}
		lo, hi = min(lo, b.Value), max(hi, b.Value)
	}
	for _, t := range r.Ticks {
		if !finite(t.Value) {
			return 0, 0, fmt.Errorf("%w: tick %q: value %v is not a finite number", ErrInput, t.Label, t.Value)
		}
		lo, hi = min(lo, t.Value), max(hi, t.Value)
	}
	for _, z := range r.Intervals {
		if !finite(z.From) || !finite(z.To) || z.To <= z.From {
			return 0, 0, fmt.Errorf("%w: zone %q: [%v, %v] is not a stretch of the axis", ErrInput, z.Label, z.From, z.To)
		}
		lo, hi = min(lo, z.From), max(hi, z.To)
	}
	if !finite(r.Min) || !finite(r.Max) {
		return 0, 0, fmt.Errorf("%w: ranking bounds [%v, %v] are not finite", ErrInput, r.Min, r.Max)
	}
	if r.Max != 0 {
		if r.Max < hi {
			return 0, 0, fmt.Errorf("%w: ranking maximum %v is below a value (%v)", ErrInput, r.Max, hi)
		}
		hi = r.Max
	}
	if r.Min != 0 {
		if r.Min > lo {
			return 0, 0, fmt.Errorf("%w: ranking minimum %v is above a value (%v)", ErrInput, r.Min, lo)
		}
		lo = r.Min
	}
	if hi == lo {
		hi = lo + 1
	}
	return lo, hi, nil
}

// sorted returns the bars highest first, equal values in the order given.
func (r Ranking) sorted() []Bar {
	bars := slices.Clone(r.Bars)
	slices.SortStableFunc(bars, func(a, b Bar) int { return cmp.Compare(b.Value, a.Value) })
	return bars
}

// roundTicks returns round values, multiples of one step, from the last at
// or below lo to the first at or above hi: about six of them.
func roundTicks(lo, hi float64) []float64 {
	raw := (hi - lo) / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= raw*(1-1e-9) {
			step = m * mag
			break
		}
	}
	var out []float64
	for i := math.Floor(lo/step + 1e-9); ; i++ {
		v := i * step
		if v == 0 {
			v = 0 // no -0
		}
		out = append(out, v)
		if v >= hi-step*1e-9 {
			return out
		}
	}
}

// Render writes the ranking as a standalone SVG 1.1 document to w. The
// output depends only on r: rendering the same ranking twice gives the same
// bytes. Input it cannot draw yields an error wrapping [ErrInput] and
// nothing is written.
func (r Ranking) Render(w io.Writer) error {
	cats, err := resolveCategories(r.Categories)
	if err != nil {
		return err
	}
	lo, hi, err := r.check(cats)
	if err != nil {
		return err
	}
	p := message.NewPrinter(language.English)
	bars := r.sorted()
	var d doc
	y := d.header(r.Title, r.Desc)
	if len(cats.list) > 0 {
		items := make([]legendItem, 0, len(cats.list))
		for _, c := range cats.list {
			items = append(items, legendItem{text: categoryText(c), draw: swatch(c.Color)})
		}
		y = d.legend("Bars", items, y)
	}

	ticks := slices.Clone(r.Ticks)
	if len(ticks) == 0 {
		vals := roundTicks(lo, hi)
		if len(r.Intervals) == 0 {
			// Without zones the axis ends on round numbers.
			if r.Min == 0 {
				lo = vals[0]
			}
			if r.Max == 0 {
				hi = vals[len(vals)-1]
			}
		}
		for _, v := range vals {
			if v >= lo && v <= hi {
				ticks = append(ticks, Tick{Value: v, Label: p.Sprintf("%v", v)})
			}
		}
	}
	slices.SortStableFunc(ticks, func(a, b Tick) int { return cmp.Compare(a.Value, b.Value) })

	// Numbers share one precision: as many decimals (up to two) as the
	// values need.
	decimals := 0
	for _, b := range bars {
		for decimals < 2 {
			s := math.Pow(10, float64(decimals))
			if math.Abs(b.Value*s-math.Round(b.Value*s)) < 1e-9 {
				break
			}
			decimals++
		}
	}
	x0 := margin + rkLabelW + 16
	x1 := chartWidth - margin - rkValueRoom
	xOf := func(v float64) float64 { return x0 + (v-lo)/(hi-lo)*(x1-x0) }
	zero := xOf(0)

	// Zone names, then tick labels, above the bars.
	if len(r.Intervals) > 0 {
		for _, z := range r.Intervals {
			zx0, zx1 := xOf(z.From), xOf(z.To)
			if s := layout.Abbreviate(z.Label, zx1-zx0-4, smallSize, true); s != "" {
				d.text(label{text: s, x: (zx0 + zx1) / 2, y: y + smallSize, size: smallSize, anchor: layout.Middle, bold: true, fill: darkGrey})
			}
		}
		y += smallSize * lineGap
	}
	if r.Scale != "" {
		d.text(label{text: layout.Abbreviate(r.Scale, rkLabelW, smallSize+1, true), x: margin, y: y + smallSize + 2, size: smallSize + 1, bold: true, fill: darkGrey})
	}
	var placed []layout.Box
	var drawn []float64
	for _, t := range ticks {
		l := label{text: t.Label, x: xOf(t.Value), y: y + smallSize + 2, size: smallSize, anchor: layout.Middle}
		b := l.box()
		if b.X+b.W > chartWidth-margin {
			l.anchor, l.x = layout.End, chartWidth-margin
			b = l.box()
		}
		if slices.ContainsFunc(placed, func(p layout.Box) bool { return grow(p, 3).Overlaps(b) }) || b.X < x0-rkLabelW/2 {
			continue
		}
		placed = append(placed, b)
		drawn = append(drawn, xOf(t.Value))
		d.text(l)
	}
	axisY := y + smallSize + 8
	y = axisY + 8
	top := y

	type item struct {
		bar      Bar
		labels   []string
		findings [][]string
		h        float64
	}
	fw := float64(chartWidth-margin) - x0
	items := make([]item, len(bars))
	for i, b := range bars {
		it := item{bar: b, labels: layout.Wrap(b.Label, rkLabelW, labelSize, true, 3)}
		fh := 0.0
		for _, f := range b.Findings {
			ls := layout.Wrap(f, fw-14, rkFinding, false, 0)
			it.findings = append(it.findings, ls)
			fh += float64(len(ls)) * rkFinding * lineGap
		}
		it.h = max(float64(len(it.labels))*labelSize*lineGap, rkBarH+6+fh)
		items[i] = it
	}
	// Zones, grid and the zero line are drawn behind each bar only, so
	// that the findings under the bars stay on white.
	strip := func(y0, y1 float64) {
		for i, z := range r.Intervals {
			fill := Color("#F3F3F3")
			if i%2 == 1 {
				fill = "#E4E4E4"
			}
			d.rect(xOf(z.From), y0, xOf(z.To)-xOf(z.From), y1-y0, fill, z.Label)
		}
		for _, x := range drawn {
			d.line(x, y0, x, y1, midGrey, 0.6, "stroke-dasharray", "2,3")
		}
		d.line(zero, y0, zero, y1, Black, 1)
	}
	strip(axisY, top-4)
	for i, it := range items {
		b := it.bar
		if i > 0 {
			d.line(margin, y-rkGap/2, chartWidth-margin, y-rkGap/2, lightGrey, 1)
		}
		strip(y-4, y+rkBarH+4)
		d.open("g")
		d.title(cmp.Or(b.Tooltip, b.Label))
		d.body.WriteByte('\n')
		d.lines(it.labels, margin, y+labelSize*layout.Ascent+2, labelSize, layout.Start, true, Black)
		fill := Blue
		cat, hasCat := cats.get(b.Category)
		if hasCat {
			fill = cat.Color
		}
		bx0, bx1 := min(zero, xOf(b.Value)), max(zero, xOf(b.Value))
		if bx1-bx0 < 2 {
			bx1 = bx0 + 2
		}
		d.rect(bx0, y, bx1-bx0, rkBarH, fill, "", "stroke", string(darkGrey), "stroke-width", "0.5")
		val := b.ValueLabel
		if val == "" {
			val = p.Sprintf("%.*f", decimals, b.Value)
		}
		// The value goes right of the bar's end, or right of the zero
		// line for a negative bar.
		vx := max(bx1, zero) + 6
		val = layout.Abbreviate(val, float64(chartWidth-margin)-vx, labelSize, true)
		vl := label{text: val, x: vx, y: y + rkBarH/2 + labelSize*0.35, size: labelSize, bold: true}
		d.text(vl)
		if hasCat {
			cx := vx + layout.Measure(val, labelSize, true) + 6
			if rest := layout.Abbreviate("· "+cat.Label, float64(chartWidth-margin)-cx, smallSize+1, false); rest != "" {
				d.text(label{text: rest, x: cx, y: vl.y, size: smallSize + 1, fill: darkGrey})
			}
		}
		d.close("g")
		fy := y + rkBarH + 6 + rkFinding*layout.Ascent
		for _, ls := range it.findings {
			d.text(label{text: "•", x: x0 + 2, y: fy, size: rkFinding})
			fy = d.lines(ls, x0+14, fy, rkFinding, layout.Start, false, Black) + rkFinding*lineGap
		}
		y += it.h + rkGap
	}
	y -= rkGap
	if r.Note != "" {
		y = d.lines(layout.Wrap(r.Note, chartWidth-2*margin, smallSize, false, 0), margin, y+smallSize*lineGap+8, smallSize, layout.Start, false, darkGrey)
	}
	return d.writeTo(w, y+margin, "ranking", r.Title, r.Desc, "")
}
