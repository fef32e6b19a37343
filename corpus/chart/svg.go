package chart

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/accordmodel/accord/corpus/chart/internal/layout"
)

// ErrInput is wrapped by every error a renderer returns for input it cannot
// draw: a band that ends before it starts, a cell of an unknown row, a
// value that is not a finite number. Test for it with errors.Is.
var ErrInput = errors.New("chart: bad input")

// chartWidth is the width in pixels of every chart: wide enough for a laptop
// screen and, scaled, for an A4 page in landscape.
const chartWidth = 1200

// Layout constants shared by the charts, in pixels.
const (
	margin       = 24   // outer margin on every side
	titleSize    = 20   // chart title
	descSize     = 13   // visible description under the title
	labelSize    = 13   // row and column headers
	smallSize    = 12   // labels inside shapes, ticks, notes: the smallest text on any chart
	lineGap      = 1.35 // line height as a multiple of the font size
	legendSwatch = 16   // side of a legend swatch
)

// label is one line of text placed on the chart.
type label struct {
	text   string
	x, y   float64 // y is the baseline
	size   float64
	anchor layout.Anchor
	bold   bool
	fill   Color
	// upright sets the label vertically, reading upwards: rotated a
	// quarter turn anticlockwise about x, y.
	upright bool
}

// box returns the box the label covers, by the layout estimate.
func (l label) box() layout.Box {
	b := layout.TextBox(l.text, l.x, l.y, l.size, l.anchor, l.bold)
	if l.upright {
		b = quarterTurn(b, l.x, l.y)
	}
	return b
}

// quarterTurn returns box b turned a quarter turn anticlockwise on the
// screen about x, y, as rotate(-90 x y) turns it: a point x+dx, y+dy goes
// to x+dy, y-dx.
func quarterTurn(b layout.Box, x, y float64) layout.Box {
	return layout.Box{X: x + (b.Y - y), Y: y - (b.X + b.W - x), W: b.H, H: b.W}
}

// doc accumulates the body of one SVG document. Attributes are written in
// the order given and numbers are rounded to hundredths, so that the same
// input always gives the same bytes.
type doc struct {
	body bytes.Buffer
}

// num formats a coordinate: rounded to two decimals, without trailing zeros.
func num(v float64) string {
	v = math.Round(v*100) / 100
	if v == 0 {
		v = 0 // no "-0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// escape returns s escaped for XML text and attribute values; characters
// XML cannot carry become U+FFFD.
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // writing to a strings.Builder cannot fail
	return b.String()
}

// attrs writes name="value" pairs.
func (d *doc) attrs(kv []string) {
	for i := 0; i+1 < len(kv); i += 2 {
		d.body.WriteString(" " + kv[i] + `="` + escape(kv[i+1]) + `"`)
	}
}

// open starts an element with attributes given as name, value pairs.
func (d *doc) open(name string, kv ...string) {
	d.body.WriteString("<" + name)
	d.attrs(kv)
	d.body.WriteString(">\n")
}

// close ends an element.
func (d *doc) close(name string) {
	d.body.WriteString("</" + name + ">\n")
}

// leaf writes an empty element.
func (d *doc) leaf(name string, kv ...string) {
	d.body.WriteString("<" + name)
	d.attrs(kv)
	d.body.WriteString("/>\n")
}

// leafTitled writes an element whose only child is a <title> tooltip, or
// an empty element when tip is empty.
func (d *doc) leafTitled(name, tip string, kv ...string) {
	if tip == "" {
		d.leaf(name, kv...)
		return
	}
	d.body.WriteByte('<')
	d.body.WriteString(name)
	d.attrs(kv)
	d.body.WriteString(">")
	d.title(tip)
	d.close(name)
}

// title writes a <title> element: the tooltip or accessible name of its
// parent.
func (d *doc) title(s string) {
	d.body.WriteString("<title>")
	d.body.WriteString(escape(s))
	d.body.WriteString("</title>")
}

// text writes one label.
func (d *doc) text(l label) {
	kv := []string{"x", num(l.x), "y", num(l.y), "font-size", num(l.size)}
	if l.anchor != layout.Start {
		kv = append(kv, "text-anchor", l.anchor.String())
	}
	if l.bold {
		kv = append(kv, "font-weight", "bold")
	}
	fill := cmp.Or(l.fill, Black)
	kv = append(kv, "fill", string(fill))
	if l.upright {
		kv = append(kv, "transform", "rotate(-90 "+num(l.x)+" "+num(l.y)+")")
	}
	d.body.WriteString("<text")
	d.attrs(kv)
	d.body.WriteByte('>')
	d.body.WriteString(escape(l.text))
	d.body.WriteString("</text>\n")
}

// rect writes a rectangle; tip, when not empty, becomes its tooltip.
func (d *doc) rect(x, y, w, h float64, fill Color, tip string, extra ...string) {
	kv := append([]string{"x", num(x), "y", num(y), "width", num(w), "height", num(h), "fill", string(fill)}, extra...)
	d.leafTitled("rect", tip, kv...)
}

// line writes a line segment.
func (d *doc) line(x1, y1, x2, y2 float64, stroke Color, width float64, extra ...string) {
	kv := append([]string{"x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2),
		"stroke", string(stroke), "stroke-width", num(width)}, extra...)
	d.leaf("line", kv...)
}

// writeTo writes the complete document — XML declaration, SVG 1.1 doctype,
// root element with the accessible title and description, shared
// definitions, a white background and the body — to w. A blank desc is
// replaced by the title. kind names the chart ("matrix", "ranking",
// "timeline") in its ids.
//
// The root element is an image to assistive technology (role="img"),
// named by its <title> and <desc> (aria-labelledby), in English (xml:lang
// and lang). Its ids — of the title, the description and any pattern —
// start with the chart's idPrefix, so that several charts can sit in one
// HTML page without two elements sharing an id. role, aria-labelledby and
// lang are not in the SVG 1.1 DTD, so the doctype declares them in its
// internal subset and the document stays valid.
func (d *doc) writeTo(w io.Writer, height float64, kind, title, desc, defs string) error {
	if w == nil {
		return errors.New("chart: Render needs a writer, not nil")
	}
	if blank(desc) {
		desc = title
	}
	h := num(math.Ceil(height))
	prefix := idPrefix(kind, h, title, desc, defs, d.body.Bytes())
	body := bytes.ReplaceAll(d.body.Bytes(), []byte(`"url(#`+hatchID+`)"`), []byte(`"url(#`+prefix+`-hatch)"`))
	defs = strings.ReplaceAll(defs, `id="`+hatchID+`"`, `id="`+prefix+`-hatch"`)
	var out bytes.Buffer
	out.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>` + "\n")
	out.WriteString(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [` + "\n" +
		`<!ATTLIST svg role CDATA #IMPLIED aria-labelledby IDREFS #IMPLIED lang NMTOKEN #IMPLIED>` + "\n]>\n")
	fmt.Fprintf(&out, `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%d" height="%s" viewBox="0 0 %d %s" font-family="%s"`+
		` role="img" aria-labelledby="%s-title %s-desc" xml:lang="en" lang="en">`+"\n",
		chartWidth, h, chartWidth, h, escape(layout.FontFamily), prefix, prefix)
	out.WriteString(`<title id="` + prefix + `-title">` + escape(title) + "</title>\n")
	out.WriteString(`<desc id="` + prefix + `-desc">` + escape(desc) + "</desc>\n")
	if defs != "" {
		out.WriteString("<defs>\n" + defs + "</defs>\n")
	}
	fmt.Fprintf(&out, `<rect x="0" y="0" width="%d" height="%s" fill="%s"/>`+"\n", chartWidth, h, white)
	out.Write(body)
	out.WriteString("</svg>\n")
	_, err := w.Write(out.Bytes())
	return err
}

