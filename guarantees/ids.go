package guarantees

import "github.com/accordmodel/accord/actors"

// checkID reports an id that is missing (what describes the id wanted) or
// not a lower-case kebab-case slug (rule [actors.ErrBadID]). It serves the
// ids of records (instruments, clauses, revisions) and the references they
// hold (actors, excluded areas).
func checkID(path actors.Path, id, what string) actors.ErrorList {
	switch {
	case id == "":
		return actors.ErrorList{actors.Required(path, what)}
	case !actors.IsID(id):
		return actors.ErrorList{actors.Invalid(path, id, "lower-case words joined by hyphens").WithRule(actors.ErrBadID)}
	}
	return nil
}
