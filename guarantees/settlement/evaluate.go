package settlement

import (
	"errors"
	"fmt"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/nopath"
	"github.com/accordmodel/accord/neutrality"
)

// Options say on what date the actors' positions are taken, whose verdicts
// are wanted, and how the legal findings are made.
type Options struct {
	// At is the date whose positions count; the zero Date takes every
	// position whatever its period (so an actor's 2022 and 2025 stances
	// both speak).
	At accord.Date
	// Actors restricts the verdicts to these actor ids; nil means every
	// actor with a position on an issue the package touches.
	Actors []string
	// Bloc overrides the frame's alliance id.
	Bloc string
	// Neutrality are the options for the neutrality rulebook: the context
	// and the doctrines held on contested questions.
	Neutrality neutrality.Options
}

// Stand is one actor's predicted answer to a package: the answer, the
// reasons that decide it (the blocking ones for a rejection, the open ones
// for a conditional answer, the satisfied ones for an acceptance) and
// every reason, in order of weight. The deciding reasons are the first of
// Reasons and share their storage.
type Stand struct {
	Actor    string
	Answer   Answer
	Deciding []Reason
	Reasons  []Reason
}

// RedLines returns the distinct red lines the package crosses for this
// actor, in the order of the deciding reasons.
func (s Stand) RedLines() []RedLine {
	var out []RedLine
	for _, r := range s.Deciding {
		if rl, ok := r.RedLine(); ok && !slices.Contains(out, rl) {
			out = append(out, rl)
		}
	}
	return out
}

// NeutralityCheck is the neutrality rulebook's verdict on a package with a
// status: the proposed status, the activities the package commits the
// state to or provides for, the rulings on each, and the rulings on the
// activities the package forbids (judged as if the status's own instrument
// did not forbid them), which show prohibitions that go beyond what the
// status requires.
type NeutralityCheck struct {
	Status       neutrality.Status
	Activities   []neutrality.Activity
	Report       neutrality.Report
	Prohibitions neutrality.Report
}

// Beyond returns the rulings on forbidden activities that the status
// itself does not rule out: demands that go beyond it.
func (n NeutralityCheck) Beyond() []neutrality.Ruling {
	var out []neutrality.Ruling
	for _, f := range n.Prohibitions.Rulings {
		if f.Verdict != neutrality.Incompatible {
			out = append(out, f)
		}
	}
	return out
}

// GuaranteeAssessment is the assessment of one guarantee of a package:
// [guarantees.Assess] of the instrument with the package's revisions
// adopted, in the frame's context of who has attacked whom and with the
// package's status reviewed against the neutrality rulebook, and
// [guarantees.CheckNeutrality]'s report on what the guarantee would have
// the protected state do (zero when there is no rulebook, or neither the
// package nor the instrument makes the state neutral).
type GuaranteeAssessment struct {
	Instrument string
	Adopted    []string
	Title      string
	Assessment guarantees.Assessment
	Neutrality guarantees.NeutralityCheck
}

// Evaluation is what [Evaluate] finds about a package: the outcomes it
// brings about or rules out, each actor's stand, the outcomes bound to no
// issue, and the legal findings.
type Evaluation struct {
	Settlement Settlement
	At         accord.Date
	Outcomes   []Outcome
	// Unbound lists the outcomes whose term the frame binds to no issue;
	// no position can be consulted on them.
	Unbound []Outcome
	// Stands holds one stand per actor, in collated name order.
	Stands []Stand
	// Neutrality is nil when the package has no status or the source no
	// rulebook.
	Neutrality *NeutralityCheck
	// Guarantees holds the assessment of each guarantee, in package order.
	Guarantees []GuaranteeAssessment
}

// Stand returns the stand of the actor with the given id.
func (ev Evaluation) Stand(actor string) (Stand, bool) {
	for _, s := range ev.Stands {
		if s.Actor == actor {
			return s, true
		}
	}
	return Stand{}, false
}

// Count returns how many actors give verdict v.
func (ev Evaluation) Count(v Answer) int {
	n := 0
	for _, s := range ev.Stands {
		if s.Answer == v {
			n++
		}
	}
	return n
}

// ErrNoPositions is returned by [Evaluate] when the source has no
// positions to consult.
var ErrNoPositions = errors.New("source has no positions")

