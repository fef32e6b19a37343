package guarantees

import (
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
)

// RevisionKind is the type of textual modification a [Revision] makes, as
// Akoma Ntoso types amendments.
//
// [RevisionKind.Doc] and seeds/CODEBOOK.md give each value's meaning. The
// zero RevisionKind means "not set" and is invalid, as for every enum of
// accord.
type RevisionKind uint8

// The RevisionKind values; the table below defines each one, and each
// constant's comment says which fields of a [Revision] it uses.
const (
	_ RevisionKind = iota
	// Insertion adds Text before or after the anchor text At.
	Insertion
	// Deletion removes the text At.
	Deletion
	// Substitution replaces the text At with Text.
	Substitution
)

var revisionKindEnum = enum.New("RevisionKind", map[RevisionKind]enum.Value{
	Insertion:    {Name: "insertion", Doc: "adds new text before or after an anchor text of the clause"},
	Deletion:     {Name: "deletion", Doc: "removes a passage of the clause"},
	Substitution: {Name: "substitution", Doc: "replaces a passage of the clause with new text"},
})

// String returns the wire name of r, or "RevisionKind(n)" for an invalid value.
func (r RevisionKind) String() string { return revisionKindEnum.String(r) }

// IsValid reports whether r is one of the named values.
func (r RevisionKind) IsValid() bool { return revisionKindEnum.Valid(r) }

// Doc returns the codebook definition of r.
func (r RevisionKind) Doc() string { return revisionKindEnum.Doc(r) }

// ParseRevisionKind returns the RevisionKind with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseRevisionKind(name string) (RevisionKind, error) { return revisionKindEnum.Parse(name) }

