// Package actors models who negotiates a state's security and what each of
// them wants: states, organisations and their organs, ad-hoc groupings,
// government bodies and people, with their names in several languages,
// aliases and metonyms, memberships over time, and the positions they take
// on the issues under negotiation.
//
// # Actors and lookup
//
// An [Actor] has a stable id, a [Kind], a canonical English name, names in
// other languages keyed by [golang.org/x/text/language.Tag], [Alias]es
// (abbreviations, surnames, transliterations, and metonyms such as "Kyiv"
// for Ukraine's government, with what they stand for), the [Office]s a
// person holds and whom they act for, and [Membership]s with periods
// (Finland in NATO from 2023). A [Registry], built by [NewRegistry], holds
// a validated set of actors and looks them up by any name in constant time
// ([Registry.Lookup]): names are compared after folding, so case,
// typographic apostrophes and spacing do not matter; transliteration
// variants are matched because they are recorded as aliases, never
// guessed; and a name two actors share yields an [*AmbiguousError]
// listing both, never one chosen at random. Lookup returns an [ActorRef]
// (id, kind, name) without copying the actor. [Registry.Principal] follows
// offices and acts_for links to the actor someone speaks for on a date.
//
// # Issues and positions
//
// An [Issue] is a question under negotiation phrased as an outcome
// ("Ukraine's armed forces are capped"); a [Taxonomy] arranges issues in a
// tree. A [Position] is one actor's [Stance] towards an issue's outcome as
// an article attributes it ([Attribution]): its [Condition]s, whether it
// is a red line, the [StatedFigure]s it names (a cap of 85,000 personnel), the
// [accord.Period] it was held, and its evidence. Positions change — Ukraine
// accepted permanent neutrality in principle in 2022 and rejects it now —
// so every query takes a date. [Positions], built by [NewPositions],
// answers them: [Positions.Select] with a [Filter], [Positions.Standings]
// (who stands where on an issue), [Positions.Compare] (where two actors
// agree, differ on figures, disagree or clash over a red line: a
// [Comparison] of [Relation]s) and [Positions.ClashMatrix] (the red-line
// clashes between every pair of actors: a [Matrix]). Results are values,
// sorted deterministically with names collated by
// [golang.org/x/text/collate]; each refers to the positions that produced
// it, which never change, and copies them only when asked
// ([Relation.APositions], [Standing.Positions]). [Positions] keeps its
// positions grouped by actor and by issue in flat arrays, so that a query
// reads runs of memory whatever the size of the corpus.
//
// The types here are usable without the corpus: build a [Registry], a
// [Taxonomy] and [Positions] from slices of values, and every constructor
// validates what it is given and reports every problem with its path.
// Package corpus loads the coded data into the same types.
package actors
