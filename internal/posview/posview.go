// Package posview lets this module's analyses read the positions an
// actors.Positions holds in place, so that their results can point at the
// positions instead of copying them. Package actors sets [List]; a caller
// must never write through what it returns nor hand it out, and copies a
// position only when its own caller asks for one.
package posview

// List returns, given an *actors.Positions (nil or zero included), its
// positions as a *[]actors.Position that shares the set's storage (a
// pointer, so that handing it over allocates nothing). Package
// actors sets it when it is initialised.
var List func(ps any) any

// Parent returns, given an *actors.Taxonomy (nil or zero included), the
// id of the parent of the issue with the given id, read in place: "" for
// an issue at the top or outside the taxonomy. Package actors sets it when
// it is initialised.
var Parent func(tax any, issue string) string
