package corpus

import "fmt"

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
