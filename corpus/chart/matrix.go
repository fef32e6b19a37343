package chart

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/accordmodel/accord/corpus/chart/internal/layout"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Grid is a clash matrix: actors as rows, issues as columns, each cell
// coloured and labelled by the actor's stance on the issue. Red lines carry
// a no-entry symbol and the words "red line"; conditional stances are
// hatched and say "conditional". When Highlight names two rows, the issues
// on which they take opposite sides are framed and listed in an extra row.
//
// A cell may hold several stances (coded from different sources or at
// different times); they are stacked inside the cell in the order given,
// so that disagreement stays visible. Many columns are split into blocks
// that repeat the row headers, so the chart stays 1200 px wide.
type Grid struct {
	// Title heads the chart and is its accessible name; it is required.
	Title string
	// Desc says what the chart shows; it is shown under the title and is
	// the accessible description.
	Desc string
	// Categories are the stances, in legend order; their Side finds
	// clashes.
	Categories []Category
	// Rows (actors) and Cols (issues) in display order; keys must be
	// unique within each.
	Rows, Cols []Header
	// Cells are the coded stances; Row and Col name header keys.
	Cells []Cell
	// Highlight is the pair of rows whose clashes are shown; the zero Pair
	// shows none.
	Highlight Pair
	// PairClashes, when not nil, lists the column keys on which the pair
	// clashes, as the caller's own analysis finds them; nil means
	// [Grid.Clashes] works them out from the categories' Side.
	PairClashes []string
	// Transpose draws the rows (actors) as columns and the columns
	// (issues) as rows: the better layout for many issues and few actors.
	// The highlighted pair then frames two columns, and the clashes form
	// the last column.
	Transpose bool
	// Compact draws the overview form, for a matrix that should fit on
	// one screen: each stance in a cell is one line with its
	// abbreviation (and the no-entry sign of a red line, the hatching of a
	// condition); cell labels are not drawn, so put what they say in the
	// tooltip; row headers take one line (shortened with an ellipsis, the
	// full label in the tooltip); and column headers are not repeated down
	// the grid.
	Compact bool
	// Note is printed in small type at the foot of the chart.
	Note string
}

// Header is a row or column of a [Grid].
type Header struct {
	// Key identifies the row or column in cells.
	Key string
	// Label is the text shown; long labels wrap, then shorten with an
	// ellipsis (the full label stays in the tooltip).
	Label string
	// Tooltip is shown when the pointer rests on the header.
	Tooltip string
}

// Cell is one stance of one actor on one issue.
type Cell struct {
	// Row and Col are header keys.
	Row, Col string
	// Category is the key of the stance's category.
	Category string
	// Label is an optional short qualifier shown under the stance, such as
	// the year the stance was taken.
	Label string
	// Short replaces Label where Label does not fit ("1990–05" for
	// "1990–2005"); empty means Label shortened with an ellipsis.
	Short string
	// RedLine marks a stance the actor calls non-negotiable.
	RedLine bool
	// Conditional marks a stance that holds only on a condition.
	Conditional bool
	// Tooltip is the cell's <title>: the stance in full and its citations.
	Tooltip string
}

// Pair names two rows of a [Grid] by key. The zero Pair is no pair.
type Pair struct {
	A, B string
}

// IsZero reports whether p names no rows.
func (p Pair) IsZero() bool { return p == Pair{} }

// Grid layout, in pixels.
const (
	mxRowLabelMax = 230.0 // widest row-header column
	mxMinCol      = 64.0  // narrowest column before the matrix splits into blocks
	mxSummaryW    = 46.0  // width of the clash column of a transposed matrix
	mxMaxCol      = 190.0 // widest column
	mxLine        = 15.0  // line height inside a cell
	mxPad         = 4.0   // padding inside a stance
	mxHeadLines   = 4     // most lines of a column header
	mxBlockGap    = 28.0  // space between blocks
	mxRepeatHeads = 12    // rows between repeated column headers

	mxCompactMinCol   = 56.0  // narrowest column of a compact matrix
	mxCompactLine     = 16.0  // height of one stance of a compact matrix
	mxCompactRowLabel = 300.0 // widest row-header column of a compact matrix
	mxUprightHead     = 130.0 // longest line of an upright column header
)

