package actors

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

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
func relate(a, b *Position) (k RelationKind, ok bool) {
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
// stance. A Standing refers to the positions of the [Positions] that made
// it, which never change; [Standing.Positions] copies them when asked.
// The zero Standing has no positions.
type Standing struct {
	// Actor is the actor's id.
	Actor string
	// Stance is the stance the positions share.
	Stance Stance
	// RedLine is set when any of the positions is a red line.
	RedLine bool

	ps  *Positions
	pos []int32 // indices into ps.list, in Select order
}

// Positions returns copies of the positions behind the standing, sorted as
// [Positions.Select] sorts.
func (s Standing) Positions() []Position { return s.ps.clones(s.pos) }

// PositionIDs returns the ids of the positions behind the standing, sorted
// as [Positions.Select] sorts.
func (s Standing) PositionIDs() []string { return s.ps.ids(s.pos) }

// NumPositions returns the number of positions behind the standing.
func (s Standing) NumPositions() int { return len(s.pos) }

// String describes the standing in one line, with the names of the actor
// and the issue: "Ukraine on Neutral status: rejects, a red line (1
// position)". The zero Standing is "no standing".
func (s Standing) String() string {
	if s.Actor == "" && len(s.pos) == 0 {
		return "no standing"
	}
	ps := s.ps.orEmpty()
	var b strings.Builder
	b.WriteString(ps.reg.Name(s.Actor))
	if len(s.pos) > 0 {
		b.WriteString(" on " + ps.tax.Name(ps.list[s.pos[0]].Issue))
	}
	b.WriteString(": " + s.Stance.String())
	if s.RedLine {
		b.WriteString(", a red line")
	}
	b.WriteString(" (" + countNoun(len(s.pos), "position") + ")")
	return b.String()
}

// countNoun returns "1 position", "2 positions".
func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Standings returns who stands where on issue on date d (any time, for the
// zero Date): one [Standing] per actor and stance, ordered from Demands to
// Rejects and, within a stance, by collated actor name. An issue the
// taxonomy lacks is an error ([ErrUnknownIssue]).
func (ps *Positions) Standings(issue string, d accord.Date) ([]Standing, error) {
	ps = ps.orEmpty()
	s, ok := ps.byIssue[issue] // an issue with positions is known: one map access
	if !ok {
		return nil, unknownIDs(ps.tax.unknownIssue("issue", issue))
	}
	entries := ps.issueIndex[s.lo:s.hi]
	// The entries run by actor (collated), then in Select order: one pass
	// per stance, in stance order, gives the standings in their order.
	var count [maxStance + 1]int  // held positions per stance
	var last [maxStance + 1]int32 // the last actor seen per stance
	held, groups := 0, 0
	for k := range entries {
		e := &entries[k]
		if !heldDuring(e.period, d) {
			continue
		}
		if count[e.stance] == 0 || last[e.stance] != e.actor {
			groups++
		}
		count[e.stance]++
		last[e.stance] = e.actor
		held++
	}
	if held == 0 {
		return nil, nil
	}
	pos := make([]int32, 0, held) // never grows: the standings' runs of it stay put
	out := make([]Standing, 0, groups)
	for st := range Stance(maxStance + 1) {
		if count[st] == 0 {
			continue
		}
		actor := int32(-1)
		for k := range entries {
			e := &entries[k]
			if e.stance != st || !heldDuring(e.period, d) {
				continue
			}
			if e.actor != actor {
				actor = e.actor
				out = append(out, Standing{Actor: ps.actorIDs[actor], Stance: st, ps: ps})
			}
			pos = append(pos, e.pos)
			cur := &out[len(out)-1]
			cur.RedLine = cur.RedLine || e.redLine
			cur.pos = pos[len(pos)-len(cur.pos)-1 : len(pos) : len(pos)]
		}
	}
	return out, nil
}

// maxStance is the largest Stance value.
const maxStance = Rejects

// Relation is one finding about two actors on one issue, with the
// positions of each that produced it. A Relation refers to the positions
// of the [Positions] that made it, which never change; its accessors copy
// them when asked. The zero Relation has no positions.
type Relation struct {
	// Kind says how the positions relate.
	Kind RelationKind
	// Issue is the issue's id.
	Issue string
	// A and B are the ids of the two actors.
	A, B string

	ps  *Positions
	pos []int32 // A's positions, then B's: indices into ps.list, each side in Select order
	na  int     // how many of pos are A's
}

// APositions returns copies of A's positions that produced the finding,
// sorted as [Positions.Select] sorts.
func (r Relation) APositions() []Position { return r.ps.clones(r.pos[:r.na]) }

// BPositions returns copies of B's positions that produced the finding,
// sorted as [Positions.Select] sorts.
func (r Relation) BPositions() []Position { return r.ps.clones(r.pos[r.na:]) }

// APositionIDs returns the ids of A's positions that produced the finding,
// sorted as [Positions.Select] sorts.
func (r Relation) APositionIDs() []string { return r.ps.ids(r.pos[:r.na]) }

// BPositionIDs returns the ids of B's positions that produced the finding,
// sorted as [Positions.Select] sorts.
func (r Relation) BPositionIDs() []string { return r.ps.ids(r.pos[r.na:]) }

// relationLabel is how [Relation.String] words each kind.
var relationLabel = map[RelationKind]string{
	Agreement: "agreement", FigureGap: "figure gap", Disagreement: "disagreement", RedLineClash: "red-line clash",
}

// String describes the finding in one line, with the names of the actors
// and the issue and each side's stances: "Russia and Ukraine on Neutral
// status: red-line clash (Russia: demands; Ukraine: rejects, a red line)".
// The zero Relation is "no relation".
func (r Relation) String() string {
	if r.A == "" && r.B == "" && len(r.pos) == 0 {
		return "no relation"
	}
	ps := r.ps.orEmpty()
	label, ok := relationLabel[r.Kind]
	if !ok {
		label = r.Kind.String()
	}
	var b strings.Builder
	b.WriteString(ps.reg.Name(r.A) + " and " + ps.reg.Name(r.B) + " on " + ps.tax.Name(r.Issue) + ": " + label)
	if len(r.pos) > 0 {
		b.WriteString(" (")
		ps.writeSide(&b, r.A, r.pos[:r.na])
		b.WriteString("; ")
		ps.writeSide(&b, r.B, r.pos[r.na:])
		b.WriteString(")")
	}
	return b.String()
}

// writeSide writes "Ukraine: rejects, a red line": the actor's name and
// the distinct stances of its positions, in their order.
func (ps *Positions) writeSide(b *strings.Builder, actor string, idx []int32) {
	b.WriteString(ps.reg.Name(actor) + ":")
	var seen []Stance
	red := false
	for _, i := range idx {
		p := &ps.list[i]
		red = red || p.RedLine
		if !slices.Contains(seen, p.Stance) {
			seen = append(seen, p.Stance)
			if len(seen) > 1 {
				b.WriteString(" or")
			}
			b.WriteString(" " + p.Stance.String())
		}
	}
	if red {
		b.WriteString(", a red line")
	}
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

	ps *Positions // for the actors' and issues' names; nil for a Comparison built by hand
}

// String returns one line: "Russia and Ukraine in 2022: 3 agreements, 1
// figure gap, 2 disagreements, 4 red-line clashes (Neutral status, NATO
// membership, …)", the clashes' issues by name; "no comparison" for the
// zero Comparison.
func (c Comparison) String() string {
	if c.A == "" && c.B == "" {
		return "no comparison"
	}
	ps := c.ps.orEmpty()
	when := "at any time"
	if c.At.IsValid() {
		when = "in " + c.At.String()
	}
	count := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	}
	s := ps.reg.Name(c.A) + " and " + ps.reg.Name(c.B) + " " + when + ": " +
		count(len(c.Agreements), "agreement", "agreements") + ", " +
		count(len(c.FigureGaps), "figure gap", "figure gaps") + ", " +
		count(len(c.Disagreements), "disagreement", "disagreements") + ", " +
		count(len(c.RedLineClashes), "red-line clash", "red-line clashes")
	var issues []string
	for _, r := range c.RedLineClashes {
		if name := ps.tax.Name(r.Issue); !slices.Contains(issues, name) {
			issues = append(issues, name)
		}
	}
	if len(issues) > 0 {
		s += " (" + strings.Join(issues, ", ") + ")"
	}
	return s
}

// Compare relates the positions of actors a and b held on date d (any
// time, for the zero Date), issue by issue. Where the articles attribute
// several positions to one actor, every pair is related, so one issue can
// yield, say, both an agreement and a red-line clash, each with the
// positions behind it. An actor the registry lacks is an error
// ([ErrUnknownActor]), with both reported when both are unknown.
func (ps *Positions) Compare(a, b string, d accord.Date) (Comparison, error) {
	ps = ps.orEmpty()
	c := Comparison{A: a, B: b, At: d, ps: ps}
	if err := unknownIDs(ps.reg.unknownActor("a", a), ps.reg.unknownActor("b", b)); err != nil {
		return c, err
	}
	if a == b {
		return c, nil
	}
	// Walk a's and b's runs of the list side by side, issue by issue
	// (each run is sorted by issue).
	var rs relations
	sa, sb := ps.byActor[a], ps.byActor[b]
	var ai, bi int32 // indices into ps.actorIDs
	if sa.hi > sa.lo && sb.hi > sb.lo {
		ai, bi = ps.actorOf[sa.lo], ps.actorOf[sb.lo]
	}
	var ha, hb []int32
	var ka, kb []uint8
	for i, j := sa.lo, sb.lo; i < sa.hi && j < sb.hi; {
		ia, ib := ps.issueOf[i], ps.issueOf[j]
		i1, j1 := i, j
		for i1 < sa.hi && ps.issueOf[i1] == ia {
			i1++
		}
		for j1 < sb.hi && ps.issueOf[j1] == ib {
			j1++
		}
		switch {
		case ia < ib:
			i = i1
			continue
		case ia > ib:
			j = j1
			continue
		}
		ha, ka = ps.heldIn(ha[:0], ka[:0], i, i1, d)
		hb, kb = ps.heldIn(hb[:0], kb[:0], j, j1, d)
		i, j = i1, j1
		// ka[x] (kb[y]) has bit k set when a's held position x (b's y)
		// relates to one of the other side's by kind k.
		for x, p := range ha {
			for y, q := range hb {
				if k, ok := relate(&ps.list[p], &ps.list[q]); ok {
					ka[x] |= 1 << k
					kb[y] |= 1 << k
				}
			}
		}
		for k := Agreement; k <= RedLineClash; k++ {
			rs.add(ha, ka, hb, kb, k, ai, bi, ia)
		}
	}
	all := rs.build(ps, rs.recs)
	var n [RedLineClash + 1]int
	for _, r := range all {
		n[r.Kind]++
	}
	// One array, cut by kind (each part's capacity clipped, so that a
	// caller's append cannot reach the next).
	slices.SortStableFunc(all, func(x, y Relation) int { return cmp.Compare(x.Kind, y.Kind) })
	part := func(k RelationKind) []Relation {
		if n[k] == 0 {
			return nil
		}
		p := all[:n[k]:n[k]]
		all = all[n[k]:]
		return p
	}
	c.Agreements, c.FigureGaps, c.Disagreements, c.RedLineClashes = part(Agreement), part(FigureGap), part(Disagreement), part(RedLineClash)
	return c, nil
}

// heldIn appends to held the list indices in [lo, hi) held on d, and a
// zero to kinds for each.
func (ps *Positions) heldIn(held []int32, kinds []uint8, lo, hi int32, d accord.Date) ([]int32, []uint8) {
	for i := lo; i < hi; i++ {
		if heldDuring(ps.list[i].Period, d) {
			held = append(held, i)
			kinds = append(kinds, 0)
		}
	}
	return held, kinds
}

// relations collects the findings of an analysis as it goes, with the
// positions behind them in one array, and makes the Relations at the end.
type relations struct {
	refs []int32
	recs []relRec
}

// relRec is one finding: the actors (indices into Positions.actorIDs),
// the issue (into Positions.issueIDs), the kind, and the run of refs
// holding A's positions, then B's.
type relRec struct {
	a, b, issue int32
	kind        RelationKind
	off, na, nb int32
}

// add records the finding of kind k between the positions as and bs whose
// kinds have bit k set, if any.
func (rs *relations) add(as []int32, ka []uint8, bs []int32, kb []uint8, k RelationKind, a, b, issue int32) {
	off := int32(len(rs.refs))
	for x, p := range as {
		if ka[x]&(1<<k) != 0 {
			rs.refs = append(rs.refs, p)
		}
	}
	na := int32(len(rs.refs)) - off
	if na == 0 {
		return
	}
	for y, q := range bs {
		if kb[y]&(1<<k) != 0 {
			rs.refs = append(rs.refs, q)
		}
	}
	rs.recs = append(rs.recs, relRec{a: a, b: b, issue: issue, kind: k, off: off, na: na, nb: int32(len(rs.refs)) - off - na})
}

// build makes the Relations of recs (some of rs.recs), in their order;
// the result is never nil.
func (rs *relations) build(ps *Positions, recs []relRec) []Relation {
	out := make([]Relation, len(recs))
	for n, f := range recs {
		out[n] = rs.relation(ps, f)
	}
	return out
}

// relation makes the Relation of one finding.
func (rs *relations) relation(ps *Positions, f relRec) Relation {
	end := f.off + f.na + f.nb
	return Relation{Kind: f.kind, Issue: ps.issueIDs[f.issue], A: ps.actorIDs[f.a], B: ps.actorIDs[f.b],
		ps: ps, pos: rs.refs[f.off:end:end], na: int(f.na)}
}

// Matrix is the clash matrix: for every pair of actors, the red-line
// clashes between their positions on one date. It holds the clashes as
// references to the positions behind them; [Matrix.Clashes] and
// [Matrix.Between] make [Relation] values of them when asked.
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

	ps *Positions
	rs *relations // the clashes, by issue; never written again
}

