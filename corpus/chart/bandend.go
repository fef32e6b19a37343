package chart

import "github.com/accordmodel/accord"

// How a band whose end date the source does not give is drawn, so that
// "still holds", "ended, date not stated" and "end not stated" are three
// different marks on the chart, never one bar running to the present:
//
//   - still holds: the band runs to the axis end and ends in an arrow;
//   - ended, date not stated: a short stub with a torn right edge, and
//     nothing after it;
//   - end not stated: a short stub, then a dashed outline to the axis end
//     ("may have gone on; the source does not say").

// drawBandEnd draws the mark at the right end of band b, whose lane's top
// is by.
func drawBandEnd(d *doc, b placedBand, by float64) {
	if b.To.IsValid() {
		return
	}
	top, h := by+1, tlBandH-2
	switch b.End {
	case accord.StillHolds:
		arrowEnd(d, b.x1, top, h)
	case accord.EndedUndated:
		tornRight(d, b.solid, top, h)
	default:
		if b.x1 > b.solid+1 {
			dashedTail(d, b.solid, b.x1, top, h, b.cat.Color)
		}
	}
}

// arrowEnd draws a white arrowhead into the right end of a band at x: the
// status runs on past the chart's end.
func arrowEnd(d *doc, x, top, h float64) {
	d.leaf("path", "d", "M"+num(x-9)+" "+num(top+h/2-6)+"L"+num(x-2)+" "+num(top+h/2)+"L"+num(x-9)+" "+num(top+h/2+6)+"Z",
		"fill", string(white))
}

// tornRight cuts a torn (zigzag) right edge into a band ending at x.
func tornRight(d *doc, x, top, h float64) {
	d.leaf("path", "d", "M"+num(x+1)+" "+num(top)+"L"+num(x-5)+" "+num(top+h/4)+"L"+num(x)+" "+num(top+h/2)+
		"L"+num(x-5)+" "+num(top+3*h/4)+"L"+num(x+1)+" "+num(top+h)+"Z", "fill", string(white))
}

// dashedTail draws an unfilled dashed outline from x0 to x1: the status
// may have gone on, but the source does not say.
func dashedTail(d *doc, x0, x1, top, h float64, c Color) {
	d.leaf("rect", "x", num(x0+2), "y", num(top+2), "width", num(x1-x0-4), "height", num(h-4),
		"fill", "none", "stroke", string(c), "stroke-width", "1.5", "stroke-dasharray", "4,3")
}

// endLegend returns the legend entries for the band ends the timeline
// uses, in a fixed order.
func (t Timeline) endLegend() []legendItem {
	used := map[accord.Ending]bool{}
	for _, r := range t.Rows {
		for _, b := range r.Bands {
			switch {
			case b.To.IsValid():
			case b.End == accord.StillHolds || b.End == accord.EndedUndated:
				used[b.End] = true
			case b.From.IsValid():
				used[accord.EndNotStated] = true
			}
		}
	}
	var items []legendItem
	if used[accord.StillHolds] {
		items = append(items, legendItem{text: "still holds (arrow)", draw: func(d *doc, x, y float64) {
			d.rect(x, y, legendSwatch, legendSwatch, midGrey, "")
			arrowEnd(d, x+legendSwatch, y, legendSwatch)
		}})
	}
	if used[accord.EndedUndated] {
		items = append(items, legendItem{text: "ended, date not stated (torn end)", draw: func(d *doc, x, y float64) {
			d.rect(x, y, legendSwatch, legendSwatch, midGrey, "")
			tornRight(d, x+legendSwatch, y, legendSwatch)
		}})
	}
	if used[accord.EndNotStated] {
		items = append(items, legendItem{text: "end not stated (dashed)", draw: func(d *doc, x, y float64) {
			d.rect(x, y, legendSwatch/2, legendSwatch, midGrey, "")
			dashedTail(d, x+legendSwatch/2-2, x+legendSwatch+4, y, legendSwatch, midGrey)
		}})
	}
	return items
}
