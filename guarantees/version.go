package guarantees

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Version is a clause with a chosen combination of its revisions adopted:
// the rendered text, the same text with the changes marked, and the
// reading derived from the base reading and each adopted revision's
// declared changes. The version with no revisions is the base text.
//
// Marked shows insertions as {+new text+} and deletions as [-old text-]
// (the notation of wdiff), so a reader sees exactly what each party's
// revision does.
type Version struct {
	Clause    string
	Revisions []string // adopted revision ids, in the clause's order
	Text      string
	Marked    string
	Reading   Reading `json:",omitzero"`
}

// edit is one revision located in the base wording: the bytes
// [start, end) are removed and ins is put in their place.
type edit struct {
	start, end int
	ins        string
	order      int // position of the revision in the clause
	id         string
}

// Version renders the clause with the revisions named by ids adopted, in
// any order (duplicates are ignored), and derives the reading of that
// combination. It fails with an error matching [ErrUnknownRevision] for an
// id the clause does not have, [ErrRevisionTextNotFound] or
// [ErrRevisionAmbiguous] for a revision whose anchor does not occur
// exactly once, and [ErrRevisionConflict] when two chosen revisions edit
// overlapping text or set the same part of the reading differently.
func (c Clause) Version(ids ...string) (Version, error) {
	chosen := make([]int, 0, len(ids))
	for _, id := range ids {
		i := slices.IndexFunc(c.Revisions, func(r Revision) bool { return r.ID == id })
		if i < 0 {
			return Version{}, fmt.Errorf("%w %q in clause %s", ErrUnknownRevision, id, c.ID)
		}
		if !slices.Contains(chosen, i) {
			chosen = append(chosen, i)
		}
	}
	slices.Sort(chosen)
	edits := make([]edit, 0, len(chosen))
	for _, i := range chosen {
		e, err := locate(c.Wording, c.Revisions[i], i)
		if err != nil {
			return Version{}, err
		}
		edits = append(edits, e)
	}
	if err := checkOverlaps(edits); err != nil {
		return Version{}, err
	}
	reading, err := derive(c.Reading, c.Revisions, chosen)
	if err != nil {
		return Version{}, err
	}
	v := Version{Clause: c.ID, Reading: reading}
	for _, i := range chosen {
		v.Revisions = append(v.Revisions, c.Revisions[i].ID)
	}
	v.Text, v.Marked = render(c.Wording, edits)
	return v, nil
}

// Limits of clause wordings and their versions.
const (
	// MaxWording is the longest wording, in bytes, a clause may have
	// ([Clause.Validate] reports a longer one with [ErrWordingTooLong]):
	// 1 MiB, some 150,000 words, far beyond any clause.
	MaxWording = 1 << 20
	// MaxCombinedRevisions is the number of a clause's revisions
	// [Clause.Versions] combines: the first 12, whose 4,096 combinations
	// are more than any negotiation needs. Later revisions are left out of
	// Versions; [Clause.Version] adopts any of them.
	MaxCombinedRevisions = 12
)

// Versions returns the clause in every combination of its first
// [MaxCombinedRevisions] revisions, from the base text to all revisions
// adopted, skipping combinations that conflict. Combinations are ordered
// by size, then by the clause's order of revisions.
//
// Each version is rendered when the iteration reaches it, and only one is
// held at a time: up to 4,096 renderings of a long wording are never in
// memory together (they used to be: 2.2 GB for 12 revisions of a 256 KB
// wording). Collect them with slices.Collect when they are few.
func (c Clause) Versions() iter.Seq[Version] {
	return func(yield func(Version) bool) {
		n := min(len(c.Revisions), MaxCombinedRevisions)
		ids := make([]string, 0, n)
		for size := 0; size <= n; size++ {
			for m := range 1 << n {
				if popcount(m) != size {
					continue
				}
				ids = ids[:0]
				for i := range n {
					if m&(1<<i) != 0 {
						ids = append(ids, c.Revisions[i].ID)
					}
				}
				if v, err := c.Version(ids...); err == nil && !yield(v) {
					return
				}
			}
		}
	}
}

func popcount(m int) int {
	n := 0
	for ; m != 0; m &= m - 1 {
		n++
	}
	return n
}

func locate(wording string, r Revision, order int) (edit, error) {
	if r.At == "" {
		return edit{}, fmt.Errorf("%w: revision %s has no anchor text", ErrRevisionTextNotFound, r.ID)
	}
	n, idx := anchorCount(wording, r.At)
	switch n {
	case 0:
		return edit{}, fmt.Errorf("%w: revision %s is anchored to %q", ErrRevisionTextNotFound, r.ID, r.At)
	case 2:
		return edit{}, fmt.Errorf("%w: revision %s is anchored to %q", ErrRevisionAmbiguous, r.ID, r.At)
	}
	e := edit{order: order, id: r.ID}
	switch r.Kind {
	case Insertion:
		p := idx + len(r.At)
		if r.Placement == Before {
			p = idx
		}
		e.start, e.end, e.ins = p, p, r.Text
	case Deletion:
		e.start, e.end = idx, idx+len(r.At)
	case Substitution:
		e.start, e.end, e.ins = idx, idx+len(r.At), r.Text
	default:
		return edit{}, fmt.Errorf("revision %s has no valid kind (%v)", r.ID, r.Kind)
	}
	return e, nil
}

