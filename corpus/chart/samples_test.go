package chart

import "github.com/accordmodel/accord"

// Constructed charts for the renderer tests. Their content is invented
// test input in the shape of the corpus data, not coded facts.

func sampleTimeline() Timeline {
	d := accord.MustParseDate
	return Timeline{
		Title: "Neutrality postures of six European states, 1815 to today",
		Desc:  "Each row shows a state's security posture over time; numbered markers are the events that changed it.",
		Categories: []Category{
			{Key: "neutral-in-war", Label: "neutral in a war", Short: "NW"},
			{Key: "policy", Label: "policy of neutrality", Short: "PN"},
			{Key: "permanent", Label: "permanent neutrality", Short: "PERM"},
			{Key: "neutralised", Label: "neutralised", Short: "NEU"},
			{Key: "non-aligned", Label: "non-aligned", Short: "NA"},
			{Key: "allied", Label: "allied", Short: "AL"},
		},
		Start: d("1815"), End: d("2025"),
		Segments: []Segment{{From: d("1815"), To: d("1990"), Weight: 1}, {From: d("1990"), To: d("2026"), Weight: 1.3}},
		Rows: []TimelineRow{
			{Label: "Ukraine", Bands: []Band{{From: d("1990"), To: d("2010"), Category: "policy"}, {From: d("2010"), To: d("2014"), Category: "non-aligned"}, {From: d("2014-12"), Category: "allied", Label: "seeks NATO membership"}},
				Markers: []Marker{{At: d("1990-07-16"), Label: "Declaration of sovereignty", Tooltip: "cite"}, {At: d("1994-12-05"), Label: "Budapest Memorandum"}, {At: d("2010-07"), Label: "Non-bloc law"}, {At: d("2014-02"), Label: "Crimea"}, {At: d("2014-12"), Label: "Non-bloc status abandoned"}, {At: d("2022-03-29"), Label: "Istanbul communiqué"}}},
			{Label: "Switzerland", Bands: []Band{{From: d("1815"), Category: "neutralised"}}, Markers: []Marker{{At: d("1815"), Label: "Congress of Vienna"}}},
			{Label: "Belgium", Bands: []Band{{From: d("1839"), To: d("1914"), Category: "neutralised"}, {From: d("1949"), Category: "allied"}}, Markers: []Marker{{At: d("1839"), Label: "Treaty of London"}, {At: d("1914"), Label: "German invasion"}}},
			{Label: "Sweden", Bands: []Band{{From: d("1815"), To: d("1991"), Category: "policy"}, {From: d("1991"), To: d("2024-03"), Category: "non-aligned"}, {From: d("2024-03"), Category: "allied"}}},
			{Label: "The Grand Duchy of Luxembourg and its dependencies", Bands: []Band{{From: d("1867"), To: d("1914"), Category: "neutralised"}}},
		},
		Note: "Sources: accord corpus.",
	}
}

