package actors

import (
	"github.com/accordmodel/accord"
	"golang.org/x/text/language"
)

// ev is a well-formed citation for constructed test values.
func ev(anchor string) []accord.Citation {
	return []accord.Citation{{Doc: "test-doc", Anchor: anchor}}
}

// testActors is a small registry: two states, an organisation with dated
// memberships, a government body acting for a state, a person holding a
// dated office, and two actors sharing the alias "Germany".
func testActors() []Actor {
	return []Actor{
		{ID: "ukraine", Kind: State, Name: "Ukraine", Summary: "s", Evidence: ev("Ukraine"),
			Names:   map[language.Tag]string{language.Ukrainian: "Україна", language.Russian: "Украина"},
			Aliases: []Alias{{Name: "Kyiv", Kind: Metonym, StandsFor: "the government of Ukraine"}}},
		{ID: "russia", Kind: State, Name: "Russia", Summary: "s", Evidence: ev("Russia"),
			Names:   map[language.Tag]string{language.Ukrainian: "Росія", language.Russian: "Россия"},
			Aliases: []Alias{{Name: "Moscow", Kind: Metonym, StandsFor: "the government of Russia"}}},
		{ID: "finland", Kind: State, Name: "Finland", Summary: "s", Evidence: ev("Finland"),
			Memberships: []Membership{{Of: "nato", Role: Member, Period: accord.Period{From: accord.YearOf(2023)}, Evidence: ev("joined NATO in 2023")}}},
		{ID: "nato", Kind: Organisation, Name: "NATO", Summary: "s", Evidence: ev("NATO"),
			Aliases: []Alias{{Name: "North Atlantic Treaty Organization", Kind: OfficialName}}},
		{ID: "kremlin", Kind: GovernmentBody, Name: "Kremlin", ActsFor: "russia", Summary: "s", Evidence: ev("the Kremlin")},
		{ID: "zelenskyy", Kind: Person, Name: "Volodymyr Zelenskyy", Summary: "s", Evidence: ev("Zelenskyy"),
			Names: map[language.Tag]string{language.Ukrainian: "Володимир Зеленський"},
			Aliases: []Alias{
				{Name: "Zelenskyy", Kind: Surname},
				{Name: "Zelenskiy", Kind: Transliteration},
				{Name: "O’Zelensky", Kind: Spelling, Note: "a made-up spelling with a typographic apostrophe"},
			},
			Offices: []Office{{Title: "President of Ukraine", For: "ukraine", Period: accord.Period{From: accord.YearOf(2019)}, Evidence: ev("President Zelenskyy")}}},
		{ID: "germany", Kind: State, Name: "Germany", Summary: "s", Evidence: ev("Germany")},
		{ID: "german-empire", Kind: HistoricalState, Name: "German Empire", Summary: "s", Evidence: ev("Germany in 1914"),
			Aliases: []Alias{{Name: "Germany", Kind: ShortName}}},
		{ID: "alpha", Kind: Collective, Name: "Ängstliche Beobachter", Summary: "s", Evidence: ev("observers")},
		{ID: "zeta", Kind: Collective, Name: "zealots", Summary: "s", Evidence: ev("zealots")},
	}
}

func testIssues() []Issue {
	return []Issue{
		{ID: "neutral-status", Name: "Neutral status", Outcome: "Ukraine is neutral.", Evidence: ev("neutral")},
		{ID: "armed-forces-limits", Name: "Limits on the armed forces", Outcome: "Ukraine's army is capped.", Evidence: ev("caps")},
		{ID: "foreign-troops", Name: "Foreign troops", Outcome: "Western troops are stationed in Ukraine.", Evidence: ev("troops")},
		{ID: "us-troops", Name: "US troops", Parent: "foreign-troops", Outcome: "US troops are stationed in Ukraine.", Evidence: ev("boots")},
		{ID: "security-guarantees", Name: "Security guarantees", Outcome: "Ukraine gets guarantees.", Evidence: ev("guarantees")},
	}
}

// period returns the period from–to; a start with no end still holds.
func period(from, to string) accord.Period {
	var p accord.Period
	if from != "" {
		p.From = accord.MustParseDate(from)
	}
	if to != "" {
		p.To = accord.MustParseDate(to)
	} else if from != "" {
		p.End = accord.StillHolds
	}
	return p
}

// testPositions: Ukraine's neutrality changes between 2022 and 2025;
// Russia and Ukraine name different caps in 2022; Russia's rejection of
// foreign troops is a red line that clashes with Germany's support.
func testPositions() []Position {
	return []Position{
		{ID: "ua-neutral-2022", Actor: "ukraine", Issue: "neutral-status", Stance: Conditional, Attribution: Reported, Summary: "s",
			Conditions: []Condition{{Issue: "security-guarantees", Text: "guarantees from the P5"}},
			Period:     period("2022", "2022"), Evidence: ev("agreeing in principle")},
		{ID: "ua-neutral-2025", Actor: "ukraine", Via: "zelenskyy", Issue: "neutral-status", Stance: Rejects, RedLine: true, Attribution: Stated, Summary: "s",
			Period: period("2025", ""), Evidence: ev("rejects neutral status")},
		{ID: "ru-neutral", Actor: "russia", Via: "kremlin", Issue: "neutral-status", Stance: Demands, Attribution: Reported, Summary: "s",
			Period: period("2022", ""), Evidence: ev("the biggest thing")},
		{ID: "ru-caps-2022", Actor: "russia", Issue: "armed-forces-limits", Stance: Demands, Attribution: Reported, Summary: "s",
			Figures: []StatedFigure{{Quantity: "personnel", Bound: AtMost, Value: 85000, Unit: "troops"}},
			Period:  period("2022", "2022"), Evidence: ev("85,000 on personnel")},
		{ID: "ua-caps-2022", Actor: "ukraine", Issue: "armed-forces-limits", Stance: Conditional, Attribution: Reported, Summary: "s",
			Figures: []StatedFigure{{Quantity: "personnel", Bound: About, Value: 250000, Unit: "troops"}},
			Period:  period("2022", "2022"), Evidence: ev("approximately 250,000")},
		{ID: "ua-caps-2025", Actor: "ukraine", Issue: "armed-forces-limits", Stance: Rejects, RedLine: true, Attribution: Stated, Summary: "s",
			Period: period("2025-08", ""), Evidence: ev("will not sign")},
		{ID: "ru-troops", Actor: "russia", Issue: "foreign-troops", Stance: Rejects, RedLine: true, Attribution: Stated, Summary: "s",
			Period: period("2025", ""), Evidence: ev("key red line")},
		{ID: "de-troops", Actor: "germany", Issue: "foreign-troops", Stance: Supports, Attribution: Stated, Summary: "s",
			Period: period("2025", ""), Evidence: ev("station forces")},
		{ID: "fi-troops", Actor: "finland", Issue: "foreign-troops", Stance: Open, Attribution: Inferred, Summary: "s",
			Period: period("2025", ""), Evidence: ev("might")},
		{ID: "ua-troops", Actor: "ukraine", Issue: "foreign-troops", Stance: Supports, Attribution: Stated, Summary: "s",
			Period: period("2025", ""), Evidence: ev("welcomes")},
		{ID: "ua-us-troops", Actor: "ukraine", Issue: "us-troops", Stance: Supports, Attribution: Stated, Summary: "s",
			Period: period("2025", ""), Evidence: ev("welcomes")},
	}
}

func testPositionSet() *Positions {
	return MustNewPositions(MustNewRegistry(testActors()), MustNewTaxonomy(testIssues()), testPositions())
}
