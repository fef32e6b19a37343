package neutrality

import (
	"errors"
	"testing"

	"github.com/accordmodel/accord/actors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textEnum is what every enum of this package implements.
type textEnum interface {
	String() string
	MarshalText() ([]byte, error)
}

// roundTrip checks String, Parse, MarshalText and UnmarshalText for every
// value of one enum, and that the invalid zero and unknown names fail.
func roundTrip[T interface {
	~uint8
	textEnum
}](t *testing.T, values []T, parse func(string) (T, error), unmarshal func(*T, []byte) error) {
	t.Helper()
	require.NotEmpty(t, values)
	for _, v := range values {
		p, err := parse(v.String())
		require.NoError(t, err)
		assert.Equal(t, v, p)
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, v.String(), string(b))
		var u T
		require.NoError(t, unmarshal(&u, b))
		assert.Equal(t, v, u)
	}
	var zero T
	_, err := zero.MarshalText()
	assert.ErrorIs(t, err, actors.ErrNotSupported)
	assert.Contains(t, zero.String(), "(0)")
	_, err = parse("no-such-value")
	assert.True(t, errors.Is(err, actors.ErrNotSupported))
}

func TestEnumsRoundTrip(t *testing.T) {
	roundTrip(t, Kinds(), ParseKind, (*Kind).UnmarshalText)
	roundTrip(t, Activities(), ParseActivity, (*Activity).UnmarshalText)
	roundTrip(t, Verdicts(), ParseVerdict, (*Verdict).UnmarshalText)
	roundTrip(t, Contexts(), ParseContext, (*Context).UnmarshalText)
	roundTrip(t, Bases(), ParseBasis, (*Basis).UnmarshalText)
	roundTrip(t, Postures(), ParsePosture, (*Posture).UnmarshalText)
	roundTrip(t, Armaments(), ParseArmament, (*Armament).UnmarshalText)
	roundTrip(t, Stages(), ParseStage, (*Stage).UnmarshalText)
	roundTrip(t, EventKinds(), ParseEventKind, (*EventKind).UnmarshalText)
	roundTrip(t, Directions(), ParseDirection, (*Direction).UnmarshalText)
	roundTrip(t, DemandStages(), ParseDemandStage, (*DemandStage).UnmarshalText)
	roundTrip(t, Reaches(), ParseReach, (*Reach).UnmarshalText)
	assert.Len(t, Enums(), 12)
	for _, e := range Enums() {
		for _, v := range e.Values {
			assert.NotEmpty(t, v.Doc, "%s %s", e.Type, v.Name)
		}
	}
}

func TestKindPredicates(t *testing.T) {
	for _, k := range Kinds() {
		assert.Equal(t, k == NeutralInWar || k == PermanentNeutrality || k == Neutralisation, k.IsBinding(), k)
		assert.Equal(t, k.IsBinding() || k == NeutralityPolicy, k.IsNeutral(), k)
		assert.NotEmpty(t, k.Doc())
	}
	assert.True(t, UnilateralDeclaration.IsBinding())
	assert.False(t, PolicyStatement.IsBinding())
	assert.False(t, NotStated.IsBinding())
	assert.True(t, Abandoned.Ends())
	assert.False(t, Violated.Ends())
}
