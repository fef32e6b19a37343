// Package corpus loads, validates and queries accord's coded corpus: the
// registry of source documents ([Document]) and everything coded from them,
// each fact with its citations.
//
// # Loading and verifying
//
// [Load] reads a corpus from any [io/fs.FS] with strict decoding and
// reports every problem at once, with file, line, column and record path;
// [Default] returns the corpus embedded in package seeds, parsed once and
// safe for concurrent use. [VerifySources] checks a corpus against copies
// of its source articles: their hashes and word counts, and that every
// anchor phrase occurs in its article.
//
// # What a Corpus holds, and how its methods are named
//
// The methods of [Corpus] follow one rule, so that a reader can guess a
// name:
//
//  1. A domain that has a collection type of its own is handed out whole,
//     under the plural of its records, and asked directly; the corpus
//     repeats none of its methods: [Corpus.Actors] (an [actors.Registry]:
//     Lookup, Actor, Len, …), [Corpus.Issues] (an [actors.Taxonomy]),
//     [Corpus.Positions] (an [actors.Positions], with its date-aware
//     queries and clash analysis), [Corpus.Rulebook] (a
//     [neutrality.Rulebook], with its doctrines) and [Corpus.Tagger] (a
//     [tag.Tagger]: Tag finds typed mentions in any text).
//  2. A record kind with no collection type has a plural that iterates
//     over all its records in file order
//     ([Corpus.Documents], [Corpus.Instruments], [Corpus.NeutralityStatuses],
//     [Corpus.Settlements], [Corpus.NeutralityDemands], [Corpus.KeyTerms],
//     [Corpus.Citations]); where the kind is looked up by id, the singular
//     returns one record ([Corpus.Document], [Corpus.Instrument],
//     [Corpus.NeutralityStatus], [Corpus.Settlement]) and Num… counts
//     them ([Corpus.NumDocuments], …).
//  3. A selection by something other than an id is named for what it
//     returns, with a preposition for its argument: [Corpus.DemandsIn]
//     (talks), [Corpus.DoctrinesOf] (a document),
//     [Corpus.NeutralityStatusesOf] (a state, in time order) and
//     [Corpus.PrecedentsFor] (a subject).
//  4. A value derived from the whole corpus is named for its type:
//     [Corpus.GuaranteeSituation] (who attacked whom, from the breaches
//     recorded), [Corpus.SettlementFrame], [Corpus.SettlementSpace] and
//     [Corpus.Gazetteer].
//  5. A computation is a verb: [Corpus.RankInstruments], [Corpus.Search]
//     (records and documents ranked, with anchors and snippets),
//     [Corpus.WriteJSON] and [Corpus.WriteJSONLines] (the export for
//     programs in other languages).
//
// A Corpus is immutable after loading: accessors return copies, iterators
// or immutable values, never its own slices and maps.
//
// corpus sits at the top of the package graph: it imports the domain
// packages (actors, neutrality, guarantees, guarantees/settlement) and the
// text layer (corpus/tag), and none of them imports it, so the domain types
// can be used on their own, with data from anywhere.
package corpus
