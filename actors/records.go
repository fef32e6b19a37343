package actors

import (
	"cmp"
	"iter"

	"github.com/accordmodel/accord/internal/seq"
)

// record is what [records] needs of the values it stores.
type record[T any] interface {
	// Clone returns a deep copy.
	Clone() T
	// label returns the record's id and its display name.
	label() (id, name string)
}

// records is an immutable list of records with an index by id and a rank
// by the collated order of their names: the storage that [Registry] and
// [Taxonomy] share. Reads return copies; after finish it is never written
// again, so it is safe for concurrent use.
type records[T record[T]] struct {
	list []T
	byID map[string]int
	rank map[string]int // id → position in collated name order
}

// newRecords returns empty storage for up to n records.
func newRecords[T record[T]](n int) records[T] {
	return records[T]{list: make([]T, 0, n), byID: make(map[string]int, n)}
}

// add stores a copy of v. It stores nothing and returns false when another
// record already has v's id (an empty id is never a duplicate: Validate
// reports it).
func (r *records[T]) add(v T) bool {
	id, _ := v.label()
	if _, dup := r.byID[id]; dup && id != "" {
		return false
	}
	r.byID[id] = len(r.list)
	r.list = append(r.list, v.Clone())
	return true
}

// finish ranks the records by name once all are added.
func (r *records[T]) finish() {
	ids := make([]string, len(r.list))
	names := make([]string, len(r.list))
	for i, v := range r.list {
		ids[i], names[i] = v.label()
	}
	r.rank = ranks(ids, names)
}

// cycles reports whether following next from v, record by record, comes
// back to v. It stops at an empty or unknown id.
func (r *records[T]) cycles(v T, next func(T) string) bool {
	id, _ := v.label()
	seen := map[string]bool{id: true}
	for up := next(v); up != ""; {
		if seen[up] {
			return true
		}
		seen[up] = true
		j, ok := r.byID[up]
		if !ok {
			return false
		}
		up = next(r.list[j])
	}
	return false
}

// get returns a copy of the record with the given id.
func (r *records[T]) get(id string) (T, bool) {
	i, ok := r.byID[id]
	if !ok {
		var zero T
		return zero, false
	}
	return r.list[i].Clone(), true
}

// has reports whether a record has the given id.
func (r *records[T]) has(id string) bool {
	_, ok := r.byID[id]
	return ok
}

// name returns the name of the record with the given id, or the id itself
// when there is no such record.
func (r *records[T]) name(id string) string {
	if i, ok := r.byID[id]; ok {
		_, name := r.list[i].label()
		return name
	}
	return id
}

// all returns copies of every record, in the order they were added.
func (r *records[T]) all() iter.Seq[T] {
	return seq.Map(r.list, T.Clone)
}

// compare orders two ids by the collated order of their records' names;
// unknown ids sort after known ones, by id.
func (r *records[T]) compare(a, b string) int {
	ra, oka := r.rank[a]
	rb, okb := r.rank[b]
	switch {
	case oka && okb:
		return ra - rb
	case oka:
		return -1
	case okb:
		return 1
	}
	return cmp.Compare(a, b)
}

// What nil pointers read as: the package doc's rule on nil and zero
// values makes a nil *Registry, *Taxonomy or *Positions an empty one.
var (
	emptyRegistry  = &Registry{}
	emptyTaxonomy  = &Taxonomy{}
	emptyPositions = &Positions{reg: emptyRegistry, tax: emptyTaxonomy}
)

// orEmpty returns r, or an empty registry when r is nil.
func (r *Registry) orEmpty() *Registry {
	if r == nil {
		return emptyRegistry
	}
	return r
}

// orEmpty returns t, or an empty taxonomy when t is nil.
func (t *Taxonomy) orEmpty() *Taxonomy {
	if t == nil {
		return emptyTaxonomy
	}
	return t
}

// orEmpty returns ps, or empty positions when ps is nil or was not made
// by NewPositions (the zero Positions).
func (ps *Positions) orEmpty() *Positions {
	if ps == nil || ps.reg == nil || ps.tax == nil {
		return emptyPositions
	}
	return ps
}
