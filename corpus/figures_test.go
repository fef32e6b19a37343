package corpus

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus/figure"
)

// figuresExcludedPath is the checked-in list of the figures the articles
// state that are deliberately not coded, each with its reason.
const figuresExcludedPath = "testdata/figures-excluded.json"

// figureExclusion is one entry of figures-excluded.json: every occurrence
// of the figure written Text in the article Doc is left uncoded, for
// Reason.
type figureExclusion struct {
	Doc    string `json:"doc"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

func loadFigureExclusions(t *testing.T) []figureExclusion {
	t.Helper()
	data, err := os.ReadFile(figuresExcludedPath)
	require.NoError(t, err)
	var v struct {
		Exclusions []figureExclusion `json:"exclusions"`
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&v), figuresExcludedPath)
	return v.Exclusions
}

// figureClass groups the figures that measure alike, so that a count is
// never taken for a sum of money of the same value.
type figureClass string

const (
	classCount    figureClass = "count"
	classMoney    figureClass = "money"
	classPercent  figureClass = "percent"
	classArea     figureClass = "area"
	classDuration figureClass = "duration"
)

// quantityKinds are the kinds of figure that are quantities, with their
// class. Years and dates are checked against the dates the records code
// (codedDatesByDoc).
var quantityKinds = map[figure.Kind]figureClass{
	figure.Count: classCount, figure.Number: classCount, figure.Money: classMoney,
	figure.Percent: classPercent, figure.Area: classArea, figure.Duration: classDuration,
}

// coded is one number a record codes: its class, its range and, for
// money, its currency.
type coded struct {
	class    figureClass
	lo, hi   float64
	currency string
	what     string // the record, for messages
}

// matches reports whether the figure the finder read is the number c codes.
func (c coded) matches(f figure.Figure) bool {
	if quantityKinds[f.Kind] != c.class {
		return false
	}
	if c.class == classMoney && !strings.EqualFold(f.Unit, c.currency) {
		return false
	}
	same := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), 1) }
	return same(f.Value, c.lo) && same(f.Max, c.hi)
}

// quantityCoded returns what a quantity record codes.
func quantityCoded(q actors.Quantity) coded {
	lo, hi := q.Range()
	c := coded{lo: lo, hi: hi, what: "quantity " + q.ID}
	switch q.Unit {
	case actors.EUR, actors.EURPerYear:
		c.class, c.currency = classMoney, "EUR"
	case actors.USD, actors.USDPerYear:
		c.class, c.currency = classMoney, "USD"
	case actors.Percent:
		c.class = classPercent
	case actors.SquareKilometres:
		c.class = classArea
	case actors.Years:
		c.class = classDuration
	default:
		c.class = classCount
	}
	return c
}

// statedCoded returns what a position's figure codes: its unit slug names
// the class, and for money the currency and scale ("usd-billion-per-year").
func statedCoded(f actors.StatedFigure, what string) coded {
	lo, hi := f.Value, f.Value
	if f.Bound == actors.Between {
		hi = f.Max
	}
	c := coded{class: classCount, lo: lo, hi: hi, what: what}
	parts := strings.Split(f.Unit, "-")
	switch parts[0] {
	case "usd", "eur":
		c.class, c.currency = classMoney, strings.ToUpper(parts[0])
		scale := 1.0
		switch {
		case slices.Contains(parts, "billion"):
			scale = 1e9
		case slices.Contains(parts, "million"):
			scale = 1e6
		}
		c.lo, c.hi = lo*scale, hi*scale
	case "days", "weeks", "months", "years":
		c.class = classDuration
	case "percent":
		c.class = classPercent
	}
	return c
}

// codedByDoc collects every number the corpus codes, by the article whose
// citation it carries: quantities, positions' figures, settlements' caps
// and the periods of talks of their territorial terms.
func codedByDoc(c *Corpus) map[string][]coded {
	out := map[string][]coded{}
	addFor := func(ev []accord.Citation, cd coded) {
		seen := map[string]bool{}
		for _, ct := range ev {
			if !seen[ct.Doc] {
				seen[ct.Doc] = true
				out[ct.Doc] = append(out[ct.Doc], cd)
			}
		}
	}
	for q := range c.Quantities() {
		out[q.Document] = append(out[q.Document], quantityCoded(q.Quantity))
	}
	for p := range c.Positions().All() {
		for i, f := range p.Figures {
			addFor(p.Evidence, statedCoded(f, fmt.Sprintf("position %s figure %d", p.ID, i)))
		}
	}
	for s := range c.Settlements() {
		for _, cp := range s.Forces.Caps {
			addFor(append(slices.Clone(cp.Evidence), s.Forces.Evidence...), statedCoded(cp.Figure(), "settlement "+s.ID+" cap "+cp.Quantity))
		}
		for _, tt := range s.Territory {
			if tt.YearsMin > 0 {
				hi := max(tt.YearsMax, tt.YearsMin)
				addFor(tt.Evidence, coded{class: classDuration, lo: float64(tt.YearsMin), hi: float64(hi), what: "settlement " + s.ID + " territory " + tt.Region})
			}
		}
	}
	return out
}

// TestFigureCoverage runs the figure finder over each article: every
// figure must be coded by a record citing the article — a count, sum of
// money, percentage, area or length of time as a quantity, a position's
// figure, a settlement's cap or a territorial term's years; a year or date
// as a date or period of a record — or be listed in figures-excluded.json
// with its reason. An exclusion that no longer matches an uncoded figure
// is stale and fails too.
func TestFigureCoverage(t *testing.T) {
	src := sourcesFS(t)
	c, err := Default()
	require.NoError(t, err)
	byDoc := codedByDoc(c)
	datesByDoc := codedDatesByDoc(t)
	exclusions := loadFigureExclusions(t)
	used := make([]bool, len(exclusions))
	for i, ex := range exclusions {
		_, known := c.Document(ex.Doc)
		assert.True(t, known, "%s: exclusion %d names no document: %q", figuresExcludedPath, i, ex.Doc)
		assert.NotEmpty(t, strings.TrimSpace(ex.Reason), "%s: exclusion %d (%s %q) needs a reason", figuresExcludedPath, i, ex.Doc, ex.Text)
	}
	var codedCount, datesCoded, excludedCount int
	for d := range c.Documents() {
		data, err := fs.ReadFile(src, d.File)
		require.NoError(t, err)
		for _, m := range figure.Find(string(data)) {
			isDate := m.Kind == figure.Year || m.Kind == figure.Date
			switch {
			case isDate && dateCoded(m.Figure, datesByDoc[d.ID]):
				datesCoded++
				continue
			case !isDate && slices.ContainsFunc(byDoc[d.ID], func(cd coded) bool { return cd.matches(m.Figure) }):
				codedCount++
				continue
			}
			i := slices.IndexFunc(exclusions, func(ex figureExclusion) bool { return ex.Doc == d.ID && ex.Text == m.Text })
			if i >= 0 {
				used[i] = true
				excludedCount++
				continue
			}
			t.Errorf("%s: the figure %q (%s %s) at byte %d is neither coded by a record citing the article nor listed in %s",
				d.ID, m.Text, m.Kind, m.Figure, m.Start, figuresExcludedPath)
		}
	}
	for i, ex := range exclusions {
		assert.True(t, used[i], "%s: exclusion %d (%s %q) matches no uncoded figure: remove it", figuresExcludedPath, i, ex.Doc, ex.Text)
	}
	t.Logf("figures: %d quantities and %d years or dates coded, %d excluded", codedCount, datesCoded, excludedCount)
}

// TestQuantityValuesMatchAnchors: a quantity's number is the one its
// anchor states. When the finder reads a figure of the quantity's class in
// one of its anchors, one such figure must equal the quantity's value (a
// number written in words, such as "two-thirds", is not read, and then
// there is nothing to compare).
func TestQuantityValuesMatchAnchors(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	n := 0
	for q := range c.Quantities() {
		cd := quantityCoded(q.Quantity)
		var read []figure.Figure
		for _, ev := range q.Evidence {
			for _, m := range figure.Find(ev.Anchor) {
				if quantityKinds[m.Kind] == cd.class {
					read = append(read, m.Figure)
				}
			}
		}
		if len(read) == 0 {
			continue
		}
		n++
		assert.True(t, slices.ContainsFunc(read, cd.matches), "quantity %s: %v–%v %s is none of the figures its anchors state: %v", q.ID, cd.lo, cd.hi, q.Unit, read)
	}
	assert.Positive(t, n, "some quantities state their number in figures")
}