// String returns one line: "red-line clashes in 2025-10: 9, among 8
// actors (Russia, Ukraine, …)", the actors by name; "no matrix" for the
// zero Matrix.
func (m Matrix) String() string {
	if m.ps == nil && len(m.Actors) == 0 {
		return "no matrix"
	}
	ps := m.ps.orEmpty()
	when := "at any time"
	if m.At.IsValid() {
		when = "in " + m.At.String()
	}
	names := make([]string, len(m.Actors))
	for i, a := range m.Actors {
		names[i] = ps.reg.Name(a)
	}
	s := "red-line clashes " + when + ": " + strconv.Itoa(m.NumClashes()) + ", among " + strconv.Itoa(len(m.Actors)) + " actors"
	if len(names) > 0 {
		s += " (" + strings.Join(names, ", ") + ")"
	}
	return s
}

// NumClashes returns the number of red-line clashes, the length of
// [Matrix.Clashes].
func (m Matrix) NumClashes() int {
	if m.rs == nil {
		return 0
	}
	return len(m.rs.recs)
}

// Clashes returns every red-line clash, A before B in collated order,
// sorted by A, then B, then issue, in a new slice: changing it does not
// change m. A matrix not made by [Positions.ClashMatrix] has none.
func (m Matrix) Clashes() []Relation {
	if m.rs == nil {
		return nil
	}
	order := sortByPair(m.rs.recs, len(m.ps.actorIDs))
	out := make([]Relation, len(order))
	for n, k := range order {
		out[n] = m.rs.relation(m.ps, m.rs.recs[k])
	}
	return out
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

// Between returns the red-line clashes between a and b, in either order,
// sorted by issue, in a new slice: changing it does not change m.
func (m Matrix) Between(a, b string) []Relation {
	if m.rs == nil {
		return nil
	}
	sa, oka := m.ps.byActor[a]
	sb, okb := m.ps.byActor[b]
	if !oka || !okb {
		return nil
	}
	x, y := m.ps.actorOf[sa.lo], m.ps.actorOf[sb.lo]
	if x > y {
		x, y = y, x
	}
	var recs []relRec
	for _, f := range m.rs.recs {
		if f.a == x && f.b == y {
			recs = append(recs, f)
		}
	}
	if len(recs) == 0 {
		return nil
	}
	return m.rs.build(m.ps, recs)
}

// ClashMatrix finds the red-line clashes between every pair of actors on
// date d (any time, for the zero Date).
//
// It walks the issue index once: on each issue, the positions held on d
// that are for or against the outcome, grouped by actor, every pair of
// groups tested, each finding recorded as indices. It copies no position
// and makes no Relation: [Matrix.Clashes] puts the findings in the order
// of the pairs of actors (two stable counting sorts) and makes them when
// asked.
func (ps *Positions) ClashMatrix(d accord.Date) Matrix {
	ps = ps.orEmpty()
	m := Matrix{At: d}
	// First the groups of every issue, and how many findings and
	// positions they can give, so that the findings are stored once, in
	// arrays of the right size.
	held := make([]int32, 0, len(ps.issueIndex))   // indices into issueIndex
	groups := make([]group, 0, len(ps.issueIndex)) // runs of held
	issues := make([]span, 0, len(ps.issueRun))    // the runs of groups, per issue (by index into issueIDs)
	nrecs, nrefs := 0, 0
	for _, s := range ps.issueRun {
		first := int32(len(groups))
		for k := s.lo; k < s.hi; k++ {
			e := &ps.issueIndex[k]
			if e.polarity == 0 || !heldDuring(e.period, d) {
				continue
			}
			if n := len(groups); n == int(first) || ps.issueIndex[held[len(held)-1]].actor != e.actor {
				groups = append(groups, group{span: span{int32(len(held)), int32(len(held))}})
			}
			g := &groups[len(groups)-1]
			g.hi++
			g.sides |= sideOf(e)
			held = append(held, k)
		}
		issues = append(issues, span{first, int32(len(groups))})
		for x, ga := range groups[first:] {
			for _, gb := range groups[int(first)+x+1:] {
				if mayClash(ga.sides, gb.sides) {
					nrecs++
					nrefs += int(ga.hi - ga.lo + gb.hi - gb.lo)
				}
			}
		}
	}
	rs := relations{recs: make([]relRec, 0, nrecs), refs: make([]int32, 0, nrefs)}
	for is, s := range issues {
		gs := groups[s.lo:s.hi]
		for x, ga := range gs {
			for _, gb := range gs[x+1:] {
				if !mayClash(ga.sides, gb.sides) {
					continue
				}
				if ga.hi-ga.lo == 1 && gb.hi-gb.lo == 1 { // one position each: they clash
					ea, eb := &ps.issueIndex[held[ga.lo]], &ps.issueIndex[held[gb.lo]]
					rs.recs = append(rs.recs, relRec{a: ea.actor, b: eb.actor, issue: int32(is), kind: RedLineClash,
						off: int32(len(rs.refs)), na: 1, nb: 1})
					rs.refs = append(rs.refs, ea.pos, eb.pos)
					continue
				}
				ps.clashes(&rs, held[ga.lo:ga.hi], held[gb.lo:gb.hi], int32(is))
			}
		}
	}
	m.ps, m.rs = ps, &rs
	at := make([]int32, len(ps.actorIDs)) // matrix index + 1 of each actor, 0 if none
	for _, f := range rs.recs {
		at[f.a], at[f.b] = 1, 1
	}
	for a, in := range at {
		if in != 0 {
			m.Actors = append(m.Actors, ps.actorIDs[a])
			at[a] = int32(len(m.Actors))
		}
	}
	n := len(m.Actors)
	cells := make([]int, n*n)
	m.Counts = make([][]int, n)
	for i := range m.Counts {
		m.Counts[i] = cells[i*n : (i+1)*n : (i+1)*n]
	}
	for _, f := range rs.recs {
		i, j := at[f.a]-1, at[f.b]-1
		m.Counts[i][j]++
		m.Counts[j][i]++
	}
	return m
}

// group is the run of one actor's held positions on an issue, with the
// sides they take.
type group struct {
	span
	sides uint8
}

// The sides a group of positions takes, as bits: for, against, and a red
// line for or against.
const (
	sideFor uint8 = 1 << iota
	sideAgainst
	redLineFor
	redLineAgainst
)

// sideOf returns the side bits of one position that is for or against.
func sideOf(e *entry) uint8 {
	b := sideFor
	if e.polarity < 0 {
		b = sideAgainst
	}
	if e.redLine {
		b |= b << 2
	}
	return b
}

// mayClash reports whether two groups with sides a and b clash over a red
// line: one is for and the other against, and one of the two positions is
// a red line. Because a red line implies its side, the test is exact.
func mayClash(a, b uint8) bool {
	return (a&sideFor != 0 && b&sideAgainst != 0 && (a&redLineFor != 0 || b&redLineAgainst != 0)) ||
		(a&sideAgainst != 0 && b&sideFor != 0 && (a&redLineAgainst != 0 || b&redLineFor != 0))
}

// clashes records the red-line clash, if any, between the held positions
// of two actors on one issue (ga's actor before gb's in collated order):
// the positions of each side that clash with one of the other's.
func (ps *Positions) clashes(rs *relations, ga, gb []int32, issue int32) {
	clash := func(x, y *entry) bool { return x.polarity != y.polarity && (x.redLine || y.redLine) }
	off := int32(len(rs.refs))
	for _, x := range ga {
		ex := &ps.issueIndex[x]
		for _, y := range gb {
			if clash(ex, &ps.issueIndex[y]) {
				rs.refs = append(rs.refs, ex.pos)
				break
			}
		}
	}
	na := int32(len(rs.refs)) - off
	if na == 0 {
		return
	}
	for _, y := range gb {
		ey := &ps.issueIndex[y]
		for _, x := range ga {
			if clash(&ps.issueIndex[x], ey) {
				rs.refs = append(rs.refs, ey.pos)
				break
			}
		}
	}
	a, b := ps.issueIndex[ga[0]].actor, ps.issueIndex[gb[0]].actor
	rs.recs = append(rs.recs, relRec{a: a, b: b, issue: issue, kind: RedLineClash, off: off, na: na, nb: int32(len(rs.refs)) - off - na})
}

// sortByPair returns the order of the findings sorted by A, then B,
// keeping the order of those of the same pair, as indices into recs: two
// stable counting sorts, by B and then by A, over the n actors.
func sortByPair(recs []relRec, n int) []int32 {
	tmp, out := make([]int32, len(recs)), make([]int32, len(recs))
	count := make([]int, n+1)
	pass := func(dst, src []int32, key func(*relRec) int32) {
		clear(count)
		for _, k := range src {
			count[key(&recs[k])+1]++
		}
		for i := 1; i <= n; i++ {
			count[i] += count[i-1]
		}
		for _, k := range src {
			c := &count[key(&recs[k])]
			dst[*c] = k
			*c++
		}
	}
	for k := range tmp {
		tmp[k] = int32(k)
	}
	pass(out, tmp, func(f *relRec) int32 { return f.b })
	pass(tmp, out, func(f *relRec) int32 { return f.a })
	return tmp
}
