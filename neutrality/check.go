package neutrality

import (
	"slices"

	"github.com/accordmodel/accord"
)

// Ruling is the result of checking one activity against a status: the
// decisive verdict with its condition and reason, and where it came from
// (a rule of the rulebook, possibly one side of a contested rule, or the
// status's own instrument). A Ruling is a value; its methods return
// copies.
type Ruling struct {
	// Status is the kind of the status checked.
	Status Kind `json:"status,omitzero"`
	// Activity is the activity checked.
	Activity Activity `json:"activity,omitzero"`
	// Context is the context it was judged in.
	Context Context `json:"context,omitzero"`
	// Verdict is the decisive verdict: the rule's verdict, the chosen
	// side's verdict for a contested rule when the options hold one of its
	// doctrines, or Contested when they hold none.
	Verdict Verdict `json:"verdict,omitzero"`
	// Condition is the condition of a Conditional verdict.
	Condition string `json:"condition,omitempty"`
	// Reason is the one-sentence reason for the verdict.
	Reason string `json:"reason,omitempty"`
	// Doctrine is the doctrine that decided a contested rule; "" otherwise.
	Doctrine string `json:"doctrine,omitempty"`

	rule         *Rule
	statusID     string
	byInstrument bool
	evidence     []accord.Citation
}

// Found reports whether a rule or the status's instrument decided the
// ruling; false for the zero Ruling.
func (f Ruling) Found() bool { return f.Verdict.IsValid() }

// RuleID returns the id of the rule behind the ruling, or "" when the
// status's own instrument decided it or no rule applies ([NotApplicable]).
func (f Ruling) RuleID() string {
	if f.rule == nil {
		return ""
	}
	return f.rule.ID
}

// Rule returns a copy of the rule behind the ruling.
func (f Ruling) Rule() (Rule, bool) {
	if f.rule == nil {
		return Rule{}, false
	}
	return f.rule.Clone(), true
}

// IsContested reports whether the rule behind the ruling is contested,
// whether or not the options decided it.
func (f Ruling) IsContested() bool { return f.rule != nil && f.rule.Verdict == Contested }

// Sides returns a copy of every side of a contested rule; nil otherwise.
func (f Ruling) Sides() []Side {
	if !f.IsContested() {
		return nil
	}
	return f.rule.Clone().Sides
}

// Inherited reports whether the rule was written for another kind that
// this one inherits from (a neutralisation judged by a rule of permanent
// neutrality).
func (f Ruling) Inherited() bool { return f.rule != nil && f.rule.Status != f.Status }

// ByInstrument reports whether the status's own instrument decided the
// ruling, overriding the rulebook.
func (f Ruling) ByInstrument() bool { return f.byInstrument }

// Evidence returns a copy of the citations for the decisive verdict: the
// chosen side's, the rule's, or the status's; for a [NotApplicable]
// ruling, the source of the context in which the status binds.
func (f Ruling) Evidence() []accord.Citation { return slices.Clone(f.evidence) }

// Check judges activity a against status s. A status asked about a
// context in which it does not bind ([Kind.BindsIn]: neutrality in a war,
// asked about peacetime) gets the verdict [NotApplicable], whatever the
// activity. Otherwise Check looks first at the status's own instrument
// (its Terms that apply in the area of opts, then its Allows and Forbids),
// then the rule for s.Kind, a and the
// context of opts (a rule for that context before a rule for any context;
// a neutralisation falls back to the rules of permanent neutrality, and in
// wartime every kind falls back to the law of neutrality). For a
// contested rule, a doctrine held by opts decides; otherwise the verdict is
// Contested and [Ruling.Sides] keeps every side.
//
// Check reads only the status's Kind, ID, Allows, Forbids and Evidence; it
// does not validate the rest. It returns an error that matches
// [accord.ErrNotSupported] for an invalid kind, activity or context, an
// [accord.ErrorList] matching [ErrUnknownDoctrine] when opts holds a
// doctrine the rulebook does not define, and one that matches [ErrNoRule]
// when nothing in the rulebook covers the case: then the Ruling still
// holds the status kind, activity and context checked, and
// [Ruling.Found] is false. "No rule" is an answer as common as a verdict
// (more than half of the coded statuses' pairs with an activity), so Check
// does not allocate for it either: its error is a fixed value per kind,
// activity and context whose message is formatted only when asked for.
func (rb *Rulebook) Check(s Status, a Activity, opts Options) (Ruling, error) {
	rb = rb.orEmpty()
	if !s.Kind.IsValid() {
		return Ruling{}, accord.NotSupported(accord.NewPath("kind"), s.Kind, kindEnum.Names())
	}
	if !a.IsValid() {
		return Ruling{}, accord.NotSupported(accord.NewPath("activity"), a, activityEnum.Names())
	}
	if opts.Context != 0 && !opts.Context.IsValid() {
		return Ruling{}, accord.NotSupported(accord.NewPath("context"), opts.Context, contextEnum.Names())
	}
	if errs := rb.unknownDoctrines(opts); len(errs) > 0 {
		return Ruling{}, errs
	}
	f, ok := rb.check(s, a, opts)
	if !ok {
		return f, noRule(s.Kind, a, f.Context)
	}
	return f, nil
}

