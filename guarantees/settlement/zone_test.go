package settlement

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
)

// TestSearchHandSolved runs the zone search on the constructed negotiation
// of fixture_test.go, whose answers were worked out by hand.
//
// The space. Options A and B span three dimensions, in this order:
//
//	status:   [0] permanent neutrality (A)  [1] non-alignment (B)
//	forces:   [0] capped at 85,000 (A)      [1] unlimited (B)
//	presence: [0] French ground forces (A)  [1] no foreign ground forces (B)
//
// so the space holds 2×2×2 = 8 packages. The red lines of the required
// actors are: Russia demands a neutral status (RN) and rules out NATO troops
// (RT); Ukraine rules out caps on its forces (UC). France is a NATO member,
// so French ground forces are NATO troops.
//
// Case "zone": the walk, depth first.
//
//	1 root: nothing decided.
//	2 status=neutral: RN satisfied.
//	3 forces=capped: UC crossed by an outcome that holds, which no later
//	  component can retract → prune the 2 packages below.
//	4 forces=unlimited.
//	5 presence=French: leaf, examined; RT crossed → rejected by Russia.
//	6 presence=none: leaf, examined; no red line crossed → acceptable.
//	7 status=non-aligned: RN unmet, and neither forces nor presence can
//	  make the state neutral → prune the 4 packages below.
//
// Visited 7, examined 2, pruned 6 (2 + 6 = 8), one acceptable package:
// choice [0 1 1], which Russia and Ukraine both accept outright.
//
// Case "deadlock": Ukraine also demands NATO troops as a red line (UT).
// The walk is the same, but leaf 6 now leaves UT unmet, so no package is
// acceptable. The blocking sets of the eight packages are
//
//	neutral, capped,    French: {UC, RT}     non-aligned, capped,    French: {RN, UC, RT}
//	neutral, capped,    none:   {UC, UT}     non-aligned, capped,    none:   {RN, UC, UT}
//	neutral, unlimited, French: {RT}         non-aligned, unlimited, French: {RN, RT}
//	neutral, unlimited, none:   {UT}         non-aligned, unlimited, none:   {RN, UT}
//
// {RT} and {UT} are singletons, so every hitting set holds RT and UT, and
// {RT, UT} hits all eight: the minimum is {RT, UT}. The deadlock is the
// clash over NATO troops, not neutrality or caps (the union of all red
// lines crossed would name four). The implicit hitting-set rounds, in the
// walk's order: S={} finds (neutral, capped, French) → F gets {RT, UC};
// S={RT} finds (neutral, capped, none) → {UC, UT}; S={UC} finds (neutral,
// unlimited, French) → {RT}; S={RT, UC} finds (neutral, unlimited, none) →
// {UT}; S={RT, UT} leaves nothing unblocked. Five rounds.
//
// The nearest packages cross one red line each: (neutral, unlimited,
// French) crosses only RT and (neutral, unlimited, none) only UT; every
// other package crosses two or three.
func TestSearchHandSolved(t *testing.T) {
	rt := RedLine{Actor: "russia", Issue: "nato-troops", Direction: -1}
	ut := RedLine{Actor: "ukraine", Issue: "nato-troops", Direction: 1}
	tests := []struct {
		name                      string
		extra                     []actors.Position
		visited, examined, pruned int
		acceptable                int
		choice                    []int
		blocking                  []RedLine
		rounds                    int
		nearest                   [][]int
	}{
		{name: "zone", visited: 7, examined: 2, pruned: 6, acceptable: 1, choice: []int{0, 1, 1}},
		{name: "deadlock", extra: []actors.Position{pos("ua-nato-troops", "ukraine", "nato-troops", actors.Demands, true)},
			visited: 7, examined: 2, pruned: 6, blocking: []RedLine{rt, ut}, rounds: 5, nearest: [][]int{{0, 1, 0}, {0, 1, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := negotiation(tt.extra...)
			sp, err := NewSpace([]Settlement{optionA(), optionB()})
			require.NoError(t, err)
			require.Equal(t, 8, sp.Size())
			z, err := Search(context.Background(), sp, src, SearchOptions{Required: []string{"ukraine", "russia"}})
			require.NoError(t, err)
			assert.Equal(t, 8, z.Space)
			assert.Equal(t, tt.visited, z.Visited, "visited")
			assert.Equal(t, tt.examined, z.Examined, "examined")
			assert.Equal(t, tt.pruned, z.Pruned, "pruned")
			assert.Equal(t, z.Space, z.Examined+z.Pruned)
			assert.Equal(t, tt.acceptable, z.Acceptable)
			if tt.choice != nil {
				require.Len(t, z.Packages, 1)
				p := z.Packages[0]
				assert.Equal(t, tt.choice, p.Choice)
				assert.Equal(t, neutralStatus.Kind, p.Settlement.Status.Kind)
				assert.Equal(t, Unlimited, p.Settlement.Forces.Limits)
				assert.Equal(t, Constructed, p.Settlement.Modality)
				assert.Empty(t, p.Settlement.Validate(accord.Path{}), "a composed package is valid")
				for _, s := range p.Stands {
					assert.Equal(t, Accepts, s.Answer, s.Actor)
				}
				assert.Empty(t, z.Blocking)
			}
			if tt.blocking != nil {
				var got []RedLine
				for _, b := range z.Blocking {
					got = append(got, b.RedLine)
					assert.NotEmpty(t, b.Positions, "each red line carries its positions")
				}
				assert.Equal(t, tt.blocking, got)
				assert.Equal(t, tt.rounds, z.Rounds)
				assert.Equal(t, 1, z.Nearest.Cost)
				var choices [][]int
				for _, p := range z.Nearest.Packages {
					choices = append(choices, p.Choice)
				}
				assert.Equal(t, tt.nearest, choices)
				assert.Equal(t, [][]RedLine{{rt}, {ut}}, z.Nearest.RedLines)
			}
		})
	}
}

// TestSearchIgnoresActorsNotRequired: a bystander's red line does not close
// the zone.
func TestSearchIgnoresActorsNotRequired(t *testing.T) {
	src := negotiation(pos("br-neutral", "brazil", "neutral-status", actors.Rejects, true))
	sp, err := NewSpace([]Settlement{optionA(), optionB()})
	require.NoError(t, err)
	z, err := Search(context.Background(), sp, src, SearchOptions{Required: []string{"ukraine", "russia"}})
	require.NoError(t, err)
	assert.Equal(t, 1, z.Acceptable)
	z, err = Search(context.Background(), sp, src, SearchOptions{Required: []string{"ukraine", "russia", "brazil"}})
	require.NoError(t, err)
	assert.Zero(t, z.Acceptable)
	require.NotEmpty(t, z.Blocking)
}

func TestMinimumHittingSet(t *testing.T) {
	a, b, c, d := RedLine{Actor: "a"}, RedLine{Actor: "b"}, RedLine{Actor: "c"}, RedLine{Actor: "d"}
	tests := []struct {
		name   string
		family [][]RedLine
		want   []RedLine
	}{
		{"empty family", nil, nil},
		{"one set", [][]RedLine{{a, b}}, []RedLine{a}},
		{"shared element beats greedy", [][]RedLine{{a, b}, {a, c}, {b, d}, {c, d}}, []RedLine{a, d}},
		{"singletons are forced", [][]RedLine{{a, b, c}, {d}, {b}}, []RedLine{b, d}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := minimumHittingSet(tt.family, func() bool { return false })
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSpaceComposeErrors(t *testing.T) {
	sp, err := NewSpace([]Settlement{optionA(), optionB()})
	require.NoError(t, err)
	_, err = sp.Compose([]int{0, 0})
	assert.Error(t, err)
	_, err = sp.Compose([]int{0, 0, 2})
	assert.Error(t, err)
	_, err = NewSpace(nil)
	assert.Error(t, err)
	_, err = Search(context.Background(), Space{}, negotiation(), SearchOptions{Required: []string{"ukraine"}})
	assert.Error(t, err, "the zero Space has no package to search")
	_, err = Search(context.Background(), sp, negotiation(), SearchOptions{})
	assert.Error(t, err, "no required actor")
	_, err = Search(context.Background(), sp, &fakeSource{}, SearchOptions{Required: []string{"ukraine"}})
	assert.ErrorIs(t, err, ErrNoPositions)
	other := optionB()
	other.Protected = "moldova"
	_, err = NewSpace([]Settlement{optionA(), other})
	assert.Error(t, err)
}