// idPrefix returns the prefix of a chart's ids: "accord-", the kind of
// chart and a hash of everything the chart shows. The same chart always
// gets the same ids, and two different charts, even of the same kind and
// title, almost surely different ones.
func idPrefix(kind string, parts ...any) string {
	h := fnv.New32a()
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			h.Write([]byte(v))
		case []byte:
			h.Write(v)
		}
		h.Write([]byte{0})
	}
	return fmt.Sprintf("accord-%s-%08x", kind, h.Sum32())
}

// hatchID is the id under which the body refers to the pattern conditional
// cells are hatched with; writeTo replaces it by the chart's own id.
const hatchID = "accord-hatch"

// hatchDefs is the pattern conditional cells are hatched with.
const hatchDefs = `<pattern id="` + hatchID + `" x="0" y="0" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect x="0" y="0" width="2.5" height="7" fill="#000000" fill-opacity="0.45"/>
</pattern>
`

// lines writes a block of lines starting with the first baseline at y and
// returns the y just below the block.
func (d *doc) lines(ls []string, x, y, size float64, anchor layout.Anchor, bold bool, fill Color) float64 {
	for i, s := range ls {
		d.text(label{text: s, x: x, y: y + float64(i)*size*lineGap, size: size, anchor: anchor, bold: bold, fill: fill})
	}
	return y + float64(len(ls))*size*lineGap - size
}

// header writes the visible title and description at the top of a chart
// and returns the y where the content below them starts.
func (d *doc) header(title, desc string) float64 {
	y := float64(margin) + titleSize*layout.Ascent
	tl := layout.Wrap(title, chartWidth-2*margin, titleSize, true, 2)
	y = d.lines(tl, margin, y, titleSize, layout.Start, true, Black)
	if dl := layout.Wrap(desc, chartWidth-2*margin, descSize, false, 4); len(dl) > 0 {
		y = d.lines(dl, margin, y+descSize*lineGap+4, descSize, layout.Start, false, darkGrey)
	}
	return y + layout.Descent*descSize + 14
}

// fitLabel returns the category's label when it fits in width, its
// abbreviation when that fits, and otherwise the label abbreviated.
func fitLabel(c Category, width, size float64, bold bool) string {
	if layout.Measure(c.Label, size, bold) <= width {
		return c.Label
	}
	if c.Short != "" && layout.Measure(c.Short, size, bold) <= width {
		return c.Short
	}
	return layout.Abbreviate(c.Label, width, size, bold)
}

// blank reports whether s has nothing to show: it is empty or white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// finite reports whether v is a finite number.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
