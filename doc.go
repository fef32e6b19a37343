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
//     [Precision] and [Period] (when, at the precision the sources give),
//     [Citation] (which article says so, and where), and the validation
//     problems: [Path], [FieldError] and [ErrorList], whose kinds are the
//     sentinels [ErrRequired], [ErrInvalid], [ErrNotSupported],
//     [ErrDuplicate], [ErrNotFound] and [ErrUnknownField].
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
//     data into the domain types and answers questions across them; its
//     sub-packages tag texts (corpus/tag), read figures (corpus/figure) and
//     draw charts (corpus/chart).
//   - [github.com/accordmodel/accord/seeds]: the embedded data files and
//     their codebook.
//
// Every domain package imports this one and nothing above it, so a program
// that needs only the neutrality rulebook compiles neither the actor
// registry nor the loader.
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
//	// incompatible - A state pledged to stay out of every future war cannot
//	// take on an alliance's duty of mutual defence, …
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
package accord
