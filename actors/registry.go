package actors

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
)

// Registry is a validated, immutable set of actors with lookup by id and by
// any name: the canonical name, the names in other languages and the
// aliases. Names are compared by their folded form (folding, with a leading
// "the" ignored), so lookup is insensitive to case, typographic apostrophes
// and quotes, dashes and spacing; transliteration variants are matched
// because they are recorded as aliases, not guessed. A name that several
// actors share is reported as ambiguous, never resolved at random.
//
// Build one with [NewRegistry]. A Registry is safe for concurrent use; its
// methods return copies. A nil or zero Registry is empty.
type Registry struct {
	records[Actor]
	byName map[string][]int // folded name → actor indices, ascending
}

// NewRegistry validates the actors and builds a registry of them. It
// reports, all at once and with paths "actors[i]…", every problem
// [Actor.Validate] finds, duplicate ids, and references (acts_for,
// offices[].for, memberships[].of) to actors that are not in the list.
// The registry keeps its own copy of the actors.
func NewRegistry(list []Actor) (*Registry, error) {
	base := accord.NewPath("actors")
	var errs accord.ErrorList
	r := &Registry{records: newRecords[Actor](len(list)), byName: make(map[string][]int, 3*len(list))}
	keys := make([][]string, 0, len(list)) // folded names of r.list[i]
	for i, a := range list {
		p := base.Index(i)
		aerrs, k := a.validate(p)
		errs = append(errs, aerrs...)
		if !r.add(a) {
			errs = append(errs, accord.Duplicate(p.Child("id"), a.ID, "another actor has this id"))
			continue
		}
		keys = append(keys, k)
	}
	for i, a := range list {
		p := base.Index(i)
		ref := func(p accord.Path, id string) {
			if _, ok := r.byID[id]; id != "" && !ok {
				errs = append(errs, accord.NotFound(p, id, "no actor has this id"))
			}
		}
		ref(p.Child("acts_for"), a.ActsFor)
		for j, o := range a.Offices {
			ref(p.Child("offices").Index(j).Child("for"), o.For)
		}
		for j, m := range a.Memberships {
			ref(p.Child("memberships").Index(j).Child("of"), m.Of)
		}
	}
	for i, a := range list {
		if r.cycles(a, func(a Actor) string { return a.ActsFor }) {
			errs = append(errs, accord.Invalid(base.Index(i).Child("acts_for"), a.ActsFor, "acts_for forms a cycle").WithRule(ErrSelfReference))
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for i := range r.list {
		// The names folded by validate, in AllNames order.
		for _, k := range keys[i] {
			if ix := r.byName[k]; !slices.Contains(ix, i) {
				r.byName[k] = append(ix, i)
			}
		}
	}
	r.finish()
	return r, nil
}

// MustNewRegistry is like [NewRegistry] but panics on error. It is
// intended for tests and hard-coded values.
func MustNewRegistry(list []Actor) *Registry {
	r, err := NewRegistry(list)
	if err != nil {
		panic(err)
	}
	return r
}

// Len returns the number of actors.
func (r *Registry) Len() int {
	r = r.orEmpty()
	return len(r.list)
}

// NumNames returns the number of distinct folded names the registry can
// look up (canonical names, names in other languages and aliases).
func (r *Registry) NumNames() int {
	r = r.orEmpty()
	return len(r.byName)
}

// Actor returns a copy of the actor with the given id.
func (r *Registry) Actor(id string) (Actor, bool) {
	r = r.orEmpty()
	return r.get(id)
}

// Has reports whether an actor has the given id.
func (r *Registry) Has(id string) bool {
	r = r.orEmpty()
	return r.has(id)
}

// Name returns the canonical name of the actor with the given id, or the
// id itself when there is no such actor.
func (r *Registry) Name(id string) string {
	r = r.orEmpty()
	return r.name(id)
}

// All returns copies of every actor, in the order they were given.
func (r *Registry) All() iter.Seq[Actor] {
	r = r.orEmpty()
	return r.all()
}

// Lookup returns the one actor known by name, matched after folding with a
// leading "the" ignored, as an [ActorRef]: its id, kind and name, with the
// rest of the actor copied only when asked ([ActorRef.Actor]). It returns
// an error matching [ErrUnknownName] when no actor has the name, and an
// [*AmbiguousError] (matching [ErrAmbiguousName]) when several do. Lookup
// costs one fold of name and one map access, whatever the size of the
// registry, and for a name that is found allocates nothing beyond the
// folded name.
func (r *Registry) Lookup(name string) (ActorRef, error) {
	r = r.orEmpty()
	ix := r.byName[foldKey(name)]
	switch len(ix) {
	case 0:
		return ActorRef{}, fmt.Errorf("%w %q", ErrUnknownName, name)
	case 1:
		return r.ref(ix[0]), nil
	}
	return ActorRef{}, &AmbiguousError{Name: name, IDs: r.sortedIDs(ix)}
}

// LookupID is like [Registry.Lookup] but returns only the actor's id.
func (r *Registry) LookupID(name string) (string, error) {
	r = r.orEmpty()
	ix := r.byName[foldKey(name)]
	if len(ix) == 1 {
		return r.list[ix[0]].ID, nil
	}
	_, err := r.Lookup(name)
	return "", err
}

// Candidates returns the ids of every actor known by name, in collated
// name order: none, one, or several when the name is ambiguous.
func (r *Registry) Candidates(name string) []string {
	r = r.orEmpty()
	return r.sortedIDs(r.byName[foldKey(name)])
}

// sortedIDs returns the ids of the actors at indices ix, in collated name
// order.
func (r *Registry) sortedIDs(ix []int) []string {
	ids := make([]string, len(ix))
	for i, x := range ix {
		ids[i] = r.list[x].ID
	}
	r.sortIDs(ids)
	return ids
}

// AmbiguousError reports a name that several actors share.
type AmbiguousError struct {
	// Name is the name looked up, as given.
	Name string
	// IDs are the actors known by that name, in collated name order.
	IDs []string
}

// Error lists the candidates.
func (e *AmbiguousError) Error() string {
	if e == nil {
		return ErrAmbiguousName.Error()
	}
	return fmt.Sprintf("%s %q: it may mean %s", ErrAmbiguousName, e.Name, strings.Join(e.IDs, ", "))
}

// Is makes an AmbiguousError match [ErrAmbiguousName].
func (e *AmbiguousError) Is(target error) bool { return target == ErrAmbiguousName }

// Principal returns the id of the actor that id ultimately acts for on
// date d: a body's acts_for, a person's office held on d (the first listed
// when several are), followed until an actor that acts for no one. An
// actor that acts for no one is its own principal; an unknown id is an
// error ([ErrUnknownActor]). The zero Date matches offices of any period.
func (r *Registry) Principal(id string, d accord.Date) (string, error) {
	r = r.orEmpty()
	if err := unknownIDs(r.unknownActor("id", id)); err != nil {
		return "", err
	}
	for range len(r.list) + 1 { // bounded: acts_for chains cannot be longer
		i, ok := r.byID[id]
		if !ok {
			return id, nil
		}
		next := r.list[i].ActsFor
		if next == "" {
			for _, o := range r.list[i].Offices {
				if o.Period.ContainsDate(d) {
					next = o.For
					break
				}
			}
		}
		if next == "" || next == id {
			return id, nil
		}
		id = next
	}
	return id, nil
}

// Members returns the ids of the actors that are members of org on date d
// (at any time, for the zero Date), in collated name order. An org the
// registry lacks is an error ([ErrUnknownActor]).
func (r *Registry) Members(org string, d accord.Date) ([]string, error) {
	r = r.orEmpty()
	if err := unknownIDs(r.unknownActor("org", org)); err != nil {
		return nil, err
	}
	var ids []string
	for _, a := range r.list {
		if a.MemberOf(org, d) {
			ids = append(ids, a.ID)
		}
	}
	r.sortIDs(ids)
	return ids, nil
}

// Compare orders two actor ids by the collated order of their names;
// unknown ids sort after known ones, by id.
func (r *Registry) Compare(a, b string) int {
	r = r.orEmpty()
	return r.compare(a, b)
}

func (r *Registry) sortIDs(ids []string) { slices.SortFunc(ids, r.Compare) }
