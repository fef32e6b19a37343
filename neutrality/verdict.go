package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Verdict is what a rule says about an activity under a status. The zero
// Verdict is invalid; a [Finding] with no rule behind it has the zero
// Verdict and reports false from [Finding.Found].
type Verdict uint8

const (
	_ Verdict = iota
	// Compatible: the status allows the activity.
	Compatible
	// Incompatible: the status rules the activity out.
	Incompatible
	// Conditional: the status allows the activity only on the rule's
	// condition.
	Conditional
	// Contested: the sources disagree; the rule keeps each side with its
	// doctrine and source, and the caller's choice of doctrine decides.
	Contested
	// NotRequired: the status neither demands nor forbids the activity; a
	// demand for it is a separate bargain, not part of the status.
	NotRequired
)

var verdictEnum = enum.New[Verdict]("Verdict",
	enum.Value{Name: "compatible", Doc: "the status allows the activity"},
	enum.Value{Name: "incompatible", Doc: "the status rules the activity out"},
	enum.Value{Name: "conditional", Doc: "the status allows the activity only on the rule's condition"},
	enum.Value{Name: "contested", Doc: "the sources disagree; each side is kept with its doctrine and source, and a chosen doctrine decides"},
	enum.Value{Name: "not-required", Doc: "the status neither demands nor forbids the activity; demanding it goes beyond the status"},
)

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
