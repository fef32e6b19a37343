// Package enum is the name table behind every enumerated type of accord:
// strict parsing of lower-case wire names, a fallback String
// ("Stance(9)"), and a registry of every table for the codebook and the
// schema checks. Users never name it: each enum type forwards its methods
// to its table.
//
// # One table per type
//
// A table is a map keyed by the type's own constants, built once with
// [New]:
//
//	var stanceEnum = enum.New("Stance", map[Stance]enum.Value{
//		Demands:  {Name: "demands", Doc: "the actor insists on the outcome as a term of any deal"},
//		Supports: {Name: "supports", Doc: "the actor wants the outcome"},
//	})
//
// Each value is paired with its wire name by key, not by position, so
// reordering the constants cannot change the wire format, and a constant
// listed twice does not compile. The Doc is the value's one definition:
// the type's Doc method (where it has one) returns it, and the value
// tables of seeds/CODEBOOK.md are generated from it (go generate ./...).
//
// # The zero value
//
// Every enum of accord follows one rule: its zero value means "not set"
// and is invalid. It has no name; IsValid reports false; String prints it
// as "Type(0)" (any other unnamed number likewise, "Stance(9)");
// MarshalText refuses it, so it is never written out; and a validator
// reports a required field that holds it as required (accord.ErrRequired),
// not as an unsupported value. The named values are 1..n.
package enum
