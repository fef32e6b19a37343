package actors

import (
	"slices"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
)

// Condition is something an actor requires before its stance holds:
// Ukraine accepted permanent neutrality in 2022 on condition of security
// guarantees from the P5. When the condition is itself an issue under
// negotiation, Issue names it, so that conditions can be followed across
// positions; Text states the condition in the coder's words.
type Condition struct {
	// Issue is the id of the issue the condition is about, if any.
	Issue string `json:"issue,omitempty"`
	// Text states the condition in the coder's own words.
	Text string `json:"text"`
}

// Validate reports every intrinsic problem of the condition.
func (c Condition) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.OptID(path.Child("issue"), c.Issue, "the id of an issue")...)
	errs = append(errs, check.Text(path.Child("text"), c.Text, "the condition in the coder's words")...)
	return errs
}

// Position is what one actor wants on one issue during a period, as an
// article attributes it: its stance towards the issue's outcome, the
// conditions attached, whether it is a red line, the figures it names, and
// the evidence. Positions change over time — Ukraine accepted permanent
// neutrality in principle in 2022 and rejects it now — so each carries the
// Period it was held, and queries take a date.
//
// When articles attribute different things to one actor, each is a
// separate Position with its own evidence; nothing is merged.
type Position struct {
	// ID is a stable slug, unique across the corpus.
	ID string `json:"id"`
	// Actor is the id of the actor whose position this is: the party (a
	// state, organisation, grouping) or, for views of individuals and
	// authors, the person.
	Actor string `json:"actor"`
	// Via is the id of the person or body that voiced the position for
	// Actor (Zelenskyy for Ukraine, the Kremlin for Russia), if the article
	// names one.
	Via string `json:"via,omitempty"`
	// Issue is the id of the issue.
	Issue string `json:"issue"`
	// Stance is the actor's stance towards the issue's outcome.
	Stance Stance `json:"stance"`
	// RedLine is set when the actor treats its stance as non-negotiable.
	// A red line needs a stance for or against the outcome.
	RedLine bool `json:"red_line,omitempty"`
	// Attribution says how the article comes to attribute the position.
	Attribution Attribution `json:"attribution"`
	// Summary states the position in the coder's own words.
	Summary string `json:"summary"`
	// Conditions the actor attaches to its stance.
	Conditions []Condition `json:"conditions,omitempty"`
	// Figures the position names, such as force caps.
	Figures []StatedFigure `json:"figures,omitempty"`
	// Period is when the position was held, as far as the article tells;
	// an open end means it still held when the article was written.
	Period accord.Period `json:"period,omitzero"`
	// Evidence cites the article and the phrase that attributes the position.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the position: missing or
// malformed ids, an invalid stance or attribution, a red line without a
// stance for or against ([ErrRedLineStance]), a position voiced by its own
// actor, invalid conditions and figures, a period that ends before it
// starts, and missing evidence. Whether the actors and issues exist is
// checked by [NewPositions] and by the corpus loader.
func (p Position) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), p.ID, "a slug unique across the corpus")...)
	errs = append(errs, check.ID(path.Child("actor"), p.Actor, "the id of the actor whose position this is")...)
	errs = append(errs, check.OptID(path.Child("via"), p.Via, "the id of the person or body that voiced it")...)
	if p.Via != "" && p.Via == p.Actor {
		errs = append(errs, accord.Invalid(path.Child("via"), p.Via, "via names someone other than the actor").WithRule(ErrSelfReference))
	}
	errs = append(errs, check.ID(path.Child("issue"), p.Issue, "the id of the issue")...)
	switch {
	case !p.Stance.IsValid() && p.RedLine:
		errs = append(errs, accord.Required(path.Child("stance"), "a red line needs a stance for or against the outcome").WithRule(ErrRedLineStance))
	case !p.Stance.IsValid():
		errs = append(errs, accord.Required(path.Child("stance"), "one of: "+strings.Join(stanceEnum.Names(), ", ")))
	case p.RedLine && p.Stance.Polarity() == 0:
		errs = append(errs, accord.Invalid(path.Child("red_line"), true, "a red line needs a stance for or against the outcome, not "+p.Stance.String()).WithRule(ErrRedLineStance))
	}
	if !p.Attribution.IsValid() {
		errs = append(errs, accord.Required(path.Child("attribution"), "one of: "+strings.Join(attributionEnum.Names(), ", ")))
	}
	errs = append(errs, check.Text(path.Child("summary"), p.Summary, "the position in the coder's own words")...)
	errs = append(errs, check.Each(path.Child("conditions"), p.Conditions)...)
	for i, f := range p.Figures {
		errs = append(errs, f.Validate(path.Child("figures").Index(i))...)
	}
	errs = append(errs, p.Period.Validate(path.Child("period"))...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), p.Evidence)...)
	return errs
}

// HeldOn reports whether the position may have been held on date d; every
// position is held on the zero Date, which stands for "at any time".
func (p Position) HeldOn(d accord.Date) bool { return p.Period.ContainsDate(d) }

// Clone returns a deep copy of the position.
func (p Position) Clone() Position {
	p.Conditions = slices.Clone(p.Conditions)
	p.Figures = slices.Clone(p.Figures)
	p.Evidence = slices.Clone(p.Evidence)
	return p
}
