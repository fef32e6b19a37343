package guarantees

import (
	"fmt"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
)

// Topic is what a clause is about. Only [Commitment] clauses carry a
// [Reading].
//
// [Topic.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Topic means "not set" and is invalid, as for every enum of accord.
type Topic uint8

// The Topic values; the table below defines each one.
const (
	_ Topic = iota
	Commitment
	NeutralityDuty
	ForceLimits
	ForeignMilitaryActivity
	MilitaryAgreements
	EURelations
	TerritorialQuestions
	AlliancePath
)

var topicEnum = enum.New("Topic", map[Topic]enum.Value{
	Commitment:              {Name: "commitment", Doc: "a promise to the protected state: to respect it, aid it or defend it"},
	NeutralityDuty:          {Name: "neutrality-duty", Doc: "the protected state's own duties of neutrality or non-alignment"},
	ForceLimits:             {Name: "force-limits", Doc: "caps on the protected state's armed forces"},
	ForeignMilitaryActivity: {Name: "foreign-military-activity", Doc: "limits on foreign troops, bases and exercises on the protected state's territory"},
	MilitaryAgreements:      {Name: "military-agreements", Doc: "limits on the protected state's defence agreements with others"},
	EURelations:             {Name: "eu-relations", Doc: "how the arrangement relates to membership of the European Union"},
	TerritorialQuestions:    {Name: "territorial-questions", Doc: "how disputes over territory are to be settled"},
	AlliancePath:            {Name: "alliance-path", Doc: "provisions on the protected state's path to membership of a military alliance"},
})

// String returns the wire name of t, or "Topic(n)" for an invalid value.
func (t Topic) String() string { return topicEnum.String(t) }

// IsValid reports whether t is one of the named values.
func (t Topic) IsValid() bool { return topicEnum.Valid(t) }

// Doc returns the codebook definition of t.
func (t Topic) Doc() string { return topicEnum.Doc(t) }

// ParseTopic returns the Topic with the given wire name; an unknown name is an
// error that matches [accord.ErrNotSupported].
func ParseTopic(name string) (Topic, error) { return topicEnum.Parse(name) }

// Topics returns every valid Topic in declaration order.
func Topics() []Topic { return topicEnum.Values() }

// MarshalText returns the wire name; an invalid value is an error.
func (t Topic) MarshalText() ([]byte, error) { return topicEnum.MarshalText(t) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (t *Topic) UnmarshalText(text []byte) error { return topicEnum.UnmarshalText(t, text) }

// Clause is one provision of an [Instrument]: its label, its wording when
// the sources give it (verbatim wording of a legal clause is the object
// modelled), a summary in the coder's words, the structured [Reading] of
// its base text for commitment clauses, the [ForceCap]s of a force-limits
// clause, and the [Revision]s parties have proposed to it.
//
// WordingSource says where the wording comes from: the article that
// quotes it, or the instrument's official text.
type Clause struct {
	ID            string            `json:"id"`
	Label         string            `json:"label"`
	Topic         Topic             `json:"topic"`
	Wording       string            `json:"wording,omitempty"`
	WordingSource string            `json:"wording_source,omitempty"`
	Summary       string            `json:"summary"`
	Reading       Reading           `json:"reading,omitzero"`
	Caps          []ForceCap        `json:"caps,omitempty"`
	Revisions     []Revision        `json:"revisions,omitempty"`
	Evidence      []accord.Citation `json:"evidence"`
}

// Revision returns the clause's revision with the given id.
func (c Clause) Revision(id string) (Revision, bool) {
	for _, r := range c.Revisions {
		if r.ID == id {
			return r, true
		}
	}
	return Revision{}, false
}

// Validate reports every intrinsic problem of the clause and its
// revisions: a missing id, label, topic or summary, a commitment without
// a reading (or a reading on another topic), wording without its source,
// invalid readings, revisions that do not fit the wording, repeated
// revision ids, a wording longer than [MaxWording], and missing evidence.
func (c Clause) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), c.ID, "a slug unique within the instrument, such as art5")...)
	errs = append(errs, check.Text(path.Child("label"), c.Label, "the clause's label, such as Article 5")...)
	errs = append(errs, check.Enum(path.Child("topic"), c.Topic, topicEnum)...)
	if len(c.Wording) > MaxWording {
		errs = append(errs, accord.Invalid(path.Child("wording"), fmt.Sprintf("%d bytes", len(c.Wording)),
			fmt.Sprintf("at most %d bytes: a clause's wording, not a whole treaty", MaxWording)).WithRule(ErrWordingTooLong))
	}
	if c.Wording != "" && c.WordingSource == "" {
		errs = append(errs, accord.Required(path.Child("wording_source"), "where the verbatim wording comes from"))
	}
	errs = append(errs, check.Text(path.Child("summary"), c.Summary, "what the clause says, in the coder's words")...)
	switch {
	case c.Topic == Commitment && c.Reading.IsZero():
		errs = append(errs, accord.Required(path.Child("reading"), "a commitment clause needs its structured reading"))
	case c.Topic == Commitment:
		errs = append(errs, c.Reading.Validate(path.Child("reading"))...)
	case c.Topic.IsValid() && !c.Reading.IsZero():
		errs = append(errs, accord.Invalid(path.Child("reading"), c.Topic, "only commitment clauses carry a reading"))
	}
	if c.Topic.IsValid() && c.Topic != Commitment && len(c.Revisions) > 0 {
		errs = append(errs, accord.Invalid(path.Child("revisions"), c.Topic, "only commitment clauses carry revisions, since each revision declares its change to the reading"))
	}
	errs = append(errs, c.validateCaps(path.Child("caps"))...)
	ids := map[string]bool{}
	for i, r := range c.Revisions {
		p := path.Child("revisions").Index(i)
		errs = append(errs, r.Validate(p, c.Wording)...)
		if r.ID != "" && ids[r.ID] {
			errs = append(errs, accord.Duplicate(p.Child("id"), r.ID, "revision ids are unique within the clause"))
		}
		ids[r.ID] = true
	}
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), c.Evidence)...)
	return errs
}
