package chart_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"log"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/chart"
)

// countElements returns how many elements of each kind an SVG document
// holds.
func countElements(svg []byte) map[string]int {
	counts := map[string]int{}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := dec.Token()
		if err != nil {
			return counts
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
		}
	}
}

// A ranking of two made-up instruments: render it and count what it drew.
func Example() {
	r := chart.Ranking{
		Title:      "Two instruments",
		Desc:       "Made-up data for the example.",
		Categories: []chart.Category{{Key: "treaty", Label: "treaty"}, {Key: "memo", Label: "memorandum"}},
		Bars: []chart.Bar{
			{Label: "A memorandum", Value: 1, ValueLabel: "assurance", Category: "memo", Findings: []string{"No duty to act."}},
			{Label: "A treaty", Value: 3, ValueLabel: "guarantee", Category: "treaty", Findings: []string{"Binding.", "Ratified."}},
		},
		Max: 4,
	}
	var buf bytes.Buffer
	if err := r.Render(&buf); err != nil {
		log.Fatal(err)
	}
	c := countElements(buf.Bytes())
	// One <title> for the chart and one per bar; rectangles for the
	// background, two legend swatches and two bars; labels for the title,
	// description, legend (3), axis (0 to 4), bars (name, value, category)
	// and findings (bullet and text).
	fmt.Println("titles:", c["title"], "rects:", c["rect"], "texts:", c["text"])
	// Output:
	// titles: 3 rects: 5 texts: 22
}

// A posture timeline with one state: a band that has ended, one still in
// force, and the event between them.
func ExampleTimeline() {
	d := accord.MustParseDate
	t := chart.Timeline{
		Title:      "One state",
		Categories: []chart.Category{{Key: "na", Label: "non-aligned"}, {Key: "al", Label: "allied"}},
		End:        d("2025"),
		Rows: []chart.TimelineRow{{
			Label:   "Sweden",
			Bands:   []chart.Band{{From: d("1991"), To: d("2024-03"), Category: "na"}, {From: d("2024-03"), End: accord.StillHolds, Category: "al"}},
			Markers: []chart.Marker{{At: d("2024-03"), Label: "joins the alliance", Tooltip: "made-up citation"}},
		}},
	}
	var buf bytes.Buffer
	if err := t.Render(&buf); err != nil {
		log.Fatal(err)
	}
	c := countElements(buf.Bytes())
	// Rectangles for the background, three legend swatches (the two
	// statuses and "still holds") and two bands; paths for the legend's
	// marker and the event's, and the arrows of "still holds" on the band
	// and in the legend.
	fmt.Println("rects:", c["rect"], "paths:", c["path"])
	// Output:
	// rects: 6 paths: 4
}

// Clashes lists the issues on which two actors take opposite sides.
func ExampleGrid_Clashes() {
	m := chart.Grid{
		Categories: []chart.Category{
			{Key: "supports", Label: "supports", Side: 1},
			{Key: "open", Label: "open"},
			{Key: "rejects", Label: "rejects", Side: -1},
		},
		Rows: []chart.Header{{Key: "a", Label: "A"}, {Key: "b", Label: "B"}},
		Cols: []chart.Header{{Key: "neutrality", Label: "neutrality"}, {Key: "caps", Label: "force caps"}, {Key: "eu", Label: "EU"}},
		Cells: []chart.Cell{
			{Row: "a", Col: "neutrality", Category: "supports"}, {Row: "b", Col: "neutrality", Category: "rejects"},
			{Row: "a", Col: "caps", Category: "open"}, {Row: "b", Col: "caps", Category: "rejects"},
			{Row: "a", Col: "eu", Category: "rejects", RedLine: true}, {Row: "b", Col: "eu", Category: "supports"},
		},
		Highlight: chart.Pair{A: "a", B: "b"},
	}
	fmt.Println(m.Clashes())
	// Output:
	// [neutrality eu]
}
