package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/accordmodel/accord/corpus/chart/internal/layout"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// node is a parsed SVG element.
type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Content string     `xml:",chardata"`
	Nodes   []node     `xml:",any"`
}

// attr returns the value of the attribute with the given local name.
func (n node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// walk calls f on n and every descendant, depth first.
func (n node) walk(f func(node)) {
	f(n)
	for _, c := range n.Nodes {
		c.walk(f)
	}
}

// parsedText is a <text> element with the box the layout estimate gives it.
type parsedText struct {
	text string
	box  layout.Box
}

// svgReport is what the tests read out of a rendered chart.
type svgReport struct {
	root   node
	texts  []parsedText
	titles []string
	counts map[string]int
	height float64
}

// svg11 lists the elements and attributes the renderers may use: all of
// them are SVG 1.1 (no SVG 2 features such as paint-order).
var svg11 = map[string][]string{
	"svg":     {"xmlns", "version", "width", "height", "viewBox", "font-family", "role", "aria-labelledby", "lang"},
	"title":   {"id"},
	"desc":    {"id"},
	"defs":    {},
	"pattern": {"id", "x", "y", "width", "height", "patternUnits", "patternTransform"},
	"g":       {},
	"rect":    {"x", "y", "width", "height", "fill", "stroke", "stroke-width", "stroke-dasharray", "fill-opacity", "rx"},
	"line":    {"x1", "y1", "x2", "y2", "stroke", "stroke-width", "stroke-dasharray"},
	"path":    {"d", "fill"},
	"circle":  {"cx", "cy", "r", "fill", "stroke", "stroke-width"},
	"text":    {"x", "y", "font-size", "font-weight", "text-anchor", "fill", "transform"},
}

// minTextSize is the smallest font size, in pixels, any chart may set.
const minTextSize = 12

// inspect parses a rendered chart with encoding/xml and checks the
// structure every chart must have.
func inspect(t *testing.T, data []byte) svgReport {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var root node
	require.NoError(t, dec.Decode(&root), "the chart must be well-formed XML")
	require.Equal(t, "svg", root.XMLName.Local)
	assert.Equal(t, "http://www.w3.org/2000/svg", root.XMLName.Space)
	assert.Equal(t, "1.1", root.attr("version"))
	assert.Equal(t, strconv.Itoa(chartWidth), root.attr("width"))
	require.GreaterOrEqual(t, len(root.Nodes), 2)
	assert.Equal(t, "title", root.Nodes[0].XMLName.Local, "the accessible name comes first")
	assert.NotEmpty(t, strings.TrimSpace(root.Nodes[0].Content))
	assert.Equal(t, "desc", root.Nodes[1].XMLName.Local, "the accessible description comes second")
	assert.NotEmpty(t, strings.TrimSpace(root.Nodes[1].Content))
	// Accessibility: an image named by its title and description, in
	// English, with ids of its own.
	assert.Equal(t, "img", root.attr("role"))
	titleID, descID := root.Nodes[0].attr("id"), root.Nodes[1].attr("id")
	assert.NotEmpty(t, titleID, "the title has an id")
	assert.NotEmpty(t, descID, "the description has an id")
	assert.Equal(t, titleID+" "+descID, root.attr("aria-labelledby"), "aria-labelledby names the title and the description")
	var langs []string
	for _, a := range root.Attrs {
		if a.Name.Local == "lang" {
			langs = append(langs, a.Name.Space+" "+a.Value)
		}
	}
	assert.ElementsMatch(t, []string{"http://www.w3.org/XML/1998/namespace en", " en"}, langs, "xml:lang and lang say English")
	h, err := strconv.ParseFloat(root.attr("height"), 64)
	require.NoError(t, err)
	assert.Equal(t, fmt.Sprintf("0 0 %d %s", chartWidth, root.attr("height")), root.attr("viewBox"))

	r := svgReport{root: root, counts: map[string]int{}, height: h}
	ids := map[string]bool{}
	root.walk(func(n node) {
		name := n.XMLName.Local
		r.counts[name]++
		allowed, ok := svg11[name]
		if assert.Truef(t, ok, "element <%s> is not in the SVG 1.1 subset the charts use", name) {
			for _, a := range n.Attrs {
				assert.Containsf(t, allowed, a.Name.Local, "attribute %s on <%s>", a.Name.Local, name)
			}
		}
		if id := n.attr("id"); id != "" {
			assert.Falsef(t, ids[id], "id %q is used twice", id)
			ids[id] = true
		}
		if f := n.attr("fill"); strings.HasPrefix(f, "url(#") {
			assert.Truef(t, ids[strings.TrimSuffix(strings.TrimPrefix(f, "url(#"), ")")], "fill %s refers to a pattern defined earlier", f)
		}
		switch name {
		case "title":
			r.titles = append(r.titles, n.Content)
		case "text":
			x, ex := strconv.ParseFloat(n.attr("x"), 64)
			y, ey := strconv.ParseFloat(n.attr("y"), 64)
			size, es := strconv.ParseFloat(n.attr("font-size"), 64)
			require.NoError(t, ex)
			require.NoError(t, ey)
			require.NoError(t, es)
			assert.GreaterOrEqualf(t, size, float64(minTextSize), "text %q is smaller than %d px", n.Content, minTextSize)
			anchor := layout.Start
			switch n.attr("text-anchor") {
			case "middle":
				anchor = layout.Middle
			case "end":
				anchor = layout.End
			}
			assert.NotEmpty(t, n.Content, "no empty labels")
			box := layout.TextBox(n.Content, x, y, size, anchor, n.attr("font-weight") == "bold")
			if tr := n.attr("transform"); tr != "" {
				// The one transform the charts use: a quarter turn
				// anticlockwise about the label's own origin.
				require.Equal(t, "rotate(-90 "+n.attr("x")+" "+n.attr("y")+")", tr, "text %q", n.Content)
				box = quarterTurn(box, x, y)
			}
			r.texts = append(r.texts, parsedText{text: n.Content, box: box})
		}
	})
	return r
}

// checkLayout asserts that no two labels overlap and that every label lies
// on the canvas.
func checkLayout(t *testing.T, r svgReport) {
	t.Helper()
	canvas := layout.Box{W: chartWidth, H: r.height}
	for i, a := range r.texts {
		assert.Truef(t, inside(a.box, canvas), "label %q (%+v) leaves the %v px tall canvas", a.text, a.box, r.height)
		for _, b := range r.texts[i+1:] {
			assert.Falsef(t, a.box.Overlaps(b.box), "labels %q %+v and %q %+v overlap", a.text, a.box, b.text, b.box)
		}
	}
}

// visible returns every label of the chart joined by newlines.
func (r svgReport) visible() string {
	var b strings.Builder
	for _, t := range r.texts {
		b.WriteString(t.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// tooltips returns every <title> joined by newlines.
func (r svgReport) tooltips() string { return strings.Join(r.titles, "\n") }

// inside reports whether b lies entirely within c.
func inside(b, c layout.Box) bool {
	const eps = 1e-6
	return b.X >= c.X-eps && b.Y >= c.Y-eps && b.X+b.W <= c.X+c.W+eps && b.Y+b.H <= c.Y+c.H+eps
}
