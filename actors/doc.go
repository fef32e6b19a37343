// Package actors models who negotiates a state's security and what each of
// them wants: states, organisations and their organs, ad-hoc groupings,
// government bodies and people, with their names in several languages,
// aliases and metonyms, memberships over time, and the positions they take
// on the issues under negotiation.
//
// Package actors is also the root of accord's package graph
// (actors ← neutrality ← guarantees ← corpus), so it defines the small
// vocabulary every other package shares: [Citation] (which article says so,
// and where), [Date] and [Period] (when, at the precision the sources give),
// [Fold] (the one text normaliser), [Enum] (strict enumerations with an
// invalid zero), and [FieldError] and [ErrorList] (validation problems with
// their paths, all reported at once).
package actors
