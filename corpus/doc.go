// Package corpus loads, validates and queries accord's coded corpus: the
// registry of source documents ([Document]) and everything coded from them
// — actors and their positions, neutrality statuses and rules, security
// instruments — each fact with its citations.
//
// [Load] reads a corpus from any [io/fs.FS] with strict decoding and
// reports every problem at once, with file, line, column and record path;
// [Default] returns the corpus embedded in package seeds. [VerifySources]
// checks a corpus against copies of its source articles: their hashes and
// word counts, and that every anchor phrase occurs in its article.
//
// corpus sits at the top of the package graph
// (actors ← neutrality ← guarantees ← corpus): it imports the domain
// packages and none of them imports it, so the domain types can be used on
// their own, with data from anywhere.
package corpus
