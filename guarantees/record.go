package guarantees

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
)

// EventKind is something that happened to an [Instrument]: its lifecycle (as
// Akoma Ntoso records lifecycle events) and its record when tested.
//
// [EventKind.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// EventKind means "not set" and is invalid, as for every enum of accord.
type EventKind uint8

// The EventKind values; the table below defines each one.
const (
	_ EventKind = iota
	EventProposed
	EventDrafted
	EventSigned
	EventBreached
	EventHonoured
	EventNotHonoured
	EventFailedToDeter
	EventDeterred
	EventEnded
	EventInvoked
	EventSuspended
	EventWithdrew
)

var eventKindEnum = enum.New("EventKind", map[EventKind]enum.Value{
	EventProposed:      {Name: "proposed", Doc: "the instrument or option was put forward"},
	EventDrafted:       {Name: "drafted", Doc: "a text was drafted or exchanged"},
	EventSigned:        {Name: "signed", Doc: "the instrument was signed or adopted"},
	EventBreached:      {Name: "breached", Doc: "a party broke it"},
	EventHonoured:      {Name: "honoured", Doc: "a guarantor acted on it when the case arose"},
	EventNotHonoured:   {Name: "not-honoured", Doc: "a guarantor failed to act on it when the case arose"},
	EventFailedToDeter: {Name: "failed-to-deter", Doc: "the attack it was meant to prevent happened"},
	EventDeterred:      {Name: "deterred", Doc: "it is credited with deterring attacks over the period"},
	EventEnded:         {Name: "ended", Doc: "it ceased to apply"},
	EventInvoked:       {Name: "invoked", Doc: "a party invoked it, calling on the others to act (the Rio Treaty after 11 September 2001)"},
	EventSuspended:     {Name: "suspended", Doc: "a party suspended its own part in it, which still binds the others"},
	EventWithdrew:      {Name: "withdrew", Doc: "a party withdrew from it or denounced it (Mexico from the Rio Treaty, 2004), which still binds the others; the party no longer gives or receives the commitment"},
})

// String returns the wire name of e, or "EventKind(n)" for an invalid value.
func (e EventKind) String() string { return eventKindEnum.String(e) }

// IsValid reports whether e is one of the named values.
func (e EventKind) IsValid() bool { return eventKindEnum.Valid(e) }

// Doc returns the codebook definition of e.
func (e EventKind) Doc() string { return eventKindEnum.Doc(e) }

// ParseEventKind returns the EventKind with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseEventKind(name string) (EventKind, error) { return eventKindEnum.Parse(name) }

