package chart

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/chart/internal/layout"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Timeline is a posture timeline: one row per state, its status over time
// as coloured, labelled bands, and the events that changed it as numbered
// markers explained in a list under the chart.
//
// The zero Timeline is empty and renders as an error; a Timeline needs at
// least one row.
type Timeline struct {
	// Title heads the chart and is its accessible name; it is required.
	Title string
	// Desc says what the chart shows, in a sentence or two; it is shown
	// under the title and is the accessible description.
	Desc string
	// Categories are the statuses bands can have, in legend order.
	Categories []Category
	// Rows are drawn top to bottom in the order given.
	Rows []TimelineRow
	// Start and End bound the time axis. A zero Start is the earliest date
	// in the rows, a zero End the latest; bands without an end run to End.
	Start, End accord.Date
	// Segments, when given, split the axis into stretches of different
	// scale; they must run from Start to End.
	Segments []Segment
	// Undated lists what cannot be placed on the axis because the sources
	// give no date (statuses, proposals, events); it is printed under the
	// event list.
	Undated []Aside
	// Note is printed in small type at the foot of the chart (sources,
	// caveats).
	Note string
}

// Aside is an item of a [Timeline] that is listed, not drawn.
type Aside struct {
	// Row names what the item is about, such as the state.
	Row string
	// Label says what it is.
	Label string
	// Tooltip carries its citations.
	Tooltip string
}

// TimelineRow is one state's line on a [Timeline].
type TimelineRow struct {
	// Label names the row; long names wrap onto a second line.
	Label string
	// Tooltip is shown when the pointer rests on the row's name.
	Tooltip string
	// Bands are the statuses the state had. Bands that overlap in time
	// (two sources that disagree) are drawn in separate lanes.
	Bands []Band
	// Markers are the moments that changed the status.
	Markers []Marker
}

// Band is a status held over a period. It is drawn from the first day of
// From to the first day of To, so that a status that ends in 2014 meets one
// that starts in 2014. A band with a zero To is drawn as End says: one that
// still holds ([accord.StillHolds]) runs to the axis end and ends in an
// arrow; one that ended on a date the source does not give
// ([accord.EndedUndated]) is a short stub with a torn right edge; one whose
// end is not stated (zero End or [accord.EndNotStated]) is a short stub
// followed by a dashed outline to the axis end, for "may have gone on". A
// band with a zero From — the source does not say when the status began —
// is drawn as a short stub ending at To (or, if it still holds, at the
// axis end), with a torn left edge. A band needs From, To or an End of
// still-holds; list undated statuses in [Timeline.Undated].
type Band struct {
	From, To accord.Date
	// End says how a band with no To ends; it must be zero when To is
	// given.
	End accord.Ending
	// Category is the Key of one of the timeline's categories.
	Category string
	// Label is written on the band where it fits; empty means the
	// category's label.
	Label string
	// Short is written where Label does not fit; empty means the
	// category's abbreviation.
	Short string
	// Tooltip is the band's <title>: its period, status and citations.
	Tooltip string
}

// Marker is a dated moment on a row, such as a treaty, a law or an invasion.
type Marker struct {
	At accord.Date
	// Label says what happened; it is listed under the chart beside the
	// event's number.
	Label string
	// Tooltip is the marker's <title>: what happened and its citations.
	Tooltip string
}

// Timeline layout, in pixels.
const (
	tlBandH      = 26.0  // height of a band lane
	tlEventH     = 15.0  // height of an event-number lane
	tlEventPad   = 8.0   // space between the event lanes and the bands
	tlRowGap     = 12.0  // space between rows
	tlLabelMax   = 210.0 // widest row-label column
	tlTickGap    = 46.0  // least space between tick labels
	tlMinBand    = 2.0   // narrowest band drawn
	tlStub       = 64.0  // width of a band whose start is not known
	tlMarker     = 5.0   // half-width of an event marker
	tlListIndent = 34.0  // indent of the event list text
)

