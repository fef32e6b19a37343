package neutrality

import (
	"slices"
)

// cloneSlice returns a copy of s, keeping nil as nil.
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return slices.Clone(s)
}
