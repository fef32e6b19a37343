package neutrality

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
	"slices"
)

// EventKind is what happened to a status: it held, was violated, was
// defended or left undefended by a guarantor, or was given up. The events of
// a [Status] tell how a precedent ended.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero EventKind means
// "not set" and is invalid, as for every enum of accord.
type EventKind uint8

// The EventKind values; the table below defines each one.
const (
	_ EventKind = iota
	Held
	Violated
	BreachAlleged
	EnforcementClaimed
	GuaranteeHonoured
	GuaranteeUnhonoured
	FailedInWar
	Abandoned
	Superseded
)

var eventKindEnum = enum.New("EventKind", map[EventKind]enum.Value{
	Held:                {Name: "held", Doc: "the status withstood a test, such as a war, or still holds when the source was written"},
	Violated:            {Name: "violated", Doc: "another state breached the status by force (invasion, occupation, attack)"},
	BreachAlleged:       {Name: "breach-alleged", Doc: "another state alleged that the neutral itself had breached its status, typically to justify acting against it"},
	EnforcementClaimed:  {Name: "enforcement-claimed", Doc: "an outside power claimed a right to act by force to uphold the status in its own reading"},
	GuaranteeHonoured:   {Name: "guarantee-honoured", Doc: "a guarantor acted to defend the status"},
	GuaranteeUnhonoured: {Name: "guarantee-unhonoured", Doc: "a guarantor did not act when the status was violated"},
	FailedInWar:         {Name: "failed-in-war", Doc: "the status did not survive a war; the source does not say how or at whose hands"},
	Abandoned:           {Name: "abandoned", Doc: "the state itself gave up the status, including by joining a war or an alliance"},
	Superseded:          {Name: "superseded", Doc: "the status gave way to another status of the same state without a break, such as a neutrality policy turning into non-alignment"},
})

// String returns the wire name of k, or "EventKind(n)" for an invalid value.
func (k EventKind) String() string { return eventKindEnum.String(k) }

// IsValid reports whether k is one of the named event kinds.
func (k EventKind) IsValid() bool { return eventKindEnum.Valid(k) }

// ParseEventKind returns the event kind with the given wire name.
func ParseEventKind(name string) (EventKind, error) { return eventKindEnum.Parse(name) }

// EventKinds returns every valid event kind in declaration order.
func EventKinds() []EventKind { return eventKindEnum.Values() }

// MarshalText returns the wire name; an invalid event kind is an error.
func (k EventKind) MarshalText() ([]byte, error) { return eventKindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *EventKind) UnmarshalText(b []byte) error { return eventKindEnum.UnmarshalText(k, b) }

// Ends reports whether an event of kind k ends the status: a violation
// does not (the status may survive it, as a claim), but abandonment,
// supersession and failure in a war do. A status such an event ends is
// never current ([Status.Current]).
func (k EventKind) Ends() bool { return k == Abandoned || k == Superseded || k == FailedInWar }

// Event is one thing that happened to a status, with who did it and when,
// as far as the source tells.
type Event struct {
	// Kind says what happened.
	Kind EventKind `json:"kind"`
	// Date is when, at the source's precision; zero when the source gives
	// no date (Note then says what it does give, such as "after the war").
	Date accord.Date `json:"date,omitzero"`
	// By lists the actor ids of those who acted: the violator, the
	// guarantor, the state that abandoned its status. Empty when the
	// source does not name them.
	By []string `json:"by,omitempty"`
	// Note is the coder's remark in their own words.
	Note string `json:"note,omitempty"`
	// Evidence cites the source.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the event.
func (e Event) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Enum(path.Child("kind"), e.Kind, eventKindEnum)...)
	errs = append(errs, check.IDs(path.Child("by"), e.By, "an actor id")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), e.Evidence)...)
	return errs
}

// clone returns a deep copy of e.
func (e Event) clone() Event {
	e.By = slices.Clone(e.By)
	e.Evidence = slices.Clone(e.Evidence)
	return e
}