// EventKinds returns every valid EventKind in declaration order.
func EventKinds() []EventKind { return eventKindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (e EventKind) MarshalText() ([]byte, error) { return eventKindEnum.MarshalText(e) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (e *EventKind) UnmarshalText(text []byte) error { return eventKindEnum.UnmarshalText(e, text) }

// Event is one dated thing that happened to an instrument, with the
// actors involved (who breached it, who honoured it, who invoked,
// suspended or left it) and, for a breach, whom it harmed.
type Event struct {
	Kind   EventKind     `json:"kind"`
	When   accord.Period `json:"when,omitzero"`
	Actors []string      `json:"actors,omitempty"`
	// Victims names the parties a breach harmed, when not every protected
	// party was (a breach of a declaration that protects several states);
	// empty means every protected party.
	Victims  []string          `json:"victims,omitempty"`
	Summary  string            `json:"summary"`
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports a missing kind or summary, an impossible period,
// malformed actor ids and missing evidence. Breaches, honoured and
// dishonoured guarantees must name the actors concerned.
func (e Event) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Enum(path.Child("kind"), e.Kind, eventKindEnum)...)
	errs = append(errs, e.When.Validate(path.Child("when"))...)
	switch e.Kind {
	case EventBreached, EventHonoured, EventNotHonoured, EventInvoked, EventSuspended, EventWithdrew:
		if len(e.Actors) == 0 {
			errs = append(errs, accord.Required(path.Child("actors"), "who "+e.Kind.String()+" it"))
		}
	}
	if len(e.Victims) > 0 && e.Kind != EventBreached {
		errs = append(errs, accord.Invalid(path.Child("victims"), e.Kind, "only a breach has victims"))
	}
	errs = append(errs, check.IDs(path.Child("victims"), e.Victims, "an actor id")...)
	for i, a := range e.Actors {
		if !check.IsID(a) {
			errs = append(errs, accord.Invalid(path.Child("actors").Index(i), a, "an actor id"))
		}
	}
	errs = append(errs, check.Text(path.Child("summary"), e.Summary, "what happened, in the coder's words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), e.Evidence)...)
	return errs
}

// Presence says whether guarantor forces are stationed in the protected
// state, where they would act as a tripwire. "not-stated" keeps silence in
// the sources apart from a coded absence.
//
// [Presence.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Presence means "not set" and is invalid, as for every enum of accord.
type Presence uint8

// The Presence values; the table below defines each one.
const (
	_ Presence = iota
	ForcesPresent
	ForcesAbsent
	ForcesProposed
	PresenceNotStated
)

var presenceEnum = enum.New("Presence", map[Presence]enum.Value{
	ForcesPresent:     {Name: "present", Doc: "guarantor forces are stationed in the protected state"},
	ForcesAbsent:      {Name: "absent", Doc: "no guarantor forces are stationed there and none are planned"},
	ForcesProposed:    {Name: "proposed", Doc: "a deployment is proposed but not in place"},
	PresenceNotStated: {Name: "not-stated", Doc: "the sources do not say"},
})

// String returns the wire name of p, or "Presence(n)" for an invalid value.
func (p Presence) String() string { return presenceEnum.String(p) }

// IsValid reports whether p is one of the named values.
func (p Presence) IsValid() bool { return presenceEnum.Valid(p) }

// Doc returns the codebook definition of p.
func (p Presence) Doc() string { return presenceEnum.Doc(p) }

// ParsePresence returns the Presence with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParsePresence(name string) (Presence, error) { return presenceEnum.Parse(name) }

// Presences returns every valid Presence in declaration order.
func Presences() []Presence { return presenceEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (p Presence) MarshalText() ([]byte, error) { return presenceEnum.MarshalText(p) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (p *Presence) UnmarshalText(text []byte) error { return presenceEnum.UnmarshalText(p, text) }

// TraitKind is a property of an instrument that the sources assert and that
// its other fields cannot express.
//
// [TraitKind.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// TraitKind means "not set" and is invalid, as for every enum of accord.
type TraitKind uint8

// The TraitKind values; the table below defines each one.
const (
	_ TraitKind = iota
	TraitVagueTerms
	TraitFixedFigures
	TraitNoEnforcement
	TraitDonorDependent
	TraitSoftLanguage
	TraitKnownQuantity
)

var traitKindEnum = enum.New("TraitKind", map[TraitKind]enum.Value{
	TraitVagueTerms:     {Name: "vague-terms", Doc: "the terms are too vague to tell what anyone would do"},
	TraitFixedFigures:   {Name: "fixed-figures", Doc: "support is fixed in exact amounts"},
	TraitNoEnforcement:  {Name: "no-enforcement", Doc: "there is no mechanism or power to enforce it"},
	TraitDonorDependent: {Name: "donor-dependent", Doc: "protection rests on continuing aid that donors may stop giving"},
	TraitSoftLanguage:   {Name: "soft-language", Doc: "its commitments are worded more softly than comparable ones"},
	TraitKnownQuantity:  {Name: "known-quantity", Doc: "an established alliance whose military resources and signalling a would-be aggressor already knows"},
})

// String returns the wire name of t, or "TraitKind(n)" for an invalid value.
func (t TraitKind) String() string { return traitKindEnum.String(t) }

// IsValid reports whether t is one of the named values.
func (t TraitKind) IsValid() bool { return traitKindEnum.Valid(t) }

// Doc returns the codebook definition of t.
func (t TraitKind) Doc() string { return traitKindEnum.Doc(t) }

// ParseTraitKind returns the TraitKind with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseTraitKind(name string) (TraitKind, error) { return traitKindEnum.Parse(name) }

// TraitKinds returns every valid TraitKind in declaration order.
func TraitKinds() []TraitKind { return traitKindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (t TraitKind) MarshalText() ([]byte, error) { return traitKindEnum.MarshalText(t) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (t *TraitKind) UnmarshalText(text []byte) error { return traitKindEnum.UnmarshalText(t, text) }

// Trait is a cited property of an instrument (see [TraitKind]).
type Trait struct {
	Kind     TraitKind         `json:"kind"`
	Note     string            `json:"note,omitempty"`
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports an invalid kind and missing evidence.
func (t Trait) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Enum(path.Child("kind"), t.Kind, traitKindEnum)...)
	return append(errs, accord.ValidateEvidence(path.Child("evidence"), t.Evidence)...)
}

// Disagreement records a question about an instrument on which the
// articles differ, with each view and its sources. accord keeps every view
// and resolves none.
type Disagreement struct {
	Topic string `json:"topic"`
	Views []View `json:"views"`
}

// View is one article's answer to a [Disagreement], in the coder's words.
type View struct {
	Claim    string            `json:"claim"`
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports a missing topic, fewer than two views, and views
// without a claim or evidence.
func (d Disagreement) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Text(path.Child("topic"), d.Topic, "the question the articles answer differently")...)
	if len(d.Views) < 2 {
		errs = append(errs, accord.Required(path.Child("views"), "at least two views, each with its sources"))
	}
	for i, v := range d.Views {
		p := path.Child("views").Index(i)
		errs = append(errs, check.Text(p.Child("claim"), v.Claim, "the view in the coder's words")...)
		errs = append(errs, accord.ValidateEvidence(p.Child("evidence"), v.Evidence)...)
	}
	return errs
}
