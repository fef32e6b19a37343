package corpus

import (
	"fmt"
	"strconv"
	"strings"
)

// String returns the citation with where it occurs in the data files,
// "file:line:col: record path: citation", as the loader reports a
// problem:
//
//	positions/kyiv-official-stance.json:12:9: positions[0].evidence[0]: kyiv-official-stance: "non-bloc status"
//
// Without a file it is the citation alone.
func (c Cited) String() string {
	if c.File == "" {
		return c.Citation.String()
	}
	loc := c.File
	if c.Line > 0 {
		loc = fmt.Sprintf("%s:%d:%d", c.File, c.Line, c.Column)
	}
	if p := c.Path.String(); p != "" {
		loc += ": " + p
	}
	return loc + ": " + c.Citation.String()
}

// String returns the status as [neutrality.Status.String] writes it; its
// documents include the article it was coded from.
func (s SourcedStatus) String() string { return s.Status.String() }

// String returns the demand as [neutrality.Demand.String] writes it; its
// documents include the article it was coded from.
func (d SourcedDemand) String() string { return d.Demand.String() }

// String returns the hit on one line: the record's kind and title, its id,
// and the citation that anchors it in an article:
// `position "Ukraine: supports eu-membership" (ua-eu-2022) — lawfare-armed-neutrality: "…"`.
// The score and snippet are left out.
func (h SearchHit) String() string {
	s := h.Kind.String() + " " + strconv.Quote(h.Title) + " (" + h.ID + ")"
	if !h.Citation.IsZero() {
		s += " — " + h.Citation.String()
	}
	return s
}

// String returns the document's title with its id, kind and when it was
// written: "Armed neutrality for Ukraine (lawfare-armed-neutrality,
// legal-analysis, 2025)".
func (d Document) String() string {
	title := d.Title
	if title == "" {
		title = "untitled"
	}
	parts := []string{d.ID, d.Kind.String()}
	if w := d.Written.String(); w != "" {
		parts = append(parts, w)
	}
	return title + " (" + strings.Join(parts, ", ") + ")"
}
