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
// # What a Corpus holds
//
//   - documents: [Corpus.Documents], [Corpus.Document], [Corpus.Citations];
//   - actors, the issue taxonomy and positions: [Corpus.Actors],
//     [Corpus.LookupActor], [Corpus.ActorRegistry], [Corpus.Issues],
//     [Corpus.Positions] (with its date-aware queries and clash analysis);
//   - neutrality: [Corpus.Rulebook] (with its doctrines),
//     [Corpus.NeutralityStatuses], [Corpus.NeutralityTimeline],
//     [Corpus.Precedents], [Corpus.NeutralityDemands];
//   - security instruments: [Corpus.Instruments], [Corpus.RankInstruments]
//     with [Corpus.GuaranteeContext];
//   - settlement options: [Corpus.Settlements], [Corpus.SettlementSpace]
//     (a *Corpus is the source package settlement evaluates against);
//   - text: [Corpus.Tag] (typed mentions in any text, over
//     [Corpus.Tagger]) and [Corpus.Search] (records and documents ranked,
//     with anchors and snippets);
//   - export: [Corpus.WriteJSON] and [Corpus.WriteJSONLines] for programs
//     in other languages.
//
// A Corpus is immutable after loading: accessors return copies, iterators
// or immutable values, never its own slices and maps.
//
// corpus sits at the top of the package graph
// (actors ← neutrality ← guarantees ← guarantees/settlement ← corpus): it
// imports the domain packages and none of them imports it, so the domain
// types can be used on their own, with data from anywhere.
package corpus
