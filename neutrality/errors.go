package neutrality

import "errors"

// Rule sentinels. Every problem a validator in this package reports is an
// *[accord.FieldError] whose kind is one of the actors sentinels
// (ErrRequired, ErrInvalid, …) and, where a domain rule was broken, whose
// Rule is one of these, so that callers can test both with [errors.Is].
var (
	// ErrNoBasis: a permanent neutrality or neutralisation has no basis that
	// binds the state in law.
	ErrNoBasis = errors.New("permanent neutrality without a legal basis")
	// ErrNoGuarantor: a neutralisation names no guarantor.
	ErrNoGuarantor = errors.New("neutralisation without a guarantor")
	// ErrNoConflict: a neutrality in a war does not say which war.
	ErrNoConflict = errors.New("neutrality in a war without the war")
	// ErrNoAlliance: an alliance membership names no alliance.
	ErrNoAlliance = errors.New("alliance membership without an alliance")
	// ErrNeutralInAlliance: a neutral status of a state (not of a
	// territory) lists a military alliance.
	ErrNeutralInAlliance = errors.New("neutrality claimed while in a military alliance")
	// ErrKindMismatch: the kind of a status is not what [Classify] derives
	// from the status's own facts under any doctrine.
	ErrKindMismatch = errors.New("status kind does not follow from its facts")
	// ErrPostureMismatch: a status does not declare the posture its kind
	// consists of (a neutrality that does not declare it will stay neutral).
	ErrPostureMismatch = errors.New("status kind and declared posture disagree")
	// ErrPeriodOrder: a period ends before it starts.
	ErrPeriodOrder = errors.New("period ends before it starts")
	// ErrEndNotSaid: a status in force does not say how it ends (a to date,
	// or an end of still-holds, ended-undated or not-stated), or a proposal
	// claims to hold or to have ended.
	ErrEndNotSaid = errors.New("status does not say how it ends")
	// ErrEndedStillHolds: an event ends a status (abandoned, superseded,
	// failed in war) whose period still holds or is not marked as ended.
	ErrEndedStillHolds = errors.New("status ended by an event but not marked as ended")
	// ErrBasisNotStated: "not-stated" is combined with a real basis.
	ErrBasisNotStated = errors.New("not-stated combined with a basis")
	// ErrConflictingTerms: an instrument both allows and forbids an activity.
	ErrConflictingTerms = errors.New("activity both allowed and forbidden")
	// ErrNoCondition: a conditional verdict states no condition.
	ErrNoCondition = errors.New("conditional verdict without a condition")
	// ErrTooFewSides: a contested rule keeps fewer than two sides.
	ErrTooFewSides = errors.New("contested rule with fewer than two sides")
	// ErrSidesNotContested: a rule that is not contested carries sides or a
	// question.
	ErrSidesNotContested = errors.New("sides on a rule that is not contested")
	// ErrRuleContext: a rule is set in a context in which its status does
	// not bind (a rule of the law of neutrality for peacetime, or for any
	// context).
	ErrRuleContext = errors.New("rule outside the context in which its status binds")
	// ErrDuplicateRule: two rules cover the same status kind, activity and
	// context.
	ErrDuplicateRule = errors.New("two rules for the same status, activity and context")
	// ErrUnknownDoctrine: a side names a doctrine the rulebook does not
	// define, or a doctrine of another question.
	ErrUnknownDoctrine = errors.New("unknown doctrine")
	// ErrNoRule: the rulebook has no rule for a status kind and activity.
	ErrNoRule = errors.New("no rule for this status and activity")
	// ErrUnclassifiable: the facts given say nothing from which a status
	// kind follows.
	ErrUnclassifiable = errors.New("facts do not determine a status kind")
)
