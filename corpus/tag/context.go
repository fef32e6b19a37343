package tag

import (
	"cmp"
	"slices"
	"strings"

	"github.com/accordmodel/accord"
)

// disambiguate narrows the targets of ambiguous mentions, in place, by what
// the tagger knows of their context:
//
//   - the date: the caller's ([Options.Date]) or else the date the text
//     states nearest to the mention. Targets known at other times
//     ([Target.Known]) are dropped, and when some of those left are known
//     for a bounded period and others at any time, the bounded ones are
//     kept: in a text about 1914, "Germany" is the German Empire;
//   - the actor written just before, as in "Russia’s foreign ministry":
//     of targets that act for different actors ([Target.For]), the one
//     that acts for that actor is kept; failing that, the one that acts for
//     the nearest actor named earlier in the same sentence ("Moscow said
//     its foreign ministry …").
//
// A filter that would leave no target is not applied.
func (t *Tagger) disambiguate(text string, ms []Mention, o Options, s *scratch) {
	dates, found := s.dates[:0], false // indices of the mentions that state a date, once needed
	defer func() { s.dates = dates }()
	for i := range ms {
		m := &ms[i]
		if !m.Ambiguous {
			continue
		}
		d := o.Date
		if !d.IsValid() {
			if !found {
				found = true
				for j, m := range ms {
					if m.Kind == Figure && m.Figure.Date.IsValid() {
						dates = append(dates, j)
					}
				}
			}
			d = nearestDate(ms, dates, i)
		}
		if d.IsValid() {
			narrow(m, func(tg Target) bool { return tg.Known.ContainsDate(d) })
			if m.Ambiguous {
				narrow(m, func(tg Target) bool { return !tg.Known.IsZero() })
			}
		}
		if m.Ambiguous && i > 0 {
			if p := ms[i-1]; p.Kind == Actor && len(p.Targets) == 1 && owner(text, p, m.Start) {
				narrow(m, func(tg Target) bool { return tg.For == p.Targets[0].ID })
			}
		}
		if m.Ambiguous {
			// The sentence, as far back as maxLookBack bytes.
			from := max(0, m.Start-maxLookBack)
			sentence := from + strings.LastIndexAny(text[from:m.Start], ".!?\n") + 1
			for j := i - 1; j >= 0 && ms[j].Start >= sentence && m.Ambiguous; j-- {
				if p := ms[j]; p.Kind == Actor && len(p.Targets) == 1 {
					id := cmp.Or(p.Targets[0].For, p.Targets[0].ID)
					if slices.ContainsFunc(m.Targets, func(tg Target) bool { return tg.For == id }) {
						narrow(m, func(tg Target) bool { return tg.For == id })
						break
					}
				}
			}
		}
	}
}

// maxLookBack is how far back, in bytes, disambiguate looks for an actor
// named earlier in the sentence: a long sentence, and beyond.
const maxLookBack = 400

// narrow keeps the targets of m that keep accepts, unless none is.
func narrow(m *Mention, keep func(Target) bool) {
	n := 0
	for _, tg := range m.Targets {
		if keep(tg) {
			n++
		}
	}
	if n == 0 || n == len(m.Targets) {
		return
	}
	kept := m.Targets[:0]
	for _, tg := range m.Targets {
		if keep(tg) {
			kept = append(kept, tg)
		}
	}
	m.Targets, m.Ambiguous = kept, len(kept) > 1
}

// owner reports whether the mention p is written as the owner of what
// starts at text[next:]: "Russia’s foreign ministry", "Russia foreign
// ministry".
func owner(text string, p Mention, next int) bool {
	if p.End > next {
		return false
	}
	between := text[p.End:next]
	for _, s := range []string{"’s", "'s", "’", "'"} {
		if rest, ok := strings.CutPrefix(between, s); ok {
			between = rest
			break
		}
	}
	return strings.TrimSpace(between) == "" && len(between) <= 2
}

// nearestDate returns the date or year of the figure ms[dates[k]] nearest
// to ms[i], or the zero Date when there is none. dates are in text order.
func nearestDate(ms []Mention, dates []int, i int) accord.Date {
	// The first date after ms[i], and the one before it.
	k, _ := slices.BinarySearch(dates, i)
	var best accord.Date
	bestDist := -1
	for _, j := range dates[max(k-1, 0):min(k+1, len(dates))] {
		m := ms[j]
		dist := ms[i].Start - m.End
		if j > i {
			dist = m.Start - ms[i].End
		}
		dist = max(dist, -dist)
		if bestDist < 0 || dist < bestDist {
			best, bestDist = m.Figure.Date, dist
		}
	}
	return best
}
