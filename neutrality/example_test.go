package neutrality_test

import (
	"errors"
	"fmt"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/neutrality"
)

// exampleRulebook builds a small rulebook of the caller's own: one plain
// rule and one contested rule with its two doctrines.
func exampleRulebook() *neutrality.Rulebook {
	src := []accord.Citation{{Doc: "my-notes", Anchor: "what the law of neutrality says"}}
	rb, err := neutrality.NewRulebook(
		[]neutrality.Rule{
			{ID: "pn-caps", Status: neutrality.PermanentNeutrality, Activity: neutrality.LimitsOnOwnForces,
				Verdict: neutrality.NotRequired, Reason: "Caps on forces are no part of permanent neutrality.", Evidence: src},
			{ID: "nw-weapons", Status: neutrality.NeutralInWar, Activity: neutrality.WeaponsToVictim, Context: neutrality.Wartime,
				Verdict: neutrality.Contested, Reason: "Scholars disagree.", Question: neutrality.QuestionAssistanceToVictim,
				Sides: []neutrality.Side{
					{Doctrine: neutrality.QualifiedNeutrality, Verdict: neutrality.Compatible, Reason: "The victim may be armed.", Evidence: src},
					{Doctrine: neutrality.StrictNeutrality, Verdict: neutrality.Incompatible, Reason: "Both sides must be treated alike.", Evidence: src},
				}, Evidence: src},
		},
		[]neutrality.Doctrine{
			{ID: neutrality.QualifiedNeutrality, Question: neutrality.QuestionAssistanceToVictim, Name: "Qualified", Summary: "s", Evidence: src},
			{ID: neutrality.StrictNeutrality, Question: neutrality.QuestionAssistanceToVictim, Name: "Strict", Summary: "s", Evidence: src},
		})
	if err != nil {
		panic(err)
	}
	return rb
}

func ExampleRulebook_Check() {
	rb := exampleRulebook()
	neutral := neutrality.Status{Kind: neutrality.PermanentNeutrality}

	f, _ := rb.Check(neutral, neutrality.LimitsOnOwnForces, neutrality.Options{})
	fmt.Println(f.Verdict, "-", f.Reason)

	// In wartime a permanently neutral state is bound by the law of
	// neutrality; the contested rule keeps both sides until a doctrine is chosen.
	war := neutrality.Options{Context: neutrality.Wartime}
	f, _ = rb.Check(neutral, neutrality.WeaponsToVictim, war)
	fmt.Println(f.Verdict, len(f.Sides()), "sides")
	fmt.Println(f) // each side with its doctrine and the documents it cites
	f, _ = rb.Check(neutral, neutrality.WeaponsToVictim, war.WithDoctrines(neutrality.QualifiedNeutrality))
	fmt.Println(f)

	_, err := rb.Check(neutral, neutrality.ArmsExports, neutrality.Options{})
	fmt.Println(errors.Is(err, neutrality.ErrNoRule))
	// Output:
	// not-required - Caps on forces are no part of permanent neutrality.
	// contested 2 sides
	// contested: compatible under qualified-neutrality (my-notes); incompatible under strict-neutrality (my-notes)
	// compatible under qualified-neutrality (my-notes)
	// true
}

func ExampleRulebook_With() {
	rb := exampleRulebook()
	mine := neutrality.Rule{ID: "my-arms-exports", Status: neutrality.PermanentNeutrality, Activity: neutrality.ArmsExports,
		Context: neutrality.Peacetime, Verdict: neutrality.Compatible, Reason: "Sales to states at peace are allowed.",
		Evidence: []accord.Citation{{Doc: "my-notes", Anchor: "arms exports in peacetime"}}}
	extended, err := rb.With([]neutrality.Rule{mine}, nil)
	if err != nil {
		panic(err)
	}
	f, _ := extended.Check(neutrality.Status{Kind: neutrality.Neutralisation}, neutrality.ArmsExports, neutrality.Options{})
	fmt.Println(f.Verdict, f.RuleID(), "inherited:", f.Inherited())
	// Output:
	// compatible my-arms-exports inherited: true
}

func ExampleClassify() {
	// Ukraine in the 1990s, as a declared neutral outside blocs that no
	// treaty or other state recognised.
	facts := neutrality.Facts{
		Postures: []neutrality.Posture{neutrality.StayNeutral, neutrality.StayOutOfBlocs},
		Bases:    []neutrality.Basis{neutrality.PolicyStatement},
	}
	c, _ := neutrality.Classify(facts, neutrality.Options{})
	fmt.Println(c)
	fmt.Println("decided:", c.Decided())
	for _, a := range c.Alternatives {
		fmt.Println(a.Doctrines, "->", a.Kind)
	}
	c, _ = neutrality.Classify(facts, neutrality.Options{Doctrines: []string{neutrality.RecognitionRequired}})
	fmt.Println(c.Kind)
	// Output:
	// undecided: neutrality-policy under declaration-suffices, or non-alignment under recognition-required
	// decided: false
	// [declaration-suffices] -> neutrality-policy
	// [recognition-required] -> non-alignment
	// non-alignment
}

func ExampleStatus_Validate() {
	s := neutrality.Status{ID: "x", State: "testland", Kind: neutrality.Neutralisation, Stage: neutrality.InForce,
		Postures: []neutrality.Posture{neutrality.StayNeutral}, Summary: "s",
		Period:   accord.Period{From: accord.YearOf(1839), End: accord.EndedUndated},
		Evidence: []accord.Citation{{Doc: "d", Anchor: "a b c d"}}}
	for _, e := range s.Validate(accord.NewPath("statuses").Index(0)) {
		fmt.Println(e.Path, errors.Is(e, neutrality.ErrNoBasis), errors.Is(e, neutrality.ErrNoGuarantor))
	}
	// Output:
	// statuses[0].bases true false
	// statuses[0].guaranteed_by false true
}

func ExampleStatus_InForceOn() {
	// Belgium's neutralisation, as an article tells it: from 1839, and it
	// did not survive the First World War, but the article gives no date,
	// so no year after 1839 is vouched for; each may have seen it in force.
	belgium := neutrality.Status{Kind: neutrality.Neutralisation, Stage: neutrality.InForce,
		Period: accord.Period{From: accord.YearOf(1839), End: accord.EndedUndated},
		Events: []neutrality.Event{{Kind: neutrality.FailedInWar}}}
	fmt.Println(belgium.Period, belgium.Current(), belgium.Ended())
	fmt.Println(belgium.InForceOn(accord.YearOf(1850)), belgium.InForceOn(accord.YearOf(1995)), belgium.MayBeInForceOn(accord.YearOf(1995)))
	// Output:
	// 1839–ended false true
	// false false true
}

func ExampleAssess() {
	rb := exampleRulebook()
	caps := neutrality.Demand{By: []string{"russia"}, Direction: neutrality.Require, Activity: neutrality.LimitsOnOwnForces}
	f, _ := rb.Check(neutrality.Status{Kind: neutrality.PermanentNeutrality}, caps.Activity, neutrality.Options{})
	fmt.Println(neutrality.Assess(caps, f))
	// Output:
	// beyond-status
}