func sampleMatrix() Grid {
	return Grid{
		Title: "Who wants what: stances of the parties on the issues of a settlement",
		Desc:  "Rows are actors, columns issues; each cell is the actor's coded stance.",
		Categories: []Category{
			{Key: "supports", Label: "supports", Short: "sup.", Color: BluishGreen, Side: 1},
			{Key: "accepts", Label: "accepts", Short: "acc.", Color: SkyBlue, Side: 1},
			{Key: "ambiguous", Label: "ambiguous", Short: "amb.", Color: Yellow},
			{Key: "opposes", Label: "opposes", Short: "opp.", Color: Orange, Side: -1},
			{Key: "rejects", Label: "rejects", Short: "rej.", Color: Vermillion, Side: -1},
		},
		Rows: []Header{{Key: "ukraine", Label: "Ukraine"}, {Key: "russia", Label: "Russia"}, {Key: "usa", Label: "United States (Trump administration)"}, {Key: "europe", Label: "European allies"}},
		Cols: []Header{{Key: "neutrality", Label: "Permanent neutrality"}, {Key: "nato", Label: "NATO membership"}, {Key: "caps", Label: "Caps on the armed forces"}, {Key: "territory", Label: "Recognition of annexed territory"}, {Key: "troops", Label: "Western troops in Ukraine"}, {Key: "guarantees", Label: "Article 5-like security guarantees"}, {Key: "eu", Label: "EU membership"}, {Key: "veto", Label: "Guarantor veto over assistance (joint decision of all guarantors)"}},
		Cells: []Cell{
			{Row: "ukraine", Col: "neutrality", Category: "accepts", Conditional: true, Label: "2022"},
			{Row: "ukraine", Col: "neutrality", Category: "rejects", Label: "2025"},
			{Row: "ukraine", Col: "caps", Category: "rejects", RedLine: true},
			{Row: "ukraine", Col: "territory", Category: "rejects", RedLine: true},
			{Row: "ukraine", Col: "guarantees", Category: "supports"},
			{Row: "ukraine", Col: "nato", Category: "supports"},
			{Row: "ukraine", Col: "veto", Category: "rejects"},
			{Row: "russia", Col: "neutrality", Category: "supports"},
			{Row: "russia", Col: "nato", Category: "rejects", RedLine: true},
			{Row: "russia", Col: "troops", Category: "rejects", RedLine: true},
			{Row: "russia", Col: "caps", Category: "supports"},
			{Row: "russia", Col: "territory", Category: "supports"},
			{Row: "russia", Col: "veto", Category: "supports"},
			{Row: "russia", Col: "eu", Category: "accepts", Conditional: true},
			{Row: "usa", Col: "guarantees", Category: "ambiguous"},
			{Row: "europe", Col: "troops", Category: "supports", Conditional: true, RedLine: true},
		},
		Highlight: Pair{A: "ukraine", B: "russia"},
		Note:      "Sources: accord corpus.",
	}
}

func sampleRanking() Ranking {
	return Ranking{
		Title: "How strong are the guarantees? Instruments ranked by assessed strength",
		Desc:  "Each bar is an instrument; its length is the assessed score; the findings that decided it are listed under it.",
		Categories: []Category{
			{Key: "in-force", Label: "in force"}, {Key: "breached", Label: "breached"}, {Key: "draft", Label: "draft, never in force"}, {Key: "proposal", Label: "proposal"},
		},
		Intervals: []Interval{{From: -10, To: -4.5, Label: "hollow"}, {From: -4.5, To: 0.5, Label: "weak"}, {From: 0.5, To: 4.5, Label: "limited"}, {From: 4.5, To: 8.5, Label: "strong"}, {From: 8.5, To: 12, Label: "robust"}},
		Scale:     "score",
		Bars: []Bar{
			{Label: "Budapest Memorandum on Security Assurances (1994)", Value: -7, Category: "breached", ValueLabel: "-7 hollow", Findings: []string{"Uses 'assurances', not 'guarantees': no obligation to use force.", "Never ratified by the signatories' parliaments.", "Breached by a signatory in 2014."}},
			{Label: "North Atlantic Treaty, Article 5", Value: 9, Category: "in-force", ValueLabel: "9 robust", Findings: []string{"Each member takes the action it deems necessary — discretion remains."}},
			{Label: "Istanbul draft treaty, Article 5 (Ukrainian revision)", Value: 3, Category: "draft", Findings: []string{"Guarantors would use armed force to restore Ukraine's security.", "Russian revision would require a joint decision of all guarantors: a veto."}},
			{Label: "Coalition guarantee (Article 5-like pact)", Value: 0, Category: "proposal"},
			{Label: "U.S.–Japan Security Treaty", Value: 11, Category: "in-force", Findings: []string{"Permanent deployment of U.S. troops and nuclear umbrella."}},
		},
		Note: "Sources: accord corpus.",
	}
}
