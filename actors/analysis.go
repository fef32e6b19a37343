package actors

import (
	"cmp"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
)

// RelationKind says how two actors' positions on one issue relate.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero RelationKind means
// "not set" and is invalid, as for every enum of accord.
type RelationKind uint8

// The RelationKind values; the table below defines each one.
const (
	_ RelationKind = iota
	Agreement
	FigureGap
	Disagreement
	RedLineClash
)

var relationKindEnum = enum.New("RelationKind", map[RelationKind]enum.Value{
	Agreement:    {Name: "agreement", Doc: "both actors are for the outcome, or both against it, and any figures they name agree"},
	FigureGap:    {Name: "figure-gap", Doc: "both actors are for (or against) the outcome but name different figures for the same quantity, as Russia's and Ukraine's caps on the Ukrainian army in 2022"},
	Disagreement: {Name: "disagreement", Doc: "one actor is for the outcome and the other against it, and neither calls it a red line"},
	RedLineClash: {Name: "red-line-clash", Doc: "one actor is for the outcome and the other against it, and at least one calls its stance a red line"},
})

// String returns the wire name of k.
func (k RelationKind) String() string { return relationKindEnum.String(k) }

// IsValid reports whether k is one of the named relation kinds.
func (k RelationKind) IsValid() bool { return relationKindEnum.Valid(k) }

// ParseRelationKind returns the relation kind with the given wire name.
func ParseRelationKind(name string) (RelationKind, error) { return relationKindEnum.Parse(name) }

// RelationKinds returns every valid relation kind, from Agreement to RedLineClash.
func RelationKinds() []RelationKind { return relationKindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k RelationKind) MarshalText() ([]byte, error) { return relationKindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *RelationKind) UnmarshalText(b []byte) error { return relationKindEnum.UnmarshalText(k, b) }

// relate says how two positions on the same issue relate; ok is false when
// either stance is neither for nor against the outcome.
func relate(a, b Position) (k RelationKind, ok bool) {
	pa, pb := a.Stance.Polarity(), b.Stance.Polarity()
	switch {
	case pa == 0 || pb == 0:
		return 0, false
	case pa != pb && (a.RedLine || b.RedLine):
		return RedLineClash, true
	case pa != pb:
		return Disagreement, true
	}
	for _, fa := range a.Figures {
		for _, fb := range b.Figures {
			if fa.Comparable(fb) && (fa.Bound != fb.Bound || fa.Value != fb.Value || fa.Max != fb.Max) {
				return FigureGap, true
			}
		}
	}
	return Agreement, true
}

// Standing is where one actor stands on an issue: its stance, whether any
// of the positions behind it is a red line, and those positions. An actor
// whose articles attribute different stances to it has one Standing per
// stance.
type Standing struct {
	// Actor is the actor's id.
	Actor string
	// Stance is the stance the positions share.
	Stance Stance
	// RedLine is set when any of the positions is a red line.
	RedLine bool
	// Positions are the positions behind the standing, sorted as Select sorts.
	Positions []Position
}

// Standings returns who stands where on issue on date d (any time, for the
// zero Date): one [Standing] per actor and stance, ordered from Demands to
// Rejects and, within a stance, by collated actor name. An issue the
// taxonomy lacks is an error ([ErrUnknownIssue]).
func (ps *Positions) Standings(issue string, d accord.Date) ([]Standing, error) {
	ps = ps.orEmpty()
	on, err := ps.On(issue, d)
	if err != nil {
		return nil, err
	}
	var out []Standing
	for _, p := range on {
		i := slices.IndexFunc(out, func(s Standing) bool { return s.Actor == p.Actor && s.Stance == p.Stance })
		if i < 0 {
			out = append(out, Standing{Actor: p.Actor, Stance: p.Stance})
			i = len(out) - 1
		}
		out[i].RedLine = out[i].RedLine || p.RedLine
		out[i].Positions = append(out[i].Positions, p)
	}
	slices.SortStableFunc(out, func(a, b Standing) int {
		return cmp.Or(cmp.Compare(a.Stance, b.Stance), ps.reg.Compare(a.Actor, b.Actor))
	})
	return out, nil
}

