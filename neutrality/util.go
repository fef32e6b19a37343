package neutrality

import (
	"slices"

	"github.com/accordmodel/accord/actors"
)

// checkID reports a missing or malformed id at path.
func checkID(path actors.Path, id, example string) actors.ErrorList {
	switch {
	case id == "":
		return actors.ErrorList{actors.Required(path, "a slug such as "+example)}
	case !actors.IsID(id):
		return actors.ErrorList{actors.Invalid(path, id, "ids are lower-case words joined by hyphens")}
	}
	return nil
}

// checkIDs reports malformed or repeated ids in a list of references.
func checkIDs(path actors.Path, ids []string) actors.ErrorList {
	var errs actors.ErrorList
	for i, id := range ids {
		if id == "" || !actors.IsID(id) {
			errs = append(errs, actors.Invalid(path.Index(i), id, "an actor id: lower-case words joined by hyphens"))
			continue
		}
		if slices.Index(ids, id) < i {
			errs = append(errs, actors.Duplicate(path.Index(i), id, "listed twice"))
		}
	}
	return errs
}

// checkEnum reports a zero (missing) or unknown enumerated value.
func checkEnum[T ~uint8](path actors.Path, v T, e actors.Enum[T]) actors.ErrorList {
	switch {
	case v == 0:
		return actors.ErrorList{&actors.FieldError{Kind: actors.ErrRequired, Path: path.String(), Detail: "one of the " + e.TypeName() + " values", Supported: e.Names()}}
	case !e.Valid(v):
		return actors.ErrorList{actors.NotSupported(path, e.String(v), e.Names())}
	}
	return nil
}

// checkEnums reports invalid or repeated values in a list.
func checkEnums[T ~uint8](path actors.Path, vs []T, e actors.Enum[T]) actors.ErrorList {
	var errs actors.ErrorList
	for i, v := range vs {
		if !e.Valid(v) {
			errs = append(errs, actors.NotSupported(path.Index(i), e.String(v), e.Names()))
			continue
		}
		if slices.Index(vs, v) < i {
			errs = append(errs, actors.Duplicate(path.Index(i), e.String(v), "listed twice"))
		}
	}
	return errs
}

// cloneSlice returns a copy of s, keeping nil as nil.
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return slices.Clone(s)
}
