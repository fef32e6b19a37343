package neutrality

import (
	"iter"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/seq"
)

const (
	numKinds      = int(NuclearWeaponFree) + 1
	numActivities = int(NuclearWeaponsTransit) + 1
	numContexts   = int(Wartime) + 1
)

// Rulebook is a validated set of [Rule] values and the [Doctrine] values
// their contested sides refer to, indexed for [Rulebook.Check]. A Rulebook
// is immutable and safe for concurrent use; its accessors return copies.
//
// The embedded corpus provides one (corpus.Corpus.Rulebook). A caller can
// build its own with [NewRulebook], or derive a changed copy with
// [Rulebook.With]. A nil or zero Rulebook has no rules and no doctrines.
type Rulebook struct {
	rules     []Rule
	doctrines []Doctrine
	byID      map[string]int // doctrine id -> index
	// index holds, per status kind, activity and context (0 = any), the
	// position of the rule plus one; 0 means no rule.
	index [numKinds][numActivities][numContexts]int16
}

// NewRulebook validates rules and doctrines and indexes the rules. It
// reports every problem at once, with paths "rules[i]…" and
// "doctrines[j]…": each record's own problems, duplicate rule and doctrine
// ids, two rules for the same status kind, activity and context
// ([ErrDuplicateRule]), and sides whose doctrine is undefined or answers
// another question ([ErrUnknownDoctrine]). The inputs are copied.
func NewRulebook(rules []Rule, doctrines []Doctrine) (*Rulebook, error) {
	if len(rules) > 1<<15-1 {
		return nil, accord.ErrorList{accord.Invalid(accord.NewPath("rules"), len(rules), "too many rules (at most 32767)")}
	}
	rb := &Rulebook{byID: make(map[string]int, len(doctrines))}
	var errs accord.ErrorList
	dp := accord.NewPath("doctrines")
	for i, d := range doctrines {
		p := dp.Index(i)
		errs = append(errs, d.Validate(p)...)
		if _, dup := rb.byID[d.ID]; dup && d.ID != "" {
			errs = append(errs, accord.Duplicate(p.Child("id"), d.ID, "doctrine ids are unique"))
			continue
		}
		rb.byID[d.ID] = len(rb.doctrines)
		rb.doctrines = append(rb.doctrines, d.Clone())
	}
	rp := accord.NewPath("rules")
	ids := make(map[string]bool, len(rules))
	for i, r := range rules {
		p := rp.Index(i)
		rerrs := r.Validate(p)
		errs = append(errs, rerrs...)
		if ids[r.ID] && r.ID != "" {
			errs = append(errs, accord.Duplicate(p.Child("id"), r.ID, "rule ids are unique"))
		}
		ids[r.ID] = true
		for j, s := range r.Sides {
			d, ok := rb.byID[s.Doctrine]
			switch {
			case s.Doctrine == "":
			case !ok:
				errs = append(errs, accord.NotFound(p.Child("sides").Index(j).Child("doctrine"), s.Doctrine, "no doctrine has this id").WithRule(ErrUnknownDoctrine))
			case rb.doctrines[d].Question != r.Question:
				errs = append(errs, accord.Invalid(p.Child("sides").Index(j).Child("doctrine"), s.Doctrine, "the doctrine answers "+rb.doctrines[d].Question+", not "+r.Question).WithRule(ErrUnknownDoctrine))
			}
		}
		if len(rerrs) > 0 {
			continue
		}
		slot := &rb.index[r.Status][r.Activity][r.Context]
		if *slot != 0 {
			first := rb.rules[*slot-1]
			errs = append(errs, accord.Duplicate(p, r.ID, "rule "+first.ID+" already covers "+r.Status.String()+" / "+r.Activity.String()+" / "+contextName(r.Context)).WithRule(ErrDuplicateRule))
			continue
		}
		rb.rules = append(rb.rules, r.Clone())
		*slot = int16(len(rb.rules))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return rb, nil
}

func contextName(c Context) string {
	if c == 0 {
		return "any context"
	}
	return c.String()
}

// With returns a new Rulebook holding rb's rules and doctrines changed by
// the ones given: a rule that covers the same status kind, activity and
// context as an existing rule replaces it, and so does a doctrine with an
// existing id; the others are added. rb itself is unchanged. This is how a
// caller adds a rule of its own, or overrides one it disagrees with.
func (rb *Rulebook) With(rules []Rule, doctrines []Doctrine) (*Rulebook, error) {
	rb = rb.orEmpty()
	ds := slices.Clone(rb.doctrines)
	for _, d := range doctrines {
		if i, ok := rb.byID[d.ID]; ok {
			ds[i] = d
			continue
		}
		ds = append(ds, d)
	}
	rs := slices.Clone(rb.rules)
	for _, r := range rules {
		if r.Status.IsValid() && r.Activity.IsValid() && (r.Context == 0 || r.Context.IsValid()) {
			if slot := rb.index[r.Status][r.Activity][r.Context]; slot != 0 {
				rs[slot-1] = r
				continue
			}
		}
		rs = append(rs, r)
	}
	return NewRulebook(rs, ds)
}

// Rules returns a copy of every rule, in the order given to NewRulebook.
func (rb *Rulebook) Rules() []Rule {
	rb = rb.orEmpty()
	out := make([]Rule, len(rb.rules))
	for i, r := range rb.rules {
		out[i] = r.Clone()
	}
	return out
}

// All iterates over copies of the rules, in order.
func (rb *Rulebook) All() iter.Seq[Rule] {
	rb = rb.orEmpty()
	return seq.Map(rb.rules, Rule.Clone)
}

// Len returns the number of rules.
func (rb *Rulebook) Len() int {
	rb = rb.orEmpty()
	return len(rb.rules)
}

// Doctrines returns a copy of every doctrine, in the order given.
func (rb *Rulebook) Doctrines() []Doctrine {
	rb = rb.orEmpty()
	out := make([]Doctrine, len(rb.doctrines))
	for i, d := range rb.doctrines {
		out[i] = d.Clone()
	}
	return out
}

// Doctrine returns the doctrine with the given id.
func (rb *Rulebook) Doctrine(id string) (Doctrine, bool) {
	rb = rb.orEmpty()
	i, ok := rb.byID[id]
	if !ok {
		return Doctrine{}, false
	}
	return rb.doctrines[i].Clone(), true
}

// Questions returns the slugs of the contested questions the doctrines
// answer, sorted.
func (rb *Rulebook) Questions() []string {
	rb = rb.orEmpty()
	var qs []string
	for _, d := range rb.doctrines {
		if !slices.Contains(qs, d.Question) {
			qs = append(qs, d.Question)
		}
	}
	slices.Sort(qs)
	return qs
}

// Lookup returns the rule the rulebook itself holds for exactly this
// status kind, activity and context (zero context: the rule for any
// context), without falling back as [Rulebook.Check] does.
func (rb *Rulebook) Lookup(k Kind, a Activity, c Context) (Rule, bool) {
	rb = rb.orEmpty()
	if !k.IsValid() || !a.IsValid() || (c != 0 && !c.IsValid()) {
		return Rule{}, false
	}
	if slot := rb.index[k][a][c]; slot != 0 {
		return rb.rules[slot-1].Clone(), true
	}
	return Rule{}, false
}

// find returns the rule that governs kind k, activity a in context c: the
// rule for that context, else the rule for any context; failing both, the
// same search for the kind k inherits from (neutralisation inherits the
// rules of permanent neutrality); and in wartime, failing all of these,
// the rules of [NeutralInWar], because every state that stays out of a war
// is neutral in it by default and bound by the law of neutrality.
func (rb *Rulebook) find(k Kind, a Activity, c Context) *Rule {
	for ; k != 0; k = k.inherits() {
		if r := rb.at(k, a, c); r != nil {
			return r
		}
	}
	if c == Wartime {
		return rb.at(NeutralInWar, a, c)
	}
	return nil
}

// at returns the rule for k, a in context c, else for any context.
func (rb *Rulebook) at(k Kind, a Activity, c Context) *Rule {
	if slot := rb.index[k][a][c]; slot != 0 {
		return &rb.rules[slot-1]
	}
	if slot := rb.index[k][a][0]; slot != 0 {
		return &rb.rules[slot-1]
	}
	return nil
}

// emptyRulebook is what a nil *Rulebook reads as: a rulebook without
// rules or doctrines (the rule of the accord package on nil values).
var emptyRulebook = &Rulebook{}

// orEmpty returns rb, or an empty rulebook when rb is nil.
func (rb *Rulebook) orEmpty() *Rulebook {
	if rb == nil {
		return emptyRulebook
	}
	return rb
}