// Relation is one finding about two actors on one issue, with the
// positions of each that produced it.
type Relation struct {
	// Kind says how the positions relate.
	Kind RelationKind
	// Issue is the issue's id.
	Issue string
	// A and B are the ids of the two actors.
	A, B string
	// APositions are A's positions that produced the finding, and
	// BPositions B's, each sorted as Select sorts.
	APositions, BPositions []Position
}

// Clone returns a deep copy of the relation: its positions are copies.
func (r Relation) Clone() Relation {
	r.APositions = cloneEach(r.APositions, Position.Clone)
	r.BPositions = cloneEach(r.BPositions, Position.Clone)
	return r
}

// Comparison is what [Positions.Compare] finds between two actors on a
// date: for every issue both hold positions on, whether they agree, differ
// on figures, disagree, or clash over a red line. Each list is sorted by
// collated issue name.
type Comparison struct {
	// A and B are the actors compared, as given to Compare.
	A, B string
	// At is the date of the comparison; the zero Date means any time.
	At accord.Date
	// Agreements are the issues on which A and B are on the same side.
	Agreements []Relation
	// FigureGaps are the issues on which they are on the same side but
	// name different figures.
	FigureGaps []Relation
	// Disagreements are the issues on which they are on opposite sides
	// and neither calls it a red line.
	Disagreements []Relation
	// RedLineClashes are the issues on which they are on opposite sides
	// and at least one calls it a red line.
	RedLineClashes []Relation
}

// Compare relates the positions of actors a and b held on date d (any
// time, for the zero Date), issue by issue. Where the articles attribute
// several positions to one actor, every pair is related, so one issue can
// yield, say, both an agreement and a red-line clash, each with the
// positions behind it. An actor the registry lacks is an error
// ([ErrUnknownActor]), with both reported when both are unknown.
func (ps *Positions) Compare(a, b string, d accord.Date) (Comparison, error) {
	ps = ps.orEmpty()
	c := Comparison{A: a, B: b, At: d}
	if err := unknownIDs(ps.reg.unknownActor("a", a), ps.reg.unknownActor("b", b)); err != nil {
		return c, err
	}
	ra, rb := ps.reg.rank[a], ps.reg.rank[b]
	cand := slices.Concat(ps.byActor[a], ps.byActor[b])
	for _, r := range ps.relations(d, cand, func(x, y int) bool { return x == ra && y == rb }, false) {
		switch r.Kind {
		case Agreement:
			c.Agreements = append(c.Agreements, r)
		case FigureGap:
			c.FigureGaps = append(c.FigureGaps, r)
		case Disagreement:
			c.Disagreements = append(c.Disagreements, r)
		case RedLineClash:
			c.RedLineClashes = append(c.RedLineClashes, r)
		}
	}
	return c, nil
}

// Matrix is the clash matrix: for every pair of actors, the red-line
// clashes between their positions on one date.
type Matrix struct {
	// At is the date of the matrix; the zero Date means any time.
	At accord.Date
	// Actors are the actors with at least one red-line clash, in collated
	// name order.
	Actors []string
	// Counts[i][j] is the number of issues on which Actors[i] and
	// Actors[j] clash over a red line; the matrix is symmetric with a zero
	// diagonal.
	Counts [][]int
	// Clashes lists every red-line clash, A before B in collated order,
	// sorted by A, then B, then issue.
	Clashes []Relation
}

// Count returns the number of issues on which a and b clash over a red
// line.
func (m Matrix) Count(a, b string) int {
	i, j := slices.Index(m.Actors, a), slices.Index(m.Actors, b)
	if i < 0 || j < 0 || i >= len(m.Counts) || j >= len(m.Counts[i]) {
		return 0 // not in the matrix, or a matrix not made by ClashMatrix
	}
	return m.Counts[i][j]
}

// Between returns copies of the red-line clashes between a and b, in
// either order: changing them does not change m.
func (m Matrix) Between(a, b string) []Relation {
	var out []Relation
	for _, r := range m.Clashes {
		if (r.A == a && r.B == b) || (r.A == b && r.B == a) {
			out = append(out, r.Clone())
		}
	}
	return out
}

