package neutrality

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// validStatuses is one sound status of every kind.
func validStatuses() map[Kind]Status {
	base := func(id string, k Kind) Status {
		return Status{ID: id, State: "testland", Kind: k, Stage: InForce, Period: accord.Period{End: accord.EndNotStated},
			Summary: "s", Evidence: cite("x y z w")}
	}
	s := map[Kind]Status{}
	nw := base("nw", NeutralInWar)
	nw.Conflict, nw.Bases = "First World War", []Basis{LawOfNeutrality}
	s[NeutralInWar] = nw
	np := base("np", NeutralityPolicy)
	np.Postures, np.Bases = []Posture{StayNeutral}, []Basis{PolicyStatement}
	s[NeutralityPolicy] = np
	pn := base("pn", PermanentNeutrality)
	pn.Postures, pn.Bases = []Posture{StayNeutral, StayOutOfBlocs}, []Basis{UnilateralDeclaration, DomesticLaw}
	pn.Period = accord.Period{From: accord.YearOf(1815), End: accord.StillHolds}
	s[PermanentNeutrality] = pn
	nz := base("nz", Neutralisation)
	nz.Postures, nz.Bases, nz.GuaranteedBy = []Posture{StayNeutral}, []Basis{AgreementAmongOthers}, []string{"concert-of-europe"}
	s[Neutralisation] = nz
	na := base("na", NonAlignment)
	na.Postures, na.Bases = []Posture{StayOutOfBlocs}, []Basis{DomesticLaw}
	na.Period = accord.Period{From: accord.YearOf(2010), To: accord.YearOf(2014)}
	s[NonAlignment] = na
	am := base("am", AllianceMember)
	am.Alliances = []string{"nato"}
	s[AllianceMember] = am
	aa := base("aa", AllianceAspirant)
	aa.Postures = []Posture{JoinAlliance}
	s[AllianceAspirant] = aa
	nf := base("nf", NuclearWeaponFree)
	nf.Postures, nf.Bases, nf.RecognisedBy = []Posture{StayNuclearWeaponFree}, []Basis{UnilateralDeclaration, DomesticLaw}, []string{"un-general-assembly"}
	s[NuclearWeaponFree] = nf
	return s
}

func TestStatusValidateEachKind(t *testing.T) {
	statuses := validStatuses()
	require.Len(t, statuses, len(Kinds()), "a sound status for every kind")
	for k, s := range statuses {
		t.Run(k.String(), func(t *testing.T) {
			assert.Empty(t, s.Validate(accord.NewPath("s")))
		})
	}
}

func TestStatusValidateRejects(t *testing.T) {
	v := validStatuses()
	tests := []struct {
		name  string
		s     Status
		kind  error
		rule  error
		path  string
		extra int // further problems expected beyond this one
	}{
		{"permanent neutrality with no basis", func() Status { s := v[PermanentNeutrality]; s.Bases = nil; return s }(), accord.ErrRequired, ErrNoBasis, "s.bases", 0},
		{"permanent neutrality on a policy statement only", func() Status { s := v[PermanentNeutrality]; s.Bases = []Basis{PolicyStatement}; return s }(), accord.ErrRequired, ErrNoBasis, "s.bases", 0},
		{"neutralisation by treaty with no guarantor", func() Status { s := v[Neutralisation]; s.Bases, s.GuaranteedBy = []Basis{Treaty}, nil; return s }(), accord.ErrRequired, ErrNoGuarantor, "s.guaranteed_by", 0},
		{"period ending before it starts", func() Status {
			s := v[NonAlignment]
			s.Period = accord.Period{From: accord.YearOf(2014), To: accord.YearOf(2010)}
			return s
		}(), accord.ErrInvalid, ErrPeriodOrder, "s.period.to", 0},
		{"neutral in a war without the war", func() Status { s := v[NeutralInWar]; s.Conflict = ""; return s }(), accord.ErrRequired, ErrNoConflict, "s.conflict", 0},
		{"alliance member without alliance", func() Status { s := v[AllianceMember]; s.Alliances = nil; return s }(), accord.ErrRequired, ErrNoAlliance, "s.alliances", 0},
		{"neutrality policy that does not declare neutrality", func() Status { s := v[NeutralityPolicy]; s.Postures = []Posture{StayOutOfBlocs}; return s }(), accord.ErrRequired, ErrPostureMismatch, "s.postures", 0},
		{"not-stated with a basis", func() Status { s := v[PermanentNeutrality]; s.Bases = []Basis{NotStated, Treaty}; return s }(), accord.ErrInvalid, ErrBasisNotStated, "s.bases", 0},
		{"allowed and forbidden", func() Status {
			s := v[PermanentNeutrality]
			s.Allows, s.Forbids = []Activity{DefenceAgreement}, []Activity{DefenceAgreement}
			return s
		}(), accord.ErrInvalid, ErrConflictingTerms, "s.forbids[0]", 0},
		{"missing kind", func() Status { s := v[PermanentNeutrality]; s.Kind = 0; return s }(), accord.ErrRequired, nil, "s.kind", 0},
		{"unknown basis", func() Status { s := v[PermanentNeutrality]; s.Bases = []Basis{UnilateralDeclaration, 99}; return s }(), accord.ErrNotSupported, nil, "s.bases[1]", 0},
		{"duplicate guarantor", func() Status { s := v[Neutralisation]; s.GuaranteedBy = []string{"france", "france"}; return s }(), accord.ErrDuplicate, nil, "s.guaranteed_by[1]", 0},
		{"event without evidence", func() Status { s := v[PermanentNeutrality]; s.Events = []Event{{Kind: Held}}; return s }(), accord.ErrRequired, nil, "s.events[0].evidence", 0},
		{"no evidence", func() Status { s := v[PermanentNeutrality]; s.Evidence = nil; return s }(), accord.ErrRequired, nil, "s.evidence", 0},
		{"in force without saying how it ends", func() Status { s := v[PermanentNeutrality]; s.Period.End = 0; return s }(), accord.ErrRequired, ErrEndNotSaid, "s.period.end", 0},
		{"an end word beside an end date", func() Status { s := v[NonAlignment]; s.Period.End = accord.EndedUndated; return s }(), accord.ErrInvalid, nil, "s.period.end", 0},
		{"abandoned, yet still holds", func() Status {
			s := v[PermanentNeutrality]
			s.Events = []Event{{Kind: Abandoned, Evidence: cite("gave it up")}}
			return s
		}(), accord.ErrInvalid, ErrEndedStillHolds, "s.period.end", 0},
		{"failed in a war, end not stated", func() Status {
			s := v[Neutralisation]
			s.Period = accord.Period{From: accord.YearOf(1839), End: accord.EndNotStated}
			s.Events = []Event{{Kind: FailedInWar, Evidence: cite("did not survive")}}
			return s
		}(), accord.ErrInvalid, ErrEndedStillHolds, "s.period.end", 0},
		{"a proposal that still holds", func() Status {
			s := v[PermanentNeutrality]
			s.Stage = Proposed
			return s
		}(), accord.ErrInvalid, ErrEndNotSaid, "s.period.end", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := tt.s.Validate(accord.NewPath("s"))
			assertHas(t, errs, tt.kind, tt.rule, tt.path)
			assert.Len(t, errs, 1+tt.extra, "%v", errs)
		})
	}
}