// placedEvent is an event with its number.
type placedEvent struct {
	Marker
	row int
	num int
}

// marker is the mark of the events of one row on one date: their numbers
// first..last, at x, in a lane above the bands.
type marker struct {
	x           float64
	first, last int
	lane        int
	events      []placedEvent
}

// text returns the marker's label: "4", or "3–5" for several events.
func (m marker) text() string {
	if m.first == m.last {
		return strconv.Itoa(m.first)
	}
	return strconv.Itoa(m.first) + "–" + strconv.Itoa(m.last)
}

// placedBand is a band with its pixel extent and lane.
type placedBand struct {
	Band
	cat    Category
	x0, x1 float64
	solid  float64 // the filled part ends here; beyond it, up to x1, a dashed outline
	lane   int
}

// bounds returns the axis range: Start and End, or the data's extent.
func (t Timeline) bounds() (from, to float64, err error) {
	from, to = math.Inf(1), math.Inf(-1)
	see := func(d accord.Date, end bool) {
		if !d.IsValid() {
			return
		}
		from = min(from, startPos(d))
		if end {
			to = max(to, endPos(d))
		} else {
			to = max(to, startPos(d)+1)
		}
	}
	for _, r := range t.Rows {
		for _, b := range r.Bands {
			see(b.From, false)
			see(b.To, true)
		}
		for _, e := range r.Markers {
			see(e.At, false)
		}
	}
	if t.Start.IsValid() {
		from = startPos(t.Start)
	}
	if t.End.IsValid() {
		to = endPos(t.End)
	}
	if len(t.Segments) > 0 {
		from, to = startPos(t.Segments[0].From), startPos(t.Segments[len(t.Segments)-1].To)
	}
	if math.IsInf(from, 0) || math.IsInf(to, 0) {
		return 0, 0, fmt.Errorf("%w: timeline has no dates", ErrInput)
	}
	if to <= from {
		return 0, 0, fmt.Errorf("%w: timeline ends before it starts", ErrInput)
	}
	return math.Floor(from), math.Ceil(to), nil
}

// check validates the timeline against its categories.
func (t Timeline) check(cats categorySet) error {
	if blank(t.Title) {
		return fmt.Errorf("%w: timeline has no title", ErrInput)
	}
	if len(t.Rows) == 0 {
		return fmt.Errorf("%w: timeline has no rows", ErrInput)
	}
	for i, r := range t.Rows {
		if blank(r.Label) {
			return fmt.Errorf("%w: timeline row %d has no label", ErrInput, i)
		}
		for j, b := range r.Bands {
			if _, ok := cats.get(b.Category); !ok {
				return fmt.Errorf("%w: row %q band %d: unknown category %q", ErrInput, r.Label, j, b.Category)
			}
			if !b.From.IsValid() && !b.To.IsValid() && b.End != accord.StillHolds {
				return fmt.Errorf("%w: row %q band %d has no dates; list it in Undated", ErrInput, r.Label, j)
			}
			if b.End != 0 && (b.To.IsValid() || !b.End.IsValid()) {
				return fmt.Errorf("%w: row %q band %d: end %s beside an end date, or not an ending", ErrInput, r.Label, j, b.End)
			}
			if b.From.IsValid() && b.To.IsValid() && b.To.Compare(b.From) < 0 {
				return fmt.Errorf("%w: row %q band %d ends (%s) before it starts (%s)", ErrInput, r.Label, j, b.To, b.From)
			}
		}
		for j, e := range r.Markers {
			if !e.At.IsValid() {
				return fmt.Errorf("%w: row %q event %d has no date", ErrInput, r.Label, j)
			}
			if blank(e.Label) {
				return fmt.Errorf("%w: row %q event %d has no label", ErrInput, r.Label, j)
			}
		}
	}
	return nil
}