// ClashMatrix finds the red-line clashes between every pair of actors on
// date d (any time, for the zero Date).
func (ps *Positions) ClashMatrix(d accord.Date) Matrix {
	ps = ps.orEmpty()
	m := Matrix{At: d}
	all := make([]int, len(ps.list))
	for i := range all {
		all[i] = i
	}
	m.Clashes = ps.relations(d, all, func(x, y int) bool { return x < y }, true)
	idx := map[string]int{}
	for _, r := range m.Clashes {
		for _, a := range []string{r.A, r.B} {
			if _, ok := idx[a]; !ok {
				idx[a] = 0
				m.Actors = append(m.Actors, a)
			}
		}
	}
	ps.reg.sortIDs(m.Actors)
	for i, a := range m.Actors {
		idx[a] = i
	}
	m.Counts = make([][]int, len(m.Actors))
	for i := range m.Counts {
		m.Counts[i] = make([]int, len(m.Actors))
	}
	for _, r := range m.Clashes {
		i, j := idx[r.A], idx[r.B]
		m.Counts[i][j]++
		m.Counts[j][i]++
	}
	return m
}

// relations relates, issue by issue, the positions among cand (indices
// into ps.list) held on d, for every ordered pair of positions of distinct
// actors for which pair(x, y) holds (x and y are the actors' collation
// ranks). One Relation is made per issue, pair of actors and kind,
// carrying the positions that produced it. With clashesOnly, only red-line
// clashes are kept. The result is sorted by A, B (collated), issue
// (collated) and kind.
func (ps *Positions) relations(d accord.Date, cand []int, pair func(x, y int) bool, clashesOnly bool) []Relation {
	type key struct {
		issue, a, b int // collation ranks
		kind        RelationKind
	}
	type found struct {
		key
		as, bs []int // position indices
	}
	byIssue := map[int][]int{}
	for _, i := range cand {
		if ps.list[i].HeldOn(d) {
			byIssue[ps.issueRank[i]] = append(byIssue[ps.issueRank[i]], i)
		}
	}
	index := map[key]int{}
	var all []found
	addTo := func(s []int, i int) []int {
		if slices.Contains(s, i) {
			return s
		}
		return append(s, i)
	}
	for issue, held := range byIssue {
		for _, i := range held {
			pa, ra := &ps.list[i], ps.actorRank[i]
			for _, j := range held {
				pb, rb := &ps.list[j], ps.actorRank[j]
				if ra == rb || !pair(ra, rb) {
					continue
				}
				if clashesOnly && !(pa.RedLine || pb.RedLine) {
					continue
				}
				k, ok := relate(*pa, *pb)
				if !ok || (clashesOnly && k != RedLineClash) {
					continue
				}
				kk := key{issue, ra, rb, k}
				n, seen := index[kk]
				if !seen {
					n = len(all)
					index[kk] = n
					all = append(all, found{key: kk})
				}
				all[n].as = addTo(all[n].as, i)
				all[n].bs = addTo(all[n].bs, j)
			}
		}
	}
	slices.SortFunc(all, func(x, y found) int {
		switch {
		case x.a != y.a:
			return x.a - y.a
		case x.b != y.b:
			return x.b - y.b
		case x.issue != y.issue:
			return x.issue - y.issue
		}
		return int(x.kind) - int(y.kind)
	})
	out := make([]Relation, len(all))
	for n, f := range all {
		out[n] = Relation{Kind: f.kind, Issue: ps.list[f.as[0]].Issue, A: ps.list[f.as[0]].Actor, B: ps.list[f.bs[0]].Actor,
			APositions: ps.clones(f.as), BPositions: ps.clones(f.bs)}
	}
	return out
}

// clones returns copies of the positions at the given indices, sorted as
// Select sorts.
func (ps *Positions) clones(idx []int) []Position {
	slices.SortFunc(idx, func(i, j int) int { return ps.order[i] - ps.order[j] })
	out := make([]Position, len(idx))
	for n, i := range idx {
		out[n] = ps.list[i].Clone()
	}
	return out
}
