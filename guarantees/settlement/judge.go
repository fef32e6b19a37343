package settlement

import (
	"cmp"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/internal/posview"
)

// Reason is how one position of an actor meets one outcome of a package:
// the kind of meeting, the outcome, the position (with its evidence) and,
// where they decide it, the condition or figure involved.
//
// A Reason refers to its position in the Source's immutable positions
// rather than holding a copy: [Reason.Position] returns a copy when asked,
// and nothing a caller does with one can change the Source or a later
// answer. The zero Reason refers to no position.
type Reason struct {
	// Kind says how the position meets the outcome.
	Kind ReasonKind
	// Outcome is the package's outcome.
	Outcome Outcome
	// pos is the actor's position, in the storage of set; neither is
	// ever written or handed out.
	pos *actors.Position
	set *actors.Positions
	// Condition is the position's condition that the package leaves open
	// or rules out (kinds condition-open and condition-breached).
	Condition actors.Condition
	// Figure is the position's figure that the package's cap breaks
	// (kinds figure-breached and figure-gap).
	Figure actors.StatedFigure `json:",omitzero"`
}

// Position returns a copy of the actor's position, with its evidence; the
// zero Position when r refers to none.
func (r Reason) Position() actors.Position {
	if r.pos == nil {
		return actors.Position{}
	}
	return r.pos.Clone()
}

// PositionID returns the id of the position behind r, without copying it.
func (r Reason) PositionID() string { return r.position().ID }

// Actor returns the id of the actor whose position r is about.
func (r Reason) Actor() string { return r.position().Actor }

// Issue returns the id of the issue of the position behind r.
func (r Reason) Issue() string { return r.position().Issue }

// position returns the position behind r, read in place, or an empty one.
func (r Reason) position() *actors.Position {
	if r.pos == nil {
		return &noPosition
	}
	return r.pos
}

// noPosition is what the zero Reason refers to; it is never written.
var noPosition actors.Position

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
func (r Reason) Evidence() []accord.Citation { return slices.Clone(r.position().Evidence) }

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
	p := r.position()
	return RedLine{Actor: p.Actor, Issue: p.Issue, Direction: dir}, true
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

// judge meets position p with outcome o. exact is false when p is about an
// ancestor of o's issue: such a position applies only to an outcome the
// package brings about (doing the specific thing does the general thing;
// ruling out the specific thing does not rule out the general one). It
// returns the kind of the reason, zero when p says nothing on o, and the
// index of the condition and of the figure that decide it (-1 for none).
//
// settled are the package's outcomes, one per issue, for the conditions
// p attaches; ix says which way an actor wants an issue settled.
func judge(o *Outcome, hp *heldPos, exact bool, settled []settledOut, ix *positionIndex) (kind ReasonKind, cond, fig int) {
	cond, fig = -1, -1
	p := hp.p
	if !exact && !o.Holds {
		return 0, cond, fig
	}
	pol := p.Stance.Polarity()
	red := p.RedLine || p.Stance == actors.Demands || p.Stance == actors.Rejects
	switch {
	case pol == 0:
		kind = Undecided
	case o.Holds && pol < 0:
		kind = Objection
		if red {
			kind = RedLineCrossed
		}
	case o.Holds:
		kind = Satisfied
		if f := figureBroken(o, p); f >= 0 {
			fig = f
			kind = FigureGap
			if red {
				kind = FigureBreached
			}
			break
		}
		if c, state := conditions(hp, settled, ix); state != condMet {
			cond = c
			kind = ConditionOpen
			if state == condRuledOut && red {
				kind = ConditionBreached
			}
		}
	case pol < 0:
		kind = Satisfied
	case p.Stance == actors.Conditional:
		// The actor would accept the outcome on conditions; a package
		// that does not bring it about takes nothing from it.
		return 0, cond, fig
	default:
		kind = WishUnmet
		if red {
			kind = DemandUnmet
		}
	}
	return kind, cond, fig
}