func TestStatusValidateReportsEverything(t *testing.T) {
	s := Status{Kind: Neutralisation, Period: accord.Period{From: accord.YearOf(2000), To: accord.YearOf(1999)}}
	errs := s.Validate(accord.NewPath("statuses").Index(2))
	for _, want := range []struct {
		rule error
		path string
	}{
		{nil, "statuses[2].id"}, {nil, "statuses[2].state"}, {nil, "statuses[2].stage"},
		{ErrNoBasis, "statuses[2].bases"}, {ErrNoGuarantor, "statuses[2].guaranteed_by"},
		{ErrPostureMismatch, "statuses[2].postures"}, {ErrPeriodOrder, "statuses[2].period.to"},
		{nil, "statuses[2].summary"}, {nil, "statuses[2].evidence"},
	} {
		found := false
		for _, e := range errs {
			if e.Path.String() == want.path && (want.rule == nil || e.Rule == want.rule) {
				found = true
			}
		}
		assert.True(t, found, "missing %v at %s in %v", want.rule, want.path, errs)
	}
}

func TestStatusCopies(t *testing.T) {
	s := validStatuses()[Neutralisation]
	s.Events = []Event{{Kind: Violated, By: []string{"german-empire"}, Evidence: cite("violated")}}
	c := s.Clone()
	c.GuaranteedBy[0] = "changed"
	c.Events[0].By[0] = "changed"
	f := s.Facts()
	f.GuaranteedBy[0] = "changed"
	out, ok := s.Outcome()
	require.True(t, ok)
	out.By[0] = "changed"
	assert.Equal(t, "concert-of-europe", s.GuaranteedBy[0])
	assert.Equal(t, "german-empire", s.Events[0].By[0])
	_, ok = validStatuses()[AllianceMember].Outcome()
	assert.False(t, ok)
}

// TestStatusTime keeps "still holds", "ended, date not stated" and "end
// not stated" apart: only the first is current, a status an event ends is
// never current, and an undated status matches no date unless asked.
func TestStatusTime(t *testing.T) {
	y := accord.YearOf
	held := Status{Stage: InForce, Period: accord.Period{From: y(1815), End: accord.StillHolds}}
	failed := Status{Stage: InForce, Period: accord.Period{From: y(1839), End: accord.EndedUndated},
		Events: []Event{{Kind: FailedInWar}}}
	unstated := Status{Stage: InForce, Period: accord.Period{From: y(1990), End: accord.EndNotStated}}
	dated := Status{Stage: InForce, Period: accord.Period{From: y(2010), To: y(2014)}}
	undated := Status{Stage: InForce, Period: accord.Period{End: accord.EndNotStated}}
	proposal := Status{Stage: Proposed}
	tests := []struct {
		name                    string
		s                       Status
		current, ended          bool
		on1995, on2012, may1995 bool
	}{
		{"still holds", held, true, false, true, true, true},
		{"failed in a war, date not given", failed, false, true, false, false, true},
		{"end not stated", unstated, false, false, false, false, true},
		{"dated", dated, false, true, false, true, false},
		{"undated", undated, false, false, false, false, true},
		{"proposal", proposal, false, false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.current, tt.s.Current(), "Current")
			assert.Equal(t, tt.ended, tt.s.Ended(), "Ended")
			assert.Equal(t, tt.on1995, tt.s.InForceOn(y(1995)), "InForceOn 1995")
			assert.Equal(t, tt.on2012, tt.s.InForceOn(y(2012)), "InForceOn 2012")
			assert.Equal(t, tt.may1995, tt.s.MayBeInForceOn(y(1995)), "MayBeInForceOn 1995")
		})
	}
	// An event that ends the status outranks a period left open by mistake.
	bad := held
	bad.Events = []Event{{Kind: Abandoned}}
	assert.False(t, bad.Current())
	assert.False(t, bad.InForceOn(y(1995)))
	for _, k := range EventKinds() {
		assert.Equal(t, k == Abandoned || k == Superseded || k == FailedInWar, k.Ends(), k)
	}
}
