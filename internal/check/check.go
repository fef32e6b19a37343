// Package check holds the validation helpers every domain package shares:
// record ids and references, and enumerated values. They report problems
// as [accord.ErrorList]s with the caller's path, like every validator.
package check

import (
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
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

// ID reports a missing id (what describes the id wanted) or one that is
// not a lower-case kebab-case slug (rule [accord.ErrBadID]). It serves the
// ids of records and the references they hold; whether a referenced
// record exists is checked where all records are known.
func ID(path accord.Path, id, what string) accord.ErrorList {
	switch {
	case id == "":
		return accord.ErrorList{accord.Required(path, what)}
	case !IsID(id):
		return accord.ErrorList{accord.Invalid(path, id, "ids are lower-case words joined by hyphens").WithRule(accord.ErrBadID)}
	}
	return nil
}

// OptID is [ID] for an optional reference: the empty id is no problem.
func OptID(path accord.Path, id, what string) accord.ErrorList {
	if id == "" {
		return nil
	}
	return ID(path, id, what)
}

// IDs reports missing, malformed or repeated ids in a list of references.
func IDs(path accord.Path, ids []string, what string) accord.ErrorList {
	var errs accord.ErrorList
	for i, id := range ids {
		errs = append(errs, ID(path.Index(i), id, what)...)
		if id != "" && slices.Index(ids, id) < i {
			errs = append(errs, accord.Duplicate(path.Index(i), id, "listed twice"))
		}
	}
	return errs
}

// Text reports a missing required text, such as a record's name or
// summary (what describes the text wanted).
func Text(path accord.Path, text, what string) accord.ErrorList {
	if text == "" {
		return accord.ErrorList{accord.Required(path, what)}
	}
	return nil
}

// Enum reports a zero (missing) or unknown enumerated value.
func Enum[T ~uint8](path accord.Path, v T, e enum.Enum[T]) accord.ErrorList {
	switch {
	case v == 0:
		return accord.ErrorList{&accord.FieldError{Kind: accord.ErrRequired, Path: path, Detail: "one of the " + e.TypeName() + " values", Supported: e.Names()}}
	case !e.Valid(v):
		return accord.ErrorList{accord.NotSupported(path, e.String(v), e.Names())}
	}
	return nil
}

// OptEnum is [Enum] for an optional value: the zero value is no problem.
func OptEnum[T ~uint8](path accord.Path, v T, e enum.Enum[T]) accord.ErrorList {
	if v == 0 {
		return nil
	}
	return Enum(path, v, e)
}

// Enums reports invalid or repeated values in a list.
func Enums[T ~uint8](path accord.Path, vs []T, e enum.Enum[T]) accord.ErrorList {
	var errs accord.ErrorList
	for i, v := range vs {
		if !e.Valid(v) {
			errs = append(errs, accord.NotSupported(path.Index(i), e.String(v), e.Names()))
			continue
		}
		if slices.Index(vs, v) < i {
			errs = append(errs, accord.Duplicate(path.Index(i), e.String(v), "listed twice"))
		}
	}
	return errs
}

// Validator is a value that reports its problems at a path.
type Validator interface {
	Validate(accord.Path) accord.ErrorList
}

// Each validates every element of list at path[i].
func Each[T Validator](path accord.Path, list []T) accord.ErrorList {
	var errs accord.ErrorList
	for i, v := range list {
		errs = append(errs, v.Validate(path.Index(i))...)
	}
	return errs
}