// Evaluate meets a package with the actors' positions and the law. For
// every actor with positions on the issues the package touches (or the
// actors opts names), it predicts a verdict — accepts, conditional or
// rejects — with the positions and red lines that decide it and their
// citations; it checks the package's status and commitments against the
// neutrality rulebook and assesses each guarantee.
//
// Evaluate returns an [accord.ErrorList] when the package is invalid, or
// names an instrument or a revision the source does not have, and
// ErrNoPositions when the source has no positions; a nil src is an error.
func Evaluate(s Settlement, src Source, opts Options) (Evaluation, error) {
	if isNil(src) {
		return Evaluation{}, errors.New("settlement: Evaluate needs a Source, not nil")
	}
	if errs := problems(s); len(errs) > 0 {
		return Evaluation{}, errs
	}
	ps := src.Positions()
	if ps == nil {
		return Evaluation{}, ErrNoPositions
	}
	// The actors asked about must be actors, not ids that would leave
	// the evaluation silently without their stands.
	var unknown accord.ErrorList
	for i, a := range opts.Actors {
		if !ps.Registry().Has(a) {
			unknown = append(unknown, accord.NotFound(accord.NewPath("actors").Index(i), a, "no actor has this id").WithRule(actors.ErrUnknownActor))
		}
	}
	if len(unknown) > 0 {
		return Evaluation{}, unknown
	}
	e := newEnv(src, s.Protected, opts)
	rs, errs := e.resolve(s.Guarantees, accord.NewPath("guarantees"))
	if len(errs) > 0 {
		return Evaluation{}, errs
	}
	outs := e.outcomes(s, rs)
	ev := Evaluation{Settlement: s.Clone(), At: opts.At, Outcomes: outs}
	if n := countFunc(outs, func(o Outcome) bool { return o.Issue == "" }); n > 0 {
		ev.Unbound = make([]Outcome, 0, n)
		for _, o := range outs {
			if o.Issue == "" {
				ev.Unbound = append(ev.Unbound, o)
			}
		}
	}
	var keep func(string) bool
	if opts.Actors != nil {
		keep = func(a string) bool { return slices.Contains(opts.Actors, a) }
	}
	var ix positionIndex
	ix.init(ps, opts.At, keep)
	ev.Stands = stands(ps.Registry(), ix.appendReasons(make([]Reason, 0, 4*len(outs)), outs, &scratch{}))

	sit := guarantees.Situation{Attacks: e.attacks}
	rb := src.Rulebook()
	// The package's status, made once: the guarantees are reviewed against
	// it and the evaluation's neutrality check holds it.
	var st neutrality.Status
	hasStatus := rb != nil && s.Status.Kind.IsValid()
	if hasStatus {
		st = s.Status.Status(s.ID+"-status", s.Protected)
	}
	if rb != nil {
		sit.Neutrality = &guarantees.NeutralityReview{Rulebook: rb, Options: opts.Neutrality, Status: st}
	}
	if len(rs) > 0 {
		ev.Guarantees = make([]GuaranteeAssessment, 0, len(rs))
	}
	for _, r := range rs {
		ga := GuaranteeAssessment{
			Instrument: r.in.ID, Adopted: slices.Clone(r.term.Adopt), Title: r.in.Title(),
			Assessment: guarantees.Assess(r.subject, sit),
		}
		if sit.Neutrality != nil {
			nc, err := guarantees.CheckNeutrality(r.subject, *sit.Neutrality)
			if err != nil {
				return Evaluation{}, fmt.Errorf("checking guarantee %s against the neutrality rulebook: %w", r.in.ID, err)
			}
			ga.Neutrality = nc
		}
		ev.Guarantees = append(ev.Guarantees, ga)
	}
	if hasStatus {
		nc, err := checkNeutrality(rb, s, st, rs, opts.Neutrality)
		if err != nil {
			return Evaluation{}, err
		}
		ev.Neutrality = &nc
	}
	return ev, nil
}

// countFunc returns how many elements of s f accepts.
func countFunc[E any](s []E, f func(E) bool) int {
	n := 0
	for _, e := range s {
		if f(e) {
			n++
		}
	}
	return n
}

