package actors

import (
	"cmp"
	"errors"
	"iter"
	"maps"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/seq"
)

// Positions is a validated, immutable set of positions together with the
// [Registry] and [Taxonomy] they refer to, indexed by actor and by issue.
// It answers the date-aware queries and analyses a negotiator needs
// ([Positions.Select], [Positions.Standings], [Positions.Compare],
// [Positions.ClashMatrix]). Build one with [NewPositions]; it is safe for
// concurrent use and returns copies. A nil or zero Positions is empty,
// with an empty registry and taxonomy.
type Positions struct {
	reg     *Registry
	tax     *Taxonomy
	list    []Position
	byID    map[string]int
	byActor map[string][]int
	byIssue map[string][]int
	// Per position: the collation rank of its actor and of its issue, and
	// its rank in the order Select returns.
	actorRank, issueRank, order []int
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
	ps := &Positions{reg: reg, tax: tax, list: make([]Position, 0, len(list)), byID: make(map[string]int, len(list))}
	for i, p := range list {
		path := base.Index(i)
		errs = append(errs, p.Validate(path)...)
		if _, dup := ps.byID[p.ID]; dup && p.ID != "" {
			errs = append(errs, accord.Duplicate(path.Child("id"), p.ID, "another position has this id"))
		}
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
		ps.byID[p.ID] = len(ps.list)
		ps.list = append(ps.list, p.Clone())
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	n := len(ps.list)
	ps.actorRank, ps.issueRank, ps.order = make([]int, n), make([]int, n), make([]int, n)
	sorted := make([]int, n)
	ps.byActor = groupBy(ps.list, func(p *Position) string { return p.Actor })
	ps.byIssue = groupBy(ps.list, func(p *Position) string { return p.Issue })
	for i, p := range ps.list {
		ps.actorRank[i], ps.issueRank[i] = reg.rank[p.Actor], tax.rank[p.Issue]
		sorted[i] = i
	}
	// Actor, then issue (each in collated name order, by the ranks just
	// looked up), then period start, then id.
	slices.SortFunc(sorted, func(i, j int) int {
		if c := ps.actorRank[i] - ps.actorRank[j]; c != 0 {
			return c
		}
		if c := ps.issueRank[i] - ps.issueRank[j]; c != 0 {
			return c
		}
		a, b := &ps.list[i], &ps.list[j]
		if c := a.Period.From.Compare(b.Period.From); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	for r, i := range sorted {
		ps.order[i] = r
	}
	return ps, nil
}

// groupBy returns the indexes of list grouped by key, each group in
// increasing order with its capacity cut at its length.
func groupBy(list []Position, key func(*Position) string) map[string][]int {
	groups := map[string][]int{}
	for i := range list {
		k := key(&list[i])
		groups[k] = append(groups[k], i)
	}
	for k, g := range groups {
		groups[k] = slices.Clip(g)
	}
	return groups
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
	return seq.Map(ps.list, Position.Clone)
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
	var idx []int
	switch {
	case len(f.Actors) > 0:
		for _, a := range f.Actors {
			idx = append(idx, ps.byActor[a]...)
		}
	case len(issues) > 0:
		for _, is := range issues {
			idx = append(idx, ps.byIssue[is]...)
		}
	default:
		idx = make([]int, len(ps.list))
		for i := range idx {
			idx[i] = i
		}
	}
	slices.Sort(idx)
	idx = slices.Compact(idx)
	keep := idx[:0]
	for _, i := range idx {
		p := &ps.list[i]
		if len(issues) > 0 && !slices.Contains(issues, p.Issue) {
			continue
		}
		if !p.heldOn(f.At, f.MayBe) || (f.RedLines && !p.RedLine) || (f.Doc != "" && !accord.CitesDoc(p.Evidence, f.Doc)) {
			continue
		}
		keep = append(keep, i)
	}
	// Sort by the order NewPositions worked out, then copy.
	slices.SortFunc(keep, func(i, j int) int { return ps.order[i] - ps.order[j] })
	var out []Position
	if len(keep) > 0 {
		out = make([]Position, len(keep))
		for k, i := range keep {
			out[k] = ps.list[i].Clone()
		}
	}
	return out
}

// Of returns the positions of one actor held on date d (any time, for the
// zero Date), sorted as [Positions.Select] sorts. An actor the registry
// lacks is an error ([ErrUnknownActor]); a known actor without positions
// has none.
func (ps *Positions) Of(actor string, d accord.Date) ([]Position, error) {
	ps = ps.orEmpty()
	if err := unknownIDs(ps.reg.unknownActor("actor", actor)); err != nil {
		return nil, err
	}
	return ps.selectKnown(Filter{Actors: []string{actor}, At: d}), nil
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
	return slices.SortedFunc(maps.Keys(ps.byActor), ps.reg.Compare)
}

// Issues returns the ids of the issues with at least one position, in
// collated name order.
func (ps *Positions) Issues() []string {
	ps = ps.orEmpty()
	return slices.SortedFunc(maps.Keys(ps.byIssue), ps.tax.Compare)
}