// check is Check on valid input; it reports false when nothing covers the
// case.
func (rb *Rulebook) check(s Status, a Activity, opts Options) (Ruling, bool) {
	f := Ruling{Status: s.Kind, Activity: a, Context: opts.contextFor(s.Kind), statusID: s.ID}
	if !s.Kind.BindsIn(f.Context) {
		f.Verdict, f.Reason, f.evidence = NotApplicable, onlyInWar, onlyInWarEvidence
		return f, true
	}
	for i := range s.Terms {
		if t := &s.Terms[i]; t.Activity == a && t.appliesIn(opts.Area) {
			f.Verdict, f.Condition = t.Verdict, t.Condition
			switch {
			case t.Condition != "" && t.Area != "":
				f.Reason = "A term of the status's own instrument decides this in that part of the territory, once its condition is met."
			case t.Condition != "":
				f.Reason = "A term of the status's own instrument decides this, once its condition is met."
			case t.Area != "":
				f.Reason = "A term of the status's own instrument decides this in that part of the territory."
			default:
				f.Reason = "A term of the status's own instrument decides this."
			}
			if t.Condition != "" && t.Verdict == Compatible {
				f.Verdict = Conditional
			}
			f.byInstrument, f.evidence = true, t.Evidence
			return f, true
		}
	}
	switch {
	case slices.Contains(s.Forbids, a):
		f.Verdict, f.Reason = Incompatible, "The status's own instrument expressly rules this out."
		f.byInstrument, f.evidence = true, s.Evidence
		return f, true
	case slices.Contains(s.Allows, a):
		f.Verdict, f.Reason = Compatible, "The status's own instrument expressly allows this."
		f.byInstrument, f.evidence = true, s.Evidence
		return f, true
	}
	r := rb.find(s.Kind, a, f.Context)
	if r == nil {
		return f, false
	}
	f.rule = r
	f.Verdict, f.Condition, f.Reason, f.evidence = r.Verdict, r.Condition, r.Reason, r.Evidence
	if r.Verdict == Contested {
		for _, d := range opts.Doctrines {
			for i := range r.Sides {
				if r.Sides[i].Doctrine == d {
					sd := &r.Sides[i]
					f.Verdict, f.Condition, f.Reason, f.evidence = sd.Verdict, sd.Condition, sd.Reason, sd.Evidence
					f.Doctrine = sd.Doctrine
					return f, true
				}
			}
		}
	}
	return f, true
}

// Report is the result of checking a package of activities against one
// status: a ruling for every activity the rulebook or the instrument
// covers, in the order given, and the activities nothing covers.
type Report struct {
	// Rulings holds one ruling per covered activity.
	Rulings []Ruling `json:"rulings"`
	// Uncovered lists the activities for which there is no rule.
	Uncovered []Activity `json:"uncovered,omitempty"`
}

// Count returns how many rulings have verdict v.
func (r Report) Count(v Verdict) int {
	n := 0
	for _, f := range r.Rulings {
		if f.Verdict == v {
			n++
		}
	}
	return n
}

// With returns the rulings with verdict v, in order.
func (r Report) With(v Verdict) []Ruling {
	var out []Ruling
	for _, f := range r.Rulings {
		if f.Verdict == v {
			out = append(out, f)
		}
	}
	return out
}

// CheckAll checks every activity of a package of commitments against s
// with [Rulebook.Check] and returns every ruling. Invalid activities, an
// invalid kind or context are reported together in an [accord.ErrorList]
// (paths "activities[i]", "kind", "context"); activities without a rule are
// listed in Report.Uncovered, not treated as errors.
func (rb *Rulebook) CheckAll(s Status, activities []Activity, opts Options) (Report, error) {
	rb = rb.orEmpty()
	var errs accord.ErrorList
	if !s.Kind.IsValid() {
		errs = append(errs, accord.NotSupported(accord.NewPath("kind"), s.Kind, kindEnum.Names()))
	}
	if opts.Context != 0 && !opts.Context.IsValid() {
		errs = append(errs, accord.NotSupported(accord.NewPath("context"), opts.Context, contextEnum.Names()))
	}
	for i, a := range activities {
		if !a.IsValid() {
			errs = append(errs, accord.NotSupported(accord.NewPath("activities").Index(i), a, activityEnum.Names()))
		}
	}
	errs = append(errs, rb.unknownDoctrines(opts)...)
	if len(errs) > 0 {
		return Report{}, errs
	}
	// The rulings and the uncovered activities are gathered in buffers on
	// the stack, big enough for every activity once, and copied out at
	// their final sizes: the report costs two allocations of what it holds,
	// however the activities split.
	var rbuf [numActivities]Ruling
	var ubuf [numActivities]Activity
	rulings, uncovered := rbuf[:0], ubuf[:0]
	for _, a := range activities {
		f, ok := rb.check(s, a, opts)
		if !ok {
			uncovered = append(uncovered, a)
			continue
		}
		rulings = append(rulings, f)
	}
	rep := Report{Rulings: make([]Ruling, len(rulings))}
	copy(rep.Rulings, rulings)
	if len(uncovered) > 0 {
		rep.Uncovered = make([]Activity, len(uncovered))
		copy(rep.Uncovered, uncovered)
	}
	return rep, nil
}

// unknownDoctrines reports the doctrines opts holds that the rulebook
// does not define: holding one would leave a contested verdict contested
// without saying why.
func (rb *Rulebook) unknownDoctrines(opts Options) accord.ErrorList {
	var errs accord.ErrorList
	for i, d := range opts.Doctrines {
		if _, ok := rb.byID[d]; !ok {
			errs = append(errs, accord.NotFound(accord.NewPath("doctrines").Index(i), d, "no doctrine of the rulebook has this id").WithRule(ErrUnknownDoctrine))
		}
	}
	return errs
}
