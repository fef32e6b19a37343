package chart

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
)

// ClashOptions selects what [ClashMatrix] shows. The zero value shows every
// party (see [ClashMatrix]) on every issue any of them takes a stance on, at
// any time, with Ukraine and Russia highlighted, in the full form that
// gives every entry its years.
type ClashOptions struct {
	// Actors are the actor ids to show, in this order. Empty means every
	// actor holding a position (on one of Issues, when they are given)
	// whose kind is a state (present or historical), an international
	// organisation or organ, or a grouping of states: the parties to a
	// settlement, not the analysts who comment on it. An id no actor has
	// is an error.
	Actors []string
	// Issues are the issue ids to show, in this order. Empty means every
	// issue one of the actors takes a stance on, in the order of the issue
	// registry. An id no issue has is an error.
	Issues []string
	// Compact asks for the overview form ([Grid.Compact]): one line per
	// distinct stance in a cell, the years and articles only in its
	// tooltip, and only the actors and issues with a stance among those
	// chosen (the highlighted pair is kept even without one). For the
	// corpus it fits on about one screen.
	Compact bool
	// Pair is the two actor ids whose clashes are highlighted. The zero
	// Pair means Ukraine and Russia when both are shown; a Pair with the
	// same id twice highlights nothing.
	Pair Pair
	// At keeps the positions that may have been held on this date; the
	// zero Date keeps positions of any period, each labelled with its
	// years.
	At accord.Date
}

// stanceStyle gives each stance its colour and abbreviation. Stances for
// the outcome are greens and blues, against it orange and vermillion, and
// the undecided ones yellow and grey.
func stanceStyle(s actors.Stance) (label, short string, color Color) {
	switch s {
	case actors.Demands:
		return "demands", "dem.", Blue
	case actors.Supports:
		return "supports", "sup.", BluishGreen
	case actors.Conditional:
		return "accepts on conditions", "accepts", SkyBlue
	case actors.Open:
		return "open to it", "open", Yellow
	case actors.Noncommittal:
		return "noncommittal", "n/c", "#BBBBBB"
	case actors.Opposes:
		return "opposes", "opp.", Orange
	case actors.Rejects:
		return "rejects", "rej.", Vermillion
	}
	return s.String(), s.String(), Black
}

// isParty reports whether an actor of kind k negotiates or guarantees a
// settlement, as opposed to commenting on it.
func isParty(k actors.Kind) bool {
	switch k {
	case actors.State, actors.HistoricalState, actors.Organisation, actors.Organ, actors.Grouping:
		return true
	}
	return false
}

