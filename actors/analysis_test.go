package actors

import (
	"fmt"
	"slices"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ids(ps []Position) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func TestSelectIsDateAware(t *testing.T) {
	ps := testPositionSet()
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"Ukraine on neutrality in 2022", Filter{Actors: []string{"ukraine"}, Issues: []string{"neutral-status"}, At: accord.YearOf(2022)}, []string{"ua-neutral-2022"}},
		{"Ukraine on neutrality in 2025", Filter{Actors: []string{"ukraine"}, Issues: []string{"neutral-status"}, At: accord.MustParseDate("2025-09-01")}, []string{"ua-neutral-2025"}},
		{"Ukraine on neutrality at any time", Filter{Actors: []string{"ukraine"}, Issues: []string{"neutral-status"}}, []string{"ua-neutral-2022", "ua-neutral-2025"}},
		{"red lines in 2025", Filter{RedLines: true, At: accord.YearOf(2025)}, []string{"ru-troops", "ua-caps-2025", "ua-neutral-2025"}},
		{"foreign troops without sub-issues", Filter{Issues: []string{"foreign-troops"}}, []string{"fi-troops", "de-troops", "ru-troops", "ua-troops"}},
		{"foreign troops with sub-issues", Filter{Issues: []string{"foreign-troops"}, Subissues: true}, []string{"fi-troops", "de-troops", "ru-troops", "ua-troops", "ua-us-troops"}},
		{"by document", Filter{Doc: "other-doc"}, []string{}},
		{"by document and actor", Filter{Doc: "test-doc", Actors: []string{"germany"}}, []string{"de-troops"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ids(noErr(ps.Select(tt.f))))
		})
	}
	assert.Equal(t, []string{"ua-caps-2022", "ua-neutral-2022"}, ids(noErr(ps.Of("ukraine", accord.YearOf(2022)))))
	assert.Equal(t, []string{"ru-caps-2022", "ua-caps-2022"}, ids(noErr(ps.On("armed-forces-limits", accord.YearOf(2022)))))
}

func TestStandings(t *testing.T) {
	ps := testPositionSet()
	got := noErr(ps.Standings("neutral-status", accord.Date{}))
	require.Len(t, got, 3)
	type standing struct {
		Actor     string
		Stance    Stance
		RedLine   bool
		Positions []Position
	}
	var views []standing
	for _, s := range got {
		views = append(views, standing{s.Actor, s.Stance, s.RedLine, s.Positions()})
	}
	assert.Equal(t, []standing{
		{Actor: "russia", Stance: Demands, Positions: noErr(ps.Select(Filter{Actors: []string{"russia"}, Issues: []string{"neutral-status"}}))},
		{Actor: "ukraine", Stance: Conditional, Positions: noErr(ps.Select(Filter{Actors: []string{"ukraine"}, Issues: []string{"neutral-status"}, At: accord.YearOf(2022)}))},
		{Actor: "ukraine", Stance: Rejects, RedLine: true, Positions: noErr(ps.Select(Filter{Actors: []string{"ukraine"}, Issues: []string{"neutral-status"}, At: accord.YearOf(2025)}))},
	}, views, "ordered from demands to rejects; an actor whose stance changed appears once per stance")
	assert.Equal(t, []string{"ua-neutral-2025"}, got[2].PositionIDs())
	assert.Equal(t, 1, got[2].NumPositions())
	assert.Len(t, noErr(ps.Standings("neutral-status", accord.YearOf(2025))), 2)
}

func TestCompare(t *testing.T) {
	ps := testPositionSet()

	c := noErr(ps.Compare("russia", "ukraine", accord.YearOf(2022)))
	assert.Empty(t, c.RedLineClashes)
	require.Len(t, c.Agreements, 1, "both were for neutrality in 2022, Ukraine on conditions")
	assert.Equal(t, "neutral-status", c.Agreements[0].Issue)
	require.Len(t, c.FigureGaps, 1, "both accepted caps, at different figures")
	gap := c.FigureGaps[0]
	assert.Equal(t, "armed-forces-limits", gap.Issue)
	assert.Equal(t, []string{"ru-caps-2022"}, ids(gap.APositions()))
	assert.Equal(t, []string{"ua-caps-2022"}, ids(gap.BPositions()))

	c = noErr(ps.Compare("russia", "ukraine", accord.YearOf(2025)))
	assert.Empty(t, c.Agreements)
	require.Len(t, c.RedLineClashes, 2)
	assert.Equal(t, "foreign-troops", c.RedLineClashes[0].Issue, "sorted by collated issue name: Foreign troops, Neutral status")
	assert.Equal(t, "neutral-status", c.RedLineClashes[1].Issue)
	assert.Equal(t, []string{"ua-neutral-2025"}, ids(c.RedLineClashes[1].BPositions()))

	c = noErr(ps.Compare("germany", "finland", accord.YearOf(2025)))
	assert.Equal(t, []any{"germany", "finland", accord.YearOf(2025)}, []any{c.A, c.B, c.At})
	assert.Empty(t, slices.Concat(c.Agreements, c.FigureGaps, c.Disagreements, c.RedLineClashes), "an open stance neither agrees nor clashes")
}