// RevisionKinds returns every valid RevisionKind in declaration order.
func RevisionKinds() []RevisionKind { return revisionKindEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (r RevisionKind) MarshalText() ([]byte, error) { return revisionKindEnum.MarshalText(r) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (r *RevisionKind) UnmarshalText(text []byte) error {
	return revisionKindEnum.UnmarshalText(r, text)
}

// Placement says on which side of its anchor text an insertion goes. Only
// insertions have one.
//
// [Placement.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Placement means "not set" and is invalid, as for every enum of accord.
type Placement uint8

// The Placement values; the table below defines each one.
const (
	_ Placement = iota
	After
	Before
)

var placementEnum = enum.New("Placement", map[Placement]enum.Value{
	After:  {Name: "after", Doc: "the inserted text follows the anchor text"},
	Before: {Name: "before", Doc: "the inserted text precedes the anchor text"},
})

// String returns the wire name of p, or "Placement(n)" for an invalid value.
func (p Placement) String() string { return placementEnum.String(p) }

// IsValid reports whether p is one of the named values.
func (p Placement) IsValid() bool { return placementEnum.Valid(p) }

// Doc returns the codebook definition of p.
func (p Placement) Doc() string { return placementEnum.Doc(p) }

// ParsePlacement returns the Placement with the given wire name; an
// unknown name is an error that matches [accord.ErrNotSupported].
func ParsePlacement(name string) (Placement, error) { return placementEnum.Parse(name) }

// Placements returns every valid Placement in declaration order.
func Placements() []Placement { return placementEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (p Placement) MarshalText() ([]byte, error) { return placementEnum.MarshalText(p) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (p *Placement) UnmarshalText(text []byte) error { return placementEnum.UnmarshalText(p, text) }

// RevisionStatus is where a proposed revision stands in the negotiation.
//
// [RevisionStatus.Doc] and seeds/CODEBOOK.md give each value's meaning. The
// zero RevisionStatus means "not set" and is invalid, as for every enum of
// accord.
type RevisionStatus uint8

// The RevisionStatus values; the table below defines each one.
const (
	_ RevisionStatus = iota
	RevisionProposed
	RevisionDisputed
	RevisionAccepted
	RevisionWithdrawn
)

var revisionStatusEnum = enum.New("RevisionStatus", map[RevisionStatus]enum.Value{
	RevisionProposed:  {Name: "proposed", Doc: "tabled by its proposers; the other side's answer is not recorded"},
	RevisionDisputed:  {Name: "disputed", Doc: "tabled and objected to by another party, and not resolved"},
	RevisionAccepted:  {Name: "accepted", Doc: "agreed by the parties"},
	RevisionWithdrawn: {Name: "withdrawn", Doc: "dropped by its proposers"},
})

// String returns the wire name of r, or "RevisionStatus(n)" for an invalid value.
func (r RevisionStatus) String() string { return revisionStatusEnum.String(r) }

// IsValid reports whether r is one of the named values.
func (r RevisionStatus) IsValid() bool { return revisionStatusEnum.Valid(r) }

// Doc returns the codebook definition of r.
func (r RevisionStatus) Doc() string { return revisionStatusEnum.Doc(r) }

// ParseRevisionStatus returns the RevisionStatus with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseRevisionStatus(name string) (RevisionStatus, error) { return revisionStatusEnum.Parse(name) }

// RevisionStatuses returns every valid RevisionStatus in declaration order.
func RevisionStatuses() []RevisionStatus { return revisionStatusEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (r RevisionStatus) MarshalText() ([]byte, error) { return revisionStatusEnum.MarshalText(r) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (r *RevisionStatus) UnmarshalText(text []byte) error {
	return revisionStatusEnum.UnmarshalText(r, text)
}

// Revision is a change to a clause's wording proposed by named parties,
// modelled on Akoma Ntoso's textual modifications: an insertion of Text
// before or after the passage At, the deletion of At, or the substitution
// of Text for At. At must occur exactly once in the clause's wording, so
// that the revision's place is unambiguous; revisions are always anchored
// to the base wording, never to each other, so any combination of them can
// be rendered.
//
// Changes declares what the revision does to the clause's [Reading]; the
// library derives the reading of a combination from these declarations.
// A revision is a proposal: it is never part of the clause until a
// [Version] adopts it.
type Revision struct {
	ID string `json:"id"`
	// Label names the revision for people, such as "Ukraine's revision";
	// optional. [Revision.Title] falls back to the id.
	Label     string         `json:"label,omitempty"`
	By        []string       `json:"by"`
	Kind      RevisionKind   `json:"kind"`
	At        string         `json:"at"`
	Placement Placement      `json:"position,omitzero"`
	Text      string         `json:"text,omitempty"`
	Status    RevisionStatus `json:"status"`
	Changes   ReadingChange  `json:"changes"`
	// Summary says in the coder's words what the revision does and why its
	// proposers wanted it.
	Summary  string            `json:"summary"`
	Evidence []accord.Citation `json:"evidence"`
}

// Title returns the revision's label, or "revision " and its id when it
// has none.
func (r Revision) Title() string {
	if r.Label != "" {
		return r.Label
	}
	return "revision " + r.ID
}

// ReadingChange is what a [Revision] does to its clause's [Reading]. Set
// enum fields replace the base value; the lists add or remove entries.
type ReadingChange struct {
	Trigger        Trigger     `json:"trigger,omitzero"`
	Obligation     Obligation  `json:"obligation,omitzero"`
	Decision       Decision    `json:"decision,omitzero"`
	Invoker        Invoker     `json:"invoker,omitzero"`
	AddMeasures    []Measure   `json:"add_measures,omitempty"`
	RemoveMeasures []Measure   `json:"remove_measures,omitempty"`
	AddConditions  []Condition `json:"add_conditions,omitempty"`
	AddExclusions  []Exclusion `json:"add_exclusions,omitempty"`
}

// IsZero reports whether the change changes nothing.
func (c ReadingChange) IsZero() bool {
	return c.Trigger == 0 && c.Obligation == 0 && c.Decision == 0 && c.Invoker == 0 &&
		len(c.AddMeasures) == 0 && len(c.RemoveMeasures) == 0 && len(c.AddConditions) == 0 && len(c.AddExclusions) == 0
}

// Validate reports every intrinsic problem of the revision against the
// wording of its clause: a missing id, proposer or kind, text that the
// kind forbids or requires, an anchor At that does not occur in wording
// (rule [ErrRevisionTextNotFound]) or occurs more than once
// ([ErrRevisionAmbiguous]), an empty or invalid declared change, and
// missing evidence.
func (r Revision) Validate(path accord.Path, wording string) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), r.ID, "a slug unique within the instrument")...)
	if len(r.By) == 0 {
		errs = append(errs, accord.Required(path.Child("by"), "the ids of the actors who proposed the revision"))
	}
	for i, a := range r.By {
		if !check.IsID(a) {
			errs = append(errs, accord.Invalid(path.Child("by").Index(i), a, "an actor id"))
		}
	}
	errs = append(errs, check.Enum(path.Child("kind"), r.Kind, revisionKindEnum)...)
	switch {
	case r.Kind == Insertion:
		errs = append(errs, check.Enum(path.Child("position"), r.Placement, placementEnum)...)
	case r.Placement != 0:
		errs = append(errs, accord.Invalid(path.Child("position"), r.Placement, "only insertions have a position"))
	}
	switch {
	case (r.Kind == Insertion || r.Kind == Substitution) && r.Text == "":
		errs = append(errs, accord.Required(path.Child("text"), "the new text an insertion or substitution brings"))
	case r.Kind == Deletion && r.Text != "":
		errs = append(errs, accord.Invalid(path.Child("text"), r.Text, "a deletion has no new text"))
	}
	switch n, _ := anchorCount(wording, r.At); {
	case r.At == "":
		errs = append(errs, accord.Required(path.Child("at"), "the passage of the clause the revision is anchored to"))
	case wording == "":
		errs = append(errs, accord.NotFound(path.Child("at"), r.At, "the clause has no wording to revise").WithRule(ErrRevisionTextNotFound))
	case n == 0:
		errs = append(errs, accord.NotFound(path.Child("at"), r.At, "the passage does not occur in the clause's wording").WithRule(ErrRevisionTextNotFound))
	case n > 1:
		errs = append(errs, accord.Invalid(path.Child("at"), r.At, "the passage occurs more than once in the clause's wording; quote more of it").WithRule(ErrRevisionAmbiguous))
	}
	errs = append(errs, check.Enum(path.Child("status"), r.Status, revisionStatusEnum)...)
	errs = append(errs, r.Changes.Validate(path.Child("changes"))...)
	errs = append(errs, check.Text(path.Child("summary"), r.Summary, "what the revision does, in the coder's words")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), r.Evidence)...)
	return errs
}

