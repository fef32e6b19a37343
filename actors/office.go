package actors

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"slices"
)

// Office is a post a person holds and the actor on whose behalf it is
// held: "President of Ukraine" for Ukraine, "President of the European
// Commission" for the EU. A [Registry] follows offices to find whom a person
// acts for on a date ([Registry.Principal]).
type Office struct {
	// Title names the post in English.
	Title string `json:"title"`
	// For is the id of the actor the holder acts for.
	For string `json:"for"`
	// Period is when the office was held, as far as the sources tell.
	Period accord.Period `json:"period,omitzero"`
	// Evidence cites the articles that name the office.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the office.
func (o Office) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Text(path.Child("title"), o.Title, "the name of the post")...)
	errs = append(errs, check.ID(path.Child("for"), o.For, "the id of the actor the holder acts for")...)
	errs = append(errs, o.Period.Validate(path.Child("period"))...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), o.Evidence)...)
	return errs
}

func (o Office) clone() Office {
	o.Evidence = slices.Clone(o.Evidence)
	return o
}