// Clashes returns the keys of the columns on which the rows of the
// highlighted pair clash, in column order; nil when there is no pair. When
// PairClashes is set, they are its keys that name columns; otherwise they
// are the columns on which one of the pair has a stance whose category's
// Side is positive and the other one whose Side is negative.
func (m Grid) Clashes() []string {
	if m.Highlight.IsZero() {
		return nil
	}
	if m.PairClashes != nil {
		var out []string
		for _, col := range m.Cols {
			if slices.Contains(m.PairClashes, col.Key) {
				out = append(out, col.Key)
			}
		}
		return out
	}
	side := make(map[string]int, len(m.Categories))
	for _, c := range m.Categories {
		side[c.Key] = c.Side
	}
	// sides[col][0] collects the signs row A takes, sides[col][1] row B's.
	sides := map[string]*[2][3]bool{}
	for _, c := range m.Cells {
		who := -1
		switch c.Row {
		case m.Highlight.A:
			who = 0
		case m.Highlight.B:
			who = 1
		}
		s := side[c.Category]
		if who < 0 || s == 0 {
			continue
		}
		if sides[c.Col] == nil {
			sides[c.Col] = new([2][3]bool)
		}
		sides[c.Col][who][sign(s)+1] = true
	}
	var out []string
	for _, col := range m.Cols {
		s := sides[col.Key]
		if s != nil && (s[0][2] && s[1][0] || s[0][0] && s[1][2]) {
			out = append(out, col.Key)
		}
	}
	return out
}

// sign returns -1, 0 or 1.
func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

// check validates the matrix against its categories.
func (m Grid) check(cats categorySet) (rows, cols map[string]int, err error) {
	if blank(m.Title) {
		return nil, nil, fmt.Errorf("%w: matrix has no title", ErrInput)
	}
	if len(m.Rows) == 0 || len(m.Cols) == 0 {
		return nil, nil, fmt.Errorf("%w: matrix needs rows and columns", ErrInput)
	}
	index := func(kind string, hs []Header) (map[string]int, error) {
		ix := make(map[string]int, len(hs))
		for i, h := range hs {
			if h.Key == "" || blank(h.Label) {
				return nil, fmt.Errorf("%w: matrix %s %d needs a key and a label", ErrInput, kind, i)
			}
			if _, dup := ix[h.Key]; dup {
				return nil, fmt.Errorf("%w: matrix %s %q appears twice", ErrInput, kind, h.Key)
			}
			ix[h.Key] = i
		}
		return ix, nil
	}
	if rows, err = index("row", m.Rows); err != nil {
		return nil, nil, err
	}
	if cols, err = index("column", m.Cols); err != nil {
		return nil, nil, err
	}
	for i, c := range m.Cells {
		if _, ok := rows[c.Row]; !ok {
			return nil, nil, fmt.Errorf("%w: cell %d: unknown row %q", ErrInput, i, c.Row)
		}
		if _, ok := cols[c.Col]; !ok {
			return nil, nil, fmt.Errorf("%w: cell %d: unknown column %q", ErrInput, i, c.Col)
		}
		if _, ok := cats.get(c.Category); !ok {
			return nil, nil, fmt.Errorf("%w: cell %d: unknown category %q", ErrInput, i, c.Category)
		}
	}
	if !m.Highlight.IsZero() {
		for _, k := range []string{m.Highlight.A, m.Highlight.B} {
			if _, ok := rows[k]; !ok {
				return nil, nil, fmt.Errorf("%w: highlighted row %q is not a row", ErrInput, k)
			}
		}
		if m.Highlight.A == m.Highlight.B {
			return nil, nil, fmt.Errorf("%w: highlighted pair names row %q twice", ErrInput, m.Highlight.A)
		}
	}
	return rows, cols, nil
}