// checkOverlaps sorts edits by position and reports two that touch the
// same text: overlapping removed ranges, or an insertion strictly inside a
// removed range. Insertions at the same point are kept in clause order.
func checkOverlaps(edits []edit) error {
	slices.SortStableFunc(edits, func(a, b edit) int {
		// At the same point an insertion (an empty range: 0 below) goes
		// before a removal that starts there; otherwise keep the clause's
		// order.
		isRemoval := func(e edit) int { return min(e.end-e.start, 1) }
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(isRemoval(a), isRemoval(b)), cmp.Compare(a.order, b.order))
	})
	for i := range edits {
		for j := i + 1; j < len(edits); j++ {
			a, b := edits[i], edits[j]
			if b.start >= a.end { // sorted by start: no later edit reaches a
				break
			}
			overlap := a.start < b.end && b.start < a.end                      // two removals share bytes
			inside := b.start == b.end && a.start < b.start && b.start < a.end // insertion inside a removal
			if overlap || inside {
				return fmt.Errorf("%w: revisions %s and %s edit the same passage", ErrRevisionConflict, a.id, b.id)
			}
		}
	}
	return nil
}

// render applies sorted, non-overlapping edits to wording and returns the
// plain text and the marked text.
func render(wording string, edits []edit) (text, marked string) {
	if len(edits) == 0 {
		return wording, wording // the base text: nothing to apply or mark
	}
	var t, m strings.Builder
	pos := 0
	for _, e := range edits {
		t.WriteString(wording[pos:e.start])
		m.WriteString(wording[pos:e.start])
		if e.end > e.start {
			m.WriteString("[-" + wording[e.start:e.end] + "-]")
		}
		if e.ins != "" {
			t.WriteString(e.ins)
			m.WriteString("{+" + e.ins + "+}")
		}
		pos = e.end
	}
	t.WriteString(wording[pos:])
	m.WriteString(wording[pos:])
	return t.String(), m.String()
}

// derive applies the declared changes of the chosen revisions to base.
func derive(base Reading, revs []Revision, chosen []int) (Reading, error) {
	r := base.Clone()
	var setBy [4]string // who set trigger, obligation, decision, invoker
	set := func(slot int, id string, cur *uint8, v uint8) error {
		if v == 0 {
			return nil
		}
		if setBy[slot] != "" && *cur != v {
			return fmt.Errorf("%w: revisions %s and %s set the reading differently", ErrRevisionConflict, setBy[slot], id)
		}
		*cur, setBy[slot] = v, id
		return nil
	}
	added := map[Measure]string{}
	removed := map[Measure]string{}
	for _, i := range chosen {
		rv := revs[i]
		ch := rv.Changes
		if err := cmp.Or( // the first conflict
			set(0, rv.ID, (*uint8)(&r.Trigger), uint8(ch.Trigger)),
			set(1, rv.ID, (*uint8)(&r.Obligation), uint8(ch.Obligation)),
			set(2, rv.ID, (*uint8)(&r.Decision), uint8(ch.Decision)),
			set(3, rv.ID, (*uint8)(&r.Invoker), uint8(ch.Invoker)),
		); err != nil {
			return Reading{}, err
		}
		for _, m := range ch.AddMeasures {
			if by, ok := removed[m]; ok {
				return Reading{}, fmt.Errorf("%w: revision %s adds %s, which %s removes", ErrRevisionConflict, rv.ID, m, by)
			}
			added[m] = rv.ID
			if !r.HasMeasure(m) {
				r.Measures = append(r.Measures, m)
			}
		}
		for _, m := range ch.RemoveMeasures {
			if by, ok := added[m]; ok {
				return Reading{}, fmt.Errorf("%w: revision %s removes %s, which %s adds", ErrRevisionConflict, rv.ID, m, by)
			}
			removed[m] = rv.ID
			r.Measures = slices.DeleteFunc(r.Measures, func(x Measure) bool { return x == m })
		}
		for _, c := range ch.AddConditions {
			if !r.HasCondition(c.Kind) {
				r.Conditions = append(r.Conditions, c)
			}
		}
		for _, x := range ch.AddExclusions {
			if !slices.ContainsFunc(r.Scope.Exclusions, func(y Exclusion) bool { return y.Area == x.Area }) {
				r.Scope.Exclusions = append(r.Scope.Exclusions, x)
			}
		}
	}
	return r, nil
}