// problems returns s.Validate(accord.Path{}), building the paths of the
// package's fields only when it has a problem.
func problems(s Settlement) accord.ErrorList {
	if len(s.Validate(nopath.Path.(accord.Path))) == 0 {
		return nil
	}
	return s.Validate(accord.Path{})
}

// outcomes derives and merges the outcomes of every component.
func (e *env) outcomes(s Settlement, rs []resolved) []Outcome {
	// Every component's outcomes go into one array, merged in place.
	all := make([]Outcome, 0, 7+len(guaranteeTerms)+2+4+4*len(s.Territory)+1)
	all = e.statusOutcomes(all, s.Status)
	all = e.guaranteeOutcomes(all, rs)
	all = e.forceOutcomes(all, s.Forces)
	all = e.presenceOutcomes(all, s.Presence)
	for i, t := range s.Territory {
		all = e.territoryOutcomes(all, i, t)
	}
	all = e.sequencingOutcomes(all, s.Sequencing)
	return merge(all)
}

// Activities returns the activities a package commits the protected state
// to or provides for, in the vocabulary of the neutrality rulebook, in a
// fixed order without repeats: alliance membership or its course, the
// activities its status expressly allows, limits on or strength of its
// forces, the security guarantee and its features, assistance, and the
// foreign presence. Peacekeepers and naval operations have no activity in
// the rulebook's vocabulary and are left out.
func activities(s Settlement, rs []resolved) []neutrality.Activity {
	var out []neutrality.Activity
	add := func(a neutrality.Activity) {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	switch s.Status.Kind {
	case neutrality.AllianceMember:
		add(neutrality.AllianceMembership)
	case neutrality.AllianceAspirant:
		add(neutrality.AllianceMembershipCourse)
	}
	for _, a := range s.Status.Allows {
		add(a)
	}
	switch s.Forces.Limits {
	case Capped:
		add(neutrality.LimitsOnOwnForces)
	case Unlimited:
		add(neutrality.StrongArmedForces)
	}
	for _, r := range rs {
		if r.in.Kind == guarantees.AssistanceFramework {
			add(neutrality.ReceivesMilitaryAssistance)
			add(neutrality.DefenceAgreement)
		}
		rd, ok := r.rd, r.hasRead
		if !ok {
			continue
		}
		if rd.Obligation >= guarantees.DiscretionaryForce {
			add(neutrality.ReceivesSecurityGuarantee)
		} else if rd.Obligation >= guarantees.Support {
			add(neutrality.ReceivesMilitaryAssistance)
		}
		if rd.Decision == guarantees.AllJointly {
			add(neutrality.GuarantorConsensus)
		}
		if rd.Invoker == guarantees.AnyGuarantor || rd.Invoker == guarantees.OnTrigger {
			add(neutrality.GuarantorMayIntervene)
		}
	}
	for _, d := range s.Presence.Deployments {
		switch d.Kind {
		case GroundForces:
			if d.Duration != Temporary {
				add(neutrality.ForeignMilitaryBase)
			}
		case Trainers:
			add(neutrality.ForeignTrainers)
		case AirSupport:
			add(neutrality.ReceivesMilitaryAssistance)
		}
	}
	return out
}

// checkNeutrality checks the package, whose status is st, against the
// rulebook.
func checkNeutrality(rb *neutrality.Rulebook, s Settlement, st neutrality.Status, rs []resolved, opts neutrality.Options) (NeutralityCheck, error) {
	nc := NeutralityCheck{Status: st, Activities: activities(s, rs)}
	rep, err := rb.CheckAll(st, nc.Activities, opts)
	if err != nil {
		return NeutralityCheck{}, fmt.Errorf("checking %s against the neutrality rulebook: %w", s.ID, err)
	}
	nc.Report = rep
	if len(st.Forbids) > 0 {
		// The rulebook only reads the status (neutrality.Rulebook.Check).
		bare := st
		bare.Forbids = nil
		bare.Allows = nil
		rep, err := rb.CheckAll(bare, st.Forbids, opts)
		if err != nil {
			return NeutralityCheck{}, fmt.Errorf("checking the prohibitions of %s: %w", s.ID, err)
		}
		nc.Prohibitions = rep
	}
	return nc, nil
}