// markLines returns the lines of text one stance shows: the stance, its
// qualifiers, its label.
func markLines(c Cell) int {
	n := 1
	if c.RedLine || c.Conditional {
		n++
	}
	if c.Label != "" {
		n++
	}
	return n
}

// markHeight returns the height of one stance inside a cell.
func (m Grid) markHeight(c Cell) float64 {
	if m.Compact {
		return mxCompactLine
	}
	return 2*mxPad + float64(markLines(c))*mxLine
}

// colSpec is one displayed column: a header, or the summary column of a
// transposed matrix's clashes.
type colSpec struct {
	head    Header
	index   int // into the displayed columns; -1 for the summary
	summary bool
}

// Render writes the matrix as a standalone SVG 1.1 document to w. The
// output depends only on m: rendering the same matrix twice gives the same
// bytes. Input it cannot draw yields an error wrapping [ErrInput] and
// nothing is written.
func (m Grid) Render(w io.Writer) error {
	cats, err := resolveCategories(m.Categories)
	if err != nil {
		return err
	}
	rowIx, colIx, err := m.check(cats)
	if err != nil {
		return err
	}
	clash := map[string]bool{}
	for _, k := range m.Clashes() {
		clash[k] = true
	}
	inPair := func(key string) bool {
		return !m.Highlight.IsZero() && (key == m.Highlight.A || key == m.Highlight.B)
	}
	hasPair := !m.Highlight.IsZero()

	// The displayed grid: actors down and issues across, or transposed.
	dRows, dCols := m.Rows, m.Cols
	if m.Transpose {
		dRows, dCols = m.Cols, m.Rows
	}
	grid := make([][][]Cell, len(dRows))
	for i := range grid {
		grid[i] = make([][]Cell, len(dCols))
	}
	for _, c := range m.Cells {
		r, k := rowIx[c.Row], colIx[c.Col]
		if m.Transpose {
			r, k = k, r
		}
		grid[r][k] = append(grid[r][k], c)
	}
	pairRow := func(i int) bool { return !m.Transpose && inPair(dRows[i].Key) }
	pairCol := func(k int) bool { return m.Transpose && k >= 0 && inPair(dCols[k].Key) }
	issueClash := func(i, k int) bool {
		if m.Transpose {
			return clash[dRows[i].Key]
		}
		return clash[dCols[k].Key]
	}
	var pairA, pairB string
	if hasPair {
		pairA, pairB = m.Rows[rowIx[m.Highlight.A]].Label, m.Rows[rowIx[m.Highlight.B]].Label
	}
	summaryLabel := "Clashes of the pair"
	if m.Transpose {
		summaryLabel = "Pair clash"
	}

	var d doc
	y := d.header(m.Title, m.Desc)
	items := make([]legendItem, 0, len(cats.list)+4)
	for _, c := range cats.list {
		items = append(items, legendItem{text: categoryText(c), draw: swatch(c.Color)})
	}
	items = append(items,
		legendItem{text: "conditional (hatched)", draw: func(d *doc, x, y float64) {
			d.rect(x, y, legendSwatch, legendSwatch, lightGrey, "")
			d.rect(x, y, legendSwatch, legendSwatch, "url(#"+hatchID+")", "", "stroke", string(darkGrey), "stroke-width", "0.5")
		}},
		legendItem{text: "red line", draw: func(d *doc, x, y float64) { redLineSymbol(d, x+legendSwatch/2, y+legendSwatch/2) }},
		legendItem{text: "no coded stance", draw: swatch(lightGrey)},
	)
	if hasPair {
		items = append(items, legendItem{text: "✕ clash: the highlighted pair take opposite sides (framed)", draw: func(d *doc, x, y float64) {
			d.rect(x+1.5, y+1.5, legendSwatch-3, legendSwatch-3, white, "", "stroke", string(Black), "stroke-width", "3")
		}})
	}
	y = d.legend("Stance", items, y)

	rowW, rowLines, rowSize := 0.0, 2, float64(labelSize)
	if m.Compact {
		rowLines, rowSize = 1, smallSize
	}
	for _, r := range dRows {
		rowW = max(rowW, layout.Measure(r.Label, rowSize, true))
	}
	if hasPair && !m.Transpose {
		rowW = max(rowW, layout.Measure(summaryLabel, labelSize, true))
	}
	switch {
	case m.Compact:
		rowW = min(rowW, mxCompactRowLabel)
	case m.Transpose:
		// Issue names wrap onto three narrower lines to leave room for
		// the actors.
		rowW, rowLines = min(rowW, mxRowLabelMax*0.6), 3
	default:
		rowW = min(rowW, mxRowLabelMax)
	}
	gridX := margin + rowW + 12
	specs := make([]colSpec, 0, len(dCols)+1)
	for k, c := range dCols {
		specs = append(specs, colSpec{head: c, index: k})
	}
	avail := float64(chartWidth-margin) - gridX
	summaryW := 0.0
	if hasPair && m.Transpose {
		summaryW = mxSummaryW
		avail -= summaryW
	}
	minCol := mxMinCol
	if m.Compact {
		minCol = mxCompactMinCol
	}
	perBlock := max(1, int(avail/minCol))
	blocks := (len(specs) + perBlock - 1) / perBlock
	perBlock = (len(specs) + blocks - 1) / blocks
	cw := min(avail/float64(perBlock), mxMaxCol)
	if summaryW > 0 {
		specs = append(specs, colSpec{head: Header{Label: summaryLabel, Tooltip: "Issues on which " + pairA + " and " + pairB + " take opposite sides"}, index: -1, summary: true})
	}

	// Row heights are the same in every block.
	rowH := make([]float64, len(dRows))
	for i := range dRows {
		h := max(2*mxPad+2*mxLine, float64(rowLines)*labelSize*lineGap)
		if m.Compact {
			h = mxCompactLine + 3
		}
		for k := range dCols {
			s := 0.0
			for _, c := range grid[i][k] {
				s += m.markHeight(c)
			}
			h = max(h, s+2)
		}
		rowH[i] = math.Ceil(h)
	}

	for b := range blocks {
		cols := specs[b*perBlock : min(len(specs), (b+1)*perBlock)]
		if b == blocks-1 && summaryW > 0 {
			cols = specs[b*perBlock:]
		}
		// Column positions: equal widths, the summary narrower.
		xs := make([]float64, len(cols)+1)
		xs[0] = gridX
		for k, c := range cols {
			w := cw
			if c.summary {
				w = summaryW
			}
			xs[k+1] = xs[k] + w
		}
		// Column headers, bottom-aligned above the grid, in the largest
		// size at which every word fits its column; when a word does not
		// fit even in 12 px regular, the headers are set upright rather
		// than cut.
		hs, hb, fits := headSize(cols, xs)
		upright := !fits
		heads := make([][]string, len(cols))
		lines, longest := 1, 0.0
		for k, c := range cols {
			if upright {
				hs, hb = smallSize, true
				heads[k] = layout.Wrap(c.head.Label, mxUprightHead, hs, hb, max(1, min(2, int((xs[k+1]-xs[k]-4)/(hs*lineGap)))))
				for _, l := range heads[k] {
					longest = max(longest, layout.Measure(l, hs, hb))
				}
				continue
			}
			heads[k] = layout.Wrap(c.head.Label, xs[k+1]-xs[k]-6, hs, hb, mxHeadLines)
			lines = max(lines, len(heads[k]))
		}
		headH := float64(lines)*hs*lineGap + 4
		if upright {
			headH = longest + 10
		}
		drawHeads := func() {
			for k, c := range cols {
				x := (xs[k] + xs[k+1]) / 2
				d.open("g")
				d.title(cmp.Or(c.head.Tooltip, c.head.Label))
				d.body.WriteByte('\n')
				if upright {
					// Lines read upwards, the first on the left; each
					// ends 4 px above the grid.
					x0 := x - float64(len(heads[k])-1)*hs*lineGap/2 + hs*0.28
					for j, l := range heads[k] {
						lx := x0 + float64(j)*hs*lineGap
						d.text(label{text: l, x: lx, y: y + headH - 4, size: hs, bold: hb, upright: true})
					}
				} else {
					ly := y + headH - float64(len(heads[k])-1)*hs*lineGap - 6
					d.lines(heads[k], x, ly, hs, layout.Middle, hb, Black)
				}
				d.close("g")
			}
			y += headH + 2
		}
		drawHeads()
		top := y
		for i, r := range dRows {
			if !m.Compact && i > 0 && i%mxRepeatHeads == 0 && len(dRows)-i >= mxRepeatHeads/3 {
				// Long grids repeat their column headers, so that a reader
				// far down the page (or on a later printed page) still
				// knows which column is which.
				drawHeads()
			}
			h := rowH[i]
			ll := layout.Wrap(r.Label, rowW, rowSize, true, rowLines)
			ly := y + h/2 - float64(len(ll)-1)*rowSize*lineGap/2 + rowSize*0.35
			d.open("g")
			d.title(cmp.Or(r.Tooltip, r.Label))
			d.body.WriteByte('\n')
			d.lines(ll, margin, ly, rowSize, layout.Start, true, Black)
			d.close("g")
			for k, c := range cols {
				x, cw := xs[k], xs[k+1]-xs[k]
				if c.summary {
					clashCell(&d, x, y, cw, h, clash[r.Key], pairA+" and "+pairB+" clash on "+r.Label)
					continue
				}
				marks := grid[i][c.index]
				if len(marks) == 0 {
					name := r.Label + " on " + c.head.Label
					if m.Transpose {
						name = c.head.Label + " on " + r.Label
					}
					d.rect(x+1, y+1, cw-2, h-2, lightGrey, name+": no coded stance")
					continue
				}
				my := y + 1
				for j, mk := range marks {
					mh := m.markHeight(mk)
					if j == len(marks)-1 {
						mh = y + h - 1 - my
					}
					if m.Compact {
						drawCompactMark(&d, cats, mk, x+1, my, cw-2, mh)
					} else {
						drawMark(&d, cats, mk, x+1, my, cw-2, mh)
					}
					my += mh
				}
				if (pairRow(i) || pairCol(c.index)) && issueClash(i, c.index) {
					if m.Compact {
						// A thinner frame on the cell's edge, clear of
						// the one-line stances.
						d.rect(x+1, y+1, cw-2, h-2, "none", "", "stroke", string(Black), "stroke-width", "2")
					} else {
						d.rect(x+2.5, y+2.5, cw-5, h-5, "none", "", "stroke", string(Black), "stroke-width", "3")
					}
				}
			}
			if pairRow(i) {
				d.rect(gridX-1, y, xs[len(cols)]-gridX+2, h, "none", "", "stroke", string(Black), "stroke-width", "1.5", "stroke-dasharray", "5,3")
			}
			y += h
		}
		if hasPair && !m.Transpose {
			h := 2*mxPad + 2*mxLine
			d.open("g")
			d.title("Issues on which " + pairA + " and " + pairB + " take opposite sides")
			d.body.WriteByte('\n')
			d.lines(layout.Wrap(summaryLabel, rowW, labelSize, true, 2), margin, y+h/2+labelSize*0.35, labelSize, layout.Start, true, Black)
			d.close("g")
			for k, c := range cols {
				clashCell(&d, xs[k], y, xs[k+1]-xs[k], h, clash[c.head.Key], pairA+" and "+pairB+" clash on "+c.head.Label)
			}
			y += h
		}
		for k, c := range cols {
			if pairCol(c.index) {
				d.rect(xs[k], top-1, xs[k+1]-xs[k], y-top+2, "none", "", "stroke", string(Black), "stroke-width", "1.5", "stroke-dasharray", "5,3")
			}
		}
		// Thin rules between columns.
		for _, x := range xs {
			d.line(x, top, x, y, white, 2)
		}
		y += mxBlockGap
	}
	y -= mxBlockGap
	if hasPair {
		n := len(m.Clashes())
		text := message.NewPrinter(language.English).Sprintf("Highlighted pair: %s and %s (dashed frames); they take opposite sides on %d of the %d issues shown.", pairA, pairB, n, len(m.Cols))
		y = d.lines(layout.Wrap(text, chartWidth-2*margin, smallSize+1, false, 0), margin, y+(smallSize+1)*lineGap+6, smallSize+1, layout.Start, false, Black)
	}
	if m.Note != "" {
		y = d.lines(layout.Wrap(m.Note, chartWidth-2*margin, smallSize, false, 0), margin, y+smallSize*lineGap+6, smallSize, layout.Start, false, darkGrey)
	}
	return d.writeTo(w, y+margin, "matrix", m.Title, m.Desc, hatchDefs)
}

