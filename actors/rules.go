package actors

import (
	"errors"
	"strings"

	"github.com/accordmodel/accord/internal/fold"
)

// Rule sentinels of this package's validators. A [*accord.FieldError]
// that breaks one of these rules matches it with [errors.Is], as well as
// its kind ([accord.ErrRequired], [accord.ErrInvalid], …).
var (
	// ErrMetonymReferent: a metonym alias does not say what it stands for.
	ErrMetonymReferent = errors.New("metonym without referent")
	// ErrSelfReference: an actor acts for, or is a member of, itself.
	ErrSelfReference = errors.New("actor refers to itself")
	// ErrOfficeNotPerson: an actor that is not a person holds an office.
	ErrOfficeNotPerson = errors.New("only people hold offices")
	// ErrRedLineStance: a position is marked as a red line but has no
	// stance for or against the outcome.
	ErrRedLineStance = errors.New("red line without a stance for or against")
	// ErrPositionEndNotSaid: a position with a start and no end date does
	// not say how it ends (period end still-holds, ended-undated or
	// not-stated).
	ErrPositionEndNotSaid = errors.New("position does not say how it ends")
)

// Lookup errors of [Registry.Lookup].
var (
	// ErrUnknownName: no actor has this name or alias.
	ErrUnknownName = errors.New("unknown actor name")
	// ErrAmbiguousName: several actors share this name or alias; the
	// [*AmbiguousError] lists them.
	ErrAmbiguousName = errors.New("ambiguous actor name")
)

// foldKey is the lookup key of a name: folding, then a leading English
// article removed, so that "the Kremlin" and "Kremlin" are one key.
func foldKey(name string) string {
	k := fold.Fold(name)
	return strings.TrimPrefix(k, "the ")
}
