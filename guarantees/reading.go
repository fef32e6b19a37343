package guarantees

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Reading is the structured reading of a commitment clause: what sets it
// off, how strongly it binds, which measures it names, who decides and
// who invokes it, how long consultations may take, where it applies and
// under which conditions. A [Clause] carries the reading of its base text;
// [Clause.Version] derives the reading of any combination of revisions.
//
// The zero Reading means "no reading": clauses that make no commitment
// (a neutrality duty, a cap on forces) have none.
type Reading struct {
	Trigger Trigger `json:"trigger"`
	// Casus says whether the trigger obliges at once or only once someone
	// determines it occurred; zero when not coded.
	Casus      Casus      `json:"casus,omitzero"`
	Obligation Obligation `json:"obligation"`
	// Parties gives the obligation of each party that owes something other
	// than Obligation (see [Reading.ObligationOf]).
	Parties []PartyObligation `json:"parties,omitempty"`
	// Against names the adversaries the commitment answers, when it names
	// any (ATOP's condition "specific adversary"): against an attack by
	// anyone else only Otherwise is owed (see [Reading.ObligationAgainst]).
	Against []string `json:"against,omitempty"`
	// Otherwise is what is owed against attackers not named in Against,
	// such as consultation; zero means nothing.
	Otherwise Obligation `json:"otherwise,omitzero"`
	// Measures the clause names, in the order the text names them.
	Measures []Measure `json:"measures,omitempty"`
	Decision Decision  `json:"decision"`
	// Majority is the majority a qualified-majority decision needs, as a
	// fraction "n/m" ("2/3").
	Majority string  `json:"majority,omitempty"`
	Invoker  Invoker `json:"invoker"`
	// Consultation is set when the guarantors must consult before acting;
	// ConsultationDays is the deadline for those consultations in days,
	// zero when none is set.
	Consultation     bool `json:"consultation,omitempty"`
	ConsultationDays int  `json:"consultation_days,omitempty"`
	// Scope is the territory covered and the parts excluded.
	Scope      Scope       `json:"scope,omitzero"`
	Conditions []Condition `json:"conditions,omitempty"`
}

// Scope is where a commitment applies. Covers names the territory in a
// few words ("Ukraine", "the North Atlantic area"); Exclusions lists the
// parts it does not cover.
type Scope struct {
	Covers     string      `json:"covers,omitempty"`
	Exclusions []Exclusion `json:"exclusions,omitempty"`
}

// Exclusion is a territory a commitment does not cover. Area is a slug
// ("crimea", "luhansk-oblast"); Partial is set when only part of the area
// is excluded, and ToBeDefined when the parties were still to draw the
// line.
type Exclusion struct {
	Area        string `json:"area"`
	Partial     bool   `json:"partial,omitempty"`
	ToBeDefined bool   `json:"to_be_defined,omitempty"`
	Note        string `json:"note,omitempty"`
}

// Condition is one condition a commitment is subject to, with an optional
// note in the coder's words.
type Condition struct {
	Kind ConditionKind `json:"kind"`
	Note string        `json:"note,omitempty"`
}

// IsZero reports whether r is the zero Reading (no reading).
func (r Reading) IsZero() bool {
	return r.Trigger == 0 && r.Casus == 0 && r.Obligation == 0 && len(r.Parties) == 0 && len(r.Against) == 0 && r.Otherwise == 0 &&
		len(r.Measures) == 0 && r.Decision == 0 && r.Majority == "" &&
		r.Invoker == 0 && !r.Consultation && r.ConsultationDays == 0 && r.Scope.IsZero() && len(r.Conditions) == 0
}

// IsZero reports whether s says nothing.
func (s Scope) IsZero() bool { return s.Covers == "" && len(s.Exclusions) == 0 }

// HasMeasure reports whether the reading names measure m.
func (r Reading) HasMeasure(m Measure) bool { return slices.Contains(r.Measures, m) }

// HasCondition reports whether the reading is subject to a condition of
// kind k.
func (r Reading) HasCondition(k ConditionKind) bool {
	return slices.ContainsFunc(r.Conditions, func(c Condition) bool { return c.Kind == k })
}

// Clone returns a deep copy of r, so that changing the copy's slices
// leaves r alone.
func (r Reading) Clone() Reading {
	r.Measures = slices.Clone(r.Measures)
	r.Parties = slices.Clone(r.Parties)
	r.Against = slices.Clone(r.Against)
	r.Scope.Exclusions = slices.Clone(r.Scope.Exclusions)
	r.Conditions = slices.Clone(r.Conditions)
	return r
}

// Validate reports every intrinsic problem of the reading: missing or
// unknown enum values, repeated measures or conditions, a negative
// consultation deadline or a deadline without consultations, exclusions
// without an area, repeated or malformed per-party obligations, an
// obligation against other attackers without named adversaries or not
// weaker than the main one, and a qualified majority without its
// fraction (or a fraction on another decision rule).
func (r Reading) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Enum(path.Child("trigger"), r.Trigger, triggerEnum)...)
	errs = append(errs, check.OptEnum(path.Child("casus"), r.Casus, casusEnum)...)
	errs = append(errs, check.Enum(path.Child("obligation"), r.Obligation, obligationEnum)...)
	errs = append(errs, r.validateParties(path.Child("parties"))...)
	errs = append(errs, r.validateAdversary(path)...)
	errs = append(errs, r.validateMajority(path)...)
	errs = append(errs, check.Enum(path.Child("decision"), r.Decision, decisionEnum)...)
	errs = append(errs, check.Enum(path.Child("invoker"), r.Invoker, invokerEnum)...)
	errs = append(errs, check.Enums(path.Child("measures"), r.Measures, measureEnum)...)
	switch {
	case r.ConsultationDays < 0:
		errs = append(errs, accord.Invalid(path.Child("consultation_days"), r.ConsultationDays,
			"a deadline in days cannot be negative").WithRule(ErrNegativeDeadline))
	case r.ConsultationDays > 0 && !r.Consultation:
		errs = append(errs, accord.Invalid(path.Child("consultation_days"), r.ConsultationDays,
			"a consultation deadline needs consultation: true"))
	}
	for i, x := range r.Scope.Exclusions {
		p := path.Child("scope").Child("exclusions").Index(i)
		errs = append(errs, check.ID(p.Child("area"), x.Area, "a slug naming the excluded territory")...)
	}
	seenCond := map[ConditionKind]bool{}
	for i, c := range r.Conditions {
		p := path.Child("conditions").Index(i).Child("kind")
		switch {
		case !c.Kind.IsValid():
			errs = append(errs, accord.NotSupported(p, c.Kind, conditionKindEnum.Names()))
		case seenCond[c.Kind]:
			errs = append(errs, accord.Duplicate(p, c.Kind, "each condition is listed once"))
		}
		seenCond[c.Kind] = true
	}
	return errs
}
