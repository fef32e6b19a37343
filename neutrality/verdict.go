package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Verdict is what a rule says about an activity under a status. A [Ruling]
// with no rule behind it has the zero Verdict and reports false from
// [Ruling.Found].
//
// [Verdict.Doc] and seeds/CODEBOOK.md give each value's meaning. The zero
// Verdict means "not set" and is invalid, as for every enum of accord.
type Verdict uint8

// The Verdict values; the table below defines each one.
const (
	_ Verdict = iota
	Compatible
	Incompatible
	Conditional
	Contested
	NotRequired
	Required
	NotApplicable
)

var verdictEnum = enum.New("Verdict", map[Verdict]enum.Value{
	Compatible:    {Name: "compatible", Doc: "the status allows the activity"},
	Incompatible:  {Name: "incompatible", Doc: "the status rules the activity out"},
	Conditional:   {Name: "conditional", Doc: "the status allows the activity only on the rule's condition"},
	Contested:     {Name: "contested", Doc: "the sources disagree; the rule keeps each side with its doctrine and source, and the caller's choice of doctrine decides"},
	NotRequired:   {Name: "not-required", Doc: "the status neither demands nor forbids the activity; a demand for it is a separate bargain, not part of the status"},
	Required:      {Name: "required", Doc: "the status obliges the state to do or keep up the activity: a duty of the status, such as a neutral's duty to defend its neutrality, by arms if necessary"},
	NotApplicable: {Name: "not-applicable", Doc: "only in a ruling, never in a rule: the status binds only in another context (the law of neutrality only while an international armed conflict is under way), so in this one it says nothing about the activity"},
})

// String returns the wire name of v, or "Verdict(n)" for an invalid value.
func (v Verdict) String() string { return verdictEnum.String(v) }

// IsValid reports whether v is one of the named verdicts.
func (v Verdict) IsValid() bool { return verdictEnum.Valid(v) }

// Doc returns the codebook definition of v.
func (v Verdict) Doc() string { return verdictEnum.Doc(v) }

// ParseVerdict returns the verdict with the given wire name.
func ParseVerdict(name string) (Verdict, error) { return verdictEnum.Parse(name) }

// Verdicts returns every valid verdict in declaration order.
func Verdicts() []Verdict { return verdictEnum.Values() }

// MarshalText returns the wire name; an invalid verdict is an error.
func (v Verdict) MarshalText() ([]byte, error) { return verdictEnum.MarshalText(v) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (v *Verdict) UnmarshalText(b []byte) error { return verdictEnum.UnmarshalText(v, b) }
