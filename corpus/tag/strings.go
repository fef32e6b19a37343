package tag

import (
	"strconv"
	"strings"
)

// String returns the target's display name, or its id when it has none.
func (t Target) String() string {
	if t.Name != "" {
		return t.Name
	}
	return t.ID
}

// String returns the mention on one line: its kind, the text as written
// (quoted) and what it resolves to — the targets' names, joined by " or "
// and marked when the name is ambiguous, or the figure read:
//
//	actor "Kyiv" → Ukraine
//	figure "250,000 troops" → 250,000 personnel
//	actor "foreign ministry" → Ministry of Foreign Affairs of Russia or … (ambiguous)
//
// A short form the text defines is marked "(short form)".
func (m Mention) String() string {
	var b strings.Builder
	b.WriteString(m.Kind.String() + " " + strconv.Quote(m.Text))
	if m.Kind == Figure {
		if f := m.Figure.String(); f != "" {
			b.WriteString(" → " + f)
		}
	} else if len(m.Targets) > 0 {
		names := make([]string, len(m.Targets))
		for i, t := range m.Targets {
			names[i] = t.String()
		}
		b.WriteString(" → " + strings.Join(names, " or "))
	}
	if m.Ambiguous {
		b.WriteString(" (ambiguous)")
	}
	if m.ShortForm {
		b.WriteString(" (short form)")
	}
	return b.String()
}
