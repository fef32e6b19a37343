package actors

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
)

func TestPositionString(t *testing.T) {
	ev := []accord.Citation{{Doc: "lawfare-armed-neutrality", Anchor: "a"}, {Doc: "lawfare-armed-neutrality", Anchor: "b"}}
	tests := []struct {
		name string
		p    Position
		want string
	}{
		{"red line, voiced by someone, ended undated", Position{Actor: "russia", Via: "kremlin", Issue: "neutral-status", Stance: Demands, RedLine: true,
			Period: accord.Period{From: accord.YearOf(2022), End: accord.EndedUndated}, Evidence: ev},
			"russia (via kremlin): demands neutral-status, red line, 2022–ended (lawfare-armed-neutrality)"},
		{"figures and conditions", Position{Actor: "ukraine", Issue: "armed-forces-limits", Stance: Conditional,
			Figures:    []StatedFigure{{Quantity: "personnel", Bound: AtLeast, Value: 250000, Unit: "troops"}},
			Conditions: []Condition{{Issue: "security-guarantees", Text: "only with guarantees"}},
			Period:     accord.Period{From: accord.YearOf(2022), To: accord.YearOf(2022)}, Evidence: ev},
			"ukraine: conditional on armed-forces-limits, at least 250,000 troops (personnel), if security-guarantees, 2022 (lawfare-armed-neutrality)"},
		{"an undated view", Position{Actor: "oona-hathaway", Issue: "qualified-neutrality", Stance: Supports, Evidence: ev},
			"oona-hathaway: supports qualified-neutrality (lawfare-armed-neutrality)"},
		{"zero", Position{}, "no position"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.p.String())
		})
	}
}

func TestConditionString(t *testing.T) {
	assert.Equal(t, "if security-guarantees", Condition{Issue: "security-guarantees", Text: "t"}.String())
	assert.Equal(t, "if the peace is just", Condition{Text: "the peace\nis just"}.String())
}

func TestQuantityString(t *testing.T) {
	ev := []accord.Citation{{Doc: "hiia-security-guarantees", Anchor: "a"}}
	tests := []struct {
		name string
		q    Quantity
		want string
	}{
		{"an estimate with its source", Quantity{Actor: "ukraine", Metric: Population, Mode: Actual, Bound: About, Value: 38e6, Unit: People,
			Period: accord.Period{From: accord.YearOf(2024), To: accord.YearOf(2024)}, Source: "united-nations", Evidence: ev},
			"ukraine: population about 38,000,000 people, 2024 (source united-nations) (hiia-security-guarantees)"},
		{"a target range", Quantity{Actor: "nato", Metric: DefenceBudgetShare, Mode: Target, Bound: Between, Value: 3, Max: 5, Unit: Percent, Evidence: ev},
			"nato: defence-budget-share, target, 3–5 percent (hiia-security-guarantees)"},
		{"a census share of a group", Quantity{Actor: "ukraine", Metric: CensusShare, Group: "ethnic Russians", Mode: Actual, Bound: Exactly, Value: 17.3, Unit: Percent},
			"ukraine: census-share of ethnic Russians 17.3 percent"},
		{"zero", Quantity{}, "no quantity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.q.String())
		})
	}
}

func TestStatedFigureString(t *testing.T) {
	tests := []struct {
		f    StatedFigure
		want string
	}{
		{StatedFigure{Quantity: "personnel", Bound: AtMost, Value: 85000, Unit: "troops"}, "at most 85,000 troops (personnel)"},
		{StatedFigure{Quantity: "tanks", Bound: About, Value: 800, Unit: "tanks"}, "about 800 tanks (tanks)"},
		{StatedFigure{Quantity: "aid", Bound: Between, Value: 1.5, Max: 2, Unit: "usd-billion"}, "1.5–2 usd-billion (aid)"},
		{StatedFigure{Quantity: "x", Bound: Exactly, Value: 3, Unit: "u"}, "3 u (x)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.f.String())
	}
}

func TestActorIssueString(t *testing.T) {
	assert.Equal(t, "Volodymyr Zelenskyy (zelenskyy, person)", Actor{ID: "zelenskyy", Kind: Person, Name: "Volodymyr Zelenskyy"}.String())
	assert.Equal(t, "unnamed actor (, Kind(0))", Actor{}.String())
	assert.Equal(t, "Neutral status (neutral-status)", Issue{ID: "neutral-status", Name: "Neutral status"}.String())
	assert.Equal(t, "unnamed issue ()", Issue{}.String())
}
