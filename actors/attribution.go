package actors

import "github.com/accordmodel/accord/internal/enum"

// Attribution says how an article comes to attribute a [Position] to its
// actor: the actor said so, others report it, the author infers it, or it is
// the author's own view. Like PLOVER's modality contexts, it keeps a
// reported or inferred position from passing as a stated one.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Attribution means
// "not set" and is invalid, as for every enum of accord.
type Attribution uint8

// The Attribution values; the table below defines each one.
const (
	_ Attribution = iota
	Stated
	Reported
	Inferred
	Authorial
)

var attributionEnum = enum.New("Attribution", map[Attribution]enum.Value{
	Stated:    {Name: "stated", Doc: "the actor stated the position publicly"},
	Reported:  {Name: "reported", Doc: "the article reports the position on someone else's word (\"reportedly\", \"according to\")"},
	Inferred:  {Name: "inferred", Doc: "the article's author infers the position from the actor's conduct or from other statements"},
	Authorial: {Name: "authorial", Doc: "the position is the article author's own conclusion or recommendation"},
})

// String returns the wire name of a.
func (a Attribution) String() string { return attributionEnum.String(a) }

// IsValid reports whether a is one of the named attributions.
func (a Attribution) IsValid() bool { return attributionEnum.Valid(a) }

// ParseAttribution returns the attribution with the given wire name.
func ParseAttribution(name string) (Attribution, error) { return attributionEnum.Parse(name) }

// Attributions returns every valid attribution in declaration order.
func Attributions() []Attribution { return attributionEnum.Values() }

// MarshalText returns the wire name; an invalid attribution is an error.
func (a Attribution) MarshalText() ([]byte, error) { return attributionEnum.MarshalText(a) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (a *Attribution) UnmarshalText(b []byte) error { return attributionEnum.UnmarshalText(a, b) }
