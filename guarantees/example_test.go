package guarantees_test

import (
	"fmt"
	"os"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/neutrality"
)

var cite = []accord.Citation{{Doc: "lawfare-armed-neutrality", Anchor: "contained the following Article 5 on security guarantees"}}

// draftArticle5 is a shortened Istanbul-style guarantee clause with the two
// revisions the parties proposed.
func draftArticle5() guarantees.Clause {
	return guarantees.Clause{
		ID: "art5", Label: "Article 5", Topic: guarantees.Commitment,
		Wording:       "each of the Guarantor States, in the exercise of the right of self-defense, will provide assistance to Ukraine by taking such action as may be necessary, using armed force.",
		WordingSource: "shortened for the example",
		Summary:       "guarantors defend Ukraine",
		Reading: guarantees.Reading{Trigger: guarantees.ArmedAttack, Obligation: guarantees.ObligatoryForce,
			Measures: []guarantees.Measure{guarantees.ArmedForce}, Decision: guarantees.EachAlone, Invoker: guarantees.ProtectedRequest},
		Revisions: []guarantees.Revision{
			{ID: "ru", Label: "Russia's revision", By: []string{"russia"}, Kind: guarantees.Insertion, Placement: guarantees.After, At: "right of self-defense,",
				Text: " on the basis of a decision agreed upon by all Guarantor States,", Status: guarantees.RevisionDisputed,
				Changes: guarantees.ReadingChange{Decision: guarantees.AllJointly}, Summary: "joint decision", Evidence: cite},
			{ID: "ua", Label: "Ukraine's revision", By: []string{"ukraine"}, Kind: guarantees.Insertion, Placement: guarantees.After, At: "as may be necessary,",
				Text: " including closing the airspace over Ukraine,", Status: guarantees.RevisionProposed,
				Changes: guarantees.ReadingChange{AddMeasures: []guarantees.Measure{guarantees.ClosingAirspace}}, Summary: "airspace", Evidence: cite},
		},
		Evidence: cite,
	}
}

func draftTreaty() guarantees.Instrument {
	return guarantees.Instrument{
		ID: "draft", Name: "Draft treaty", Kind: guarantees.NeutralityGuarantee, Form: guarantees.Treaty,
		Binding: guarantees.LegallyBinding, Ratification: guarantees.RatificationNotStated, Stage: guarantees.Draft,
		Parties: []guarantees.Party{{Actor: "russia", Role: guarantees.Guarantor}, {Actor: "united-kingdom", Role: guarantees.Guarantor},
			{Actor: "ukraine", Role: guarantees.Protected}},
		ForcesPresent: guarantees.PresenceNotStated, NeutralProtected: true,
		Clauses: []guarantees.Clause{draftArticle5()}, Summary: "example", Evidence: cite,
	}
}

func ExampleClause_Version() {
	v, err := draftArticle5().Version("ru", "ua")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v.Marked)
	fmt.Println("decision:", v.Reading.Decision, "measures:", v.Reading.Measures)
	// Output:
	// each of the Guarantor States, in the exercise of the right of self-defense,{+ on the basis of a decision agreed upon by all Guarantor States,+} will provide assistance to Ukraine by taking such action as may be necessary,{+ including closing the airspace over Ukraine,+} using armed force.
	// decision: all-jointly measures: [armed-force closing-airspace]
}

func ExampleAssess() {
	in := draftTreaty()
	ctx := guarantees.Situation{Attacks: []guarantees.Attack{{Attacker: "russia", Victim: "ukraine"}}}
	for _, adopt := range [][]string{{"ua"}, {"ru", "ua"}} {
		s, err := guarantees.InstrumentSubject(in, adopt...)
		if err != nil {
			fmt.Println(err)
			return
		}
		a := guarantees.Assess(s, ctx)
		fmt.Printf("%s: %s (%d)\n", a.Title, a.Level, a.Score)
		for _, f := range a.Findings {
			fmt.Printf("  %+d %s\n", f.Weight(), f)
		}
	}
	// Output:
	// Draft treaty with Ukraine's revision: weak (0)
	//   -4 not-in-force
	//   -5 aggressor-as-guarantor (russia)
	//   +1 force-obligation [Article 5]
	//   +1 named-measures [Article 5]
	//   +1 invitation-only [Article 5]
	// Draft treaty with Russia's revision and Ukraine's revision: hollow (-12)
	//   -4 not-in-force
	//   -2 no-duty-to-defend [Article 5]
	//   -4 veto-for-guarantor [Article 5]
	//   -5 aggressor-as-guarantor (russia)
	//   +1 invitation-only [Article 5]
}

func ExampleCompare() {
	in := draftTreaty()
	a, _ := guarantees.ClauseSubject(in, "art5", "ua")
	b, _ := guarantees.ClauseSubject(in, "art5", "ru", "ua")
	c := guarantees.Compare(guarantees.Assess(a, guarantees.Situation{}), guarantees.Assess(b, guarantees.Situation{}))
	fmt.Println(c)
	fmt.Println()
	if err := c.Explain(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Draft treaty, Article 5, with Ukraine's revision is stronger than Draft treaty, Article 5, with Russia's revision and Ukraine's revision (score 9 against -3)
	//
	// A: Draft treaty, Article 5, with Ukraine's revision (score 9, robust; each guarantor bound to
	//    obligatory-force)
	// B: Draft treaty, Article 5, with Russia's revision and Ukraine's revision (score -3, weak; each
	//    guarantor bound to consult)
	// A is stronger, by 12 points. Findings only one of them has, heaviest first:
	//   -4 veto-for-guarantor, only B (favours A): action needs every guarantor's consent, so any one of
	//      them can block it
	//   -2 no-duty-to-defend, only B (favours A): no party is bound to defend the protected state with
	//      force
	//   +1 force-obligation, only A (favours A): guarantors are bound to act with armed force, not merely
	//      free to
	//   +1 named-measures, only A (favours A): specific measures are written into a force commitment,
	//      leaving less room to do less
}

func ExampleCheckNeutrality() {
	// A two-rule rulebook of permanent neutrality; the corpus's own is
	// corpus.Default().Rulebook().
	rule := func(a neutrality.Activity, v neutrality.Verdict) neutrality.Rule {
		return neutrality.Rule{ID: a.String(), Status: neutrality.PermanentNeutrality, Activity: a, Verdict: v, Reason: "example", Evidence: cite}
	}
	rb, err := neutrality.NewRulebook([]neutrality.Rule{
		rule(neutrality.ReceivesSecurityGuarantee, neutrality.Compatible),
		rule(neutrality.GuarantorConsensus, neutrality.NotRequired),
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := guarantees.InstrumentSubject(draftTreaty(), "ru")
	chk, err := guarantees.CheckNeutrality(s, guarantees.NeutralityReview{Rulebook: rb})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("checked as", chk.Status)
	for _, f := range chk.Report.Rulings {
		fmt.Println(f.Activity, f.Verdict)
	}
	// Output:
	// checked as neutralisation
	// receives-security-guarantee compatible
	// guarantor-consensus not-required
}