// figureBroken returns the index of the first figure of p, comparable with
// one of the package's caps, that the cap breaks, or -1: an actor for caps
// that names a ceiling wants the cap no higher; one that names a floor or
// a level (at least, about, exactly, between) wants the forces to keep it.
func figureBroken(o *Outcome, p *actors.Position) int {
	for i, f := range p.Figures {
		for _, c := range o.Caps {
			cf := c.Figure()
			if !f.Comparable(cf) {
				continue
			}
			switch f.Bound {
			case actors.AtMost:
				if c.AtMost > f.Value {
					return i
				}
			case actors.Between:
				if c.AtMost < f.Value || (f.Max > 0 && c.AtMost > f.Max) {
					return i
				}
			default:
				if c.AtMost < f.Value {
					return i
				}
			}
		}
	}
	return -1
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
// the package does not touch, stays open. It returns the index of the worst
// condition (-1 when all are met) and its state.
func conditions(hp *heldPos, settled []settledOut, ix *positionIndex) (int, condState) {
	p := hp.p
	worst, state := -1, condMet
	for i, c := range p.Conditions {
		s := condOpen
		if c.Issue != "" {
			j := -1
			if ix.masked && i < maskBits {
				j = outcomeOnID(settled, hp.conds[i])
			} else {
				j = outcomeOn(settled, c.Issue)
			}
			if j >= 0 {
				o := &settled[j].ro.o
				var want bool
				if ix.masked && i < maskBits {
					want = hp.holds>>i&1 != 0
				} else {
					want = ix.wants(p.Actor, c.Issue) >= 0
				}
				s = condRuledOut
				if o.Holds == want {
					s = condMet
				}
			}
		}
		if s > state {
			worst, state = i, s
		}
	}
	return worst, state
}

// rank orders reasons by weight: 0 for those that block, 1 for those that
// leave acceptance open, 2 for the rest.
func rank(k ReasonKind) int {
	switch {
	case k.Blocks():
		return 0
	case k.open():
		return 1
	}
	return 2
}

// verdictOf returns the verdict that reasons sorted by sortReasons decide,
// and the deciding ones: the blocking reasons, else the open ones, else
// all. They are the first reasons, of the lowest rank, so the deciding
// reasons are a prefix of rs.
func verdictOf(rs []Reason) (Answer, []Reason) {
	if len(rs) == 0 {
		return Accepts, nil
	}
	low := rank(rs[0].Kind)
	n := 0
	for n < len(rs) && rank(rs[n].Kind) == low {
		n++
	}
	switch low {
	case 0:
		return Rejects, rs[:n:n]
	case 1:
		return Conditional, rs[:n:n]
	}
	return Accepts, rs
}

// positionIndex holds the positions of the chosen actors on a date,
// by issue, with the taxonomy to climb from an issue to its ancestors. It
// points into the Source's positions, which it never writes.
type positionIndex struct {
	set *actors.Positions
	// held are the indexed positions sorted by issue, each issue's in the
	// order the Source gives them.
	held []heldPos
	// masked is true once each held position's holds is worked out
	// (precomputeConditions).
	masked bool
	// in numbers issues, terms and regions for the search (nil in
	// Evaluate); filtered indexes share it.
	in  *interned
	tax *actors.Taxonomy
	// full is the unfiltered index a filtered one was made from; wants
	// reads it, so that conditions keep their direction.
	full *positionIndex
	// conds holds the issues the indexed positions' conditions name,
	// sorted and without repeats, and rel each issue's entry once worked
	// out.
	conds []string
	rel   []issueEntry
	// up holds the entries' lists of positions on ancestors.
	up [][]heldPos
}

// heldPos is an indexed position with, once the index is masked, the
// direction its actor wants each of its first maskBits conditions' issues
// settled: bit i of holds is set when condition i is met by an outcome that
// holds (wants >= 0), so that judging a condition looks nothing up.
//
// conds holds, once masked, the interned issue of each of its first
// maskBits conditions (see interned), -1 for one no outcome of the search
// is on.
type heldPos struct {
	p     *actors.Position
	holds uint64
	conds []int32
}

// interned numbers what the search compares in its inner loops, so that
// they compare ints, not strings: issue gives every issue an outcome of
// the search is on a number from 0, and order every outcome's term and
// region their rank in the order mergeSorted merges by.
type interned struct {
	issue map[string]int32
	order map[termRegion]int32
}

// termRegion is what mergeSorted orders outcomes by.
type termRegion struct {
	term   Term
	region string
}

// newInterned numbers the issues, terms and regions of outs.
func newInterned(outs [][][]Outcome) *interned {
	in := &interned{issue: map[string]int32{}, order: map[termRegion]int32{}}
	var pairs []termRegion
	for _, alts := range outs {
		for _, os := range alts {
			for _, o := range os {
				if _, ok := in.issue[o.Issue]; !ok && o.Issue != "" {
					in.issue[o.Issue] = int32(len(in.issue))
				}
				k := termRegion{o.Term, o.Region}
				if _, ok := in.order[k]; !ok {
					in.order[k] = 0
					pairs = append(pairs, k)
				}
			}
		}
	}
	slices.SortFunc(pairs, func(a, b termRegion) int { return cmp.Or(cmp.Compare(a.term, b.term), cmp.Compare(a.region, b.region)) })
	for i, k := range pairs {
		in.order[k] = int32(i)
	}
	return in
}

// maskBits is how many conditions of a position heldPos.holds covers; any
// further condition is worked out with wants.
const maskBits = 64

// precomputeConditions works out, for every held position, the direction
// its actor wants its conditions' issues settled (see heldPos). Indexes
// filtered from ix afterwards copy it. The search calls it once, since it
// judges the same positions many times; Evaluate does not.
func (ix *positionIndex) precomputeConditions(in *interned) {
	n := 0
	for _, hp := range ix.held {
		n += min(len(hp.p.Conditions), maskBits)
	}
	slab := make([]int32, 0, n)
	for i := range ix.held {
		hp := &ix.held[i]
		hp.holds = 0
		from := len(slab)
		for j, c := range hp.p.Conditions {
			if j == maskBits {
				break
			}
			if c.Issue != "" && ix.wants(hp.p.Actor, c.Issue) >= 0 {
				hp.holds |= 1 << j
			}
			id, ok := in.issue[c.Issue]
			if !ok || c.Issue == "" {
				id = -1
			}
			slab = append(slab, id)
		}
		hp.conds = slab[from:len(slab):len(slab)]
	}
	ix.masked = true
	ix.in = in
}

// issueEntry is what an index holds for one issue: its positions, those
// on its ancestors (nearest first, issues without positions left out),
// and whether an outcome on it can meet an indexed position (rel): one on
// the issue or a broader one, or one whose condition names it.
type issueEntry struct {
	issue string
	here  []heldPos
	up    [][]heldPos
	rel   bool
}

// on returns the indexed positions on issue, in the index's storage.
func (ix *positionIndex) on(issue string) []heldPos {
	i, _ := slices.BinarySearchFunc(ix.held, issue, func(hp heldPos, s string) int { return strings.Compare(hp.p.Issue, s) })
	j := i
	for j < len(ix.held) && ix.held[j].p.Issue == issue {
		j++
	}
	return ix.held[i:j:j]
}

// entry returns the index's entry for issue, working it out on first use.
func (ix *positionIndex) entry(issue string) (issueEntry, int) {
	for i := range ix.rel {
		if ix.rel[i].issue == issue {
			return ix.rel[i], i
		}
	}
	e := issueEntry{issue: issue, here: ix.on(issue)}
	_, named := slices.BinarySearch(ix.conds, issue)
	e.rel = len(e.here) > 0 || named
	// The entries' lists of positions on ancestors are runs of one slab.
	from := len(ix.up)
	for a := ix.parent(issue); a != ""; a = ix.parent(a) {
		if ps := ix.on(a); len(ps) > 0 {
			ix.up = append(ix.up, ps)
			e.rel = true
		}
	}
	if len(ix.up) > from {
		e.up = ix.up[from:len(ix.up):len(ix.up)]
	}
	ix.rel = append(ix.rel, e)
	return e, len(ix.rel) - 1
}

// filter returns an index with only the positions keep accepts.
func (ix *positionIndex) filter(keep func(*actors.Position) bool) *positionIndex {
	f := &positionIndex{set: ix.set, tax: ix.tax, full: ix, masked: ix.masked, in: ix.in}
	for _, hp := range ix.held {
		if keep(hp.p) {
			f.held = append(f.held, hp)
		}
	}
	f.conds = condIssues(f.held)
	return f
}

// condIssues returns the issues the conditions of ps name, sorted and
// without repeats.
func condIssues(ps []heldPos) []string {
	n := 0
	for _, hp := range ps {
		n += len(hp.p.Conditions)
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for _, hp := range ps {
		for _, c := range hp.p.Conditions {
			if c.Issue != "" {
				out = append(out, c.Issue)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// redLineOf returns the red line a position expresses, if it is one.
func redLineOf(p *actors.Position) (RedLine, bool) {
	if !isRedLine(*p) || p.Stance.Polarity() == 0 {
		return RedLine{}, false
	}
	return RedLine{Actor: p.Actor, Issue: p.Issue, Direction: p.Stance.Polarity()}, true
}

func newPositionIndex(ps *actors.Positions, at accord.Date, keep func(actor string) bool) *positionIndex {
	ix := new(positionIndex)
	ix.init(ps, at, keep)
	return ix
}

// init sets ix to the index of the positions in ps held on date at by the
// actors keep accepts (every actor when keep is nil). A caller that keeps
// the index to itself can hold it on its stack.
func (ix *positionIndex) init(ps *actors.Positions, at accord.Date, keep func(actor string) bool) {
	*ix = positionIndex{set: ps}
	if ps == nil {
		return
	}
	ix.tax = ps.Taxonomy()
	list := *posview.List(ps).(*[]actors.Position)
	// The positions kept, grouped by issue in one array (each issue's in
	// the order given), so that the index costs a few allocations
	// whatever the number of positions.
	var held []heldPos
	for i := range list {
		p := &list[i]
		if !p.HeldOn(at) || (keep != nil && !keep(p.Actor)) {
			continue
		}
		if held == nil {
			held = make([]heldPos, 0, len(list)-i)
		}
		held = append(held, heldPos{p: p})
	}
	slices.SortStableFunc(held, func(a, b heldPos) int { return cmp.Compare(a.p.Issue, b.p.Issue) })
	ix.held = held
	ix.conds = condIssues(held)
}

// parent returns the parent of issue in the taxonomy, "" for none (an
// issue at the top or outside the taxonomy).
func (ix *positionIndex) parent(issue string) string {
	if ix.tax == nil {
		return ""
	}
	return posview.Parent(ix.tax, issue)
}

// wants returns +1 when the actor's positions on issue are all for its
// outcome, -1 when all are against it, and 0 otherwise.
func (ix *positionIndex) wants(actor, issue string) int {
	if ix.full != nil {
		return ix.full.wants(actor, issue)
	}
	w := 0
	for _, hp := range ix.on(issue) {
		p := hp.p
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

// outcomeOnID returns the index of the outcome on the issue numbered id in
// settled, or -1.
func outcomeOnID(settled []settledOut, id int32) int {
	for i := range settled {
		if settled[i].ro.iss == id {
			return i
		}
	}
	return -1
}

// outcomeOn returns the index of the outcome on issue in settled, or -1.
func outcomeOn(settled []settledOut, issue string) int {
	for i := range settled {
		if settled[i].ro.o.Issue == issue {
			return i
		}
	}
	return -1
}

// relOut is an outcome that can meet an indexed position, with its
// issue's entry in the index.
//
// iss numbers its issue and order its term and region (see interned); in
// Evaluate, which interns nothing, iss is the entry's place in the index
// and order is zero.
type relOut struct {
	o     Outcome
	e     issueEntry
	iss   int32
	order int32
}

// relevantOf appends to dst the outcomes of outs that can meet an indexed
// position, with their entries.
func (ix *positionIndex) relevantOf(dst []relOut, outs []Outcome) []relOut {
	if ix.rel == nil {
		ix.rel = make([]issueEntry, 0, len(outs))
		ix.up = make([][]heldPos, 0, 2*len(outs))
	}
	for _, o := range outs {
		if o.Issue == "" {
			continue
		}
		if e, at := ix.entry(o.Issue); e.rel {
			ro := relOut{o: o, e: e, iss: int32(at)}
			if ix.in != nil {
				ro.iss = ix.in.issue[o.Issue]
				ro.order = ix.in.order[termRegion{o.Term, o.Region}]
			}
			dst = append(dst, ro)
		}
	}
	return dst
}

// settledOut is an outcome of a package settled for its issue: the
// outcome that decides the issue (one that brings it about, if any), and
// whether several regions settle the issue alike, which makes the outcome
// the issue's rather than one region's.
type settledOut struct {
	ro        *relOut
	anyRegion bool
}

// settle appends to dst the outcomes outs, reduced to one per issue:
// several terms (or regions) bound to one issue settle it as brought
// about when any of them is. The order of outs is kept.
func (ix *positionIndex) settle(outs []*relOut, dst []settledOut) []settledOut {
	for _, ro := range outs {
		o := &ro.o
		if i := outcomeOnID(dst, ro.iss); i >= 0 {
			d := &dst[i]
			switch {
			case o.Holds && !d.ro.o.Holds:
				*d = settledOut{ro: ro}
			case o.Holds == d.ro.o.Holds && o.Region != d.ro.o.Region:
				d.anyRegion = true
			}
			continue
		}
		dst = append(dst, settledOut{ro: ro})
	}
	return dst
}

// scratch holds the buffers [positionIndex.appendReasons] reuses from one
// call to the next.
type scratch struct {
	settled []settledOut
}

// appendReasons meets every indexed position with every outcome and
// appends the reasons to dst, in the order of the settled outcomes, each
// outcome's positions before those on its ancestors. It allocates only to
// grow dst and sc.
func (ix *positionIndex) appendReasons(dst []Reason, outs []Outcome, sc *scratch) []Reason {
	rel := ix.relevantOf(make([]relOut, 0, len(outs)), outs)
	// The pointers to rel are only walked: for a package of the usual
	// size they stay on the stack.
	var buf [64]*relOut
	refs := buf[:0]
	for i := range rel {
		refs = append(refs, &rel[i])
	}
	return ix.appendReasonsOf(dst, refs, sc)
}

// appendReasonsOf is appendReasons for outcomes already reduced to those
// that can meet an indexed position.
func (ix *positionIndex) appendReasonsOf(dst []Reason, outs []*relOut, sc *scratch) []Reason {
	k := sink{reasons: dst}
	ix.meet(outs, sc, &k)
	return k.reasons
}

// block is what the zone walk keeps of a blocking reason: its kind, the
// position behind it and the issue of the outcome it meets.
type block struct {
	kind  ReasonKind
	pos   *actors.Position
	issue string
}

// redLine returns the red line behind b, as [Reason.RedLine] does.
func (b block) redLine() RedLine {
	dir := 1
	if b.kind == RedLineCrossed {
		dir = -1
	}
	return RedLine{Actor: b.pos.Actor, Issue: b.pos.Issue, Direction: dir}
}

// appendBlocks appends to dst the blocking reasons appendReasonsOf would
// give, in the same order.
func (ix *positionIndex) appendBlocks(dst []block, outs []*relOut, sc *scratch) []block {
	k := sink{blocks: dst, onlyBlocks: true}
	ix.meet(outs, sc, &k)
	return k.blocks
}

// sink collects what [positionIndex.meet] finds: every reason, or only
// the blocking ones as blocks.
type sink struct {
	reasons    []Reason
	blocks     []block
	onlyBlocks bool
}

// add meets p with o (as judge does) and keeps what the sink collects.
func (k *sink) add(so *settledOut, hp *heldPos, exact bool, settled []settledOut, ix *positionIndex) {
	o := &so.ro.o
	p := hp.p
	kind, cond, fig := judge(o, hp, exact, settled, ix)
	switch {
	case kind == 0:
	case k.onlyBlocks:
		if kind.Blocks() {
			k.blocks = append(k.blocks, block{kind: kind, pos: p, issue: o.Issue})
		}
	default:
		r := Reason{Kind: kind, Outcome: *o, pos: p, set: ix.set}
		if so.anyRegion {
			r.Outcome.Region = ""
		}
		if cond >= 0 {
			r.Condition = p.Conditions[cond]
		}
		if fig >= 0 {
			r.Figure = p.Figures[fig]
		}
		k.reasons = append(k.reasons, r)
	}
}

// meet meets every indexed position with every outcome and gives each
// reason to k, in the order of the settled outcomes, each outcome's
// positions before those on its ancestors.
func (ix *positionIndex) meet(outs []*relOut, sc *scratch, k *sink) {
	// The settled outcomes are on the stack when they fit (a stack
	// buffer takes no write barrier while the collector runs, and costs
	// Evaluate no allocation); sc holds a larger package's.
	var buf [64]settledOut
	var settled []settledOut
	if len(outs) > len(buf) {
		sc.settled = ix.settle(outs, sc.settled[:0])
		settled = sc.settled
	} else {
		settled = ix.settle(outs, buf[:0])
	}
	for i := range settled {
		so := &settled[i]
		o, e := &so.ro.o, &so.ro.e
		for j := range e.here {
			k.add(so, &e.here[j], true, settled, ix)
		}
		if !o.Holds || o.Narrow {
			continue
		}
		for _, ps := range e.up {
			for j := range ps {
				k.add(so, &ps[j], false, settled, ix)
			}
		}
	}
}

// sortReasons orders reasons: blocking first, then those that leave
// acceptance open, then the rest; then by term, region and position id.
func sortReasons(rs []Reason) {
	sortStable(rs, func(a, b *Reason) int {
		return cmp.Or(cmp.Compare(rank(a.Kind), rank(b.Kind)), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Outcome.Term, b.Outcome.Term), cmp.Compare(a.Outcome.Region, b.Outcome.Region),
			cmp.Compare(a.PositionID(), b.PositionID()))
	})
}

// sortStable sorts rs stably by cmp, as slices.SortStableFunc does, but
// sorts the reasons' places and then moves each reason once: a Reason is
// large, and an insertion sort moving it at every step costs more than
// judging. The places of up to 512 reasons are sorted on the stack.
func sortStable(rs []Reason, cmp func(a, b *Reason) int) {
	var buf [512]int32
	var perm []int32
	if len(rs) <= len(buf) {
		perm = buf[:len(rs)]
	} else {
		perm = make([]int32, len(rs))
	}
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortStableFunc(perm, func(a, b int32) int { return cmp(&rs[a], &rs[b]) })
	// Place k takes the reason at perm[k]: follow each cycle once.
	for k := range perm {
		if int(perm[k]) == k {
			continue
		}
		tmp := rs[k]
		j := k
		for {
			src := int(perm[j])
			perm[j] = int32(j)
			if src == k {
				rs[j] = tmp
				break
			}
			rs[j] = rs[src]
			j = src
		}
	}
}

// standOf sorts an actor's reasons in place, keeps the weightiest reason
// for each position (a position on a broad issue can meet several outcomes
// filed under it), and decides the verdict. The stand's reasons share rs.
func standOf(actor string, rs []Reason) Stand {
	sortReasons(rs)
	kept := rs[:0]
	for _, r := range rs {
		if !slices.ContainsFunc(kept, func(k Reason) bool { return k.pos == r.pos }) {
			kept = append(kept, r)
		}
	}
	kept = slices.Clip(kept)
	v, dec := verdictOf(kept)
	return Stand{Actor: actor, Answer: v, Deciding: dec, Reasons: kept}
}

// stands groups reasons by actor, keeping each actor's reasons in order,
// and returns the actors' stands in collated name order. It reorders rs,
// which the stands then share.
func stands(reg *actors.Registry, rs []Reason) []Stand {
	if len(rs) == 0 {
		return nil
	}
	sortStable(rs, func(a, b *Reason) int { return reg.Compare(a.Actor(), b.Actor()) })
	n := 1
	for i := 1; i < len(rs); i++ {
		if rs[i].pos.Actor != rs[i-1].pos.Actor {
			n++
		}
	}
	out := make([]Stand, 0, n)
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j].pos.Actor == rs[i].pos.Actor {
			j++
		}
		out = append(out, standOf(rs[i].pos.Actor, rs[i:j:j]))
		i = j
	}
	return out
}
