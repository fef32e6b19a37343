package actors

import (
	"iter"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Issue is one question under negotiation, phrased as an outcome that an
// actor can want or refuse: "Ukraine adopts a permanently neutral status",
// "Ukraine's armed forces are capped". A [Position]'s stance is always
// towards its issue's Outcome. Issues form a taxonomy through Parent:
// recognition of the annexation of Crimea is a kind of recognition of
// territorial changes.
type Issue struct {
	// ID is the stable slug positions refer to ("armed-forces-limits").
	ID string `json:"id"`
	// Name is a short English label.
	Name string `json:"name"`
	// Parent is the id of the broader issue, if any.
	Parent string `json:"parent,omitempty"`
	// Outcome states the issue as the outcome a "supports" stance wants.
	Outcome string `json:"outcome"`
	// Evidence cites articles that raise the issue.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the issue.
func (is Issue) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), is.ID, "a slug such as armed-forces-limits")...)
	errs = append(errs, check.Text(path.Child("name"), is.Name, "a short English label")...)
	errs = append(errs, check.OptID(path.Child("parent"), is.Parent, "the id of the broader issue")...)
	if is.Parent != "" && is.Parent == is.ID {
		errs = append(errs, accord.Invalid(path.Child("parent"), is.Parent, "an issue cannot be its own parent").WithRule(ErrSelfReference))
	}
	errs = append(errs, check.Text(path.Child("outcome"), is.Outcome, "the outcome a supporting stance wants")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), is.Evidence)...)
	return errs
}

// Clone returns a deep copy of the issue.
func (is Issue) Clone() Issue {
	is.Evidence = slices.Clone(is.Evidence)
	return is
}

// label returns the issue's id and name, for [records].
func (is Issue) label() (id, name string) { return is.ID, is.Name }

// Taxonomy is a validated, immutable set of issues arranged in a tree.
// Build one with [NewTaxonomy]; it is safe for concurrent use. A nil or
// zero Taxonomy is empty.
type Taxonomy struct {
	records[Issue]
	children map[string][]string
}

// NewTaxonomy validates the issues and builds the taxonomy. It reports,
// with paths "issues[i]…", every problem [Issue.Validate] finds, duplicate
// ids, parents that do not exist, and cycles of parents.
func NewTaxonomy(list []Issue) (*Taxonomy, error) {
	base := accord.NewPath("issues")
	var errs accord.ErrorList
	t := &Taxonomy{records: newRecords[Issue](len(list)), children: map[string][]string{}}
	for i, is := range list {
		p := base.Index(i)
		errs = append(errs, is.Validate(p)...)
		if !t.add(is) {
			errs = append(errs, accord.Duplicate(p.Child("id"), is.ID, "another issue has this id"))
		}
	}
	for i, is := range list {
		p := base.Index(i).Child("parent")
		switch {
		case is.Parent == "":
		case !t.has(is.Parent):
			errs = append(errs, accord.NotFound(p, is.Parent, "no issue has this id"))
		case t.cycles(is, func(is Issue) string { return is.Parent }):
			errs = append(errs, accord.Invalid(p, is.Parent, "the parents of this issue form a cycle").WithRule(ErrSelfReference))
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	t.finish()
	for _, is := range t.list {
		if is.Parent != "" {
			t.children[is.Parent] = append(t.children[is.Parent], is.ID)
		}
	}
	for _, c := range t.children {
		slices.SortFunc(c, t.Compare)
	}
	return t, nil
}

// MustNewTaxonomy is like [NewTaxonomy] but panics on error. It is
// intended for tests and hard-coded values.
func MustNewTaxonomy(list []Issue) *Taxonomy {
	t, err := NewTaxonomy(list)
	if err != nil {
		panic(err)
	}
	return t
}

// Len returns the number of issues.
func (t *Taxonomy) Len() int {
	t = t.orEmpty()
	return len(t.list)
}

// Issue returns a copy of the issue with the given id.
func (t *Taxonomy) Issue(id string) (Issue, bool) {
	t = t.orEmpty()
	return t.get(id)
}

// Has reports whether an issue has the given id.
func (t *Taxonomy) Has(id string) bool {
	t = t.orEmpty()
	return t.has(id)
}

// Name returns the name of the issue with the given id, or the id itself
// when there is no such issue.
func (t *Taxonomy) Name(id string) string {
	t = t.orEmpty()
	return t.name(id)
}

// All returns copies of every issue, in the order they were given.
func (t *Taxonomy) All() iter.Seq[Issue] {
	t = t.orEmpty()
	return t.all()
}

// Children returns the ids of the direct sub-issues of id, in collated
// name order. An issue the taxonomy lacks is an error ([ErrUnknownIssue]),
// as for Subtree and Ancestors.
func (t *Taxonomy) Children(id string) ([]string, error) {
	t = t.orEmpty()
	if err := unknownIDs(t.unknownIssue("id", id)); err != nil {
		return nil, err
	}
	return slices.Clone(t.children[id]), nil
}

// Subtree returns id followed by all its descendants, depth first, each
// level in collated name order.
func (t *Taxonomy) Subtree(id string) ([]string, error) {
	t = t.orEmpty()
	if err := unknownIDs(t.unknownIssue("id", id)); err != nil {
		return nil, err
	}
	return t.subtree(id), nil
}

func (t *Taxonomy) subtree(id string) []string {
	out := []string{id}
	for _, c := range t.children[id] {
		out = append(out, t.subtree(c)...)
	}
	return out
}

// Ancestors returns the parent of id, its parent, and so on up to the root.
func (t *Taxonomy) Ancestors(id string) ([]string, error) {
	t = t.orEmpty()
	if err := unknownIDs(t.unknownIssue("id", id)); err != nil {
		return nil, err
	}
	var out []string
	for i, ok := t.byID[id]; ok && t.list[i].Parent != ""; i, ok = t.byID[t.list[i].Parent] {
		out = append(out, t.list[i].Parent)
	}
	return out, nil
}

// Compare orders two issue ids by the collated order of their names;
// unknown ids sort after known ones, by id.
func (t *Taxonomy) Compare(a, b string) int {
	t = t.orEmpty()
	return t.compare(a, b)
}
