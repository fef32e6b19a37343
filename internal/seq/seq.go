// Package seq holds the iterator helper the packages share to hand out
// copies of the records they keep.
package seq

import "iter"

// Map returns an iterator over f of each element of list, in order. The
// accessors pass a Clone method so that callers get deep copies.
func Map[T, U any](list []T, f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for _, v := range list {
			if !yield(f(v)) {
				return
			}
		}
	}
}
