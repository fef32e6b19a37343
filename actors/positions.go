package actors

import (
	"cmp"
	"errors"
	"iter"
	"slices"

	"github.com/accordmodel/accord"
)

// Positions is a validated, immutable set of positions together with the
// [Registry] and [Taxonomy] they refer to, indexed by actor and by issue.
// It answers the date-aware queries and analyses a negotiator needs
// ([Positions.Select], [Positions.Standings], [Positions.Compare],
// [Positions.ClashMatrix]). Build one with [NewPositions]; it is safe for
// concurrent use and returns copies, or results that refer to its
// positions and copy them only when asked. A nil or zero Positions is
// empty, with an empty registry and taxonomy.
type Positions struct {
	reg *Registry
	tax *Taxonomy
	// list holds the positions in the order Select returns them: by actor,
	// then issue (each in collated name order), then period start, then
	// id. A position's index in list is therefore its rank in that order,
	// and each actor's positions, grouped by issue, are one run of list.
	list []Position
	// given holds the list index of each position in the order given.
	given []int32
	byID  map[string]int32
	// actorIDs and issueIDs are the actors and issues that hold
	// positions, in collated name order; actorOf and issueOf give, for
	// each list index, the index of its actor in actorIDs and of its issue
	// in issueIDs.
	actorIDs, issueIDs []string
	actorOf, issueOf   []int32
	// byActor maps an actor id to its run of list; byIssue maps an issue
	// id to its run of issueIndex, and issueRun gives the same runs in the
	// order of issueIDs.
	byActor, byIssue map[string]span
	issueRun         []span
	// issueIndex holds every position again, by issue, then as Select
	// sorts: a flat array of what the analyses read, so that a scan of one
	// issue reads one run of memory whatever the size of the corpus.
	issueIndex []entry
}

// span is the run [lo, hi) of a flat index.
type span struct{ lo, hi int32 }

// entry is what the analyses read of a position in the issue index.
type entry struct {
	period   accord.Period
	pos      int32 // index into Positions.list
	actor    int32 // index into Positions.actorIDs
	stance   Stance
	polarity int8 // stance.Polarity()
	redLine  bool
}

