package settlement

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
)

// fakeSource is a Source built from constructed values, so that the logic
// is tested independently of the coded corpus.
type fakeSource struct {
	ps          *actors.Positions
	rb          *neutrality.Rulebook
	instruments map[string]guarantees.Instrument
	frame       Frame
}

func (f *fakeSource) Positions() *actors.Positions   { return f.ps }
func (f *fakeSource) Rulebook() *neutrality.Rulebook { return f.rb }
func (f *fakeSource) Instrument(id string) (guarantees.Instrument, bool) {
	in, ok := f.instruments[id]
	return in, ok
}
func (f *fakeSource) SettlementFrame() Frame { return f.frame }

// cite is a citation for constructed test data; anchors are not verified
// outside the corpus.
func cite(anchor string) []accord.Citation {
	return []accord.Citation{{Doc: "test-doc", Anchor: anchor}}
}

func actor(id string, kind actors.Kind, name string, member ...string) actors.Actor {
	a := actors.Actor{ID: id, Kind: kind, Name: name, Summary: "A test actor.", Evidence: cite(name)}
	for _, m := range member {
		a.Memberships = append(a.Memberships, actors.Membership{Of: m, Role: actors.Member, Evidence: cite(name)})
	}
	return a
}

func issue(id, parent string) actors.Issue {
	return actors.Issue{ID: id, Name: id, Parent: parent, Outcome: "the outcome " + id, Evidence: cite(id)}
}

// pos returns a position held from 2022 and still held, so that it
// speaks on every date the tests ask about.
func pos(id, who, on string, st actors.Stance, red bool) actors.Position {
	return actors.Position{ID: id, Actor: who, Issue: on, Stance: st, RedLine: red,
		Attribution: actors.Stated, Summary: "A test position.", Evidence: cite(id),
		Period: accord.Period{From: accord.YearOf(2022), End: accord.StillHolds}}
}

// negotiation is the small constructed negotiation of the tests: Ukraine
// and Russia, NATO and one of its members (France), a bystander (Brazil),
// and five issues, "foreign-troops" being the parent of "nato-troops".
func negotiation(extra ...actors.Position) *fakeSource {
	reg := actors.MustNewRegistry([]actors.Actor{
		actor("ukraine", actors.State, "Ukraine"),
		actor("russia", actors.State, "Russia"),
		actor("nato", actors.Organisation, "NATO"),
		actor("france", actors.State, "France", "nato"),
		actor("brazil", actors.State, "Brazil"),
		actor("united-nations", actors.Organisation, "United Nations"),
	})
	tax := actors.MustNewTaxonomy([]actors.Issue{
		issue("neutral-status", ""),
		issue("force-caps", ""),
		issue("foreign-troops", ""),
		issue("nato-troops", "foreign-troops"),
		issue("recognition-crimea", ""),
		issue("guarantees", ""),
		issue("guarantor-veto", ""),
		issue("cession", ""),
	})
	list := []actors.Position{
		pos("ru-neutral", "russia", "neutral-status", actors.Demands, true),
		pos("ru-nato-troops", "russia", "nato-troops", actors.Rejects, true),
		pos("ua-caps", "ukraine", "force-caps", actors.Rejects, true),
	}
	list = append(list, extra...)
	return &fakeSource{
		ps: actors.MustNewPositions(reg, tax, list),
		frame: Frame{
			Bloc:    "nato",
			Attacks: []guarantees.Attack{{Attacker: "russia", Victim: "ukraine"}},
			Bindings: []TermBinding{
				{Term: TermPermanentNeutrality, Issue: "neutral-status"},
				{Term: TermForceLimits, Issue: "force-caps"},
				{Term: TermForeignTroops, Issue: "foreign-troops"},
				{Term: TermNATOTroops, Issue: "nato-troops"},
				{Term: TermRecognition, Region: "crimea", Issue: "recognition-crimea"},
				{Term: TermSecurityGuarantee, Issue: "guarantees"},
				{Term: TermGuarantorVeto, Issue: "guarantor-veto"},
				{Term: TermCession, Issue: "cession"},
			},
		},
		instruments: map[string]guarantees.Instrument{},
	}
}

// Three components of the constructed options.
var (
	neutralStatus = StatusTerm{Kind: neutrality.PermanentNeutrality, Armament: neutrality.Armed,
		Bases: []neutrality.Basis{neutrality.Treaty}}
	nonAligned = StatusTerm{Kind: neutrality.NonAlignment, Armament: neutrality.Armed,
		Bases: []neutrality.Basis{neutrality.PolicyStatement}}
	capped       = ForcePosture{Limits: Capped, Caps: []Cap{{Quantity: "personnel", AtMost: 85000, Unit: "troops", ProposedBy: "russia"}}}
	uncapped     = ForcePosture{Limits: Unlimited}
	frenchTroops = ForeignPresence{Deployments: []Deployment{{Kind: GroundForces, Contributors: []string{"france"}, ConsentOf: []string{"ukraine"}}}}
	noTroops     = ForeignPresence{Excludes: []DeploymentKind{GroundForces}}
)

// optionA and optionB span the constructed space: A is permanent
// neutrality with caps and French troops, B non-alignment without caps and
// without foreign ground forces.
func optionA() Settlement {
	return Settlement{ID: "option-a", Name: "Option A", Protected: "ukraine", Stage: Floated, Modality: Constructed,
		Status: neutralStatus, Forces: capped, Presence: frenchTroops, Summary: "Test option A.", Evidence: cite("option a")}
}

func optionB() Settlement {
	return Settlement{ID: "option-b", Name: "Option B", Protected: "ukraine", Stage: Floated, Modality: Constructed,
		Status: nonAligned, Forces: uncapped, Presence: noTroops, Summary: "Test option B.", Evidence: cite("option b")}
}
