// Package corpus loads, validates and queries accord's coded corpus: the
// registry of source documents ([Document]) and everything coded from them,
// each fact with its citations.
//
// # Loading and verifying
//
// [Load] reads a corpus from one or more layers, each any [io/fs.FS] (the
// embedded corpus, then folders of one's own, named with [NamedLayer]),
// with strict decoding, and reports every problem at once, with file,
// line, column and record path; [Default] returns the corpus embedded in
// package seeds, parsed once and safe for concurrent use. [VerifySources]
// checks a corpus against copies of its source articles: their hashes and
// word counts, and that every anchor phrase occurs in its article;
// [VerifyDocuments] checks the documents whose sources are at hand and
// lists the others as unverified. [SourceEntry] starts the registry entry
// of a new source.
//
// # Hostile and careless input
//
// [LoadWith] takes [LoadOptions] whose [Limits] name every bound a load
// applies — the size of a file, the depth of nesting, the length of a
// string and of an id, the number of problems listed — each with a
// generous default ([DefaultLimits]) a caller may raise, and each
// exceeded with a problem that names it and matches [ErrLimit]. Whatever a
// file holds, a load never panics and costs time linear in its size. Its
// problems are causes, not consequences: a file that does not parse
// yields its first syntax error alone (a byte order mark or a NUL byte is
// named as such), and the references other files make to the records it
// would have defined are not reported as dangling; a value of the wrong
// type is reported once, not again by the validator that sees the zero
// value left in its place; and a required field written under a misspelt
// name ("stanse", "titel", "Summary") is reported once, as the unknown
// field, not again as missing. Nothing is changed silently: a byte that is not
// UTF-8, a control character other than tab and line breaks (escaped or
// not), an unpaired surrogate, and a number that overflows or underflows
// its Go type are each a problem with its place. Values quoted in a
// problem are cut to 80 bytes, so a huge value never becomes a huge
// message.
//
// # What a Corpus holds, and how its methods are named
//
// The methods of [Corpus] follow one rule, so that a reader can guess a
// name:
//
//  1. A domain that has a collection type of its own is handed out whole,
//     named for what it holds (the plural of its records, or the
//     collection's own name), and asked directly; the corpus repeats none
//     of its methods: [Corpus.Actors] (an [actors.Registry]:
//     Lookup, Actor, Len, …), [Corpus.Issues] (an [actors.Taxonomy]),
//     [Corpus.Positions] (an [actors.Positions], with its date-aware
//     queries and clash analysis), [Corpus.Rulebook] (a
//     [neutrality.Rulebook], with its doctrines) and [Corpus.Tagger] (a
//     [tag.Tagger]: Tag finds typed mentions in any text).
//  2. A record kind with no collection type has a plural that iterates
//     over all its records in file order
//     ([Corpus.Documents], [Corpus.Instruments], [Corpus.NeutralityStatuses],
//     [Corpus.Quantities], [Corpus.Settlements], [Corpus.NeutralityDemands],
//     [Corpus.KeyTerms], [Corpus.Citations]); where the kind is looked up
//     by id, the singular returns one record ([Corpus.Document],
//     [Corpus.Instrument], [Corpus.NeutralityStatus], [Corpus.Quantity],
//     [Corpus.Settlement]) and Num… counts them ([Corpus.NumDocuments], …).
//     Ids are unique across all the layers of a corpus, so one id names
//     one record whichever layer coded it.
//  3. A selection by something other than an id is named for what it
//     returns, with a preposition for its argument: [Corpus.DemandsIn]
//     (talks), [Corpus.DoctrinesOf] (a document),
//     [Corpus.NeutralityStatusesOf] (a state, in time order),
//     [Corpus.NeutralityStatusesOn] (a state and a date the articles
//     vouch for), [Corpus.QuantitiesOf] (an actor, a metric and a date),
//     [Corpus.LookupInstrument] (a name as texts write it) and
//     [Corpus.PrecedentsFor] (a subject). An id such a query does not know
//     is an error, never an empty answer.
//  4. A value derived from the whole corpus is named for what it is:
//     [Corpus.GuaranteeSituation] (the one default context of
//     assessments: who attacked whom, from the breaches recorded, and the
//     neutrality rulebook), [Corpus.SettlementFrame], [Corpus.SettlementSpace] and
//     [Corpus.Gazetteer].
//  5. A computation is a verb: [Corpus.RankInstruments], [Corpus.Search]
//     (records and documents ranked, with anchors and snippets),
//     [Corpus.WriteJSON] and [Corpus.WriteJSONLines] (the export for
//     programs in other languages; [Corpus.WriteJSONWith] and
//     [Corpus.WriteJSONLinesWith] add what the library computes).
//
// A Corpus is immutable after loading: accessors return copies, iterators
// or immutable values, never its own slices and maps.
//
// corpus sits at the top of the package graph: it imports the domain
// packages (actors, neutrality, guarantees, guarantees/settlement) and the
// text layer (corpus/tag), and none of them imports it, so the domain types
// can be used on their own, with data from anywhere.
package corpus

// The generated files of seeds/ are regenerated by the tests that check
// them: go generate ./... from the module root runs both.
//go:generate go test -run ^(TestSchemaIsUpToDate|TestExportSchemaIsUpToDate)$ -update-schema .
//go:generate go test -run ^TestCodebookIsGenerated$ -update-codebook .