// headSize returns the font size and weight for a block's column headers:
// 12 px bold when every word of every header fits its column, else 12 px
// regular (with words shortened when even that does not fit, and fits
// false). No chart sets text smaller than 12 px.
func headSize(cols []colSpec, xs []float64) (size float64, bold, fits bool) {
	type style struct {
		size float64
		bold bool
	}
	for _, st := range []style{{smallSize, true}, {smallSize, false}} {
		fits := true
		for k, c := range cols {
			for _, w := range layout.SplitWords(c.head.Label) {
				if layout.Measure(w, st.size, st.bold) > xs[k+1]-xs[k]-6 {
					fits = false
				}
			}
		}
		if fits {
			return st.size, st.bold, true
		}
	}
	return smallSize, false, false
}

// clashCell draws one cell of the clash summary: framed with "✕ clash" when
// the pair clashes on the issue, a dash otherwise.
func clashCell(d *doc, x, y, w, h float64, clash bool, tip string) {
	if clash {
		d.rect(x+2.5, y+2.5, w-5, h-5, white, tip, "stroke", string(Black), "stroke-width", "3")
		text := "✕ clash"
		if layout.Measure(text, smallSize+1, true) > w-10 {
			text = "✕"
		}
		d.text(label{text: text, x: x + w/2, y: y + h/2 + (smallSize+1)*0.35, size: smallSize + 1, anchor: layout.Middle, bold: true})
		return
	}
	d.text(label{text: "–", x: x + w/2, y: y + h/2 + smallSize*0.35, size: smallSize, anchor: layout.Middle, fill: darkGrey})
}