// Render writes the timeline as a standalone SVG 1.1 document to w. The
// output depends only on t: rendering the same timeline twice gives the
// same bytes. Input it cannot draw yields an error wrapping [ErrInput] and
// nothing is written.
func (t Timeline) Render(w io.Writer) error {
	cats, err := resolveCategories(t.Categories)
	if err != nil {
		return err
	}
	if err := t.check(cats); err != nil {
		return err
	}
	from, to, err := t.bounds()
	if err != nil {
		return err
	}
	p := message.NewPrinter(language.English)
	var d doc
	y := d.header(t.Title, t.Desc)

	items := make([]legendItem, 0, len(cats.list)+1)
	for _, c := range cats.list {
		items = append(items, legendItem{text: categoryText(c), draw: swatch(c.Color)})
	}
	items = append(items, legendItem{text: "event (numbered, listed below)", draw: func(d *doc, x, y float64) {
		d.leaf("path", "d", markerPath(x+legendSwatch/2, y+legendSwatch-3), "fill", string(Black))
	}})
	items = append(items, t.endLegend()...)
	y = d.legend("Status", items, y)

	// Row-label column.
	labelW := 0.0
	for _, r := range t.Rows {
		labelW = max(labelW, layout.Measure(r.Label, labelSize, true))
	}
	labelW = min(labelW, tlLabelMax)
	plotX0 := margin + labelW + 16
	plotX1 := float64(chartWidth - margin - 12)
	ax, err := newTimeAxis(from, to, t.Segments, plotX0, plotX1)
	if err != nil {
		return err
	}

	// Place bands and events row by row.
	type rowLayout struct {
		bands      []placedBand
		events     []placedEvent
		markers    []marker
		bandLanes  int
		eventLanes int
	}
	rows := make([]rowLayout, len(t.Rows))
	evNum := 0
	for i, r := range t.Rows {
		var rl rowLayout
		for _, b := range r.Bands {
			c, _ := cats.get(b.Category)
			x0, x1 := plotX0, plotX1
			if b.To.IsValid() {
				x1 = ax.x(startPos(b.To))
			}
			if b.From.IsValid() {
				x0 = ax.x(startPos(b.From))
			} else {
				x0 = max(plotX0, x1-tlStub)
			}
			solid := x1 // where the filled band ends; x1 is where its drawing ends
			if !b.To.IsValid() && b.End != accord.StillHolds && b.From.IsValid() {
				solid = min(x1, x0+tlStub)
				if b.End == accord.EndedUndated {
					x1 = solid
				}
			}
			x1 = max(x1, x0+tlMinBand)
			solid = max(min(solid, x1), x0+tlMinBand)
			rl.bands = append(rl.bands, placedBand{Band: b, cat: c, x0: x0, x1: x1, solid: solid})
		}
		slices.SortStableFunc(rl.bands, func(a, b placedBand) int { return cmp.Compare(a.x0, b.x0) })
		var laneEnd []float64
		for k := range rl.bands {
			b := &rl.bands[k]
			lane := slices.IndexFunc(laneEnd, func(e float64) bool { return e <= b.x0+0.5 })
			if lane < 0 {
				lane = len(laneEnd)
				laneEnd = append(laneEnd, 0)
			}
			laneEnd[lane] = b.x1
			b.lane = lane
		}
		rl.bandLanes = max(1, len(laneEnd))

		evs := slices.Clone(r.Markers)
		slices.SortStableFunc(evs, func(a, b Marker) int { return a.At.Compare(b.At) })
		var evEnd []float64
		for j := 0; j < len(evs); {
			// Events on the same date share one marker, numbered "3–5".
			k := j + 1
			for k < len(evs) && evs[k].At == evs[j].At {
				k++
			}
			mk := marker{x: ax.x(startPos(evs[j].At)), first: evNum + 1, last: evNum + k - j}
			for _, e := range evs[j:k] {
				evNum++
				rl.events = append(rl.events, placedEvent{Marker: e, row: i, num: evNum})
			}
			mk.events = rl.events[len(rl.events)-(k-j):]
			wdt := layout.Measure(mk.text(), smallSize, true) + 4
			lane := slices.IndexFunc(evEnd, func(end float64) bool { return end <= mk.x-wdt/2 })
			if lane < 0 {
				lane = len(evEnd)
				evEnd = append(evEnd, 0)
			}
			evEnd[lane] = mk.x + wdt/2
			mk.lane = lane
			rl.markers = append(rl.markers, mk)
			j = k
		}
		rl.eventLanes = len(evEnd)
		rows[i] = rl
	}

	// Grid and rows, under a row of year labels: the axis is drawn at the
	// top as well as at the bottom, so that the first rows of a tall chart
	// can be read against their years.
	topY := y + 6 + smallSize
	plotTop := topY + 10
	rowY := plotTop
	rowTops := make([]float64, len(rows))
	for i, rl := range rows {
		rowTops[i] = rowY
		rowY += float64(rl.eventLanes)*tlEventH + tlEventPad + float64(rl.bandLanes)*tlBandH + tlRowGap
	}
	plotBottom := rowY - tlRowGap/2
	for i := 1; i < len(rows); i += 2 {
		bottom := plotBottom
		if i+1 < len(rows) {
			bottom = rowTops[i+1] - tlRowGap/2
		}
		d.rect(margin, rowTops[i]-tlRowGap/2, chartWidth-2*margin, bottom-rowTops[i]+tlRowGap/2, "#F4F4F4", "")
	}
	ticks := tickLabels(ax, plotBottom)
	for _, l := range ticks {
		d.line(l.x, plotTop, l.x, plotBottom, midGrey, 0.6, "stroke-dasharray", "2,3")
	}
	d.line(plotX0, plotTop, plotX1, plotTop, Black, 1)
	for _, l := range ticks {
		d.line(l.x, plotTop-4, l.x, plotTop, Black, 1)
		top := l
		top.y = topY
		d.text(top)
	}

	for i, rl := range rows {
		r := t.Rows[i]
		top := rowTops[i]
		bandTop := top + float64(rl.eventLanes)*tlEventH + tlEventPad
		bandsH := float64(rl.bandLanes) * tlBandH
		// Row label, centred on the bands.
		ll := layout.Wrap(r.Label, labelW, labelSize, true, 2)
		ly := bandTop + bandsH/2 - float64(len(ll)-1)*labelSize*lineGap/2 + labelSize*0.35
		if r.Tooltip != "" {
			d.open("g")
			d.title(r.Tooltip)
			d.body.WriteByte('\n')
		}
		d.lines(ll, margin, ly, labelSize, layout.Start, true, Black)
		if r.Tooltip != "" {
			d.close("g")
		}
		// Bands.
		for _, b := range rl.bands {
			by := bandTop + float64(b.lane)*tlBandH
			tip := b.Tooltip
			if tip == "" {
				tip = b.cat.Label + " " + accord.Period{From: b.From, To: b.To, End: b.End}.String()
			}
			d.open("g")
			d.title(tip)
			d.body.WriteByte('\n')
			d.rect(b.x0, by+1, b.solid-b.x0, tlBandH-2, b.cat.Color, "", "stroke", string(white), "stroke-width", "1")
			drawBandEnd(&d, b, by)
			if !b.From.IsValid() {
				// A torn left edge: the start is not known.
				top, h := by+1, tlBandH-2
				d.leaf("path", "d", "M"+num(b.x0-1)+" "+num(top)+"L"+num(b.x0+5)+" "+num(top+h/4)+"L"+num(b.x0)+" "+num(top+h/2)+
					"L"+num(b.x0+5)+" "+num(top+3*h/4)+"L"+num(b.x0-1)+" "+num(top+h)+"Z", "fill", string(white))
			}
			text := cmp.Or(b.Label, b.cat.Label)
			room := b.solid - b.x0 - 6
			if !b.From.IsValid() {
				room -= 10 // the torn edge
			}
			for _, alt := range []string{b.Short, b.cat.Short} {
				if layout.Measure(text, smallSize, false) > room && alt != "" {
					text = alt
				}
			}
			if layout.Measure(text, smallSize, false) > room {
				text = ""
			}
			if text != "" {
				tx := (b.x0 + b.solid) / 2
				if !b.From.IsValid() {
					tx += 5
				}
				d.text(label{text: text, x: tx, y: by + tlBandH/2 + smallSize*0.35, size: smallSize, anchor: layout.Middle, fill: ink(b.cat.Color)})
			}
			d.close("g")
		}
		// Events: a marker above the bands, a rule through them, the
		// number in its lane.
		for _, mk := range rl.markers {
			d.open("g")
			tips := make([]string, len(mk.events))
			for j, e := range mk.events {
				tips[j] = strconv.Itoa(e.num) + ". " + e.At.String() + ": " + e.Label + tipSuffix(e.Tooltip)
			}
			d.title(strings.Join(tips, "\n\n"))
			d.body.WriteByte('\n')
			d.line(mk.x, bandTop, mk.x, bandTop+bandsH, Black, 1.2)
			d.leaf("path", "d", markerPath(mk.x, bandTop), "fill", string(Black))
			ny := top + float64(rl.eventLanes-1-mk.lane)*tlEventH + smallSize*layout.Ascent
			d.text(label{text: mk.text(), x: mk.x, y: ny, size: smallSize, anchor: layout.Middle, bold: true})
			d.close("g")
		}
	}

	// Axis: baseline, ticks, segment breaks, caption.
	d.line(plotX0, plotBottom, plotX1, plotBottom, Black, 1)
	for _, l := range ticks {
		d.line(l.x, plotBottom, l.x, plotBottom+4, Black, 1)
		d.text(l)
	}
	for i, s := range ax.segs {
		if i == 0 {
			continue
		}
		d.line(s.x0, plotTop, s.x0, plotBottom, darkGrey, 1.5, "stroke-dasharray", "6,3")
	}
	caption := "Years."
	if len(ax.segs) > 1 {
		caption = "Years. The time scale changes at each dashed line:"
		for i, s := range ax.segs {
			sep := ";"
			if i == len(ax.segs)-1 {
				sep = "."
			}
			caption += " " + strconv.Itoa(int(math.Floor(s.from))) + "–" + strconv.Itoa(int(math.Ceil(s.to))) +
				p.Sprintf(" at %.1f px a year", ax.pxPerYear(i)) + sep
		}
	}
	caption += " A solid band ending in an arrow at the right edge is still in force as far as its source tells; a dashed outline to the right edge means the source does not say whether it still holds; a torn right edge, that it ended on a date the source does not give; a torn left edge, that the source does not say when the status began. Overlapping bands in one row are different sources' accounts."
	cy := plotBottom + 6 + smallSize + smallSize*lineGap + 4
	cy = d.lines(layout.Wrap(caption, chartWidth-2*margin, smallSize, false, 0), margin, cy, smallSize, layout.Start, false, darkGrey)

	// Event list.
	var events []placedEvent
	for _, rl := range rows {
		events = append(events, rl.events...)
	}
	y = cy + 24
	if len(events) > 0 {
		d.text(label{text: "Events", x: margin, y: y, size: labelSize, bold: true})
		y += labelSize * lineGap * 1.2
		for _, e := range events {
			text := t.Rows[e.row].Label + ", " + e.At.String() + ": " + e.Label
			ls := layout.Wrap(text, chartWidth-2*margin-tlListIndent, smallSize+1, false, 0)
			d.open("g")
			d.title(cmp.Or(e.Tooltip, text))
			d.body.WriteByte('\n')
			d.text(label{text: strconv.Itoa(e.num), x: margin + tlListIndent - 8, y: y, size: smallSize + 1, anchor: layout.End, bold: true})
			y = d.lines(ls, margin+tlListIndent, y, smallSize+1, layout.Start, false, Black)
			d.close("g")
			y += (smallSize + 1) * lineGap
		}
		y -= (smallSize + 1) * lineGap
	}
	if len(t.Undated) > 0 {
		// Two columns, filled top to bottom, the first one no shorter.
		y += (smallSize+1)*lineGap + 10
		d.text(label{text: "Not on the time axis: the sources give no date", x: margin, y: y, size: labelSize, bold: true})
		y += labelSize * lineGap * 1.2
		const gap = 24.0
		colW := (chartWidth - 2*margin - gap) / 2
		lh := (smallSize + 1) * lineGap
		texts := make([][]string, len(t.Undated))
		total := 0
		for i, a := range t.Undated {
			text := a.Label
			if a.Row != "" {
				text = a.Row + ": " + a.Label
			}
			texts[i] = layout.Wrap(text, colW-tlListIndent/2, smallSize+1, false, 0)
			total += len(texts[i])
		}
		top, bottom := y, y
		cy, x, used := y, float64(margin), 0
		for i, a := range t.Undated {
			if x == margin && used >= (total+1)/2 {
				x, cy = margin+colW+gap, top
			}
			d.open("g")
			d.title(cmp.Or(a.Tooltip, a.Label))
			d.body.WriteByte('\n')
			d.text(label{text: "•", x: x + tlListIndent/2 - 8, y: cy, size: smallSize + 1, anchor: layout.End})
			end := d.lines(texts[i], x+tlListIndent/2, cy, smallSize+1, layout.Start, false, Black)
			d.close("g")
			used += len(texts[i])
			bottom = max(bottom, end)
			cy += float64(len(texts[i])) * lh
		}
		y = bottom
	}
	if t.Note != "" {
		y = d.lines(layout.Wrap(t.Note, chartWidth-2*margin, smallSize, false, 0), margin, y+smallSize*lineGap+8, smallSize, layout.Start, false, darkGrey)
	}
	return d.writeTo(w, y+margin, "timeline", t.Title, t.Desc, "")
}

