// Package guarantees models security instruments — treaties, memoranda,
// communiqués, drafts and policy options that promise (or would promise)
// a state its security — and assesses what each is really worth.
//
// An [Instrument] records its [Kind] of commitment, its [Form], whether it
// binds in law ([Binding]), whether it was ratified ([Ratification]) and
// where it stands ([Stage]: a draft is never presented as in force); its
// parties and their [Role]s (guarantor, protected, mutual, mediator…);
// whether guarantor forces are present as a tripwire ([Presence]); its
// [Event]s (signed, breached, honoured, not honoured…), cited [Trait]s and
// the [Disagreement]s between the articles that describe it.
//
// An instrument is made of [Clause]s. A commitment clause carries the
// verbatim wording where the sources give it and a structured [Reading]:
// [Trigger], [Obligation] (an ordinal scale from a mere permission through
// "as it deems necessary" to the automatic use of force — Benson's
// discretion as a first-class value), [Measure]s, [Decision] rule, who
// may invoke it ([Invoker]), the consultation deadline, territorial
// [Scope] with its exclusions, and [Condition]s; how the casus foederis
// arises ([Casus]: "an attack on one is an attack on all"), what each party
// owes when it differs ([PartyObligation]), and the adversaries it answers
// with what is owed against the rest. A force-limits clause carries
// [ForceCap]s, in an instrument of any stage. Parties propose
// [Revision]s — insertions, deletions and substitutions anchored to the
// clause's text, as Akoma Ntoso models amendments — and [Clause.Version]
// renders any combination of them and derives its reading from what each
// revision declares it changes.
//
// [Assess] turns a [Subject] (a whole instrument or one clause, with
// chosen revisions adopted) and a [Situation] (who has attacked whom) into
// an [Assessment]: named [Finding]s, each a weakness or strength with a
// one-line explanation and the articles' sources (the [Catalogue]), the
// evidence of its own case ([Finding.Evidence]: the clause, event, trait
// or party that set it off), a score and a [Level] to sort by. [Compare] explains, finding by finding,
// why one assessment ranks above another. With [Situation].AsIfAdopted,
// drafts and proposals are judged as if they had taken effect in the
// terms proposed, so that proposals can be compared on their merits.
// [CheckNeutrality] checks a
// guarantee to a permanently neutral state against the neutrality
// rulebook of package neutrality.
//
// Every record type has a Validate method that returns every problem with
// its path; rule violations also match this package's sentinels
// ([ErrNoGuarantor], [ErrNegativeDeadline], [ErrRevisionTextNotFound], …).
package guarantees
