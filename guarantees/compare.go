package guarantees

import (
	"errors"
	"fmt"
	"io"
	"slices"
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

// Explain writes the comparison as readable lines: the verdict, the
// obligations, then one line per difference saying which side it favours
// and why.
func (c Comparison) Explain(w io.Writer) error {
	if w == nil {
		return errors.New("guarantees: Explain needs a writer, not nil")
	}
	name := func(side int) string {
		if side < 0 {
			return c.A.Subject
		}
		return c.B.Subject
	}
	var err error
	p := func(format string, args ...any) {
		if err == nil {
			_, err = fmt.Fprintf(w, format, args...)
		}
	}
	switch c.Stronger {
	case 0:
		p("%s and %s are equally strong (score %d)\n", c.A.Subject, c.B.Subject, c.A.Score)
	default:
		p("%s is stronger than %s (score %d against %d)\n", name(c.Stronger), name(-c.Stronger), scoreOf(c, c.Stronger), scoreOf(c, -c.Stronger))
	}
	if c.A.Effective != c.B.Effective {
		side := -1
		if c.B.Effective > c.A.Effective {
			side = 1
		}
		p("  obligation: %s binds each guarantor to %s, %s only to %s\n",
			name(side), effOf(c, side), name(-side), effOf(c, -side))
	}
	for _, d := range c.Differences {
		has := c.A.Subject
		if d.InB {
			has = c.B.Subject
		}
		p("  %+d %s: only %s — %s (favours %s)\n", d.Kind.Weight(), d.Kind, has, d.Kind.Explanation(), name(d.Favours()))
	}
	return err
}

func scoreOf(c Comparison, side int) int {
	if side < 0 {
		return c.A.Score
	}
	return c.B.Score
}

func effOf(c Comparison, side int) Obligation {
	if side < 0 {
		return c.A.Effective
	}
	return c.B.Effective
}
