package guarantees

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Difference is one finding that two assessments do not share: which side
// has it, and what it does to that side's score.
type Difference struct {
	Kind FindingKind
	InA  bool
	InB  bool
}

// Favours returns -1 when the difference favours A, 1 when it favours B:
// a strength favours the side that has it, a weakness the side that lacks
// it.
func (d Difference) Favours() int {
	aHas := d.InA && !d.InB
	if (d.Kind.Effect() == Strength) == aHas {
		return -1
	}
	return 1
}

// Comparison explains why one assessment ranks above another: the
// difference in effective obligation and, finding by finding, the
// weaknesses and strengths only one of them has.
type Comparison struct {
	A, B Assessment
	// Stronger is -1 when A scores higher, 1 when B does, 0 on a tie.
	Stronger    int
	Differences []Difference
}

// Compare compares two assessments. Differences are ordered by weight
// (heaviest first), then by catalogue order.
func Compare(a, b Assessment) Comparison {
	c := Comparison{A: a, B: b}
	switch {
	case a.Score > b.Score:
		c.Stronger = -1
	case a.Score < b.Score:
		c.Stronger = 1
	}
	for _, k := range FindingKinds() {
		ha, hb := a.Has(k), b.Has(k)
		if ha != hb {
			c.Differences = append(c.Differences, Difference{Kind: k, InA: ha, InB: hb})
		}
	}
	slices.SortStableFunc(c.Differences, func(x, y Difference) int { return abs(y.Kind.Weight()) - abs(x.Kind.Weight()) })
	return c
}

// Explain writes the comparison as readable lines, naming each side by
// its title ([Assessment.Title], or its subject when it has none): one
// line per side, "A:" and "B:", with its score, level and the obligation
// that effectively binds each guarantor; the verdict; then one line per
// difference, heaviest first, saying which side has the finding, which it
// favours and why. Lines longer than [ExplainWidth] columns wrap with a
// hanging indent. For example:
//
//	A: NATO Article 5 (score 4, limited; each guarantor bound to discretionary-force)
//	B: Istanbul draft treaty, Article 5 (security guarantees), with Russia's revision and Ukraine's
//	   revision (score -4, weak; each guarantor bound to consult)
//	A is stronger, by 8 points. Findings only one of them has, heaviest first:
//	  -4 veto-for-guarantor, only B (favours A): action needs every guarantor's consent, so any one of
//	     them can block it
//
// Explain returns the first error from w, and an error when w is nil.
func (c Comparison) Explain(w io.Writer) error {
	if w == nil {
		return errors.New("guarantees: Explain needs a writer, not nil")
	}
	var err error
	line := func(indent int, s string) {
		for _, l := range wrapLine(s, ExplainWidth, indent) {
			if err == nil {
				_, err = io.WriteString(w, l+"\n")
			}
		}
	}
	line(3, "A: "+sideText(c.A))
	line(3, "B: "+sideText(c.B))
	line(2, verdictText(c)+". "+findingsHeading(c))
	for _, d := range c.Differences {
		line(5, "  "+d.String()+": "+d.Kind.Explanation())
	}
	return err
}

// ExplainWidth is the widest line [Comparison.Explain] writes, in columns
// (runes), unless a single word is wider.
const ExplainWidth = 100

// String returns the verdict of the comparison on one line, naming each
// side by its title: "NATO Article 5 is stronger than Istanbul draft
// treaty, Article 5 (security guarantees) (score 4 against -4)", or "…
// and … are equally strong (score 3)".
func (c Comparison) String() string {
	if c.Stronger == 0 {
		return fmt.Sprintf("%s and %s are equally strong (score %d)", titleOf(c.A), titleOf(c.B), c.A.Score)
	}
	win, lose := c.A, c.B
	if c.Stronger > 0 {
		win, lose = c.B, c.A
	}
	return fmt.Sprintf("%s is stronger than %s (score %d against %d)", titleOf(win), titleOf(lose), win.Score, lose.Score)
}

// String returns the difference as [Comparison.Explain] writes it, with
// the finding's weight, the side that has it and the side it favours:
// "-4 veto-for-guarantor, only B (favours A)".
func (d Difference) String() string {
	has := "A"
	if d.InB && !d.InA {
		has = "B"
	}
	favours := "A"
	if d.Favours() > 0 {
		favours = "B"
	}
	return fmt.Sprintf("%+d %s, only %s (favours %s)", d.Kind.Weight(), d.Kind, has, favours)
}

// titleOf returns the name of an assessment's subject for people.
func titleOf(a Assessment) string {
	if a.Title != "" {
		return a.Title
	}
	if a.Subject != "" {
		return a.Subject
	}
	return "an unnamed subject"
}

// sideText describes one side of a comparison: its title, score, level and
// effective obligation.
func sideText(a Assessment) string {
	s := fmt.Sprintf("%s (score %d, %s", titleOf(a), a.Score, a.Level)
	if a.Effective.IsValid() {
		s += "; each guarantor bound to " + a.Effective.String()
	} else {
		s += "; no commitment clause"
	}
	return s + ")"
}

// verdictText says which side is stronger, by how much.
func verdictText(c Comparison) string {
	switch {
	case c.Stronger < 0:
		return fmt.Sprintf("A is stronger, by %s", points(c.A.Score-c.B.Score))
	case c.Stronger > 0:
		return fmt.Sprintf("B is stronger, by %s", points(c.B.Score-c.A.Score))
	}
	return "A and B are equally strong"
}

func findingsHeading(c Comparison) string {
	if len(c.Differences) == 0 {
		return "They have the same findings."
	}
	return "Findings only one of them has, heaviest first:"
}

func points(n int) string {
	if n == 1 {
		return "1 point"
	}
	return fmt.Sprintf("%d points", n)
}

// wrapLine breaks s at spaces into lines of at most width runes, the
// lines after the first indented by indent spaces. A word wider than the
// line stays whole.
func wrapLine(s string, width, indent int) []string {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	words := strings.Fields(s)
	var lines []string
	cur, n := strings.Repeat(" ", lead), lead
	fresh := true
	for _, w := range words {
		l := utf8.RuneCountInString(w)
		if !fresh && n+1+l > width {
			lines = append(lines, cur)
			cur, n, fresh = strings.Repeat(" ", indent), indent, true
		}
		if !fresh {
			cur += " "
			n++
		}
		cur += w
		n += l
		fresh = false
	}
	return append(lines, cur)
}
