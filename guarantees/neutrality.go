package guarantees

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/neutrality"
)

// NeutralityActivity is one thing an instrument would have its protected
// state do, receive or accept, named as an activity of the neutrality
// rulebook, with the clause it comes from ("" for the instrument as a
// whole).
type NeutralityActivity struct {
	Activity neutrality.Activity
	Clause   string
}

// NeutralityActivities translates the subject into the activities the
// neutrality rulebook judges, in a fixed order and without repeats:
//
//   - a commitment to use force (discretionary or stronger) is
//     receives-security-guarantee; aid measures (weapons, military aid,
//     training, intelligence, logistics) are receives-military-assistance;
//   - a decision of all guarantors is guarantor-consensus, and a guarantor
//     that may act without the protected state's request is
//     guarantor-may-intervene;
//   - a defence pact in which the protected state is a mutual party is
//     alliance-membership; guarantor forces present, or troops on the
//     ground named, are foreign-military-base;
//   - a force-limits clause is limits-on-own-forces, an EU clause
//     eu-membership, an alliance-path clause alliance-membership-course,
//     and a commitment conditional on EU membership eu-mutual-assistance.
func (s Subject) NeutralityActivities() []NeutralityActivity {
	// The activities are gathered on the stack and copied once.
	var buf [16]NeutralityActivity
	out := buf[:0]
	add := func(a neutrality.Activity, clause string) {
		if !slices.ContainsFunc(out, func(x NeutralityActivity) bool { return x.Activity == a }) {
			out = append(out, NeutralityActivity{Activity: a, Clause: clause})
		}
	}
	in := &s.in
	for _, v := range s.versions {
		c, ok := in.clause(v.Clause)
		if !ok {
			continue
		}
		r := v.Reading
		switch c.Topic {
		case Commitment:
			if r.Obligation >= DiscretionaryForce {
				add(neutrality.ReceivesSecurityGuarantee, c.ID)
			}
			for _, m := range r.Measures {
				switch m {
				case Weapons, MilitaryAid, Training, Intelligence, Logistics:
					add(neutrality.ReceivesMilitaryAssistance, c.ID)
				case TroopsOnGround:
					add(neutrality.ForeignMilitaryBase, c.ID)
				}
			}
			if r.Decision == AllJointly {
				add(neutrality.GuarantorConsensus, c.ID)
			}
			if r.Invoker == AnyGuarantor {
				add(neutrality.GuarantorMayIntervene, c.ID)
			}
			if r.HasCondition(EUMembership) {
				add(neutrality.EUMutualAssistance, c.ID)
			}
		case ForceLimits:
			add(neutrality.LimitsOnOwnForces, c.ID)
		case EURelations:
			add(neutrality.EUMembership, c.ID)
		case AlliancePath:
			add(neutrality.AllianceMembershipCourse, c.ID)
		}
	}
	if in.Kind == DefencePact && slices.ContainsFunc(in.Parties, func(p Party) bool { return p.Role == Mutual }) {
		add(neutrality.AllianceMembership, "")
	}
	if in.ForcesPresent == ForcesPresent {
		add(neutrality.ForeignMilitaryBase, "")
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// NeutralityReview asks [Assess] (through [Situation]) or [CheckNeutrality]
// to check a guarantee against the neutrality rulebook. Status is the
// protected state's status to check against; when its Kind is zero, an
// instrument with NeutralProtected set is checked as a neutralisation (a
// permanent neutrality guaranteed by other states), and any other
// instrument is not checked. Options choose the context and doctrines,
// as for [neutrality.Rulebook.Check].
//
// In JSON the rulebook is left out (it is the corpus's data, not part of
// the situation) and a zero Status or Options is omitted.
type NeutralityReview struct {
	Rulebook *neutrality.Rulebook `json:"-"`
	Status   neutrality.Status    `json:",omitzero"`
	Options  neutrality.Options   `json:",omitzero"`
}

// NeutralityCheck is the result of [CheckNeutrality]: the activities the
// subject implies and the rulebook's report on them.
type NeutralityCheck struct {
	Status     neutrality.Kind `json:",omitzero"`
	Activities []NeutralityActivity
	Report     neutrality.Report
}

// CheckNeutrality checks the activities the subject implies against the
// neutrality rulebook, for the status the review names (or, for a
// guarantee of neutrality, a neutralisation). It does not copy the rules:
// the verdicts, reasons and sources are the rulebook's. It returns a
// zero NeutralityCheck when there is no status to check against, and the
// rulebook's error for an invalid status or options.
func CheckNeutrality(s Subject, r NeutralityReview) (NeutralityCheck, error) {
	st, ok := r.statusFor(s.in)
	if !ok || r.Rulebook == nil {
		return NeutralityCheck{}, nil
	}
	acts := s.NeutralityActivities()
	list := make([]neutrality.Activity, len(acts))
	for i, a := range acts {
		list[i] = a.Activity
	}
	rep, err := r.Rulebook.CheckAll(st, list, r.Options)
	if err != nil {
		return NeutralityCheck{}, err
	}
	return NeutralityCheck{Status: st.Kind, Activities: acts, Report: rep}, nil
}

func (r NeutralityReview) statusFor(in Instrument) (neutrality.Status, bool) {
	if r.Status.Kind != 0 {
		return r.Status, true
	}
	if !in.NeutralProtected {
		return neutrality.Status{}, false
	}
	return neutrality.Status{ID: in.ID, Kind: neutrality.Neutralisation, GuaranteedBy: in.Guarantors()}, true
}

// neutralityFindings adds the findings of a neutrality review to a, each
// with the citations of the rule (or side) that decided it and of the
// clause that implies the activity (the instrument's, for the instrument
// as a whole).
func neutralityFindings(s Subject, r *NeutralityReview, add func(k FindingKind, clause string, act neutrality.Activity, ev []accord.Citation)) {
	chk, err := CheckNeutrality(s, *r)
	if err != nil {
		return
	}
	for _, f := range chk.Report.Rulings {
		clause := ""
		for _, a := range chk.Activities {
			if a.Activity == f.Activity {
				clause = a.Clause
			}
		}
		k := NeutralityConflict
		switch f.Verdict {
		case neutrality.Incompatible:
		case neutrality.NotRequired:
			k = BeyondNeutrality
		default:
			continue
		}
		ev := s.in.Evidence
		if c, ok := s.in.clause(clause); ok && clause != "" {
			ev = c.Evidence
		}
		add(k, clause, f.Activity, append(f.Evidence(), ev...))
	}
}