func TestClashMatrix(t *testing.T) {
	ps := testPositionSet()
	m := ps.ClashMatrix(accord.YearOf(2025))
	assert.Equal(t, []string{"germany", "russia", "ukraine"}, m.Actors)
	assert.Equal(t, [][]int{
		{0, 1, 0},
		{1, 0, 2},
		{0, 2, 0},
	}, m.Counts)
	assert.Equal(t, 2, m.Count("ukraine", "russia"))
	assert.Equal(t, 0, m.Count("ukraine", "finland"))
	between := m.Between("russia", "germany")
	require.Len(t, between, 1)
	r := between[0]
	assert.Equal(t, []any{RedLineClash, "foreign-troops", "germany", "russia"}, []any{r.Kind, r.Issue, r.A, r.B})
	assert.Equal(t, noErr(ps.Select(Filter{Actors: []string{"germany"}})), r.APositions())
	assert.Equal(t, noErr(ps.Select(Filter{Actors: []string{"russia"}, Issues: []string{"foreign-troops"}})), r.BPositions())
	assert.Equal(t, []string{"de-troops"}, r.APositionIDs())
	assert.Equal(t, []string{"ru-troops"}, r.BPositionIDs())

	early := ps.ClashMatrix(accord.YearOf(2022))
	assert.Empty(t, early.Actors, "no red lines were held in 2022")
	assert.Equal(t, m, ps.ClashMatrix(accord.YearOf(2025)), "the matrix is deterministic")
}

func TestPositionsReturnCopies(t *testing.T) {
	ps := testPositionSet()
	got := noErr(ps.Select(Filter{Actors: []string{"russia"}, Issues: []string{"armed-forces-limits"}}))
	require.Len(t, got, 1)
	got[0].Figures[0].Value = 1
	again, _ := ps.Position("ru-caps-2022")
	assert.Equal(t, 85000.0, again.Figures[0].Value)
	assert.Equal(t, []string{"finland", "germany", "russia", "ukraine"}, ps.Actors())
	assert.Equal(t, []string{"foreign-troops", "armed-forces-limits", "neutral-status", "us-troops"}, ps.Issues())
}

// TestHeldOnCacheAgreesWithPeriod: Select, filtering by date, keeps
// exactly the positions that Position.HeldOn keeps.
func TestHeldOnCacheAgreesWithPeriod(t *testing.T) {
	ps := testPositionSet()
	dates := []accord.Date{{}, accord.YearOf(2021), accord.YearOf(2022), accord.MustParseDate("2022-12"), accord.MustParseDate("2022-12-31"),
		accord.YearOf(2023), accord.MustParseDate("2025-07-31"), accord.MustParseDate("2025-08"), accord.YearOf(2025), accord.YearOf(2030)}
	for _, d := range dates {
		kept := map[string]bool{}
		for _, p := range noErr(ps.Select(Filter{At: d})) {
			kept[p.ID] = true
		}
		for _, p := range ps.list {
			assert.Equal(t, p.HeldOn(d), kept[p.ID], "%s on %s", p.ID, d)
		}
	}
}

// TestRelationAndStandingString: one line each, with the names of the
// actors and the issue (not their ids) and each side's stances.
func TestAnalysisString(t *testing.T) {
	ps := testPositionSet()
	c := noErr(ps.Compare("russia", "ukraine", accord.YearOf(2025)))
	require.Len(t, c.RedLineClashes, 2)
	m := ps.ClashMatrix(accord.YearOf(2025))
	st := noErr(ps.Standings("neutral-status", accord.Date{}))
	require.Len(t, st, 3)
	tests := []struct {
		name string
		v    fmt.Stringer
		want string
	}{
		{"red-line clash", c.RedLineClashes[1], "Russia and Ukraine on Neutral status: red-line clash (Russia: demands; Ukraine: rejects, a red line)"},
		{"from the matrix", m.Between("russia", "germany")[0], "Germany and Russia on Foreign troops: red-line clash (Germany: supports; Russia: rejects, a red line)"},
		{"figure gap", noErr(ps.Compare("russia", "ukraine", accord.YearOf(2022))).FigureGaps[0],
			"Russia and Ukraine on Limits on the armed forces: figure gap (Russia: demands; Ukraine: conditional)"},
		{"zero relation", Relation{}, "no relation"},
		{"standing", st[2], "Ukraine on Neutral status: rejects, a red line (1 position)"},
		{"another stance", st[0], "Russia on Neutral status: demands (1 position)"},
		{"zero standing", Standing{}, "no standing"},
		{"comparison", c, "Russia and Ukraine in 2025: 0 agreements, 0 figure gaps, 0 disagreements, 2 red-line clashes (Foreign troops, Neutral status)"},
		{"zero comparison", Comparison{}, "no comparison"},
		{"matrix", m, "red-line clashes in 2025: 3, among 3 actors (Germany, Russia, Ukraine)"},
		{"empty matrix", ps.ClashMatrix(accord.YearOf(1800)), "red-line clashes in 1800: 0, among 0 actors"},
		{"zero matrix", Matrix{}, "no matrix"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.v.String())
			assert.Equal(t, tt.want, tt.v.String(), "deterministic")
		})
	}
}