// ClashMatrix builds the clash matrix from the corpus's coded positions:
// the chosen actors against every issue any of them takes a stance on,
// each cell coloured and labelled by stance, red lines and conditions
// marked. Positions that the articles attribute alike (same stance, red
// line, conditions and years) share a cell entry whose tooltip cites every
// article; positions that differ are stacked in the cell, so disagreement
// between articles and changes over time stay visible. The highlighted
// pair's clashes are the issues on which actors.Positions.Compare finds a
// disagreement or a red-line clash between them.
//
// Issues are listed in the order of the issue registry (related issues
// together); actors with the pair first, then by number of positions,
// then by name. The matrix is transposed — issues down, actors across —
// because the corpus has many more issues than parties.
func ClashMatrix(c *corpus.Corpus, opt ClashOptions) (Grid, error) {
	ps := c.Positions()
	reg := c.Actors()
	tax := c.Issues()
	if ps == nil || reg == nil || tax == nil {
		return Grid{}, fmt.Errorf("%w: the corpus has no positions", ErrInput)
	}
	if len(opt.Actors) > 0 || len(opt.Issues) > 0 {
		// Every unknown actor and issue, reported at once.
		if _, err := ps.Select(actors.Filter{Actors: opt.Actors, Issues: opt.Issues}); err != nil {
			return Grid{}, fmt.Errorf("%w: %w", ErrInput, err)
		}
	}
	count := map[string]int{}
	for p := range ps.All() {
		if opt.At.IsValid() && !p.HeldOn(opt.At) || len(opt.Issues) > 0 && !slices.Contains(opt.Issues, p.Issue) {
			continue
		}
		count[p.Actor]++
	}
	ids := slices.Clone(opt.Actors)
	if len(ids) == 0 {
		for id := range count {
			if a, ok := reg.Actor(id); ok && isParty(a.Kind) {
				ids = append(ids, id)
			}
		}
	}
	pair := opt.Pair
	if pair.IsZero() && slices.Contains(ids, "ukraine") && slices.Contains(ids, "russia") {
		pair = Pair{A: "ukraine", B: "russia"}
	}
	if pair.A == pair.B {
		pair = Pair{}
	}
	if !pair.IsZero() && (!slices.Contains(ids, pair.A) || !slices.Contains(ids, pair.B)) {
		return Grid{}, fmt.Errorf("%w: the highlighted pair %s, %s must be among the actors shown", ErrInput, pair.A, pair.B)
	}
	if len(opt.Actors) == 0 {
		rank := func(id string) int {
			switch id {
			case pair.A:
				return 0
			case pair.B:
				return 1
			}
			return 2
		}
		slices.SortFunc(ids, func(a, b string) int {
			return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(count[b], count[a]), reg.Compare(a, b), strings.Compare(a, b))
		})
	}

	m := Grid{
		Title: "Who wants what: stances of the parties on the issues of a settlement",
		Desc: "Each row is an issue, phrased as an outcome; each column an actor. A cell holds the actor's coded stance " +
			"towards the outcome, with the years it was held (2014– still held, 2014–? the article does not say whether it still " +
			"holds, 2014–ended ended on a date not given); several entries in one cell are positions that the articles " +
			"attribute differently or that changed over time. Red lines carry a no-entry sign, stances with conditions are hatched.",
		Transpose: true,
		Note:      "Source: the accord corpus, positions coded from the five source articles; every cell's tooltip cites the article and phrase behind it.",
	}
	for _, s := range actors.Stances() {
		label, short, color := stanceStyle(s)
		m.Categories = append(m.Categories, Category{Key: s.String(), Label: label, Short: short, Color: color, Side: s.Polarity()})
	}
	pr := message.NewPrinter(language.English)
	if opt.Compact {
		m.Compact = true
		m.Title = "Who wants what, at a glance: stances of the parties on the issues of a settlement"
	}
	shown := map[string]bool{}
	type entryKey struct {
		actor, issue, stance, years string
		redLine, conditional        bool
	}
	var order []entryKey
	entries := map[entryKey][]actors.Position{}
	selected, err := ps.Select(actors.Filter{Actors: ids, Issues: opt.Issues, At: opt.At})
	if err != nil {
		return Grid{}, fmt.Errorf("%w: %w", ErrInput, err)
	}
	active := map[string]bool{}
	for _, p := range selected {
		k := entryKey{actor: p.Actor, issue: p.Issue, stance: p.Stance.String(), years: yearSpan(p.Period),
			redLine: p.RedLine, conditional: p.Stance == actors.Conditional || len(p.Conditions) > 0}
		if opt.Compact {
			k.years = "" // one entry per stance; the years go to the tooltip
		}
		if _, seen := entries[k]; !seen {
			order = append(order, k)
		}
		entries[k] = append(entries[k], p)
		shown[p.Issue] = true
		active[p.Actor] = true
	}
	if opt.Compact {
		// Stances of all periods look alike in the compact form: the
		// description says how far back they go.
		since := ""
		if first := earliestYear(selected); first != 0 && !opt.At.IsValid() {
			since = fmt.Sprintf(" (the earliest from %d)", first)
		}
		m.Desc = "Each row is an issue, phrased as an outcome; each column an actor. A cell holds every stance the articles " +
			"attribute to the actor towards the outcome, whenever it was held" + since + ", one line each; the tooltip gives " +
			"the years and the articles, the full form of the matrix shows them. Red lines carry a no-entry sign, stances " +
			"with conditions are hatched."
	}
	for _, id := range ids {
		if opt.Compact && !active[id] && id != pair.A && id != pair.B {
			continue
		}
		a, _ := reg.Actor(id)
		m.Rows = append(m.Rows, Header{Key: id, Label: reg.Name(id), Tooltip: pr.Sprintf("%s (%s): %d coded positions", reg.Name(id), words(a.Kind.String()), count[id])})
	}
	issueHeader := func(is actors.Issue) Header {
		return Header{Key: is.ID, Label: is.Name, Tooltip: is.Name + ": " + is.Outcome}
	}
	if len(opt.Issues) > 0 {
		for _, id := range opt.Issues {
			if is, _ := tax.Issue(id); shown[id] || !opt.Compact {
				m.Cols = append(m.Cols, issueHeader(is))
			}
		}
	} else {
		for is := range tax.All() {
			if shown[is.ID] {
				m.Cols = append(m.Cols, issueHeader(is))
			}
		}
	}
	// Entries within a cell run from the earliest period to the latest.
	slices.SortStableFunc(order, func(a, b entryKey) int {
		return entries[a][0].Period.From.Compare(entries[b][0].Period.From)
	})
	for _, k := range order {
		list := entries[k]
		var tip strings.Builder
		label, _, _ := stanceStyle(list[0].Stance)
		fmt.Fprintf(&tip, "%s on %s: %s", reg.Name(k.actor), tax.Name(k.issue), label)
		if k.redLine {
			tip.WriteString(", a red line")
		}
		if k.years != "" {
			tip.WriteString(" (" + k.years + ")")
		}
		for _, p := range list {
			tip.WriteString("\n— ")
			if y := yearSpan(p.Period); opt.Compact && y != "" {
				tip.WriteString("(" + y + ") ")
			}
			tip.WriteString(p.Summary)
			for _, cnd := range p.Conditions {
				tip.WriteString("\n  condition: " + cnd.Text)
			}
			tip.WriteString("\n" + citeText(p.Evidence))
		}
		m.Cells = append(m.Cells, Cell{Row: k.actor, Col: k.issue, Category: k.stance, Label: k.years, Short: shortYears(k.years),
			RedLine: k.redLine, Conditional: k.conditional, Tooltip: tip.String()})
	}
	if !pair.IsZero() {
		m.Highlight = pair
		cmpd, err := ps.Compare(pair.A, pair.B, opt.At)
		if err != nil {
			return Grid{}, fmt.Errorf("%w: %w", ErrInput, err)
		}
		m.PairClashes = []string{}
		for _, r := range slices.Concat(cmpd.Disagreements, cmpd.RedLineClashes) {
			m.PairClashes = append(m.PairClashes, r.Issue)
		}
	}
	return m, nil
}

// earliestYear returns the first year in which one of the positions was
// held, or 0 when none is dated.
func earliestYear(ps []actors.Position) int {
	first := 0
	for _, p := range ps {
		if y := p.Period.From; y.IsValid() && (first == 0 || y.Year() < first) {
			first = y.Year()
		}
	}
	return first
}

// shortYears shortens a year span to the last two digits of its end, as
// in "1990–05" for "1990–2005", when the end is less than a century after
// the start, and "2005–ended" to "’05–end". Other spans are returned
// unchanged.
func shortYears(span string) string {
	from, to, ok := strings.Cut(span, "–")
	if ok && to == "ended" && len(from) == 4 {
		return "’" + from[2:] + "–end"
	}
	if !ok || len(from) != 4 || len(to) != 4 || to <= from || to[:2] > from[:2] && to[2:] >= from[2:] {
		return span
	}
	return from + "–" + to[2:]
}
