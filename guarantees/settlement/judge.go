package settlement

import (
	"cmp"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

// Reason is how one position of an actor meets one outcome of a package:
// the kind of meeting, the outcome, the position (with its evidence) and,
// where they decide it, the condition or figure involved.
type Reason struct {
	// Kind says how the position meets the outcome.
	Kind ReasonKind
	// Outcome is the package's outcome.
	Outcome Outcome
	// Position is the actor's position, with its evidence.
	Position actors.Position
	// Condition is the position's condition that the package leaves open
	// or rules out (kinds condition-open and condition-breached).
	Condition actors.Condition
	// Figure is the position's figure that the package's cap breaks
	// (kinds figure-breached and figure-gap).
	Figure actors.StatedFigure `json:",omitzero"`
}

// Blocks reports whether the reason decides a rejection on its own.
func (r Reason) Blocks() bool { return r.Kind.Blocks() }

// Blocks reports whether reasons of kind k decide a rejection: the package
// crosses a red line.
func (k ReasonKind) Blocks() bool {
	switch k {
	case RedLineCrossed, DemandUnmet, FigureBreached, ConditionBreached:
		return true
	}
	return false
}

// open reports whether reasons of kind k leave acceptance open.
func (k ReasonKind) open() bool {
	switch k {
	case Objection, WishUnmet, FigureGap, ConditionOpen, Undecided:
		return true
	}
	return false
}

// Evidence returns a copy of the citations of the position behind r.
func (r Reason) Evidence() []accord.Citation { return slices.Clone(r.Position.Evidence) }

// RedLine returns the red line behind a blocking reason, and false for
// any other reason.
func (r Reason) RedLine() (RedLine, bool) {
	if !r.Blocks() {
		return RedLine{}, false
	}
	dir := 1
	if r.Kind == RedLineCrossed {
		dir = -1
	}
	return RedLine{Actor: r.Position.Actor, Issue: r.Position.Issue, Direction: dir}, true
}

// RedLine identifies a red line: an actor's non-negotiable stance for
// (Direction +1) or against (Direction -1) the outcome of an issue. Several
// positions from several articles may express one red line; [Search]
// reports red lines, not positions, so that one stance coded twice counts
// once.
//
// In this package "red line" is wider than a position flagged as one by its
// source ([actors.Position].RedLine): it also covers every position whose
// stance demands or rejects an outcome, since package actors defines those
// stances as terms of any deal and outcomes ruled out. The positions behind
// a [Reason] keep the flag, so a caller can always tell a red line the
// source declares from one that follows from the stance.
type RedLine struct {
	Actor     string
	Issue     string
	Direction int
}

// String returns "actor: against issue" or "actor: for issue".
func (r RedLine) String() string {
	if r.Direction > 0 {
		return r.Actor + ": for " + r.Issue
	}
	return r.Actor + ": against " + r.Issue
}

// isRedLine reports whether a position is non-negotiable: marked as a red
// line, or with a stance that insists on (demands) or rules out (rejects)
// the outcome.
func isRedLine(p actors.Position) bool {
	return p.RedLine || p.Stance == actors.Demands || p.Stance == actors.Rejects
}

// outcomeLookup finds the package's outcome on an issue, and wants says
// which way an actor itself wants an issue settled.
type outcomeLookup struct {
	outcome func(issue string) (Outcome, bool)
	wants   func(actor, issue string) int
}

// judge meets position p with outcome o. exact is false when p is about an
// ancestor of o's issue: such a position applies only to an outcome the
// package brings about (doing the specific thing does the general thing;
// ruling out the specific thing does not rule out the general one).
func judge(o Outcome, p actors.Position, exact bool, look outcomeLookup) (Reason, bool) {
	if !exact && !o.Holds {
		return Reason{}, false
	}
	r := Reason{Outcome: o, Position: p}
	pol := p.Stance.Polarity()
	red := isRedLine(p)
	switch {
	case pol == 0:
		r.Kind = Undecided
	case o.Holds && pol < 0:
		r.Kind = Objection
		if red {
			r.Kind = RedLineCrossed
		}
	case o.Holds:
		r.Kind = Satisfied
		if f, bad := figureBroken(o, p); bad {
			r.Figure = f
			r.Kind = FigureGap
			if red {
				r.Kind = FigureBreached
			}
			break
		}
		if c, state := conditions(p, look); state != condMet {
			r.Condition = c
			r.Kind = ConditionOpen
			if state == condRuledOut && red {
				r.Kind = ConditionBreached
			}
		}
	case pol < 0:
		r.Kind = Satisfied
	case p.Stance == actors.Conditional:
		// The actor would accept the outcome on conditions; a package
		// that does not bring it about takes nothing from it.
		return Reason{}, false
	default:
		r.Kind = WishUnmet
		if red {
			r.Kind = DemandUnmet
		}
	}
	return r, true
}

// figureBroken reports the first figure of p, comparable with one of the
// package's caps, that the cap breaks: an actor for caps that names a
// ceiling wants the cap no higher; one that names a floor or a level
// (at least, about, exactly, between) wants the forces to keep it.
func figureBroken(o Outcome, p actors.Position) (actors.StatedFigure, bool) {
	for _, f := range p.Figures {
		for _, c := range o.Caps {
			cf := c.Figure()
			if !f.Comparable(cf) {
				continue
			}
			switch f.Bound {
			case actors.AtMost:
				if c.AtMost > f.Value {
					return f, true
				}
			case actors.Between:
				if c.AtMost < f.Value || (f.Max > 0 && c.AtMost > f.Max) {
					return f, true
				}
			default:
				if c.AtMost < f.Value {
					return f, true
				}
			}
		}
	}
	return actors.StatedFigure{}, false
}

type condState uint8

const (
	condMet condState = iota
	condOpen
	condRuledOut
)

// conditions checks p's conditions against the package. A condition names
// its issue but not which way it must be settled ("Ukraine stays out of
// NATO" names the issue nato-membership), so the direction is the one the
// actor itself wants on that issue, by its own positions on the date, and
// "brought about" when it holds none or they disagree. A condition tied to
// an issue the package settles that way is met, one the package settles
// the other way is ruled out; a condition without an issue, or on an issue
// the package does not touch, stays open. It returns the worst condition
// and its state.
func conditions(p actors.Position, look outcomeLookup) (actors.Condition, condState) {
	worst, state := actors.Condition{}, condMet
	for _, c := range p.Conditions {
		s := condOpen
		if c.Issue != "" {
			if o, ok := look.outcome(c.Issue); ok {
				want := look.wants(p.Actor, c.Issue) >= 0
				s = condRuledOut
				if o.Holds == want {
					s = condMet
				}
			}
		}
		if s > state {
			worst, state = c, s
		}
	}
	return worst, state
}

// verdictOf returns the verdict the reasons decide and the deciding ones.
func verdictOf(rs []Reason) (Answer, []Reason) {
	var blocks, open, sat []Reason
	for _, r := range rs {
		switch {
		case r.Blocks():
			blocks = append(blocks, r)
		case r.Kind.open():
			open = append(open, r)
		default:
			sat = append(sat, r)
		}
	}
	switch {
	case len(blocks) > 0:
		return Rejects, blocks
	case len(open) > 0:
		return Conditional, open
	}
	return Accepts, sat
}

// positionIndex holds the positions of the chosen actors on a date,
// by issue, with the taxonomy to climb from an issue to its ancestors.
type positionIndex struct {
	byIssue map[string][]actors.Position
	anc     map[string][]string
	tax     *actors.Taxonomy
	// full is the unfiltered index a filtered one was made from; wants
	// reads it, so that conditions keep their direction.
	full *positionIndex
	// conds holds the issues the indexed positions' conditions name, and
	// rel caches which issues matter at all (relevant).
	conds map[string]bool
	rel   map[string]bool
}

// relevant reports whether an outcome on issue can meet an indexed
// position: one on the issue or a broader one, or one whose condition
// names it.
func (ix *positionIndex) relevant(issue string) bool {
	if v, ok := ix.rel[issue]; ok {
		return v
	}
	v := len(ix.byIssue[issue]) > 0 || ix.conds[issue]
	for _, a := range ix.ancestors(issue) {
		v = v || len(ix.byIssue[a]) > 0
	}
	ix.rel[issue] = v
	return v
}

func (ix *positionIndex) add(p actors.Position) {
	ix.byIssue[p.Issue] = append(ix.byIssue[p.Issue], p)
	for _, c := range p.Conditions {
		if c.Issue != "" {
			ix.conds[c.Issue] = true
		}
	}
}

// filter returns an index with only the positions keep accepts.
func (ix *positionIndex) filter(keep func(actors.Position) bool) *positionIndex {
	f := &positionIndex{byIssue: map[string][]actors.Position{}, anc: ix.anc, tax: ix.tax, full: ix,
		conds: map[string]bool{}, rel: map[string]bool{}}
	for _, ps := range ix.byIssue {
		for _, p := range ps {
			if keep(p) {
				f.add(p)
			}
		}
	}
	return f
}

// redLineOf returns the red line a position expresses, if it is one.
func redLineOf(p actors.Position) (RedLine, bool) {
	if !isRedLine(p) || p.Stance.Polarity() == 0 {
		return RedLine{}, false
	}
	return RedLine{Actor: p.Actor, Issue: p.Issue, Direction: p.Stance.Polarity()}, true
}

func newPositionIndex(ps *actors.Positions, at accord.Date, keep func(actor string) bool) *positionIndex {
	ix := &positionIndex{byIssue: map[string][]actors.Position{}, anc: map[string][]string{},
		conds: map[string]bool{}, rel: map[string]bool{}}
	if ps == nil {
		return ix
	}
	ix.tax = ps.Taxonomy()
	for p := range ps.All() {
		if !p.HeldOn(at) || (keep != nil && !keep(p.Actor)) {
			continue
		}
		ix.add(p)
	}
	return ix
}

func (ix *positionIndex) ancestors(issue string) []string {
	if ix.tax == nil {
		return nil
	}
	a, ok := ix.anc[issue]
	if !ok {
		a, _ = ix.tax.Ancestors(issue) // an issue outside the taxonomy has none
		ix.anc[issue] = a
	}
	return a
}

// wants returns +1 when the actor's positions on issue are all for its
// outcome, -1 when all are against it, and 0 otherwise.
func (ix *positionIndex) wants(actor, issue string) int {
	if ix.full != nil {
		return ix.full.wants(actor, issue)
	}
	w := 0
	for _, p := range ix.byIssue[issue] {
		if p.Actor != actor || p.Stance.Polarity() == 0 {
			continue
		}
		switch {
		case w == 0:
			w = p.Stance.Polarity()
		case w != p.Stance.Polarity():
			return 0
		}
	}
	return w
}

// byIssue reduces outcomes to one per issue: several terms (or regions)
// bound to one issue settle it as brought about when any of them is.
// Outcomes bound to no issue are dropped. The order of outs is kept.
func byIssue(outs []Outcome) []Outcome {
	idx := map[string]int{}
	var out []Outcome
	for _, o := range outs {
		if o.Issue == "" {
			continue
		}
		if i, ok := idx[o.Issue]; ok {
			switch {
			case o.Holds && !out[i].Holds:
				out[i] = o
			case o.Holds == out[i].Holds && o.Region != out[i].Region:
				// Several regions settle the issue alike: the outcome
				// is the issue's, not one region's.
				out[i].Region = ""
			}
			continue
		}
		idx[o.Issue] = len(out)
		out = append(out, o)
	}
	return out
}

// reasons meets every indexed position with every outcome and returns the
// reasons grouped by actor.
func (ix *positionIndex) reasons(outs []Outcome) map[string][]Reason {
	var rel []Outcome
	for _, o := range outs {
		if o.Issue != "" && ix.relevant(o.Issue) {
			rel = append(rel, o)
		}
	}
	settled := byIssue(rel)
	find := map[string]Outcome{}
	for _, o := range settled {
		find[o.Issue] = o
	}
	look := outcomeLookup{
		outcome: func(issue string) (Outcome, bool) { o, ok := find[issue]; return o, ok },
		wants:   ix.wants,
	}
	got := map[string][]Reason{}
	for _, o := range settled {
		for _, p := range ix.byIssue[o.Issue] {
			if r, ok := judge(o, p, true, look); ok {
				got[p.Actor] = append(got[p.Actor], r)
			}
		}
		if !o.Holds || o.Narrow {
			continue
		}
		for _, a := range ix.ancestors(o.Issue) {
			for _, p := range ix.byIssue[a] {
				if r, ok := judge(o, p, false, look); ok {
					got[p.Actor] = append(got[p.Actor], r)
				}
			}
		}
	}
	return got
}

// sortReasons orders reasons: blocking first, then those that leave
// acceptance open, then the rest; then by term, region and position id.
func sortReasons(rs []Reason) {
	rank := func(r Reason) int {
		switch {
		case r.Blocks():
			return 0
		case r.Kind.open():
			return 1
		}
		return 2
	}
	slices.SortStableFunc(rs, func(a, b Reason) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Outcome.Term, b.Outcome.Term), cmp.Compare(a.Outcome.Region, b.Outcome.Region),
			cmp.Compare(a.Position.ID, b.Position.ID))
	})
}

// standOf sorts an actor's reasons, keeps the weightiest reason for each
// position (a position on a broad issue can meet several outcomes filed
// under it), and decides the verdict.
func standOf(actor string, rs []Reason) Stand {
	sortReasons(rs)
	seen := map[string]bool{}
	kept := rs[:0]
	for _, r := range rs {
		if seen[r.Position.ID] {
			continue
		}
		seen[r.Position.ID] = true
		kept = append(kept, r)
	}
	v, dec := verdictOf(kept)
	return Stand{Actor: actor, Answer: v, Deciding: dec, Reasons: kept}
}
