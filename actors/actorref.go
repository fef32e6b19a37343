package actors

import (
	"github.com/accordmodel/accord"
	"golang.org/x/text/language"
)

// ActorRef is an actor found in a [Registry]: its id, kind and canonical
// name, which are plain values, and a reference to the rest of it in the
// registry, which never changes. [Registry.Lookup] returns one without
// copying the actor's names, aliases, offices, memberships and evidence;
// [ActorRef.Actor] copies them when asked. Changing the fields of an
// ActorRef changes neither the registry nor what [ActorRef.Actor]
// returns.
//
// The zero ActorRef refers to no actor: its Actor is the zero Actor.
type ActorRef struct {
	// ID is the actor's id.
	ID string
	// Kind is the actor's kind.
	Kind Kind
	// Name is the actor's canonical English name.
	Name string

	r *Registry
	i int // index into r.list
}

// ref returns the ActorRef of the actor at index i.
func (r *Registry) ref(i int) ActorRef {
	a := &r.list[i]
	return ActorRef{ID: a.ID, Kind: a.Kind, Name: a.Name, r: r, i: i}
}

// actor returns the registry's own actor, or nil for the zero ActorRef.
func (a ActorRef) actor() *Actor {
	if a.r == nil {
		return nil
	}
	return &a.r.list[a.i]
}

// IsValid reports whether a refers to an actor.
func (a ActorRef) IsValid() bool { return a.r != nil }

// Actor returns a copy of the whole actor.
func (a ActorRef) Actor() Actor {
	if p := a.actor(); p != nil {
		return p.Clone()
	}
	return Actor{}
}

// NameIn returns the actor's name in the language t, as [Actor.NameIn]
// does, without copying the actor.
func (a ActorRef) NameIn(t language.Tag) string {
	if p := a.actor(); p != nil {
		return p.NameIn(t)
	}
	return ""
}

// MemberOf reports whether the actor is a member of org on date d, as
// [Actor.MemberOf] does, without copying the actor.
func (a ActorRef) MemberOf(org string, d accord.Date) bool {
	if p := a.actor(); p != nil {
		return p.MemberOf(org, d)
	}
	return false
}

// String returns what [Actor.String] returns for the actor: "Volodymyr
// Zelenskyy (zelenskyy, person)"; "no actor" for the zero ActorRef.
func (a ActorRef) String() string {
	if !a.IsValid() {
		return "no actor"
	}
	return Actor{ID: a.ID, Kind: a.Kind, Name: a.Name}.String()
}
