package actors

import (
	"math"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPositionValidate(t *testing.T) {
	valid := testPositions()[0]
	tests := []struct {
		name   string
		modify func(p *Position)
		want   []problem
	}{
		{"valid", func(*Position) {}, nil},
		{"period ends before it starts", func(p *Position) { p.Period = period("2025", "2022") },
			[]problem{{kind: accord.ErrInvalid, path: "p.period.to"}}},
		{"start without saying how it ends", func(p *Position) { p.Period = accord.Period{From: accord.YearOf(2022)} },
			[]problem{{kind: accord.ErrRequired, rule: ErrPositionEndNotSaid, path: "p.period.end"}}},
		{"dropped at a date not given", func(p *Position) { p.Period = accord.Period{From: accord.YearOf(2022), End: accord.EndedUndated} }, nil},
		{"undated view", func(p *Position) { p.Period = accord.Period{} }, nil},
		{"red line with no stance", func(p *Position) { p.Stance = 0; p.RedLine = true },
			[]problem{{kind: accord.ErrRequired, rule: ErrRedLineStance, path: "p.stance"}}},
		{"red line with an open stance", func(p *Position) { p.Stance = Open; p.RedLine = true },
			[]problem{{kind: accord.ErrInvalid, rule: ErrRedLineStance, path: "p.red_line"}}},
		{"no stance", func(p *Position) { p.Stance = 0 }, []problem{{kind: accord.ErrRequired, path: "p.stance"}}},
		{"voiced by itself", func(p *Position) { p.Via = "ukraine" },
			[]problem{{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "p.via"}}},
		{"missing fields", func(p *Position) { *p = Position{Stance: Supports} }, []problem{
			{kind: accord.ErrRequired, path: "p.id"},
			{kind: accord.ErrRequired, path: "p.actor"},
			{kind: accord.ErrRequired, path: "p.issue"},
			{kind: accord.ErrRequired, path: "p.attribution"},
			{kind: accord.ErrRequired, path: "p.summary"},
			{kind: accord.ErrRequired, path: "p.evidence"},
		}},
		{"malformed references", func(p *Position) { p.Actor = "Ukraine"; p.Issue = "neutral status" }, []problem{
			{kind: accord.ErrInvalid, rule: accord.ErrBadID, path: "p.actor"},
			{kind: accord.ErrInvalid, rule: accord.ErrBadID, path: "p.issue"},
		}},
		{"condition without text", func(p *Position) { p.Conditions = []Condition{{Issue: "security-guarantees"}} },
			[]problem{{kind: accord.ErrRequired, path: "p.conditions[0].text"}}},
		{"bad figures", func(p *Position) {
			p.Figures = []StatedFigure{
				{Quantity: "personnel", Bound: Between, Value: 10, Max: 5, Unit: "troops"},
				{Quantity: "tanks", Bound: AtMost, Value: -1, Max: 3, Unit: "tanks"},
				{Quantity: "", Bound: 0, Value: math.NaN(), Unit: ""},
			}
		}, []problem{
			{kind: accord.ErrInvalid, path: "p.figures[0].max"},
			{kind: accord.ErrInvalid, path: "p.figures[1].value"},
			{kind: accord.ErrInvalid, path: "p.figures[1].max"},
			{kind: accord.ErrRequired, path: "p.figures[2].quantity"},
			{kind: accord.ErrRequired, path: "p.figures[2].bound"},
			{kind: accord.ErrInvalid, path: "p.figures[2].value"},
			{kind: accord.ErrRequired, path: "p.figures[2].unit"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := valid.Clone()
			tt.modify(&p)
			assertProblems(t, p.Validate(accord.NewPath("p")), tt.want)
		})
	}
}

func TestNewPositionsChecksReferences(t *testing.T) {
	reg, tax := MustNewRegistry(testActors()), MustNewTaxonomy(testIssues())
	list := testPositions()
	list[0].Actor = "belarus"                  // unknown actor
	list[1].Via = "putin"                      // unknown speaker
	list[2].Issue = "sanctions"                // unknown issue
	list[0].Conditions[0].Issue = "un-mandate" // unknown issue in a condition
	list[3].ID = list[4].ID                    // duplicate id
	_, err := NewPositions(reg, tax, list)
	var errs accord.ErrorList
	require.ErrorAs(t, err, &errs)
	assertProblems(t, errs, []problem{
		{kind: accord.ErrNotFound, path: "positions[0].actor"},
		{kind: accord.ErrNotFound, path: "positions[0].conditions[0].issue"},
		{kind: accord.ErrNotFound, path: "positions[1].via"},
		{kind: accord.ErrNotFound, path: "positions[2].issue"},
		{kind: accord.ErrDuplicate, path: "positions[4].id"},
	})
}

func TestNewTaxonomyReportsProblems(t *testing.T) {
	list := testIssues()
	list[0].Parent = "us-troops"
	list[2].Parent = "neutral-status" // neutral-status → us-troops → foreign-troops → neutral-status
	list = append(list, Issue{ID: "x", Name: "X", Parent: "nowhere", Outcome: "o", Evidence: ev("x")}, Issue{ID: "x", Name: "X again", Outcome: "o", Evidence: ev("x")})
	_, err := NewTaxonomy(list)
	var errs accord.ErrorList
	require.ErrorAs(t, err, &errs)
	assertProblems(t, errs, []problem{
		{kind: accord.ErrDuplicate, path: "issues[6].id"},
		{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "issues[0].parent"},
		{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "issues[2].parent"},
		{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "issues[3].parent"},
		{kind: accord.ErrNotFound, path: "issues[5].parent"},
	})
}

func TestTaxonomyTree(t *testing.T) {
	tax := MustNewTaxonomy(testIssues())
	assert.Equal(t, []string{"us-troops"}, noErr(tax.Children("foreign-troops")))
	assert.Equal(t, []string{"foreign-troops", "us-troops"}, noErr(tax.Subtree("foreign-troops")))
	assert.Equal(t, []string{"foreign-troops"}, noErr(tax.Ancestors("us-troops")))
	assert.Empty(t, noErr(tax.Ancestors("neutral-status")))
	assert.Equal(t, "US troops", tax.Name("us-troops"))
}

func TestFigureString(t *testing.T) {
	tests := []struct {
		f    StatedFigure
		want string
	}{
		{StatedFigure{Quantity: "personnel", Bound: AtMost, Value: 85000, Unit: "troops"}, "at most 85,000 troops (personnel)"},
		{StatedFigure{Quantity: "personnel", Bound: About, Value: 250000, Unit: "troops"}, "about 250,000 troops (personnel)"},
		{StatedFigure{Quantity: "spending", Bound: Between, Value: 20, Max: 40, Unit: "usd-billion-per-year"}, "20–40 usd-billion-per-year (spending)"},
		{StatedFigure{Quantity: "time", Bound: Between, Value: 1, Max: 1.5, Unit: "weeks"}, "1–1.5 weeks (time)"},
		{StatedFigure{Quantity: "tanks", Bound: Exactly, Value: 800, Unit: "tanks"}, "800 tanks (tanks)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.f.String())
	}
}

// TestFlatIndexes: the list is in Select order, each actor's positions are
// one run of it, each issue's one run of the issue index (by actor, then
// in Select order), and every position is in each index exactly once.
func TestFlatIndexes(t *testing.T) {
	ps := testPositionSet()
	given := testPositions()
	require.Len(t, ps.list, len(given))
	for k, i := range ps.given {
		assert.Equal(t, given[k].ID, ps.list[i].ID, "given order")
	}
	all := noErr(ps.Select(Filter{}))
	assert.Equal(t, ids(all), ids(ps.list), "the list is in Select order")
	for _, a := range ps.Actors() {
		s := ps.byActor[a]
		assert.Equal(t, ids(noErr(ps.Of(a, accord.Date{}))), ids(ps.list[s.lo:s.hi]), a)
		for i := s.lo; i < s.hi; i++ {
			assert.Equal(t, a, ps.actorIDs[ps.actorOf[i]])
		}
	}
	seen := map[int32]int{}
	for k, is := range ps.Issues() {
		s := ps.byIssue[is]
		assert.Equal(t, ps.issueRun[k], s)
		var got []string
		for _, e := range ps.issueIndex[s.lo:s.hi] {
			p := ps.list[e.pos]
			seen[e.pos]++
			got = append(got, p.ID)
			assert.Equal(t, is, p.Issue)
			assert.Equal(t, is, ps.issueIDs[ps.issueOf[e.pos]])
			assert.Equal(t, entry{period: p.Period, pos: e.pos, actor: ps.actorOf[e.pos], stance: p.Stance,
				polarity: int8(p.Stance.Polarity()), redLine: p.RedLine}, e)
		}
		assert.Equal(t, ids(noErr(ps.On(is, accord.Date{}))), got, is)
	}
	assert.Len(t, seen, len(ps.list))
	for _, n := range seen {
		assert.Equal(t, 1, n)
	}
}

// TestPositionHeldOn: a position is held on a date only where its article
// vouches for it. A demand dropped at a date not given (Russia's bar on
// Ukraine's part in EU defence, dropped in the 2022 drafts) was held in
// 2022 but not in any month of it, nor later; an undated view is held on no
// date, though it may be held on any.
func TestPositionHeldOn(t *testing.T) {
	d := accord.MustParseDate
	y := accord.YearOf
	tests := []struct {
		name      string
		period    accord.Period
		on        accord.Date
		held, may bool
	}{
		{"closed year, a month of it", accord.Period{From: y(2022), To: y(2022)}, d("2022-04"), true, true},
		{"closed year, a later year", accord.Period{From: y(2022), To: y(2022)}, y(2025), false, false},
		{"dropped, its start year", accord.Period{From: y(2022), End: accord.EndedUndated}, y(2022), true, true},
		{"dropped, a month of its start year", accord.Period{From: y(2022), End: accord.EndedUndated}, d("2022-04"), false, true},
		{"dropped, a later year", accord.Period{From: y(2022), End: accord.EndedUndated}, y(2025), false, true},
		{"end not stated, a later year", accord.Period{From: y(2014), End: accord.EndNotStated}, y(2022), false, true},
		{"end not stated, its start year", accord.Period{From: y(2014), End: accord.EndNotStated}, y(2014), true, true},
		{"still holds, a later year", accord.Period{From: y(2014), End: accord.StillHolds}, y(2022), true, true},
		{"still holds, before it began", accord.Period{From: y(2014), End: accord.StillHolds}, y(2010), false, false},
		{"a month start, its year", accord.Period{From: d("2025-08"), End: accord.EndNotStated}, y(2025), true, true},
		{"undated", accord.Period{}, y(2025), false, true},
		{"undated, any time", accord.Period{}, accord.Date{}, true, true},
		{"end date only", accord.Period{To: y(2024)}, y(2020), false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Position{Period: tt.period}
			assert.Equal(t, tt.held, p.HeldOn(tt.on), "HeldOn")
			assert.Equal(t, tt.may, p.MayBeHeldOn(tt.on), "MayBeHeldOn")
			if tt.held {
				assert.True(t, p.MayBeHeldOn(tt.on), "held implies may be held")
			}
		})
	}
}
