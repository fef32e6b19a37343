// Package accord is a typed, validated model of how states secure
// themselves short of alliance membership: neutrality and its legal
// variants, security guarantees and assurances, the clauses that carry
// them, and the actors who negotiate them and what each one demands. It
// ships a corpus coded from five policy articles on Ukraine's security
// after the war, every fact with the article and anchor phrase it rests on.
//
// # The packages
//
//   - accord (this package): the vocabulary every domain shares — [Date],
//     [Precision], [Period] and [Ending] (when, at the precision the
//     sources give, and whether a period still holds, ended at a date not
//     given, or its end is not stated; [ErrBadDate] and [ErrBadPeriod]
//     for text that is neither),
//     [Citation] (which article says so, and where), and the validation
//     problems: [Path], [FieldError] and [ErrorList], whose kinds are the
//     sentinels [ErrRequired], [ErrInvalid], [ErrNotSupported],
//     [ErrDuplicate], [ErrNotFound] and [ErrUnknownField], and the rule
//     [ErrBadID] that every validator applies to ids.
//   - [github.com/accordmodel/accord/actors]: who negotiates — states,
//     organisations, people, their names and memberships — the issues
//     under negotiation and the positions actors take on them.
//   - [github.com/accordmodel/accord/neutrality]: neutral statuses (in a
//     war, as a policy, permanent, neutralised, non-aligned), the rulebook
//     of what each status allows under each legal doctrine, and demands.
//   - [github.com/accordmodel/accord/guarantees]: security guarantees and
//     assurances, their clauses and revisions, and how strong each is;
//     [github.com/accordmodel/accord/guarantees/settlement] evaluates
//     settlement packages against actors' positions.
//   - [github.com/accordmodel/accord/corpus]: loads and validates the coded
//     data into the domain types and answers questions across them.
//     [github.com/accordmodel/accord/corpus/tag] finds typed mentions in
//     any text, [github.com/accordmodel/accord/corpus/figure] reads figures
//     from text, and [github.com/accordmodel/accord/corpus/chart] draws the
//     corpus as SVG charts.
//   - [github.com/accordmodel/accord/seeds]: the embedded data files and
//     their codebook.
//
// Every domain package builds on this one, and a package imports another
// only for what that package is about, so a program that needs only the
// neutrality rulebook compiles neither the actor registry nor the loader.
//
// # A first answer
//
// Load the embedded corpus with corpus.Default and ask its rulebook
// whether a permanently neutral state may join an alliance:
//
//	c, err := corpus.Default()
//	if err != nil { … }
//	status := neutrality.Status{Kind: neutrality.PermanentNeutrality}
//	f, err := c.Rulebook().Check(status, neutrality.AllianceMembership, neutrality.Options{})
//	fmt.Println(f.Verdict, "-", f.Reason)
//	// incompatible - One source says neutral status prohibits joining any
//	// military alliance; another calls abstention from alliances such as
//	// NATO a common limitation of permanent neutrality, …
//
// The answer carries its reason and, through the rule, the citations it
// rests on. Run go run ./examples/quickstart for a tour of every domain.
//
// # Validation
//
// Every record type has a Validate method that takes the [Path] of the
// record and returns every problem it finds as an [ErrorList], never only
// the first. Each problem is a [*FieldError] that wraps one kind sentinel
// (and possibly a rule sentinel of its package), so callers test kinds with
// [errors.Is] rather than by matching messages.
//
// # Nil and zero values
//
// One rule holds in every package of the module: no exported function or
// method panics because a value is nil or zero.
//
//   - A method on a nil or zero receiver works as on an empty value, or
//     returns an error. A nil *actors.Registry, *actors.Taxonomy,
//     *actors.Positions, *neutrality.Rulebook, *tag.Tagger or
//     *corpus.Corpus is empty: it has no records, finds nothing and
//     counts zero (a nil Tagger still finds figures). A zero value of a
//     record type is invalid (its Validate says why) but its methods
//     answer; the zero [Date] is "unknown" and the zero [Path] the root.
//   - A nil argument that a function cannot do without is an error, not
//     a panic: a nil context, [io.Writer] or settlement.Source, a nil
//     corpus or file system given to corpus.VerifySources, nil registries
//     given to actors.NewPositions, and UnmarshalText into a nil pointer.
//     A nil slice or map is an empty one; a nil filter function keeps
//     everything.
//   - Only the Must functions ([MustParseDate], actors.MustNewRegistry, …)
//     panic, on an error, as their documentation says; they are meant for
//     tests and hard-coded values.
//
// TestNilAndZeroValues in this package checks the rule by reflection: it
// calls every exported method of every exported type on a nil and on a
// zero receiver, and every exported function, with zero arguments.
//
// # Limits
//
// Work that grows with its input has a named limit with a generous
// default, and going beyond it is an error that names the limit, never a
// crash or an exhausted machine: settlement.DefaultMaxSpace and
// settlement.MaxKeep bound a settlement search (which also stops when its
// context is cancelled), guarantees.MaxWording bounds a clause's wording
// and guarantees.MaxCombinedRevisions the versions Clause.Versions
// renders; the loader's limits are corpus.Limits. Figure finding, tagging
// and search take time linear in the text.
package accord

// The list of types and functions TestNilAndZeroValues calls is written
// from the source, and the listing of the exported API (api/accord.txt) is
// regenerated by the test that checks it.
//go:generate go run nilzero_gen.go
//go:generate go test -run ^TestAPI$ -update-api .
