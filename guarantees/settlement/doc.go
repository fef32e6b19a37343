// Package settlement composes settlement packages for a protected state and
// predicts who could accept them, so that a user can test a package before
// anyone signs it.
//
// A [Settlement] combines the protected state's status ([StatusTerm], in
// the vocabulary of package neutrality), the security instruments it
// receives ([GuaranteeTerm]: a coded instrument of package guarantees with
// the revisions adopted, or an inline one), its force posture
// ([ForcePosture] with its [Cap]s), the foreign presence on its territory
// ([ForeignPresence]: [Deployment]s of peacekeepers, ground forces, trainers, air
// support, with their [Mandate], contributors and whose consent they need),
// the terms for each contested region ([TerritorialTerm]: recognised,
// ceded, not recognised, talks deferred for some years, or restored), and
// the [Sequencing] of ceasefire and settlement. A package is always a
// proposal: its [Stage] and [Modality] have no value meaning "in force".
// [Settlement.Validate] reports every problem with its path and, for the
// rules of this package, a sentinel such as [ErrNoMandate],
// [ErrCapWithoutFigure] or [ErrDuplicateRegion].
//
// [Evaluate] derives the package's [Outcome]s — each a [Term] the package
// brings about or rules out, bound by the [Frame] to an issue of the actors'
// taxonomy — and meets them with the positions the actors hold on a date.
// Each meeting is a [Reason] of some [ReasonKind]; an actor whose red line
// the package crosses rejects it, one whose objections, wishes or
// conditions remain open accepts it only conditionally, and the others
// accept it ([Answer], [Stand]). The evaluation adds the legal findings:
// the neutrality rulebook's verdicts on the package's status and
// commitments (through [neutrality.Rulebook.CheckAll], including the
// prohibitions that go beyond what the status requires) and the assessment
// of each guarantee ([guarantees.Assess] and [guarantees.CheckNeutrality]).
//
// [Search] looks for the zone of possible agreement in the [Space] spanned
// by a list of options' components: the packages no required actor
// rejects. It prunes partial packages that a red line already closes and
// reports how many packages it examined. When the zone is empty it finds a
// smallest set of [RedLine]s that blocks every package — an exact minimum
// hitting set, by the implicit hitting-set method — and the [Nearest]
// packages, those that cross the fewest red lines.
//
// The package reads everything through the small [Source] interface, which
// *corpus.Corpus satisfies; it does not import package corpus.
package settlement
