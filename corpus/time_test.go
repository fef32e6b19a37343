package corpus

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStatusEndsAreCoded: every status in force says how it ends, and a
// status that one of its events ends is never current — the class of error
// that drew Belgium's, Luxembourg's and Albania's neutralisations, and
// Ukraine's neutrality policy of the 1990s, as running to the present.
func TestStatusEndsAreCoded(t *testing.T) {
	c := neutralityCorpus(t)
	ends := map[accord.Ending]int{}
	for s := range c.NeutralityStatuses() {
		st := s.Status
		if st.Stage.String() != "in-force" {
			assert.False(t, st.Current(), "%s: a proposal is never current", st.ID)
			continue
		}
		assert.True(t, st.Period.To.IsValid() || st.Period.End.IsValid(), "%s: the period says how the status ends", st.ID)
		ends[st.Period.End]++
		for _, e := range st.Events {
			if e.Kind.Ends() {
				assert.True(t, st.Period.Ended(), "%s: %s ends it", st.ID, e.Kind)
				assert.False(t, st.Current(), "%s: %s ends it", st.ID, e.Kind)
			}
		}
	}
	for _, e := range accord.Endings() {
		assert.NotZero(t, ends[e], "the corpus codes some statuses as %s", e)
	}
	for id, want := range map[string]accord.Ending{
		"belgium-neutralisation-rusi":       accord.EndedUndated,
		"luxembourg-neutralisation-rusi":    accord.EndedUndated,
		"albania-neutralisation-rusi":       accord.EndedUndated,
		"ukraine-1990-declaration-hiia":     accord.EndNotStated,
		"ukraine-non-alignment-hiia":        accord.StillHolds,
		"switzerland-neutralisation-rusi":   accord.EndNotStated,
		"switzerland-neutralisation-hiia":   accord.StillHolds,
		"ireland-neutrality-policy-lawfare": accord.StillHolds,
	} {
		s, ok := c.NeutralityStatus(id)
		require.True(t, ok, id)
		assert.Equal(t, want, s.Status.Period.End, id)
	}
}

// TestStatusesOnADate: a date query returns only what the articles say
// held then. In 1995 no article puts Belgium's neutralisation in force, nor
// a course that began later; Ukraine's non-alignment (HIIA: since 1991,
// still) is, and its 1990 declaration, whose end the article does not
// state, only may be.
func TestStatusesOnADate(t *testing.T) {
	c := neutralityCorpus(t)
	y := accord.YearOf
	ids := func(ss []SourcedStatus) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Status.ID)
		}
		return out
	}
	assert.Empty(t, noErr(c.NeutralityStatusesOn("belgium", y(1995))))
	assert.Equal(t, []string{"belgium-neutralisation-hiia"}, ids(noErr(c.NeutralityStatusesOn("belgium", y(1900)))),
		"only the article that dates the end vouches for 1900")
	assert.Equal(t, []string{"ukraine-non-alignment-hiia"}, ids(noErr(c.NeutralityStatusesOn("ukraine", y(1995)))))
	var may []string
	for _, s := range noErr(c.NeutralityStatusesOf("ukraine")) {
		if s.Status.MayBeInForceOn(y(1995)) {
			may = append(may, s.Status.ID)
		}
	}
	assert.Contains(t, may, "ukraine-1990-declaration-hiia", "asked, the undated end may still include 1995")
	assert.Contains(t, may, "ukraine-nato-course-lawfare", "asked, an undated status may hold on any date")
	for _, state := range []string{"belgium", "luxembourg", "albania"} {
		for _, s := range noErr(c.NeutralityStatusesOf(state)) {
			assert.False(t, s.Status.Current(), "%s is not current", s.Status.ID)
		}
	}
}