// Validate reports an empty change (every revision must declare what it
// does to the reading) and invalid values.
func (c ReadingChange) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	if c.IsZero() {
		return accord.ErrorList{accord.Required(path, "what the revision changes in the clause's reading")}
	}
	errs = append(errs, check.OptEnum(path.Child("trigger"), c.Trigger, triggerEnum)...)
	errs = append(errs, check.OptEnum(path.Child("obligation"), c.Obligation, obligationEnum)...)
	errs = append(errs, check.OptEnum(path.Child("decision"), c.Decision, decisionEnum)...)
	errs = append(errs, check.OptEnum(path.Child("invoker"), c.Invoker, invokerEnum)...)
	for i, m := range c.AddMeasures {
		if !m.IsValid() {
			errs = append(errs, accord.NotSupported(path.Child("add_measures").Index(i), m, measureEnum.Names()))
		}
	}
	for i, m := range c.RemoveMeasures {
		if !m.IsValid() {
			errs = append(errs, accord.NotSupported(path.Child("remove_measures").Index(i), m, measureEnum.Names()))
		}
	}
	for i, k := range c.AddConditions {
		if !k.Kind.IsValid() {
			errs = append(errs, accord.NotSupported(path.Child("add_conditions").Index(i).Child("kind"), k.Kind, conditionKindEnum.Names()))
		}
	}
	for i, x := range c.AddExclusions {
		if !check.IsID(x.Area) {
			errs = append(errs, accord.Invalid(path.Child("add_exclusions").Index(i).Child("area"), x.Area, "a slug naming the excluded territory"))
		}
	}
	return errs
}

// anchorCount reports how often a revision's anchor at occurs in wording
// (0, 1, or 2 for more than once; an empty anchor occurs nowhere) and
// where it first occurs (-1 when it does not). Overlapping occurrences
// count ("yy" occurs twice in "yyy"): either would be a place to apply the
// edit. Validate and Version both decide with it, so a revision that
// validates always renders.
func anchorCount(wording, at string) (n, first int) {
	i := strings.Index(wording, at)
	switch {
	case at == "" || i < 0:
		return 0, -1
	case strings.Contains(wording[i+1:], at):
		return 2, i
	}
	return 1, i
}