// drawMark draws one stance in the box x, y, w, h: its colour, hatching
// when conditional, and its lines of text.
func drawMark(d *doc, cats categorySet, c Cell, x, y, w, h float64) {
	cat, _ := cats.get(c.Category)
	tip := cmp.Or(c.Tooltip, cat.Label)
	d.open("g")
	d.title(tip)
	d.body.WriteByte('\n')
	d.rect(x, y, w, h, cat.Color, "")
	fg := ink(cat.Color)
	if c.Conditional {
		d.rect(x, y, w, h, "url(#"+hatchID+")", "")
	}
	room := w - 6           // 3 px on either side
	const small = smallSize // qualifiers and labels: no text is smaller
	lines := []string{fitLabel(cat, room, smallSize, true)}
	if c.RedLine || c.Conditional {
		// The longest wording of the qualifiers that fits.
		var options []string
		switch {
		case c.RedLine && c.Conditional:
			options = []string{"red line, conditional", "red line, cond.", "red l., cond."}
		case c.RedLine:
			options = []string{"red line"}
		default:
			options = []string{"conditional", "cond."}
		}
		q := options[len(options)-1]
		for _, o := range options {
			qroom := room
			if c.RedLine {
				qroom -= 14
			}
			if layout.Measure(o, small, false) <= qroom {
				q = o
				break
			}
		}
		lines = append(lines, q)
	}
	if c.Label != "" {
		l := c.Label
		if c.Short != "" && layout.Measure(l, small, false) > room {
			l = c.Short
		}
		lines = append(lines, l)
	}
	ty := y + mxPad + (h-2*mxPad-float64(len(lines))*mxLine)/2
	for i, s := range lines {
		lx := x + w/2
		size := float64(smallSize)
		if i > 0 {
			size = small
		}
		lroom := room
		if i == 1 && c.RedLine {
			lroom -= 14
			lx += 7
		}
		s = layout.Abbreviate(s, lroom, size, i == 0)
		if s == "" {
			continue
		}
		tw := layout.Measure(s, size, i == 0)
		base := ty + float64(i)*mxLine + mxLine*0.75
		if c.Conditional {
			// A white backing keeps the text legible over the hatching.
			d.rect(lx-tw/2-2, base-size*layout.Ascent-1, tw+4, size*(layout.Ascent+layout.Descent)+2, white, "", "fill-opacity", "0.9", "rx", "2")
		}
		if i == 1 && c.RedLine {
			redLineSymbol(d, lx-tw/2-8, base-size*0.33)
		}
		col := fg
		if c.Conditional {
			col = Black
		}
		d.text(label{text: s, x: lx, y: base, size: size, anchor: layout.Middle, bold: i == 0, fill: col})
	}
	d.close("g")
}

