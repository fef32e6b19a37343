package neutrality

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Rule says what a status of a given kind means for an activity: a
// verdict, the condition of a conditional verdict, a one-sentence reason in
// the coder's words and the sources. A contested rule carries no verdict of
// its own beyond [Contested]; it keeps every side, each with the doctrine
// that holds it, and the caller's [Options] pick one.
//
// Rules are data: the embedded corpus codes them in seeds/rules.json, and a
// caller can build a [Rulebook] from its own, or extend the embedded one.
type Rule struct {
	// ID is the rule's stable slug.
	ID string `json:"id"`
	// Status is the kind of status the rule is about.
	Status Kind `json:"status"`
	// Activity is the activity it judges.
	Activity Activity `json:"activity"`
	// Context restricts the rule to peacetime or wartime; zero means it
	// holds in both. A rule for a status that binds only in one context
	// (the law of neutrality, for [NeutralInWar], binds only in wartime)
	// must name that context: see [Kind.BindsIn].
	Context Context `json:"context,omitzero"`
	// Verdict is the rule's verdict.
	Verdict Verdict `json:"verdict"`
	// Condition is required for a Conditional verdict: what must hold for
	// the activity to be compatible.
	Condition string `json:"condition,omitempty"`
	// Reason is one sentence in the coder's own words.
	Reason string `json:"reason"`
	// Question is the slug of the contested question; only for Contested.
	Question string `json:"question,omitempty"`
	// Sides are the views on a contested rule, one per doctrine.
	Sides []Side `json:"sides,omitempty"`
	// Evidence cites the sources of the rule.
	Evidence []accord.Citation `json:"evidence"`
}

// Side is one view on a contested rule: the doctrine that holds it, the
// verdict under that doctrine, and its sources.
type Side struct {
	// Doctrine is the id of the doctrine holding this view.
	Doctrine string `json:"doctrine"`
	// Verdict is the verdict under that doctrine; never Contested.
	Verdict Verdict `json:"verdict"`
	// Condition is required for a Conditional verdict.
	Condition string `json:"condition,omitempty"`
	// Reason is one sentence in the coder's own words.
	Reason string `json:"reason"`
	// Evidence cites the sources of this view.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the rule: missing or unknown
// values, a conditional verdict without a condition ([ErrNoCondition]), a
// contested rule with fewer than two sides or without a question
// ([ErrTooFewSides]), sides on a rule that is not contested
// ([ErrSidesNotContested]), a rule set in a context in which its status
// does not bind ([ErrRuleContext]), and the verdict [NotApplicable], which
// only a ruling gives. Whether the sides' doctrines exist is checked
// by [NewRulebook].
func (r Rule) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), r.ID, "a slug such as "+"permanent-neutrality-alliance-membership")...)
	errs = append(errs, check.Enum(path.Child("status"), r.Status, kindEnum)...)
	errs = append(errs, check.Enum(path.Child("activity"), r.Activity, activityEnum)...)
	errs = append(errs, check.OptEnum(path.Child("context"), r.Context, contextEnum)...)
	if r.Status.IsValid() && (r.Context == 0 || r.Context.IsValid()) {
		if only := r.Status.bindingContext(); only != 0 && r.Context != only {
			errs = append(errs, accord.Invalid(path.Child("context"), contextName(r.Context),
				"a "+r.Status.String()+" status binds only in "+only.String()+", so its rules are set for "+only.String()).WithRule(ErrRuleContext))
		}
	}
	errs = append(errs, check.Enum(path.Child("verdict"), r.Verdict, verdictEnum)...)
	if r.Verdict == NotApplicable {
		errs = append(errs, accord.Invalid(path.Child("verdict"), r.Verdict, "only a ruling says a rule does not apply; a rule gives the verdict for the context it binds in"))
	}
	if r.Verdict == Conditional && r.Condition == "" {
		errs = append(errs, accord.Required(path.Child("condition"), "what must hold for the activity to be compatible").WithRule(ErrNoCondition))
	}
	errs = append(errs, check.Text(path.Child("reason"), r.Reason, "one sentence in the coder's own words")...)
	if r.Verdict == Contested {
		errs = append(errs, check.ID(path.Child("question"), r.Question, "a slug such as "+QuestionAssistanceToVictim)...)
		if len(r.Sides) < 2 {
			errs = append(errs, accord.Required(path.Child("sides"), "each side of the dispute, at least two").WithRule(ErrTooFewSides))
		}
		for i, s := range r.Sides {
			sp := path.Child("sides").Index(i)
			errs = append(errs, s.Validate(sp)...)
			if s.Doctrine != "" && slices.IndexFunc(r.Sides, func(o Side) bool { return o.Doctrine == s.Doctrine }) < i {
				errs = append(errs, accord.Duplicate(sp.Child("doctrine"), s.Doctrine, "each doctrine is one side"))
			}
		}
	} else {
		if len(r.Sides) > 0 {
			errs = append(errs, accord.Invalid(path.Child("sides"), len(r.Sides), "only a contested rule has sides").WithRule(ErrSidesNotContested))
		}
		if r.Question != "" {
			errs = append(errs, accord.Invalid(path.Child("question"), r.Question, "only a contested rule has a question").WithRule(ErrSidesNotContested))
		}
	}
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), r.Evidence)...)
	return errs
}

// Validate reports every intrinsic problem of the side.
func (s Side) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("doctrine"), s.Doctrine, "a slug such as "+QualifiedNeutrality)...)
	errs = append(errs, check.Enum(path.Child("verdict"), s.Verdict, verdictEnum)...)
	if s.Verdict == Contested || s.Verdict == NotApplicable {
		errs = append(errs, accord.Invalid(path.Child("verdict"), s.Verdict, "a side takes a position on the activity; it cannot itself be "+s.Verdict.String()))
	}
	if s.Verdict == Conditional && s.Condition == "" {
		errs = append(errs, accord.Required(path.Child("condition"), "what must hold for the activity to be compatible").WithRule(ErrNoCondition))
	}
	errs = append(errs, check.Text(path.Child("reason"), s.Reason, "one sentence in the coder's own words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), s.Evidence)...)
	return errs
}

// Clone returns a deep copy of r.
func (r Rule) Clone() Rule {
	r.Evidence = slices.Clone(r.Evidence)
	if r.Sides != nil {
		sides := make([]Side, len(r.Sides))
		for i, s := range r.Sides {
			s.Evidence = slices.Clone(s.Evidence)
			sides[i] = s
		}
		r.Sides = sides
	}
	return r
}
