package actors_test

import (
	"errors"
	"fmt"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

func cite(anchor string) []accord.Citation {
	return []accord.Citation{{Doc: "example", Anchor: anchor}}
}

func exampleRegistry() *actors.Registry {
	return actors.MustNewRegistry([]actors.Actor{
		{ID: "ukraine", Kind: actors.State, Name: "Ukraine", Summary: "s", Evidence: cite("Ukraine"),
			Aliases: []actors.Alias{{Name: "Kyiv", Kind: actors.Metonym, StandsFor: "Ukraine's government"}}},
		{ID: "russia", Kind: actors.State, Name: "Russia", Summary: "s", Evidence: cite("Russia")},
		{ID: "france", Kind: actors.State, Name: "France", Summary: "s", Evidence: cite("France")},
		{ID: "kremlin", Kind: actors.GovernmentBody, Name: "Kremlin", ActsFor: "russia", Summary: "s", Evidence: cite("Kremlin")},
		{ID: "nikita-khrushchev", Kind: actors.Person, Name: "Nikita Khrushchev", Summary: "s", Evidence: cite("Krushchev"),
			Aliases: []actors.Alias{{Name: "Krushchev", Kind: actors.Transliteration}}},
		{ID: "ukraine-foreign-ministry", Kind: actors.GovernmentBody, Name: "Ministry of Foreign Affairs of Ukraine", ActsFor: "ukraine",
			Summary: "s", Evidence: cite("the foreign ministry"), Aliases: []actors.Alias{{Name: "foreign ministry", Kind: actors.ShortName}}},
		{ID: "russia-foreign-ministry", Kind: actors.GovernmentBody, Name: "Ministry of Foreign Affairs of Russia", ActsFor: "russia",
			Summary: "s", Evidence: cite("the Russian foreign ministry"), Aliases: []actors.Alias{{Name: "foreign ministry", Kind: actors.ShortName}}},
	})
}

func examplePositions() *actors.Positions {
	reg := exampleRegistry()
	tax := actors.MustNewTaxonomy([]actors.Issue{
		{ID: "armed-forces-limits", Name: "Limits on the armed forces", Outcome: "Ukraine's army is capped.", Evidence: cite("caps")},
		{ID: "foreign-troops", Name: "Foreign troops", Outcome: "Western troops are stationed in Ukraine.", Evidence: cite("troops")},
	})
	y := func(s string) accord.Period {
		return accord.Period{From: accord.MustParseDate(s), To: accord.MustParseDate(s)}
	}
	from := func(s string) accord.Period {
		return accord.Period{From: accord.MustParseDate(s), End: accord.StillHolds}
	}
	return actors.MustNewPositions(reg, tax, []actors.Position{
		{ID: "ru-caps", Actor: "russia", Issue: "armed-forces-limits", Stance: actors.Demands, Attribution: actors.Reported, Summary: "s",
			Figures: []actors.StatedFigure{{Quantity: "personnel", Bound: actors.AtMost, Value: 85000, Unit: "troops"}}, Period: y("2022"), Evidence: cite("85,000")},
		{ID: "ua-caps", Actor: "ukraine", Issue: "armed-forces-limits", Stance: actors.Conditional, Attribution: actors.Reported, Summary: "s",
			Figures: []actors.StatedFigure{{Quantity: "personnel", Bound: actors.About, Value: 250000, Unit: "troops"}}, Period: y("2022"), Evidence: cite("250,000")},
		{ID: "ua-no-caps", Actor: "ukraine", Issue: "armed-forces-limits", Stance: actors.Rejects, RedLine: true, Attribution: actors.Stated, Summary: "s",
			Period: from("2025"), Evidence: cite("will not sign")},
		{ID: "ru-no-troops", Actor: "russia", Via: "kremlin", Issue: "foreign-troops", Stance: actors.Rejects, RedLine: true, Attribution: actors.Stated, Summary: "s",
			Period: from("2025"), Evidence: cite("key red line")},
		{ID: "fr-troops", Actor: "france", Issue: "foreign-troops", Stance: actors.Conditional, Attribution: actors.Reported, Summary: "s",
			Period: from("2025"), Evidence: cite("station forces")},
	})
}

func ExampleRegistry_Lookup() {
	reg := exampleRegistry()
	for _, name := range []string{"KYIV", "the Kremlin", "Krushchev", "foreign ministry", "Prussia"} {
		a, err := reg.Lookup(name)
		var amb *actors.AmbiguousError
		switch {
		case errors.As(err, &amb):
			fmt.Printf("%s: ambiguous, one of %v\n", name, amb.IDs)
		case errors.Is(err, actors.ErrUnknownName):
			fmt.Printf("%s: unknown\n", name)
		default:
			// Lookup found the actor, so Principal knows its id.
			principal, _ := reg.Principal(a.ID, accord.Date{})
			fmt.Printf("%s: %s, acting for %s\n", name, a.ID, principal)
		}
	}
	// Output:
	// KYIV: ukraine, acting for ukraine
	// the Kremlin: kremlin, acting for russia
	// Krushchev: nikita-khrushchev, acting for nikita-khrushchev
	// foreign ministry: ambiguous, one of [russia-foreign-ministry ukraine-foreign-ministry]
	// Prussia: unknown
}

func ExamplePositions_Standings() {
	ps := examplePositions()
	for _, when := range []string{"2022", "2025"} {
		fmt.Println("in", when+":")
		standings, err := ps.Standings("armed-forces-limits", accord.MustParseDate(when))
		if err != nil {
			panic(err)
		}
		for _, s := range standings {
			fmt.Printf("  %s %s", s.Actor, s.Stance)
			for _, p := range s.Positions() {
				for _, f := range p.Figures {
					fmt.Printf(" (%s)", f)
				}
			}
			if s.RedLine {
				fmt.Print(" [red line]")
			}
			fmt.Println()
		}
	}
	// Output:
	// in 2022:
	//   russia demands (at most 85,000 troops (personnel))
	//   ukraine conditional (about 250,000 troops (personnel))
	// in 2025:
	//   ukraine rejects [red line]
}

func ExamplePositions_Compare() {
	ps := examplePositions()
	c, err := ps.Compare("russia", "ukraine", accord.YearOf(2022))
	if err != nil {
		panic(err)
	}
	for _, r := range c.FigureGaps {
		fmt.Printf("%s: %s vs %s\n", r.Issue, r.APositions()[0].Figures[0], r.BPositions()[0].Figures[0])
	}
	// Output:
	// armed-forces-limits: at most 85,000 troops (personnel) vs about 250,000 troops (personnel)
}

func ExamplePositions_ClashMatrix() {
	ps := examplePositions()
	m := ps.ClashMatrix(accord.MustParseDate("2025-08"))
	for _, r := range m.Clashes() {
		fmt.Printf("%s × %s on %s: %s (via %s) vs %s\n", r.A, r.B, r.Issue, r.BPositions()[0].Stance, r.BPositions()[0].Via, r.APositions()[0].Stance)
	}
	fmt.Println(m.Actors, m.Counts)
	// Output:
	// france × russia on foreign-troops: rejects (via kremlin) vs conditional
	// [france russia] [[0 1] [1 0]]
}

func ExamplePositions_Select() {
	reg := exampleRegistry()
	tax := actors.MustNewTaxonomy([]actors.Issue{
		{ID: "neutral-status", Name: "Neutral status", Outcome: "Ukraine adopts permanent neutrality.", Evidence: cite("neutrality")},
	})
	ps := actors.MustNewPositions(reg, tax, []actors.Position{
		{ID: "ua-2022", Actor: "ukraine", Issue: "neutral-status", Stance: actors.Conditional, Attribution: actors.Reported,
			Summary: "Accepted in principle at Istanbul, in exchange for guarantees.",
			Period:  accord.Period{From: accord.YearOf(2022), To: accord.YearOf(2022)}, Evidence: cite("agreeing in principle")},
		{ID: "ua-now", Actor: "ukraine", Issue: "neutral-status", Stance: actors.Rejects, RedLine: true, Attribution: actors.Stated,
			Summary: "Will not discuss a neutral status.", Period: accord.Period{From: accord.YearOf(2025), End: accord.StillHolds}, Evidence: cite("rejects neutral status")},
	})
	for _, when := range []string{"2022-04", "2023", "2025-09"} {
		held, err := ps.Select(actors.Filter{Actors: []string{"ukraine"}, Issues: []string{"neutral-status"}, At: accord.MustParseDate(when)})
		if err != nil {
			panic(err)
		}
		fmt.Print(when, ":")
		for _, p := range held {
			fmt.Print(" ", p.Stance)
		}
		if len(held) == 0 {
			fmt.Print(" no position coded")
		}
		fmt.Println()
	}
	// Output:
	// 2022-04: conditional
	// 2023: no position coded
	// 2025-09: rejects
}

func ExampleNewPositions_errors() {
	reg := exampleRegistry()
	tax := actors.MustNewTaxonomy([]actors.Issue{
		{ID: "foreign-troops", Name: "Foreign troops", Outcome: "Western troops are stationed in Ukraine.", Evidence: cite("troops")},
	})
	_, err := actors.NewPositions(reg, tax, []actors.Position{
		{ID: "bad", Actor: "atlantis", Issue: "foreign-troops", RedLine: true, Attribution: actors.Stated, Summary: "s",
			Period: accord.Period{From: accord.YearOf(2025), To: accord.YearOf(2022)}, Evidence: cite("x")},
	})
	var list accord.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e.Path, "|", errors.Is(e, accord.ErrNotFound), errors.Is(e, actors.ErrRedLineStance))
		}
	}
	fmt.Println(err)
	// Output:
	// positions[0].stance | false true
	// positions[0].period.to | false false
	// positions[0].actor | true false
	// 3 problems:
	// 	positions[0].stance: required value: a red line needs a stance for or against the outcome
	// 	positions[0].period.to: invalid value "2022": the period ends before it starts (from 2025)
	// 	positions[0].actor: not found "atlantis": no actor has this id
}

func ExampleRelation_String() {
	ps := examplePositions()
	for _, r := range ps.ClashMatrix(accord.MustParseDate("2025-08")).Clashes() {
		fmt.Println(r)
	}
	standings, err := ps.Standings("armed-forces-limits", accord.YearOf(2022))
	if err != nil {
		panic(err)
	}
	for _, s := range standings {
		fmt.Println(s)
	}
	// Output:
	// France and Russia on Foreign troops: red-line clash (France: conditional; Russia: rejects, a red line)
	// Russia on Limits on the armed forces: demands (1 position)
	// Ukraine on Limits on the armed forces: conditional (1 position)
}
