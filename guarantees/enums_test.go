package guarantees

import (
	"slices"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnumZeroValuesAreInvalid(t *testing.T) {
	assert.False(t, Kind(0).IsValid())
	assert.False(t, Stage(0).IsValid())
	assert.False(t, Obligation(0).IsValid())
	assert.Equal(t, "Obligation(0)", Obligation(0).String())
	_, err := Stage(0).MarshalText()
	assert.ErrorIs(t, err, accord.ErrNotSupported)
	var s Stage
	assert.Error(t, s.UnmarshalText([]byte("in force")))
	require.NoError(t, s.UnmarshalText([]byte("in-force")))
	assert.Equal(t, InForce, s)
}

func TestObligationIsOrdinal(t *testing.T) {
	order := []Obligation{Permits, ReservedRight, Respect, Consult, Support, DiscretionaryForce, ObligatoryForce, AutomaticForce}
	assert.Equal(t, order, Obligations())
	for i := 1; i < len(order); i++ {
		assert.Less(t, order[i-1], order[i])
		assert.LessOrEqual(t, order[i-1].Base(), order[i].Base())
	}
	assert.True(t, InForce.Effective())
	assert.False(t, Draft.Effective())
}

func TestStageEffective(t *testing.T) {
	tests := []struct {
		stage     Stage
		effective bool
	}{
		{Proposed, false},
		{Draft, false},
		{Signed, false},
		{InForce, true},
		{Breached, true},
		{Lapsed, true},
		{TookEffect, true},
	}
	require.Len(t, tests, len(Stages()), "every stage is listed")
	for _, tt := range tests {
		assert.Equal(t, tt.effective, tt.stage.Effective(), "%s effective", tt.stage)
	}
}

func TestKindCommitment(t *testing.T) {
	records := []Kind{NeutralityLaw, DomesticAct, Judgment, PolicyStatement, PeaceProcess}
	for _, k := range Kinds() {
		assert.Equal(t, !slices.Contains(records, k), k.Commitment(), "%s", k)
	}
	assert.False(t, Kind(0).Commitment(), "the invalid zero Kind is no commitment")
}
