package actors

import (
	"math"
	"testing"
	"time"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
)

// testQuantity is a valid quantity, written for these tests.
func testQuantity() Quantity {
	return Quantity{
		ID: "q-population", Actor: "ukraine", Metric: Population, Mode: Actual,
		Bound: About, Value: 38e6, Unit: People, Period: period("2024", "2024"), Source: "un",
		Evidence: []accord.Citation{{Doc: "doc", Anchor: "a population of about 38 million"}},
	}
}

func TestQuantityValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(q *Quantity)
		want   []problem
	}{
		{"valid", func(*Quantity) {}, nil},
		{"valid range", func(q *Quantity) { q.Bound, q.Value, q.Max = Between, 3, 5 }, nil},
		{"valid census share", func(q *Quantity) {
			q.Metric, q.Group, q.Unit, q.Value = CensusShare, "Ukrainian ethnicity", Percent, 77.8
		}, nil},
		{"valid ratio", func(q *Quantity) { q.Metric, q.RelativeTo, q.Unit, q.Value = SizeRatio, "belgium", Times, 20 }, nil},
		{"undated", func(q *Quantity) { q.Period = accord.Period{} }, nil},
		{"missing fields", func(q *Quantity) { *q = Quantity{} }, []problem{
			{kind: accord.ErrRequired, path: "q.id"},
			{kind: accord.ErrRequired, path: "q.actor"},
			{kind: accord.ErrRequired, path: "q.metric"},
			{kind: accord.ErrRequired, path: "q.mode"},
			{kind: accord.ErrRequired, path: "q.bound"},
			{kind: accord.ErrRequired, path: "q.unit"},
			{kind: accord.ErrRequired, path: "q.evidence"},
		}},
		{"negative and not finite", func(q *Quantity) { q.Value = -1; q.Max = math.Inf(1) }, []problem{
			{kind: accord.ErrInvalid, path: "q.value"},
			{kind: accord.ErrInvalid, path: "q.max"},
		}},
		{"NaN value", func(q *Quantity) { q.Value = math.NaN() }, []problem{{kind: accord.ErrInvalid, path: "q.value"}}},
		{"range upside down", func(q *Quantity) { q.Bound, q.Value, q.Max = Between, 5, 3 },
			[]problem{{kind: accord.ErrInvalid, path: "q.max"}}},
		{"range with infinite max", func(q *Quantity) { q.Bound, q.Value, q.Max = Between, 5, math.Inf(1) },
			[]problem{{kind: accord.ErrInvalid, path: "q.max"}}},
		{"percentage above 100", func(q *Quantity) { q.Unit, q.Value = Percent, 101 },
			[]problem{{kind: accord.ErrInvalid, path: "q.value"}}},
		{"census share without group", func(q *Quantity) { q.Metric, q.Unit, q.Value = CensusShare, Percent, 17.3 },
			[]problem{{kind: accord.ErrRequired, path: "q.group"}}},
		{"group on another measure", func(q *Quantity) { q.Group = "ethnic Russians" },
			[]problem{{kind: accord.ErrInvalid, path: "q.group"}}},
		{"ratio without other actor", func(q *Quantity) { q.Metric, q.Unit, q.Value = SizeRatio, Times, 20 },
			[]problem{{kind: accord.ErrRequired, path: "q.relative_to"}}},
		{"ratio with itself", func(q *Quantity) { q.Metric, q.RelativeTo, q.Unit, q.Value = SizeRatio, "ukraine", Times, 20 },
			[]problem{{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "q.relative_to"}}},
		{"relative_to on another measure", func(q *Quantity) { q.RelativeTo = "belgium" },
			[]problem{{kind: accord.ErrInvalid, path: "q.relative_to"}}},
		{"period ends before it starts", func(q *Quantity) { q.Period = period("2025", "2022") },
			[]problem{{kind: accord.ErrInvalid, path: "q.period.to"}}},
		{"malformed ids", func(q *Quantity) { q.Actor = "Ukraine"; q.Source = "UN estimates" }, []problem{
			{kind: accord.ErrInvalid, rule: accord.ErrBadID, path: "q.actor"},
			{kind: accord.ErrInvalid, rule: accord.ErrBadID, path: "q.source"},
		}},
		{"invalid enums", func(q *Quantity) { q.Metric, q.Mode, q.Unit = 99, 99, 99 }, []problem{
			{kind: accord.ErrNotSupported, path: "q.metric"},
			{kind: accord.ErrNotSupported, path: "q.mode"},
			{kind: accord.ErrNotSupported, path: "q.unit"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := testQuantity().Clone()
			tt.modify(&q)
			assertProblems(t, q.Validate(accord.NewPath("q")), tt.want)
		})
	}
}

func TestQuantityHoldsOn(t *testing.T) {
	dated := testQuantity()
	undated := testQuantity()
	undated.Period = accord.Period{}
	tests := []struct {
		name string
		q    Quantity
		d    accord.Date
		want bool
	}{
		{"dated, inside", dated, accord.DayOf(2024, time.May, 1), true},
		{"dated, before", dated, accord.YearOf(2023), false},
		{"dated, after", dated, accord.YearOf(2025), false},
		{"dated, any time", dated, accord.Date{}, true},
		{"undated, a date", undated, accord.YearOf(2024), false},
		{"undated, any time", undated, accord.Date{}, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.q.HoldsOn(tt.d), tt.name)
	}
}

func TestQuantityRangeAndClone(t *testing.T) {
	q := testQuantity()
	lo, hi := q.Range()
	assert.Equal(t, [2]float64{38e6, 38e6}, [2]float64{lo, hi})
	q.Bound, q.Value, q.Max = Between, 110e9, 120e9
	lo, hi = q.Range()
	assert.Equal(t, [2]float64{110e9, 120e9}, [2]float64{lo, hi})

	c := q.Clone()
	c.Evidence[0].Anchor = "changed"
	assert.Equal(t, "a population of about 38 million", q.Evidence[0].Anchor, "a clone shares no evidence")
}
