package chart

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
)

// TestPostureTimelineEnds: a band runs to the present only where its
// article says the status still holds; Belgium's, Luxembourg's and
// Albania's neutralisations (RUSI) end at a torn edge, Ukraine's 1990
// declaration (HIIA) fades into a dashed outline, and the three cases are
// drawn, and explained in the legend, differently.
func TestPostureTimelineEnds(t *testing.T) {
	c := loadCorpus(t)
	tl, err := PostureTimeline(c)
	require.NoError(t, err)
	counts := map[accord.Ending]int{}
	for _, r := range tl.Rows {
		for _, b := range r.Bands {
			if !b.To.IsValid() {
				counts[b.End]++
			}
		}
	}
	for s := range c.NeutralityStatuses() {
		st := s.Status
		for _, r := range tl.Rows {
			for _, b := range r.Bands {
				if !strings.Contains(b.Tooltip, st.Summary) {
					continue
				}
				assert.Equal(t, st.Period.End, b.End, "%s: the band ends as the status does", st.ID)
				assert.Equal(t, st.Current(), b.End == accord.StillHolds && !b.To.IsValid(),
					"%s: only a current status runs to the present", st.ID)
			}
		}
	}
	for _, e := range accord.Endings() {
		assert.NotZero(t, counts[e], "the timeline draws some bands that end as %s", e)
	}
	var buf bytes.Buffer
	require.NoError(t, tl.Render(&buf))
	svg := buf.String()
	for _, legend := range []string{"still holds (arrow)", "ended, date not stated (torn end)", "end not stated (dashed)"} {
		assert.Contains(t, svg, legend)
	}
	// A dashed outline for each band whose end is not stated, where there
	// is room after its stub before the axis ends, and one in the legend.
	dashed := strings.Count(svg, `stroke-dasharray="4,3"`)
	assert.GreaterOrEqual(t, dashed, 2)
	assert.LessOrEqual(t, dashed, counts[accord.EndNotStated]+1)
}

func TestBandEndChecked(t *testing.T) {
	d := accord.MustParseDate
	base := Timeline{Title: "t", Categories: []Category{{Key: "a", Label: "a"}}, Start: d("1990"), End: d("2025")}
	for name, b := range map[string]Band{
		"end beside an end date": {From: d("2000"), To: d("2010"), End: accord.EndedUndated, Category: "a"},
		"no dates, end not said": {End: accord.EndedUndated, Category: "a"},
		"not an ending":          {From: d("2000"), End: accord.Ending(9), Category: "a"},
	} {
		tl := base
		tl.Rows = []TimelineRow{{Label: "r", Bands: []Band{b}}}
		assert.ErrorIs(t, tl.Render(&bytes.Buffer{}), ErrInput, name)
	}
	tl := base
	tl.Rows = []TimelineRow{{Label: "r", Bands: []Band{{End: accord.StillHolds, Category: "a"}}}}
	assert.NoError(t, tl.Render(&bytes.Buffer{}), "a status that still holds needs no date to be drawn")
}
