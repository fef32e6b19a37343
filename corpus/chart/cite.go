package chart

import (
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
)

// citeText renders citations for a tooltip, one per line, as
// [accord.Citation.String] writes them everywhere: `doc-id: "anchor
// phrase" (note)`.
func citeText(ev []accord.Citation) string {
	lines := make([]string, len(ev))
	for i, c := range ev {
		lines[i] = c.String()
	}
	return strings.Join(lines, "\n")
}

// yearSpan renders a period by its years: "2022", "2010–2014", "–1990",
// or "" for the zero Period. An open end says how the article leaves it,
// never blurring the three: "2014–" still holds, "2014–?" the article
// does not say whether it still holds, "2014–ended" ended on a date the
// article does not give.
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
	end := y(p.To)
	switch p.End {
	case accord.EndNotStated:
		end = "?"
	case accord.EndedUndated:
		end = "ended"
	}
	return y(p.From) + "–" + end
}

// words turns a wire name into words: "neutrality-policy" → "neutrality
// policy".
func words(name string) string { return strings.ReplaceAll(name, "-", " ") }
