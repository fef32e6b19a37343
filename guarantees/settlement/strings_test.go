package settlement

import (
	"fmt"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSettlementString(t *testing.T) {
	full := optionA()
	full.Date, full.ProposedBy = accord.YearOf(2022), []string{"ukraine", "russia"}
	tests := []struct {
		name string
		s    Settlement
		want string
	}{
		{"stage, modality, documents", optionA(), "Option A (floated, constructed; " + full.Evidence[0].Doc + ")"},
		{"date and proposers", full, "Option A (floated, constructed, 2022, by ukraine and russia; " + full.Evidence[0].Doc + ")"},
		{"no name: the id", Settlement{ID: "x"}, "x"},
		{"zero", Settlement{}, "unnamed package"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.s.String())
		})
	}
}

func TestStandString(t *testing.T) {
	ev, err := Evaluate(optionA(), negotiation(), Options{})
	require.NoError(t, err)
	got := map[string]string{}
	for _, st := range ev.Stands {
		got[st.Actor] = st.String()
	}
	assert.Equal(t, map[string]string{
		"russia":  "Russia rejects: crosses its red line against nato-troops",
		"ukraine": "Ukraine rejects: crosses its red line against force-caps",
	}, got)

	open := negotiation(pos("fr-caps", "france", "force-caps", actors.Opposes, false), pos("br-caps", "brazil", "force-caps", actors.Supports, false))
	ev, err = Evaluate(optionA(), open, Options{})
	require.NoError(t, err)
	fr, ok := ev.Stand("france")
	require.True(t, ok)
	assert.Equal(t, "France conditional: 1 point left open", fr.String(), "the actor by name, from the registry")
	br, ok := ev.Stand("brazil")
	require.True(t, ok)
	assert.Equal(t, "Brazil accepts", br.String())
	assert.Equal(t, "Option A: rejected by Russia, Ukraine; conditional for France; accepted by Brazil", ev.String())

	tests := []struct {
		s    Stand
		want string
	}{
		{Stand{Actor: "x", Answer: Rejects}, "x rejects"},
		{Stand{Actor: "x", Answer: Conditional, Deciding: make([]Reason, 2)}, "x conditional: 2 points left open"},
		{Stand{}, "no stand"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s.String())
	}
}

func TestEvaluationString(t *testing.T) {
	tests := []struct {
		ev   Evaluation
		want string
	}{
		{Evaluation{Settlement: Settlement{Name: "P"}, At: accord.YearOf(2025)}, "P, on 2025: no actor has positions on its issues"},
		{Evaluation{Settlement: Settlement{ID: "p"}, Stands: []Stand{{Actor: "a", Answer: Accepts}, {Actor: "b", Answer: Accepts}}},
			"p: accepted by a, b"},
		{Evaluation{}, "unnamed package: no actor has positions on its issues"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.ev.String())
	}
}

func TestGuaranteeAssessmentString(t *testing.T) {
	tests := []struct {
		g    GuaranteeAssessment
		want string
	}{
		{GuaranteeAssessment{Instrument: "i", Title: "Pact", Assessment: guarantees.Assessment{Title: "Pact with Ukraine's revision", Score: -6, Level: guarantees.Hollow}},
			"Pact with Ukraine's revision: score -6, hollow"},
		{GuaranteeAssessment{Instrument: "i", Title: "Pact", Assessment: guarantees.Assessment{Score: 2, Level: guarantees.Limited}}, "Pact: score 2, limited"},
		{GuaranteeAssessment{Instrument: "i"}, "i: score 0, Level(0)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.g.String())
	}
}

// A stand prints the red lines a package crosses; an evaluation, who
// rejects, who is conditional and who accepts.
func ExampleStand_String() {
	ev, err := Evaluate(optionA(), negotiation(), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev)
	for _, st := range ev.Stands {
		fmt.Println(" ", st)
	}
	// Output:
	// Option A: rejected by Russia, Ukraine
	//   Russia rejects: crosses its red line against nato-troops
	//   Ukraine rejects: crosses its red line against force-caps
}
