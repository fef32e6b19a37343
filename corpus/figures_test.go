package corpus

import (
	"encoding/json"
	"fmt"
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
	"github.com/accordmodel/accord/guarantees"
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
	classRatio    figureClass = "ratio"
)

// quantityKinds are the kinds of figure that are quantities, with their
// class. Years and dates are checked against the dates the records code
// (codedDatesByDoc).
var quantityKinds = map[figure.Kind]figureClass{
	figure.Count: classCount, figure.Number: classCount, figure.Money: classMoney,
	figure.Percent: classPercent, figure.Area: classArea, figure.Duration: classDuration,
	figure.Ratio: classRatio,
}

// coded is one number a record codes: its class, its range and, for
// money, its currency; for a length of time, its unit ("years", "days").
type coded struct {
	class    figureClass
	lo, hi   float64
	currency string
	unit     string
	what     string // the record, for messages
}

// durationIn gives a length of time the finder read in the unit a record
// codes it in: decades and centuries are read as years; other units must
// be the record's own ("three days" is no 3-year term).
func durationIn(f figure.Figure, unit string) (lo, hi float64, ok bool) {
	scale := map[string]float64{"decades": 10, "centuries": 100}[f.Unit]
	switch {
	case f.Unit == unit:
		return f.Value, f.Max, true
	case unit == "years" && scale > 0:
		return f.Value * scale, f.Max * scale, true
	}
	return 0, 0, false
}

// matches reports whether the figure the finder read is the number c codes.
// A ratio is the same fact read either way round ("20 times larger" than
// Belgium is Belgium at 1/20 of Ukraine), so a ratio also matches its
// reciprocal.
func (c coded) matches(f figure.Figure) bool {
	if quantityKinds[f.Kind] != c.class {
		return false
	}
	lo, hi := f.Value, f.Max
	switch c.class {
	case classMoney:
		if !strings.EqualFold(f.Unit, c.currency) {
			return false
		}
	case classDuration:
		var ok bool
		if lo, hi, ok = durationIn(f, c.unit); !ok {
			return false
		}
	}
	same := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), 1) }
	if same(lo, c.lo) && same(hi, c.hi) {
		return true
	}
	return c.class == classRatio && lo != 0 && hi != 0 && same(1/hi, c.lo) && same(1/lo, c.hi)
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
		c.class, c.unit = classDuration, "years"
	case actors.Times:
		c.class = classRatio
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
		c.class, c.unit = classDuration, parts[0]
	case "percent":
		c.class = classPercent
	}
	return c
}

// readingCoded returns what a clause's reading codes: the deadline of its
// consultations, in days.
func readingCoded(r guarantees.Reading, what string) []coded {
	if r.ConsultationDays <= 0 {
		return nil
	}
	d := float64(r.ConsultationDays)
	return []coded{{class: classDuration, lo: d, hi: d, unit: "days", what: what + " consultation_days"}}
}

// codedByDoc collects every number the corpus codes, by the article whose
// citation it carries: quantities, positions' figures, settlements' caps,
// the periods of talks of their territorial terms and the consultation
// deadlines of the clauses of instruments.
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
				addFor(tt.Evidence, coded{class: classDuration, lo: float64(tt.YearsMin), hi: float64(hi), unit: "years", what: "settlement " + s.ID + " territory " + tt.Region})
			}
		}
	}
	for in := range c.Instruments() {
		for _, cl := range in.Clauses {
			for _, cd := range readingCoded(cl.Reading, "instrument "+in.ID+" clause "+cl.ID) {
				addFor(cl.Evidence, cd)
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
		for _, m := range figure.Find(readDoc(t, c, src, d.ID)) {
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

// TestCodedMatches: what a record codes is matched to what the finder
// reads by class, unit and value; the figures are parsed as the finder
// reads them.
func TestCodedMatches(t *testing.T) {
	ratio := quantityCoded(actors.Quantity{ID: "r", Unit: actors.Times, Bound: actors.Exactly, Value: 20})
	years := quantityCoded(actors.Quantity{ID: "y", Unit: actors.Years, Bound: actors.Exactly, Value: 200})
	days := readingCoded(guarantees.Reading{Consultation: true, ConsultationDays: 3}, "clause")
	require.Len(t, days, 1)
	eur := quantityCoded(actors.Quantity{ID: "m", Unit: actors.EUR, Bound: actors.Exactly, Value: 3})
	tests := []struct {
		name string
		c    coded
		text string
		want bool
	}{
		{"ratio as written", ratio, "20 times larger", true},
		{"ratio the other way round", ratio, "20 times smaller", true},
		{"ratio of another value", ratio, "3 times larger", false},
		{"a count is no ratio", ratio, "20 tanks", false},
		{"consultation days", days[0], "three days", true},
		{"bounded days", days[0], "no more than three days", true},
		{"days are not years", days[0], "3 years", false},
		{"days are not weeks", days[0], "three weeks", false},
		{"centuries in years", years, "two centuries", true},
		{"decades in years", years, "20 decades", true},
		{"years are not days", years, "200 days", false},
		{"money in its currency", eur, "€3", true},
		{"money in another currency", eur, "$3", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := figure.Parse(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.want, tt.c.matches(f), "%s against %s", f, tt.c.what)
		})
	}
}

// TestCodedByDocClauses: the consultation deadline of a clause counts as
// coded for the articles its clause cites, and only for them.
func TestCodedByDocClauses(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	in, ok := c.Instrument("istanbul-draft-treaty-2022")
	require.True(t, ok)
	cl, ok := in.Clause("art5")
	require.True(t, ok)
	require.Equal(t, 3, cl.Reading.ConsultationDays, "the draft's Article 5 sets consultations within three days")
	isClause := func(cd coded) bool { return strings.Contains(cd.what, "clause art5 consultation_days") }
	byDoc := codedByDoc(c)
	for d := range c.Documents() {
		cites := slices.ContainsFunc(cl.Evidence, func(ct accord.Citation) bool { return ct.Doc == d.ID })
		assert.Equal(t, cites, slices.ContainsFunc(byDoc[d.ID], isClause), "%s", d.ID)
	}
}