// tickLabels returns the year labels under the axis at baseline y: the
// axis's ticks, dropping any whose label would crowd one already placed
// (segment boundaries come first, so they are kept).
func tickLabels(ax timeAxis, y float64) []label {
	var out []label
	var placed []layout.Box
	ticks := ax.ticks(tlTickGap)
	slices.SortStableFunc(ticks, func(a, b tick) int { return cmp.Compare(boolInt(b.major), boolInt(a.major)) })
	for _, tk := range ticks {
		// Years are labels, not quantities: no digit grouping.
		l := label{text: strconv.Itoa(tk.year), x: ax.x(float64(tk.year)), y: y + 6 + smallSize, size: smallSize, anchor: layout.Middle, bold: tk.major}
		b := l.box()
		if b.X < margin || b.X+b.W > chartWidth-margin || slices.ContainsFunc(placed, func(p layout.Box) bool { return grow(p, 3).Overlaps(b) }) {
			continue
		}
		placed = append(placed, b)
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b label) int { return cmp.Compare(a.x, b.x) })
	return out
}

// markerPath returns a downward triangle whose tip is at (x, y).
func markerPath(x, y float64) string {
	return "M" + num(x-tlMarker) + " " + num(y-2*tlMarker+1) + "L" + num(x+tlMarker) + " " + num(y-2*tlMarker+1) + "L" + num(x) + " " + num(y) + "Z"
}

// tipSuffix returns " — tip" or "".
func tipSuffix(tip string) string {
	if tip == "" {
		return ""
	}
	return " — " + tip
}

// grow returns b enlarged by m on every side.
func grow(b layout.Box, m float64) layout.Box {
	return layout.Box{X: b.X - m, Y: b.Y - m, W: b.W + 2*m, H: b.H + 2*m}
}

// boolInt returns 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
