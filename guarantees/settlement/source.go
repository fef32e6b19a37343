package settlement

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/neutrality"
)

// Source is what [Evaluate] and [Search] look up: the actors' positions
// (with the actor registry and the issue taxonomy they refer to), the
// neutrality rulebook, the coded security instruments, and the [Frame] that
// ties terms to issues. *corpus.Corpus satisfies it; tests and callers with
// their own data can supply any other implementation.
type Source interface {
	// Positions returns the positions, or nil when there are none.
	Positions() *actors.Positions
	// Rulebook returns the neutrality rulebook, or nil when there is none.
	Rulebook() *neutrality.Rulebook
	// Instrument returns the coded instrument with the given id.
	Instrument(id string) (guarantees.Instrument, bool)
	// SettlementFrame returns the bindings of terms to issues, the alliance
	// whose troops matter, and who has attacked whom.
	SettlementFrame() Frame
}

// Frame is the data that relates packages to the actors' positions:
// which issue of the taxonomy each [Term] (and, for territorial terms,
// each region) stands for, the alliance whose troops the term nato-troops
// concerns, and the attacks that make a guarantor an aggressor. The
// embedded corpus codes the bloc and the bindings in seeds/settlements.json
// and derives the attacks from the breaches its instruments record.
type Frame struct {
	// Bloc is the actor id of the military alliance ("nato").
	Bloc string
	// Attacks lists who has attacked whom; the corpus derives them from
	// the breaches its instruments record.
	Attacks []guarantees.Attack
	// Bindings tie terms to issues.
	Bindings []TermBinding
}

// TermBinding ties a [Term] to the issue of the actors' taxonomy whose positions
// decide it. A binding with a Region applies to that region's territorial
// outcomes only and takes precedence over the term's binding without one.
type TermBinding struct {
	// Term is the term bound.
	Term Term `json:"term"`
	// Region restricts the binding to one region's outcomes.
	Region string `json:"region,omitempty"`
	// Issue is the id of the issue.
	Issue string `json:"issue"`
	// Narrow stops positions on the issue's ancestors from being
	// consulted: the taxonomy files the issue under a broader one that the
	// term is not a case of (deferring talks on Crimea is filed under
	// recognition, but recognises nothing).
	Narrow bool `json:"narrow,omitempty"`
	// Note is the coder's remark on the choice.
	Note string `json:"note,omitempty"`
}

// Validate reports every intrinsic problem of the binding.
func (b TermBinding) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Enum(path.Child("term"), b.Term, termEnum)...)
	errs = append(errs, check.OptID(path.Child("region"), b.Region, "an id")...)
	errs = append(errs, check.ID(path.Child("issue"), b.Issue, "an id")...)
	return errs
}

// Validate reports every intrinsic problem of the frame: invalid bindings,
// a term (and region) bound twice, and attacks without attacker or victim.
func (f Frame) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.OptID(path.Child("bloc"), f.Bloc, "an id")...)
	for i, a := range f.Attacks {
		p := path.Child("attacks").Index(i)
		errs = append(errs, check.ID(p.Child("attacker"), a.Attacker, "an id")...)
		errs = append(errs, check.ID(p.Child("victim"), a.Victim, "an id")...)
	}
	seen := map[bindKey]bool{}
	for i, b := range f.Bindings {
		p := path.Child("bindings").Index(i)
		errs = append(errs, b.Validate(p)...)
		k := bindKey{b.Term, b.Region}
		if seen[k] {
			errs = append(errs, accord.Duplicate(p.Child("term"), b.Term, "this term (and region) is already bound"))
		}
		seen[k] = true
	}
	return errs
}

// Clone returns a deep copy of f.
func (f Frame) Clone() Frame {
	return Frame{Bloc: f.Bloc, Attacks: slices.Clone(f.Attacks), Bindings: slices.Clone(f.Bindings)}
}

type bindKey struct {
	term   Term
	region string
}

// bound is the issue a term is bound to.
type bound struct {
	issue  string
	narrow bool
}

// issueOf returns the issue bound to term t in region r: the binding for
// the region, else the term's binding without one. When a term (and
// region) is bound twice, which [Frame.Validate] reports, the later
// binding counts.
func issueOf(bindings []TermBinding, t Term, r string) bound {
	find := func(r string) (bound, bool) {
		for i := len(bindings) - 1; i >= 0; i-- {
			if b := &bindings[i]; b.Term == t && b.Region == r {
				return bound{b.Issue, b.Narrow}, true
			}
		}
		return bound{}, false
	}
	if r != "" {
		if b, ok := find(r); ok {
			return b
		}
	}
	b, _ := find("")
	return b
}
