package neutrality

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
)

func TestAssess(t *testing.T) {
	tests := []struct {
		direction Direction
		verdict   Verdict
		want      Reach
	}{
		{Forbid, Incompatible, WithinStatus},
		{Forbid, Compatible, BeyondStatus},
		{Forbid, Conditional, BeyondStatus},
		{Forbid, NotRequired, BeyondStatus},
		{Require, NotRequired, BeyondStatus},
		{Require, Compatible, BeyondStatus},
		{Require, Incompatible, AgainstStatus},
		{Allow, Compatible, WithinStatus},
		{Allow, Conditional, WithinStatus},
		{Allow, Incompatible, AgainstStatus},
		{Forbid, Contested, DependsOnDoctrine},
		{Require, Required, RequiredByStatus},
		{Forbid, Required, AgainstStatus},
		{Allow, Required, WithinStatus},
		{Require, NotApplicable, OutsideStatus},
		{Forbid, NotApplicable, OutsideStatus},
		{0, NotApplicable, 0},
		{Require, 0, 0},
		{0, Compatible, 0},
	}
	for _, tt := range tests {
		t.Run(tt.direction.String()+"/"+tt.verdict.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, Assess(Demand{Direction: tt.direction}, Ruling{Verdict: tt.verdict}))
		})
	}
}

func TestDemandValidate(t *testing.T) {
	ok := Demand{ID: "istanbul-2022-force-caps", By: []string{"russia"}, Talks: "istanbul-2022", Stage: LatestDraft,
		Direction: Require, Activity: LimitsOnOwnForces, Summary: "s", Evidence: cite("85,000 on personnel")}
	assert.Empty(t, ok.Validate(accord.NewPath("d")))
	bad := ok
	bad.By, bad.Direction, bad.Activity, bad.Talks = nil, 0, 77, "Istanbul 2022"
	errs := bad.Validate(accord.NewPath("d"))
	assertHas(t, errs, accord.ErrRequired, nil, "d.by")
	assertHas(t, errs, accord.ErrRequired, nil, "d.direction")
	assertHas(t, errs, accord.ErrNotSupported, nil, "d.activity")
	assertHas(t, errs, accord.ErrInvalid, nil, "d.talks")
	c := ok.Clone()
	c.By[0] = "changed"
	assert.Equal(t, "russia", ok.By[0])
}
