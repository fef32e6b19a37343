package actors

import (
	"errors"
	"slices"
	"strings"
)

// Rule sentinels of this package's validators. A [*FieldError] that breaks
// one of these rules matches it with [errors.Is], as well as its kind
// ([ErrRequired], [ErrInvalid], …).
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
	// ErrBadID: an id is not a lower-case kebab-case slug.
	ErrBadID = errors.New("malformed id")
)

// Lookup errors of [Registry.Lookup].
var (
	// ErrUnknownName: no actor has this name or alias.
	ErrUnknownName = errors.New("unknown actor name")
	// ErrAmbiguousName: several actors share this name or alias; the
	// [*AmbiguousError] lists them.
	ErrAmbiguousName = errors.New("ambiguous actor name")
)

// IsID reports whether id is a valid record id: lower-case ASCII letters
// and digits in words joined by single hyphens ("united-states").
func IsID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		switch c := id[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// checkID reports a missing or malformed id of the record itself.
func checkID(path Path, id, what string) ErrorList {
	switch {
	case id == "":
		return ErrorList{Required(path, what)}
	case !IsID(id):
		return ErrorList{Invalid(path, id, "ids are lower-case words joined by hyphens").WithRule(ErrBadID)}
	}
	return nil
}

// checkRef reports a missing or malformed reference to another record.
// Whether the record exists is checked where all records are known
// ([NewRegistry], [NewPositions], the corpus loader).
func checkRef(path Path, id, what string) ErrorList { return checkID(path, id, what) }

// checkOptRef is checkRef for an optional reference.
func checkOptRef(path Path, id, what string) ErrorList {
	if id == "" {
		return nil
	}
	return checkID(path, id, what)
}

// foldKey is the lookup key of a name: [Fold], then a leading English
// article removed, so that "the Kremlin" and "Kremlin" are one key.
func foldKey(name string) string {
	k := Fold(name)
	return strings.TrimPrefix(k, "the ")
}

// cloneSlice returns a copy of s that shares no memory with it; nil stays nil.
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return slices.Clone(s)
}
