package neutrality

import "github.com/accordmodel/accord/internal/enum"

// Context is whether an activity is judged in peacetime or while an
// international armed conflict between other states is under way. The law
// of neutrality binds only in war, while permanent neutrality also has
// peacetime duties, so some rules differ by context. In [Options] the
// zero Context means "the usual context of the status":
// wartime for [NeutralInWar], peacetime for every other kind.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Context means
// "not set" and is invalid, as for every enum of accord.
type Context uint8

// The Context values; the table below defines each one.
const (
	_ Context = iota
	Peacetime
	Wartime
)

var contextEnum = enum.New("Context", map[Context]enum.Value{
	Peacetime: {Name: "peacetime", Doc: "no international armed conflict that concerns the state is under way"},
	Wartime:   {Name: "wartime", Doc: "an international armed conflict between other states is under way and the state is not a party to it"},
})

// String returns the wire name of c, or "Context(n)" for an invalid value.
func (c Context) String() string { return contextEnum.String(c) }

// IsValid reports whether c is one of the named contexts.
func (c Context) IsValid() bool { return contextEnum.Valid(c) }

// ParseContext returns the context with the given wire name.
func ParseContext(name string) (Context, error) { return contextEnum.Parse(name) }

// Contexts returns every valid context in declaration order.
func Contexts() []Context { return contextEnum.Values() }

// MarshalText returns the wire name; an invalid context is an error.
func (c Context) MarshalText() ([]byte, error) { return contextEnum.MarshalText(c) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (c *Context) UnmarshalText(b []byte) error { return contextEnum.UnmarshalText(c, b) }
