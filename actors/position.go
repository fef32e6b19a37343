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
	// Period is when the position was held, as far as the article tells.
	// A position with a start and no end date says how it ends (End): it
	// still held when the article was written ([accord.StillHolds]), the
	// actor dropped it at a date the article does not give
	// ([accord.EndedUndated]), or the article does not say
	// ([accord.EndNotStated]). The zero Period is an undated view.
	Period accord.Period `json:"period,omitzero"`
	// Evidence cites the article and the phrase that attributes the position.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the position: missing or
// malformed ids, an invalid stance or attribution, a red line without a
// stance for or against ([ErrRedLineStance]), a position voiced by its own
// actor, invalid conditions and figures, a period that ends before it
// starts or that has a start but says neither an end date nor how it ends
// ([ErrPositionEndNotSaid]), and missing evidence. Whether the actors and issues exist is
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
	if p.Period.From.IsValid() && !p.Period.To.IsValid() && p.Period.End == 0 {
		errs = append(errs, accord.Required(path.Child("period").Child("end"),
			"how the position ends: a to date, or end still-holds, ended-undated or not-stated").WithRule(ErrPositionEndNotSaid))
	}
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), p.Evidence)...)
	return errs
}

// HeldOn reports whether the article says the position was held at some
// time during d: its period covers d ([accord.Period.Covers]: a start that
// is given, and an end date or "still holds"), or d contains the whole of
// the period's given start (the position was held when it began, however
// it ended). A position the actor dropped at a date the article does not
// give ([accord.EndedUndated]), or whose end the article does not state,
// is held during its start's date and not after; an undated position is
// held on no date. Ask [Position.MayBeHeldOn] for those. Every position is
// held on the zero Date, which stands for "at any time".
func (p Position) HeldOn(d accord.Date) bool { return heldDuring(p.Period, d) }

// heldDuring is [Position.HeldOn] for a position held during period.
func heldDuring(period accord.Period, d accord.Date) bool {
	if !d.IsValid() {
		return true
	}
	f := period.From
	return period.Covers(d) || (f.IsValid() && !f.First().Before(d.First()) && !f.Last().After(d.Last()))
}

// MayBeHeldOn reports whether nothing the article says rules out that the
// position was held during d ([accord.Period.ContainsDate]): an end the
// article leaves open, or an undated position, does not rule a date out.
func (p Position) MayBeHeldOn(d accord.Date) bool { return p.Period.ContainsDate(d) }

// Clone returns a deep copy of the position.
func (p Position) Clone() Position {
	p.Conditions = slices.Clone(p.Conditions)
	p.Figures = slices.Clone(p.Figures)
	p.Evidence = slices.Clone(p.Evidence)
	return p
}

// heldOn is HeldOn, or MayBeHeldOn when maybe is set.
func (p Position) heldOn(d accord.Date, maybe bool) bool {
	if maybe {
		return p.MayBeHeldOn(d)
	}
	return p.HeldOn(d)
}
