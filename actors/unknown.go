package actors

import (
	"errors"

	"github.com/accordmodel/accord"
)

// Errors of the queries that take an actor or issue id: an id the
// registry or the taxonomy does not have is reported as a
// [*accord.FieldError] of kind [accord.ErrNotFound] that matches one of
// these with [errors.Is], never answered with an empty result that looks
// like a real one.
var (
	// ErrUnknownActor: no actor of the registry has this id.
	ErrUnknownActor = errors.New("unknown actor")
	// ErrUnknownIssue: no issue of the taxonomy has this id.
	ErrUnknownIssue = errors.New("unknown issue")
)

// unknownActor returns the error for an actor id the registry lacks, the
// argument named arg, or nil.
func (r *Registry) unknownActor(arg, id string) *accord.FieldError {
	if r.has(id) {
		return nil
	}
	return accord.NotFound(accord.NewPath(arg), id, "no actor has this id").WithRule(ErrUnknownActor)
}

// unknownIssue returns the error for an issue id the taxonomy lacks, the
// argument named arg, or nil.
func (t *Taxonomy) unknownIssue(arg, id string) *accord.FieldError {
	if t.has(id) {
		return nil
	}
	return accord.NotFound(accord.NewPath(arg), id, "no issue has this id").WithRule(ErrUnknownIssue)
}

// unknownIDs returns the problems among errs, nil ones dropped, as an
// [accord.ErrorList], or nil when there are none.
func unknownIDs(errs ...*accord.FieldError) error {
	var list accord.ErrorList
	for _, e := range errs {
		if e != nil {
			list = append(list, e)
		}
	}
	return list.Err()
}
