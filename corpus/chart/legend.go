package chart

import "github.com/accordmodel/accord/corpus/chart/internal/layout"

// legendItem is one entry of a legend: a swatch drawn by draw and its text.
type legendItem struct {
	text string
	draw func(d *doc, x, y float64) // draws a legendSwatch square at x, y
}

// legend lays the items out left to right, wrapping to new rows, starting
// at y under a bold caption, and returns the y below the legend.
func (d *doc) legend(caption string, items []legendItem, y float64) float64 {
	size := float64(smallSize + 1)
	rowH := float64(legendSwatch) + 8
	x := float64(margin)
	if caption != "" {
		d.text(label{text: caption, x: x, y: y + legendSwatch - 3, size: size, bold: true})
		x += layout.Measure(caption, size, true) + 12
	}
	startX := x
	for _, it := range items {
		text := layout.Abbreviate(it.text, chartWidth-2*margin-legendSwatch-6, size, false)
		w := legendSwatch + 6 + layout.Measure(text, size, false) + 18
		if x > startX && x+w > chartWidth-margin {
			x = startX
			y += rowH
		}
		it.draw(d, x, y)
		d.text(label{text: text, x: x + legendSwatch + 6, y: y + legendSwatch - 3, size: size})
		x += w
	}
	return y + rowH + 6
}

// swatch returns a legend drawer for a plain colour square.
func swatch(fill Color) func(d *doc, x, y float64) {
	return func(d *doc, x, y float64) {
		d.rect(x, y, legendSwatch, legendSwatch, fill, "", "stroke", string(darkGrey), "stroke-width", "0.5")
	}
}

// categoryText returns the legend text of a category: its label, with its
// abbreviation when it has one.
func categoryText(c Category) string {
	if c.Short != "" && c.Short != c.Label {
		return c.Label + " (" + c.Short + ")"
	}
	return c.Label
}
