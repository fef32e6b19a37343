package neutrality

import "github.com/accordmodel/accord"

// BindsIn reports whether a status of kind k binds the state in context c.
// The law of neutrality binds a state that stays out of a given war only
// while an international armed conflict is under way, so [NeutralInWar]
// binds only in wartime; every other kind has its rules in peace as in
// war (permanent neutrality is a commitment made in peacetime, a policy or
// an alliance course holds until it is changed). An invalid kind or
// context binds nowhere.
//
// Rules carry the context they bind in ([Rule.Context]): a rule for
// NeutralInWar must be set for wartime ([ErrRuleContext]), and
// [Rulebook.Check] answers [NotApplicable] when asked about a status in a
// context in which it does not bind.
func (k Kind) BindsIn(c Context) bool {
	if !k.IsValid() || !c.IsValid() {
		return false
	}
	return k != NeutralInWar || c == Wartime
}

// bindingContext returns the only context in which a status of kind k
// binds, or 0 when it binds in every context.
func (k Kind) bindingContext() Context {
	if k == NeutralInWar {
		return Wartime
	}
	return 0
}

// onlyInWar is the reason and source of a [NotApplicable] ruling on a
// status that binds only in wartime.
const onlyInWar = "The law of neutrality binds a state that stays out of a war only while an international armed conflict is under way; in peacetime it does not apply."

var onlyInWarEvidence = []accord.Citation{{
	Doc:    "lawfare-armed-neutrality",
	Anchor: "applies only insofar as there is a pending international armed conflict",
}}
