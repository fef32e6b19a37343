package guarantees

import "github.com/accordmodel/accord"

// ev is a syntactically valid citation for constructed values; anchors of
// constructed values are never checked against the articles.
var ev = []accord.Citation{{Doc: "lawfare-armed-neutrality", Anchor: "a phrase"}}

// art5Wording is the base text of the Istanbul draft Article 5 as
// lawfare-armed-neutrality quotes it, with the bracketed revisions taken
// out.
const art5Wording = "The Guarantor States and Ukraine agree that in the event of an armed attack on Ukraine, each of the Guarantor States, " +
	"after holding urgent and immediate consultations (which shall be held within no more than three days) among them, " +
	"in the exercise of the right to individual or collective self-defense recognized by Article 51 of the Charter of the United Nations, " +
	"will provide (in response to and on the basis of an official request from Ukraine) assistance to Ukraine, as a permanently neutral state under attack, " +
	"by immediately taking such individual or joint action as may be necessary, using armed force in order to restore and subsequently maintain " +
	"the security of Ukraine as a permanently neutral state."

func russianRevision() Revision {
	return Revision{
		ID: "ru", By: []string{"russia"}, Kind: Insertion, Placement: After,
		At:      "recognized by Article 51 of the Charter of the United Nations,",
		Text:    " on the basis of a decision agreed upon by all Guarantor States,",
		Status:  RevisionDisputed,
		Changes: ReadingChange{Decision: AllJointly},
		Summary: "joint decision of all guarantors", Evidence: ev,
	}
}

func ukrainianRevision() Revision {
	return Revision{
		ID: "ua", By: []string{"ukraine"}, Kind: Insertion, Placement: After,
		At:      "such individual or joint action as may be necessary,",
		Text:    " including closing the airspace over Ukraine, the provision of the necessary weapons,",
		Status:  RevisionProposed,
		Changes: ReadingChange{AddMeasures: []Measure{ClosingAirspace, Weapons}},
		Summary: "closing the airspace and weapons", Evidence: ev,
	}
}

// art5 returns a constructed Istanbul-style Article 5 with both revisions.
func art5() Clause {
	return Clause{
		ID: "art5", Label: "Article 5", Topic: Commitment,
		Wording: art5Wording, WordingSource: "constructed for tests",
		Summary: "guarantors defend Ukraine",
		Reading: Reading{
			Trigger: ArmedAttack, Obligation: ObligatoryForce, Measures: []Measure{ArmedForce},
			Decision: EachAlone, Invoker: ProtectedRequest, Consultation: true, ConsultationDays: 3,
			Scope: Scope{Covers: "Ukraine", Exclusions: []Exclusion{{Area: "crimea"}}},
		},
		Revisions: []Revision{russianRevision(), ukrainianRevision()},
		Evidence:  ev,
	}
}

// guarantee returns a valid, in-force, ratified guarantee by two
// guarantors to Ukraine with one plain commitment clause; tests change
// one thing at a time.
func guarantee() Instrument {
	return Instrument{
		ID: "test-guarantee", Name: "Test guarantee", Kind: SecurityGuarantee, Form: Treaty,
		Binding: LegallyBinding, Ratification: Ratified, Stage: InForce,
		Parties: []Party{
			{Actor: "france", Role: Guarantor},
			{Actor: "united-kingdom", Role: Guarantor},
			{Actor: "ukraine", Role: Protected},
		},
		ForcesPresent: PresenceNotStated,
		Clauses: []Clause{{
			ID: "defence", Label: "Article 1", Topic: Commitment, Summary: "defence",
			Reading: Reading{Trigger: ArmedAttack, Obligation: ObligatoryForce, Measures: []Measure{ArmedForce},
				Decision: EachAlone, Invoker: OnTrigger},
			Evidence: ev,
		}},
		Summary: "a constructed guarantee", Evidence: ev,
	}
}

// istanbul returns a constructed draft neutrality guarantee carrying art5.
func istanbul() Instrument {
	in := guarantee()
	in.ID, in.Kind, in.Stage, in.Ratification, in.NeutralProtected = "istanbul", NeutralityGuarantee, Draft, RatificationNotStated, true
	in.Parties = append(in.Parties, Party{Actor: "russia", Role: Guarantor})
	in.Clauses = []Clause{art5()}
	return in
}