// drawCompactMark draws one stance of a compact matrix in the box x, y, w,
// h: its colour, hatching when conditional, and one line of text — the
// category's abbreviation, after the no-entry sign of a red line.
func drawCompactMark(d *doc, cats categorySet, c Cell, x, y, w, h float64) {
	cat, _ := cats.get(c.Category)
	d.open("g")
	d.title(cmp.Or(c.Tooltip, cat.Label))
	d.body.WriteByte('\n')
	d.rect(x, y, w, h, cat.Color, "", "stroke", string(white), "stroke-width", "1")
	fg := ink(cat.Color)
	if c.Conditional {
		d.rect(x, y, w, h, "url(#"+hatchID+")", "")
		fg = Black
	}
	room := w - 6
	if c.RedLine {
		room -= 14
	}
	text := cmp.Or(cat.Short, cat.Label)
	if layout.Measure(text, smallSize, false) > room {
		text = layout.Abbreviate(cat.Label, room, smallSize, false)
	}
	tw := 0.0
	if text != "" {
		tw = layout.Measure(text, smallSize, false)
	}
	lx := x + w/2
	if c.RedLine {
		lx += 7
	}
	base := y + h/2 + smallSize*0.35
	if c.Conditional && text != "" {
		// A white backing keeps the text legible over the hatching.
		d.rect(lx-tw/2-2, base-smallSize*layout.Ascent-1, tw+4, smallSize*(layout.Ascent+layout.Descent)+2, white, "", "fill-opacity", "0.9", "rx", "2")
	}
	if c.RedLine {
		redLineSymbol(d, lx-tw/2-8, y+h/2)
	}
	if text != "" {
		d.text(label{text: text, x: lx, y: base, size: smallSize, anchor: layout.Middle, fill: fg})
	}
	d.close("g")
}

// redLineSymbol draws a no-entry sign centred at x, y: a black disc with a
// white bar, white-ringed so it shows on any fill.
func redLineSymbol(d *doc, x, y float64) {
	d.leaf("circle", "cx", num(x), "cy", num(y), "r", "5.5", "fill", string(Black), "stroke", string(white), "stroke-width", "1")
	d.rect(x-3.5, y-1, 7, 2, white, "")
}
