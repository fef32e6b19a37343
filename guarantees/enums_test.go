package guarantees

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/actors"
)

// enumCodec is what every enum of the package offers, for round trips.
type enumCodec interface {
	String() string
	MarshalText() ([]byte, error)
}

// parsers maps each enum type name to its parser, returning the value as
// an enumCodec.
var parsers = map[string]func(string) (enumCodec, error){
	"Kind":           wrap(ParseKind),
	"Form":           wrap(ParseForm),
	"Binding":        wrap(ParseBinding),
	"Ratification":   wrap(ParseRatification),
	"Stage":          wrap(ParseStage),
	"Role":           wrap(ParseRole),
	"Presence":       wrap(ParsePresence),
	"Topic":          wrap(ParseTopic),
	"Trigger":        wrap(ParseTrigger),
	"Obligation":     wrap(ParseObligation),
	"Measure":        wrap(ParseMeasure),
	"Decision":       wrap(ParseDecision),
	"Invoker":        wrap(ParseInvoker),
	"ConditionKind":  wrap(ParseConditionKind),
	"RevisionKind":   wrap(ParseRevisionKind),
	"Position":       wrap(ParsePosition),
	"RevisionStatus": wrap(ParseRevisionStatus),
	"EventKind":      wrap(ParseEventKind),
	"TraitKind":      wrap(ParseTraitKind),
	"Effect":         wrap(ParseEffect),
	"FindingKind":    wrap(ParseFindingKind),
	"Level":          wrap(ParseLevel),
}

func wrap[T enumCodec](parse func(string) (T, error)) func(string) (enumCodec, error) {
	return func(s string) (enumCodec, error) {
		v, err := parse(s)
		return v, err
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	infos := Enums()
	require.Len(t, infos, len(parsers), "every enum has a parser in this test")
	for _, info := range infos {
		parse, ok := parsers[info.Type]
		require.True(t, ok, info.Type)
		for _, v := range info.Values {
			got, err := parse(v.Name)
			require.NoError(t, err, "%s %s", info.Type, v.Name)
			assert.Equal(t, v.Name, got.String())
			b, err := got.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.Name, string(b))
			assert.NotEmpty(t, v.Doc)
		}
		_, err := parse("no-such-value")
		assert.ErrorIs(t, err, actors.ErrNotSupported, info.Type)
	}
}

func TestEnumZeroValuesAreInvalid(t *testing.T) {
	assert.False(t, Kind(0).IsValid())
	assert.False(t, Stage(0).IsValid())
	assert.False(t, Obligation(0).IsValid())
	assert.Equal(t, "Obligation(0)", Obligation(0).String())
	_, err := Stage(0).MarshalText()
	assert.ErrorIs(t, err, actors.ErrNotSupported)
	var s Stage
	assert.Error(t, s.UnmarshalText([]byte("in force")))
	require.NoError(t, s.UnmarshalText([]byte("in-force")))
	assert.Equal(t, InForce, s)
}

func TestObligationIsOrdinal(t *testing.T) {
	order := []Obligation{Permits, Respect, Consult, Support, DiscretionaryForce, ObligatoryForce, AutomaticForce}
	assert.Equal(t, order, Obligations())
	for i := 1; i < len(order); i++ {
		assert.Less(t, order[i-1], order[i])
		assert.LessOrEqual(t, order[i-1].Base(), order[i].Base())
	}
	assert.True(t, InForce.Effective())
	assert.False(t, Draft.Effective())
}
