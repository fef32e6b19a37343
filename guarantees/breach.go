package guarantees

import "slices"

// BreachAttacks returns the attacks the instrument's breaches record: each
// actor of a breach event against each of its victims, or, when the event
// names none, against every protected party other than itself. A breach
// of a declaration protecting several states by two of its guarantors is
// thus an attack on the states it harmed, not on every protected state.
func (in Instrument) BreachAttacks() []Attack {
	var out []Attack
	for _, e := range in.Events {
		if e.Kind != EventBreached {
			continue
		}
		victims := e.Victims
		if len(victims) == 0 {
			victims = in.ProtectedParties()
		}
		for _, who := range e.Actors {
			for _, victim := range victims {
				a := Attack{Attacker: who, Victim: victim, When: e.When.From}
				if victim != who && !slices.Contains(out, a) {
					out = append(out, a)
				}
			}
		}
	}
	return out
}

// Withdrawn reports whether actor withdrew from the instrument (an event
// withdrew names it); a party that withdrew no longer gives or receives
// the commitment.
func (in Instrument) Withdrawn(actor string) bool {
	return slices.ContainsFunc(in.Events, func(e Event) bool {
		return e.Kind == EventWithdrew && slices.Contains(e.Actors, actor)
	})
}