// NewPositions validates the positions against reg and tax and indexes
// them (reg and tax must not be nil). It reports, with paths "positions[i]…", every problem
// [Position.Validate] finds, duplicate ids, and actors (actor, via) and
// issues (issue, conditions[].issue) that reg and tax do not know.
func NewPositions(reg *Registry, tax *Taxonomy, list []Position) (*Positions, error) {
	if reg == nil || tax == nil {
		return nil, errors.New("actors: NewPositions needs a registry and a taxonomy, not nil")
	}
	base := accord.NewPath("positions")
	var errs accord.ErrorList
	seen := make(map[string]bool, len(list))
	for i, p := range list {
		path := base.Index(i)
		errs = append(errs, p.Validate(path)...)
		if seen[p.ID] && p.ID != "" {
			errs = append(errs, accord.Duplicate(path.Child("id"), p.ID, "another position has this id"))
		}
		seen[p.ID] = true
		actor := func(f, id string) {
			if id != "" && !reg.Has(id) {
				errs = append(errs, accord.NotFound(path.Child(f), id, "no actor has this id"))
			}
		}
		actor("actor", p.Actor)
		actor("via", p.Via)
		if p.Issue != "" && !tax.Has(p.Issue) {
			errs = append(errs, accord.NotFound(path.Child("issue"), p.Issue, "no issue has this id"))
		}
		for j, c := range p.Conditions {
			if c.Issue != "" && !tax.Has(c.Issue) {
				errs = append(errs, accord.NotFound(path.Child("conditions").Index(j).Child("issue"), c.Issue, "no issue has this id"))
			}
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return index(reg, tax, list), nil
}

// index builds the indexes of valid positions.
func index(reg *Registry, tax *Taxonomy, list []Position) *Positions {
	n := len(list)
	// Actor, then issue (each in collated name order), then period start,
	// then id (unique: the order is total).
	sorted := make([]int32, n)
	actorRank, issueRank := make([]int, n), make([]int, n)
	for i, p := range list {
		sorted[i] = int32(i)
		actorRank[i], issueRank[i] = reg.rank[p.Actor], tax.rank[p.Issue]
	}
	slices.SortFunc(sorted, func(i, j int32) int {
		a, b := &list[i], &list[j]
		return cmp.Or(cmp.Compare(actorRank[i], actorRank[j]), cmp.Compare(issueRank[i], issueRank[j]),
			a.Period.From.Compare(b.Period.From), cmp.Compare(a.ID, b.ID))
	})
	ps := &Positions{reg: reg, tax: tax, list: make([]Position, n), given: make([]int32, n), byID: make(map[string]int32, n),
		actorOf: make([]int32, n), issueOf: make([]int32, n), byActor: map[string]span{}, byIssue: map[string]span{}}
	// The copies are made in list order, so that an actor's positions and
	// what they hold lie together in memory.
	for k, i := range sorted {
		p := list[i].Clone()
		ps.list[k], ps.given[i], ps.byID[p.ID] = p, int32(k), int32(k)
		if k == 0 || p.Actor != ps.list[k-1].Actor {
			ps.actorIDs = append(ps.actorIDs, p.Actor)
			ps.byActor[p.Actor] = span{lo: int32(k)}
		}
		s := ps.byActor[p.Actor]
		s.hi = int32(k + 1)
		ps.byActor[p.Actor] = s
		ps.actorOf[k] = int32(len(ps.actorIDs) - 1)
	}
	// The issue index: by issue, then as list is sorted.
	byIssue := slices.Clone(sorted)
	for k := range byIssue {
		byIssue[k] = int32(k)
	}
	slices.SortStableFunc(byIssue, func(i, j int32) int {
		return cmp.Compare(issueRank[sorted[i]], issueRank[sorted[j]])
	})
	ps.issueIndex = make([]entry, n)
	for k, i := range byIssue {
		p := &ps.list[i]
		if k == 0 || p.Issue != ps.list[byIssue[k-1]].Issue {
			ps.issueIDs = append(ps.issueIDs, p.Issue)
			ps.issueRun = append(ps.issueRun, span{lo: int32(k)})
		}
		ps.issueRun[len(ps.issueRun)-1].hi = int32(k + 1)
		ps.issueOf[i] = int32(len(ps.issueIDs) - 1)
		ps.issueIndex[k] = entry{period: p.Period, pos: i, actor: ps.actorOf[i], stance: p.Stance,
			polarity: int8(p.Stance.Polarity()), redLine: p.RedLine}
	}
	for k, is := range ps.issueIDs {
		ps.byIssue[is] = ps.issueRun[k]
	}
	return ps
}

// MustNewPositions is like [NewPositions] but panics on error. It is
// intended for tests and hard-coded values.
func MustNewPositions(reg *Registry, tax *Taxonomy, list []Position) *Positions {
	ps, err := NewPositions(reg, tax, list)
	if err != nil {
		panic(err)
	}
	return ps
}

// Registry returns the actors the positions refer to.
func (ps *Positions) Registry() *Registry {
	ps = ps.orEmpty()
	return ps.reg
}

// Taxonomy returns the issues the positions refer to.
func (ps *Positions) Taxonomy() *Taxonomy {
	ps = ps.orEmpty()
	return ps.tax
}

// Len returns the number of positions.
func (ps *Positions) Len() int {
	ps = ps.orEmpty()
	return len(ps.list)
}

// Position returns a copy of the position with the given id.
func (ps *Positions) Position(id string) (Position, bool) {
	ps = ps.orEmpty()
	i, ok := ps.byID[id]
	if !ok {
		return Position{}, false
	}
	return ps.list[i].Clone(), true
}

// All returns copies of every position, in the order they were given.
func (ps *Positions) All() iter.Seq[Position] {
	ps = ps.orEmpty()
	return func(yield func(Position) bool) {
		for _, i := range ps.given {
			if !yield(ps.list[i].Clone()) {
				return
			}
		}
	}
}

// Filter selects positions for [Positions.Select]. Empty fields select
// everything.
type Filter struct {
	// Actors keeps positions of these actors.
	Actors []string
	// Issues keeps positions on these issues (and, with Subissues, on
	// their descendants in the taxonomy).
	Issues []string
	// Subissues widens Issues to their descendants.
	Subissues bool
	// At keeps positions the article says were held at some time during
	// this date ([Position.HeldOn]); the zero Date keeps positions of any
	// period.
	At accord.Date
	// MayBe widens At to the positions that may have been held then
	// ([Position.MayBeHeldOn]): undated ones, and those whose end the
	// article leaves open.
	MayBe bool
	// RedLines keeps only red lines.
	RedLines bool
	// Doc keeps positions with evidence from this document.
	Doc string
}

// Select returns copies of the positions f selects, sorted by actor (in
// collated name order), then issue (collated), then period start, then id.
// An actor or issue of f that the registry or the taxonomy lacks is an
// error ([ErrUnknownActor], [ErrUnknownIssue]; every one is reported).
func (ps *Positions) Select(f Filter) ([]Position, error) {
	ps = ps.orEmpty()
	var unknown []*accord.FieldError
	for i, a := range f.Actors {
		if e := ps.reg.unknownActor("actors", a); e != nil {
			e.Path = e.Path.Index(i)
			unknown = append(unknown, e)
		}
	}
	for i, is := range f.Issues {
		if e := ps.tax.unknownIssue("issues", is); e != nil {
			e.Path = e.Path.Index(i)
			unknown = append(unknown, e)
		}
	}
	if err := unknownIDs(unknown...); err != nil {
		return nil, err
	}
	return ps.selectKnown(f), nil
}

// selectKnown is Select for a filter of known ids.
func (ps *Positions) selectKnown(f Filter) []Position {
	issues := f.Issues
	if f.Subissues {
		issues = nil
		for _, is := range f.Issues {
			issues = append(issues, ps.tax.subtree(is)...)
		}
	}
	keep := func(i int32) bool {
		p := &ps.list[i]
		return (len(issues) == 0 || slices.Contains(issues, p.Issue)) && p.heldOn(f.At, f.MayBe) &&
			(!f.RedLines || p.RedLine) && (f.Doc == "" || accord.CitesDoc(p.Evidence, f.Doc))
	}
	// Runs of list, each in Select order.
	var runs []span
	switch {
	case len(f.Actors) > 0:
		for _, a := range f.Actors {
			if s, ok := ps.byActor[a]; ok {
				runs = append(runs, s)
			}
		}
		slices.SortFunc(runs, func(a, b span) int { return cmp.Compare(a.lo, b.lo) })
		runs = slices.Compact(runs) // an actor named twice
	case len(issues) > 0:
		var idx []int32
		for _, is := range issues {
			s := ps.byIssue[is]
			for _, e := range ps.issueIndex[s.lo:s.hi] {
				if keep(e.pos) {
					idx = append(idx, e.pos)
				}
			}
		}
		slices.Sort(idx)
		return ps.clones(slices.Compact(idx)) // an issue named twice
	default:
		runs = []span{{0, int32(len(ps.list))}}
	}
	n := 0
	for _, s := range runs {
		n += int(s.hi - s.lo)
	}
	var out []Position
	for _, s := range runs {
		for i := s.lo; i < s.hi; i++ {
			if keep(i) {
				if out == nil {
					out = make([]Position, 0, n)
				}
				out = append(out, ps.list[i].Clone())
			}
		}
	}
	return out
}

// clones returns copies of the positions at the given list indices, or
// nil for none.
func (ps *Positions) clones(idx []int32) []Position {
	if len(idx) == 0 {
		return nil
	}
	out := make([]Position, len(idx))
	for k, i := range idx {
		out[k] = ps.list[i].Clone()
	}
	return out
}

// ids returns the ids of the positions at the given list indices, or nil
// for none.
func (ps *Positions) ids(idx []int32) []string {
	if len(idx) == 0 {
		return nil
	}
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = ps.list[i].ID
	}
	return out
}

// Of returns the positions of one actor held on date d (any time, for the
// zero Date), sorted as [Positions.Select] sorts. An actor the registry
// lacks is an error ([ErrUnknownActor]); a known actor without positions
// has none.
func (ps *Positions) Of(actor string, d accord.Date) ([]Position, error) {
	ps = ps.orEmpty()
	s, ok := ps.byActor[actor] // an actor with positions is known: one map access
	if !ok {
		return nil, unknownIDs(ps.reg.unknownActor("actor", actor))
	}
	var out []Position
	for i := s.lo; i < s.hi; i++ {
		if p := &ps.list[i]; p.HeldOn(d) {
			if out == nil {
				out = make([]Position, 0, s.hi-i)
			}
			out = append(out, p.Clone())
		}
	}
	return out, nil
}

// On returns the positions on one issue held on date d (any time, for the
// zero Date), sorted as [Positions.Select] sorts. An issue the taxonomy
// lacks is an error ([ErrUnknownIssue]).
func (ps *Positions) On(issue string, d accord.Date) ([]Position, error) {
	ps = ps.orEmpty()
	if err := unknownIDs(ps.tax.unknownIssue("issue", issue)); err != nil {
		return nil, err
	}
	return ps.selectKnown(Filter{Issues: []string{issue}, At: d}), nil
}

// Actors returns the ids of the actors that hold at least one position, in
// collated name order.
func (ps *Positions) Actors() []string {
	ps = ps.orEmpty()
	return slices.Clone(ps.actorIDs)
}

// Issues returns the ids of the issues with at least one position, in
// collated name order.
func (ps *Positions) Issues() []string {
	ps = ps.orEmpty()
	return slices.Clone(ps.issueIDs)
}
