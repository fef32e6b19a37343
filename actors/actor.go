package actors

import (
	"maps"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"golang.org/x/text/language"
)

// Actor is anyone whose words or deeds the articles report: a state, an
// organisation or one of its organs, a grouping of states, a government
// body, a person, an institution, a society or an unnamed collective.
//
// An Actor is a plain value; [Registry] holds a validated set of them and
// hands out copies. The zero Actor is invalid.
type Actor struct {
	// ID is the stable slug every reference uses ("united-states").
	ID string `json:"id"`
	// Kind says what sort of actor this is.
	Kind Kind `json:"kind"`
	// Name is the canonical English name.
	Name string `json:"name"`
	// Names holds the name in other languages, keyed by BCP 47 tag
	// (at least "uk" and "ru" for the main states and leaders).
	Names map[language.Tag]string `json:"names,omitempty"`
	// Aliases are other names, abbreviations, transliterations and
	// metonyms that refer to the actor.
	Aliases []Alias `json:"aliases,omitempty"`
	// ActsFor is the id of the actor a body acts on behalf of (the Kremlin
	// for Russia, the Security Council for the UN). People act for others
	// through their Offices instead.
	ActsFor string `json:"acts_for,omitempty"`
	// Existed is when the actor existed, for historical states, bodies and
	// groupings; the zero Period means it still exists or the dates are
	// not given.
	Existed accord.Period `json:"existed,omitzero"`
	// Offices are the posts a person holds or held.
	Offices []Office `json:"offices,omitempty"`
	// Memberships are the organisations, organs and groupings the actor
	// belongs or belonged to.
	Memberships []Membership `json:"memberships,omitempty"`
	// Summary says in a sentence who the actor is in the articles, in the
	// coder's own words.
	Summary string `json:"summary"`
	// Evidence cites articles that name the actor.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the actor: missing or
// malformed id, kind, name, summary and evidence; empty or undetermined
// language tags; invalid aliases and duplicate names (after folding);
// references to itself; offices held by anyone but a person; invalid
// periods. Whether referenced actors exist is checked by [NewRegistry] and
// by the corpus loader.
func (a Actor) Validate(path accord.Path) accord.ErrorList {
	errs, _ := a.validate(path)
	return errs
}

// validate is Validate. Each name is folded once; it also returns the
// folded names, aligned with [Actor.AllNames] ("" for a name that folds to
// nothing), which NewRegistry indexes.
func (a Actor) validate(path accord.Path) (accord.ErrorList, []string) {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), a.ID, "a slug such as united-states")...)
	errs = append(errs, check.Enum(path.Child("kind"), a.Kind, kindEnum)...)
	nameKey := foldKey(a.Name)
	errs = append(errs, check.Text(path.Child("name"), nameKey, "the canonical English name")...)
	folded := []string{nameKey}
	seen := map[string]string{nameKey: "name"}
	// Names in different languages may coincide (Казахстан is Kazakhstan in
	// Ukrainian and in Russian); an alias must add a name the actor does not
	// already have.
	var names []string
	for _, tag := range a.languages() {
		p := path.Child("names").Key(tag.String())
		if tag == language.Und {
			errs = append(errs, accord.Invalid(p, tag, "a language tag such as uk or ru"))
		}
		k := foldKey(a.Names[tag])
		if k == "" {
			errs = append(errs, accord.Required(p, "the name in this language"))
		} else if _, dup := seen[k]; !dup {
			names = append(names, k)
		}
		folded = append(folded, k)
	}
	for _, k := range names {
		seen[k] = "a name in another language"
	}
	for i, al := range a.Aliases {
		p := path.Child("aliases").Index(i)
		k := foldKey(al.Name)
		errs = append(errs, al.validate(p, k)...)
		if k != "" {
			errs = append(errs, checkName(p.Child("name"), al.Name, k, seen)...)
		}
		folded = append(folded, k)
	}
	errs = append(errs, check.OptID(path.Child("acts_for"), a.ActsFor, "the id of the actor this one acts for")...)
	if a.ActsFor != "" && a.ActsFor == a.ID {
		errs = append(errs, accord.Invalid(path.Child("acts_for"), a.ActsFor, "an actor cannot act for itself").WithRule(ErrSelfReference))
	}
	errs = append(errs, a.Existed.Validate(path.Child("existed"))...)
	for i, o := range a.Offices {
		p := path.Child("offices").Index(i)
		if a.Kind != Person {
			errs = append(errs, accord.Invalid(p, a.Kind, "only a person holds an office; bodies use acts_for").WithRule(ErrOfficeNotPerson))
		}
		errs = append(errs, o.Validate(p)...)
		if o.For != "" && o.For == a.ID {
			errs = append(errs, accord.Invalid(p.Child("for"), o.For, "a person cannot hold an office for themselves").WithRule(ErrSelfReference))
		}
	}
	for i, m := range a.Memberships {
		p := path.Child("memberships").Index(i)
		errs = append(errs, m.Validate(p)...)
		if m.Of != "" && m.Of == a.ID {
			errs = append(errs, accord.Invalid(p.Child("of"), m.Of, "an actor cannot be a member of itself").WithRule(ErrSelfReference))
		}
	}
	errs = append(errs, check.Text(path.Child("summary"), a.Summary, "a sentence in the coder's own words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), a.Evidence)...)
	return errs, folded
}

// checkName reports a name that folds (to k, not empty) to a name the
// actor already has.
func checkName(p accord.Path, name, k string, seen map[string]string) accord.ErrorList {
	if first, dup := seen[k]; dup {
		return accord.ErrorList{accord.Duplicate(p, name, "the actor already has this name (as "+first+")")}
	}
	seen[k] = p.String()
	return nil
}

// languages returns the tags of Names in a stable order.
func (a Actor) languages() []language.Tag {
	tags := slices.Collect(maps.Keys(a.Names))
	slices.SortFunc(tags, func(x, y language.Tag) int { return strings.Compare(x.String(), y.String()) })
	return tags
}

// NameIn returns the actor's name in the language t, falling back to the
// closest tag [language.Matcher] finds among the names it has, and to the
// canonical English name when there is none.
func (a Actor) NameIn(t language.Tag) string {
	if n, ok := a.Names[t]; ok {
		return n
	}
	tags := a.languages()
	if len(tags) == 0 {
		return a.Name
	}
	supported := append([]language.Tag{language.English}, tags...)
	_, i, conf := language.NewMatcher(supported).Match(t)
	if conf == language.No || i == 0 {
		return a.Name
	}
	return a.Names[supported[i]]
}

// AllNames returns the canonical name, the names in other languages (in
// tag order) and the aliases, as written, in that order.
func (a Actor) AllNames() []string {
	out := []string{a.Name}
	for _, t := range a.languages() {
		out = append(out, a.Names[t])
	}
	for _, al := range a.Aliases {
		out = append(out, al.Name)
	}
	return out
}

// MemberOf reports whether the actor's memberships may include org at the
// date d (any time, for the zero Date): no end date the sources give rules
// d out ([accord.Period.ContainsDate]), so an undated membership, or one
// whose end is not stated, matches every date after its start.
func (a Actor) MemberOf(org string, d accord.Date) bool {
	return slices.ContainsFunc(a.Memberships, func(m Membership) bool { return m.Of == org && m.Period.ContainsDate(d) })
}

// Clone returns a deep copy of a that shares no memory with it.
func (a Actor) Clone() Actor {
	a.Names = maps.Clone(a.Names)
	a.Aliases = cloneEach(a.Aliases, Alias.clone)
	a.Offices = cloneEach(a.Offices, Office.clone)
	a.Memberships = cloneEach(a.Memberships, Membership.clone)
	a.Evidence = slices.Clone(a.Evidence)
	return a
}

// label returns the actor's id and canonical name, for [records].
func (a Actor) label() (id, name string) { return a.ID, a.Name }

func cloneEach[T any](s []T, f func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}
