package chart

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Ranking is a guarantee ranking: one horizontal bar per instrument, longest
// first, each with its value in words and the findings that decided it
// listed underneath.
type Ranking struct {
	// Title heads the chart and is its accessible name.
	Title string
	// Desc says what the chart shows; it is shown under the title and is
	// the accessible description.
	Desc string
	// Categories colour the bars (for example by stage: in force, draft,
	// proposal); the category's label is also written beside each bar.
	// With no categories every bar is blue and Bar.Category must be empty.
	Categories []Category
	// Bars are drawn longest first; equal values are ordered by label.
	Bars []Bar
	// Max is the value of a full-length bar; zero means the largest value.
	Max float64
	// Ticks label the value axis; when empty, round numbers from 0 to Max
	// are used. Labels make ordinal scales readable ("assurance",
	// "guarantee").
	Ticks []Tick
	// Scale names the value axis, for example "assessed strength".
	Scale string
	// Note is printed in small type at the foot of the chart.
	Note string
}

// Bar is one ranked item.
type Bar struct {
	// Label names the item; long names wrap onto up to three lines.
	Label string
	// Value is the bar's length in axis units; finite and not negative.
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

// Ranking layout, in pixels.
const (
	rkLabelW    = 290.0 // item-label column
	rkBarH      = 22.0  // bar thickness
	rkValueRoom = 170.0 // room right of the longest bar for its value
	rkFinding   = 12.0  // font size of findings
	rkGap       = 16.0  // space between items
)

// check validates the ranking and returns the axis maximum.
func (r Ranking) check(cats categorySet) (float64, error) {
	if len(r.Bars) == 0 {
		return 0, fmt.Errorf("%w: ranking has no bars", ErrInput)
	}
	hi := 0.0
	for i, b := range r.Bars {
		switch {
		case b.Label == "":
			return 0, fmt.Errorf("%w: bar %d has no label", ErrInput, i)
		case !finite(b.Value) || b.Value < 0:
			return 0, fmt.Errorf("%w: bar %q: value %v is not a finite number ≥ 0", ErrInput, b.Label, b.Value)
		}
		if _, ok := cats.get(b.Category); !ok && !(len(cats.list) == 0 && b.Category == "") {
			return 0, fmt.Errorf("%w: bar %q: unknown category %q", ErrInput, b.Label, b.Category)
		}
		hi = max(hi, b.Value)
	}
	for _, t := range r.Ticks {
		if !finite(t.Value) || t.Value < 0 {
			return 0, fmt.Errorf("%w: tick %q: value %v is not a finite number ≥ 0", ErrInput, t.Label, t.Value)
		}
		hi = max(hi, t.Value)
	}
	if !finite(r.Max) || r.Max < 0 {
		return 0, fmt.Errorf("%w: ranking maximum %v is not a finite number ≥ 0", ErrInput, r.Max)
	}
	if r.Max > 0 {
		if r.Max < hi {
			return 0, fmt.Errorf("%w: ranking maximum %v is below a value (%v)", ErrInput, r.Max, hi)
		}
		hi = r.Max
	}
	if hi == 0 {
		hi = 1
	}
	return hi, nil
}

// sorted returns the bars longest first, equal values by collated label.
func (r Ranking) sorted() []Bar {
	bars := slices.Clone(r.Bars)
	col := collate.New(language.English)
	slices.SortStableFunc(bars, func(a, b Bar) int {
		if c := cmp.Compare(b.Value, a.Value); c != 0 {
			return c
		}
		return col.CompareString(a.Label, b.Label)
	})
	return bars
}

// roundTicks returns round values from 0 to the first one at or above hi,
// about six of them.
func roundTicks(hi float64) []float64 {
	raw := hi / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	var out []float64
	for i := 0.0; ; i++ {
		v := i * step
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
	hi, err := r.check(cats)
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

	// Numbers share one precision: as many decimals (up to two) as the
	// values need.
	decimals := 0
	for _, b := range bars {
		for decimals < 2 && math.Abs(b.Value*math.Pow(10, float64(decimals))-math.Round(b.Value*math.Pow(10, float64(decimals)))) > 1e-9 {
			decimals++
		}
	}
	x0 := margin + rkLabelW + 16
	x1 := Width - margin - rkValueRoom
	xOf := func(v float64) float64 { return x0 + v/hi*(x1-x0) }

	// Axis above the bars.
	ticks := r.Ticks
	if len(ticks) == 0 {
		for _, v := range roundTicks(hi) {
			ticks = append(ticks, Tick{Value: v, Label: p.Sprintf("%v", v)})
		}
		if r.Max == 0 {
			hi = ticks[len(ticks)-1].Value // the axis ends on a round number
		}
	}
	slices.SortStableFunc(ticks, func(a, b Tick) int { return cmp.Compare(a.Value, b.Value) })
	if r.Scale != "" {
		d.text(label{text: Abbreviate(r.Scale, rkLabelW, smallSize+1, true), x: margin, y: y + smallSize + 2, size: smallSize + 1, bold: true, fill: DarkGrey})
	}
	axisY := y + smallSize + 8
	var placed []Box
	var drawn []float64
	for _, t := range ticks {
		l := label{text: t.Label, x: xOf(t.Value), y: y + smallSize + 2, size: smallSize, anchor: Middle}
		b := l.box()
		if b.X+b.W > Width-margin {
			l.anchor, l.x = End, Width-margin
			b = l.box()
		}
		if slices.ContainsFunc(placed, func(p Box) bool { return grow(p, 3).Overlaps(b) }) || b.X < x0-rkLabelW/2 {
			continue
		}
		placed = append(placed, b)
		drawn = append(drawn, xOf(t.Value))
		d.text(l)
	}
	y = axisY + 8
	top := y

	type item struct {
		bar      Bar
		labels   []string
		findings [][]string
		h        float64
	}
	fw := float64(Width-margin) - x0
	items := make([]item, len(bars))
	for i, b := range bars {
		it := item{bar: b, labels: Wrap(b.Label, rkLabelW, labelSize, true, 3)}
		fh := 0.0
		for _, f := range b.Findings {
			ls := Wrap(f, fw-14, rkFinding, false, 0)
			it.findings = append(it.findings, ls)
			fh += float64(len(ls)) * rkFinding * lineGap
		}
		it.h = max(float64(len(it.labels))*labelSize*lineGap, rkBarH+6+fh)
		items[i] = it
	}
	bottom := top
	for _, it := range items {
		bottom += it.h + rkGap
	}
	for _, x := range drawn {
		d.line(x, axisY, x, bottom-rkGap/2, MidGrey, 0.6, "stroke-dasharray", "2,3")
	}
	d.line(x0, axisY, x0, bottom-rkGap/2, Black, 1)

	for i, it := range items {
		b := it.bar
		if i > 0 {
			d.line(margin, y-rkGap/2, Width-margin, y-rkGap/2, LightGrey, 1)
		}
		d.open("g")
		d.title(tipSuffixless(b.Tooltip, b.Label))
		d.body.WriteByte('\n')
		d.lines(it.labels, margin, y+labelSize*ascent+2, labelSize, Start, true, Black)
		fill := Blue
		cat, hasCat := cats.get(b.Category)
		if hasCat {
			fill = cat.Color
		}
		bw := max(xOf(b.Value)-x0, 2)
		d.rect(x0, y, bw, rkBarH, fill, "")
		val := b.ValueLabel
		if val == "" {
			val = p.Sprintf("%.*f", decimals, b.Value)
		}
		vx := x0 + bw + 6
		val = Abbreviate(val, float64(Width-margin)-vx, labelSize, true)
		vl := label{text: val, x: vx, y: y + rkBarH/2 + labelSize*0.35, size: labelSize, bold: true}
		d.text(vl)
		if hasCat {
			rest := Abbreviate("· "+cat.Label, float64(Width-margin)-(vx+Measure(val, labelSize, true)+6), smallSize+1, false)
			if rest != "" {
				d.text(label{text: rest, x: vx + Measure(val, labelSize, true) + 6, y: vl.y, size: smallSize + 1, fill: DarkGrey})
			}
		}
		d.close("g")
		fy := y + rkBarH + 6 + rkFinding*ascent
		for _, ls := range it.findings {
			d.text(label{text: "•", x: x0 + 2, y: fy, size: rkFinding})
			fy = d.lines(ls, x0+14, fy, rkFinding, Start, false, Black) + rkFinding*lineGap
		}
		y += it.h + rkGap
	}
	y -= rkGap
	if r.Note != "" {
		y = d.lines(Wrap(r.Note, Width-2*margin, smallSize, false, 0), margin, y+smallSize*lineGap+8, smallSize, Start, false, DarkGrey)
	}
	desc := r.Desc
	if desc == "" {
		desc = r.Title
	}
	return d.writeTo(w, y+margin, r.Title, desc, "")
}
