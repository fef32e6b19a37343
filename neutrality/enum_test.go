package neutrality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

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
