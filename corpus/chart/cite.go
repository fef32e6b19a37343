package chart

import (
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
)

// citeText renders citations for a tooltip, one per line:
// `doc-id: "anchor phrase"`, with the coder's note when there is one.
func citeText(ev []accord.Citation) string {
	var b strings.Builder
	for i, c := range ev {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("[")
		b.WriteString(c.Doc)
		b.WriteString(`] "`)
		b.WriteString(c.Anchor)
		b.WriteString(`"`)
		if c.Note != "" {
			b.WriteString(" (")
			b.WriteString(c.Note)
			b.WriteString(")")
		}
	}
	return b.String()
}

// yearSpan renders a period by its years: "2022", "2010–2014", "2014–"
// (still holds), "–1990", or "" for the zero Period.
func yearSpan(p accord.Period) string {
	y := func(d accord.Date) string {
		if !d.IsValid() {
			return ""
		}
		return strconv.Itoa(d.Year())
	}
	switch {
	case p.IsZero():
		return ""
	case p.From.IsValid() && p.To.IsValid() && p.From.Year() == p.To.Year():
		return y(p.From)
	}
	return y(p.From) + "–" + y(p.To)
}

// words turns a wire name into words: "neutrality-policy" → "neutrality
// policy".
func words(name string) string { return strings.ReplaceAll(name, "-", " ") }
