package corpus

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/guarantees"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Values handed out cannot change what the library computes later
// (issue 16, item 5): writing into a subject's instrument used to turn
// NATO from 6 "strong" into 3 "limited".

func TestSubjectCannotBeChangedFromOutside(t *testing.T) {
	c := textCorpus(t)
	sit := c.GuaranteeSituation()
	in, ok := c.Instrument("north-atlantic-treaty")
	require.True(t, ok)
	require.NotEmpty(t, in.Traits)
	require.NotEmpty(t, in.Clauses)

	s, err := guarantees.InstrumentSubject(in)
	require.NoError(t, err)
	want := guarantees.Assess(s, sit)

	// The change the probe made does change an assessment, so the checks
	// below can fail.
	changed := in.Clone()
	changed.Traits[0].Kind = 0
	changed.Clauses[0].Reading.Obligation = guarantees.Consult
	cs, err := guarantees.InstrumentSubject(changed)
	require.NoError(t, err)
	require.NotEqual(t, want, guarantees.Assess(cs, sit))

	// Through the instrument Subject.Instrument hands out.
	got := s.Instrument()
	got.Traits[0].Kind = 0
	got.Clauses[0].Reading.Obligation = guarantees.Consult
	assert.Equal(t, want, guarantees.Assess(s, sit), "after changing Subject.Instrument()")

	// Through the instrument given to InstrumentSubject.
	in.Traits[0].Kind = 0
	in.Clauses[0].Reading.Obligation = guarantees.Consult
	assert.Equal(t, want, guarantees.Assess(s, sit), "after changing the instrument given to InstrumentSubject")

	// ClauseSubject keeps a copy too, and Versions are copies.
	in2, _ := c.Instrument("north-atlantic-treaty")
	cls, err := guarantees.ClauseSubject(in2, in2.Clauses[0].ID)
	require.NoError(t, err)
	wantClause := guarantees.Assess(cls, sit)
	in2.Clauses[0].Reading.Obligation = guarantees.Consult
	vs := cls.Versions()
	require.NotEmpty(t, vs)
	vs[0].Reading.Obligation = guarantees.Consult
	if len(vs[0].Reading.Measures) > 0 {
		vs[0].Reading.Measures[0] = 0
	}
	assert.Equal(t, wantClause, guarantees.Assess(cls, sit), "after changing ClauseSubject's instrument and versions")
}

func TestClauseIsACopy(t *testing.T) {
	c := textCorpus(t)
	for in := range c.Instruments() {
		for _, cl := range in.Clauses {
			if len(cl.Reading.Measures) == 0 && len(cl.Evidence) == 0 {
				continue
			}
			before := in.Clone()
			got, ok := in.Clause(cl.ID)
			require.True(t, ok)
			for i := range got.Reading.Measures {
				got.Reading.Measures[i] = 0
			}
			for i := range got.Evidence {
				got.Evidence[i] = accord.Citation{}
			}
			for i := range got.Revisions {
				got.Revisions[i].ID = "changed"
			}
			assert.Equal(t, before, in, "%s/%s: changing the clause Clause returned changed the instrument", in.ID, cl.ID)
		}
	}
}

func TestMatrixBetweenIsACopy(t *testing.T) {
	c := textCorpus(t)
	m := c.Positions().ClashMatrix(accord.Date{})
	clashes := m.Clashes()
	require.NotEmpty(t, clashes)
	a, b := clashes[0].A, clashes[0].B
	want := m.Between(a, b)
	require.NotEmpty(t, want)
	wantA, wantB := want[0].APositions(), want[0].BPositions()
	require.NotEmpty(t, wantA)
	got := m.Between(a, b)
	ga, gb := got[0].APositions(), got[0].BPositions()
	ga[0].Stance = actors.Stance(0)
	ga[0].Evidence = nil
	if len(gb) > 0 && len(gb[0].Evidence) > 0 {
		gb[0].Evidence[0] = accord.Citation{}
	}
	got[0].A, got[0].Issue = "changed", "changed"
	assert.Equal(t, want, m.Between(a, b))
	assert.Equal(t, wantA, m.Between(a, b)[0].APositions(), "the positions a relation refers to are unchanged")
	clashes[0] = actors.Relation{}
	assert.Equal(t, wantB, m.Clashes()[0].BPositions())
	assert.Equal(t, want[0], m.Clashes()[0], "the matrix itself is unchanged")
	again, ok := c.Positions().Position(wantA[0].ID)
	require.True(t, ok)
	assert.Equal(t, wantA[0], again, "the corpus is unchanged")
}
