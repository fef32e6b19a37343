package corpus_test

// The examples in this file are the README's snippets, run: when one of
// them prints something else, the README must change with it.

import (
	"fmt"
	"os"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
)

// The README's "A first answer": may a permanently neutral state join an
// alliance?
func Example_firstAnswer() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	status := neutrality.Status{Kind: neutrality.PermanentNeutrality}
	r, err := c.Rulebook().Check(status, neutrality.AllianceMembership, neutrality.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r) // the verdict and the articles behind it
	fmt.Println(r.Reason)
	// Output:
	// incompatible (lawfare-armed-neutrality, hiia-security-guarantees, rusi-neutrality-chimera)
	// One source says neutral status prohibits joining any military alliance; another calls abstention from alliances such as NATO a common limitation of permanent neutrality, as in Switzerland, Malta, Austria and Turkmenistan.
}

// The README's actors snippet: an actor found by a variant of its name,
// and a position with its figures and article.
func Example_actors() {
	c, _ := corpus.Default()
	reg := c.Actors()
	a, _ := reg.Lookup("Zelenskiy")
	p, _ := reg.Principal(a.ID, accord.YearOf(2025))
	fmt.Println(a, p)
	caps, err := c.Positions().Select(actors.Filter{Actors: []string{"russia"}, Issues: []string{"armed-forces-limits"},
		At: accord.YearOf(2022)})
	if err != nil || len(caps) == 0 {
		fmt.Println(err)
		return
	}
	fmt.Println(caps[0])
	// Output:
	// Volodymyr Zelenskyy (zelenskyy, person) ukraine
	// russia: demands armed-forces-limits, at most 85,000 troops (personnel), at most 342 tanks (tanks), 2022 (lawfare-armed-neutrality)
}

// The README's rulebook snippet: a verdict, a contested rule with its
// sides, the same rule under one doctrine, and a classification the
// doctrines disagree on.
func Example_rulebook() {
	c, _ := corpus.Default()
	rb := c.Rulebook()
	pn := neutrality.Status{Kind: neutrality.PermanentNeutrality}
	f, _ := rb.Check(pn, neutrality.LimitsOnOwnForces, neutrality.Options{})
	fmt.Println(f)
	f, _ = rb.Check(pn, neutrality.WeaponsToVictim, neutrality.Options{Context: neutrality.Wartime})
	fmt.Println(f)
	f, _ = rb.Check(pn, neutrality.WeaponsToVictim, neutrality.Options{
		Context: neutrality.Wartime, Doctrines: []string{neutrality.StrictNeutrality}})
	fmt.Println(f, len(f.Sides()))
	cl, _ := neutrality.Classify(neutrality.Facts{
		Postures: []neutrality.Posture{neutrality.StayNeutral, neutrality.StayOutOfBlocs},
		Bases:    []neutrality.Basis{neutrality.PolicyStatement}}, neutrality.Options{})
	fmt.Println(cl)
	// Output:
	// not-required (lawfare-armed-neutrality)
	// contested: compatible under qualified-neutrality (lawfare-armed-neutrality); incompatible under strict-neutrality (lawfare-armed-neutrality)
	// incompatible under strict-neutrality (lawfare-armed-neutrality) 2
	// undecided: neutrality-policy under declaration-suffices, or non-alignment under recognition-required
}

// The README's guarantees snippet: the deciding findings of the Istanbul
// draft with Ukraine's revision, each with its own citations, and why
// NATO's Article 5 ranks above it.
func Example_guarantees() {
	c, _ := corpus.Default()
	draft, _ := c.Instrument("istanbul-draft-treaty-2022")
	sit := c.GuaranteeSituation()
	s, _ := guarantees.InstrumentSubject(draft, "art5-ukrainian-revision")
	a := guarantees.Assess(s, sit)
	for _, f := range a.Deciding(3) {
		fmt.Printf("%+d %s: %s\n", f.Weight(), f, f.Explanation())
		fmt.Println("  this case:", accord.FormatCitations(f.Evidence()))
		fmt.Println("  why it counts:", accord.FormatCitations(f.Sources()))
	}
	nato, _ := c.Instrument("north-atlantic-treaty")
	cmp := guarantees.Compare(nato.Assess(sit), a)
	fmt.Println(cmp)
	if err := cmp.Explain(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// -5 aggressor-as-guarantor (russia): a guarantor is itself the state that attacked the protected state
	//   this case: lawfare-armed-neutrality: "by the five permanent (P5) members of the United Nations Security Council"; lawfare-armed-neutrality: "Russia reportedly agreed to such guarantees in principle"
	//   why it counts: rusi-neutrality-chimera: "aggressor cannot credibly guarantee the neutrality of a country"
	// -4 not-in-force: only a proposal, draft or unratified signature: it binds no one yet
	//   this case: lawfare-armed-neutrality: "The primary purpose of the latest draft of a multilateral treaty"; lawfare-armed-neutrality: "which reportedly landed on Putin’s desk"; hiia-security-guarantees: "titled “Treaty on Permanent Neutrality and Security Guarantees of Ukraine”" (The policy analysis gives this as the title of Article 5 of the Istanbul communiqué; the legal analysis, as the treaty the drafts would have made.)
	//   why it counts: lawfare-armed-neutrality: "Ukraine's Western partners were unwilling to agree to such security guarantees" (the Istanbul guarantees never bound anyone because the would-be guarantors did not sign); hiia-security-guarantees: "Any new guarantee, whether a mere political statement or an unratified promise"
	// -2 territorial-carve-out [Article 5 (security guarantees)]: parts of the protected state's territory are left outside the commitment
	//   this case: lawfare-armed-neutrality: "contained the following Article 5 on security guarantees"; lawfare-armed-neutrality: "oblige the guarantors to come to Ukraine’s defense with their armed forces"; lawfare-armed-neutrality: "would not apply to Crimea and certain areas of the Luhansk" (the exclusions are stated for the guarantees, not as words of Article 5); lawfare-armed-neutrality: "somewhat stronger than Article 5 of the North Atlantic Treaty" (the author's comparison, without the Russian revision); lawfare-armed-neutrality: "[Ukraine revision: including closing the airspace over Ukraine"
	//   why it counts: lawfare-armed-neutrality: "would not apply to Crimea and certain areas of the Luhansk"
	// NATO Article 5 is stronger than Istanbul draft treaty with Ukraine's revision (score 7 against -1)
	// A: NATO Article 5 (score 7, strong; each guarantor bound to discretionary-force)
	// B: Istanbul draft treaty with Ukraine's revision (score -1, weak; each guarantor bound to
	//    obligatory-force)
	// A is stronger, by 8 points. Findings only one of them has, heaviest first:
	//   -5 aggressor-as-guarantor, only B (favours A): a guarantor is itself the state that attacked the
	//      protected state
	//   -4 not-in-force, only B (favours A): only a proposal, draft or unratified signature: it binds no
	//      one yet
	//   +3 known-quantity, only A (favours A): an established alliance whose forces and resolve an
	//      aggressor already has to reckon with
	//   -2 discretionary-response, only A (favours B): each guarantor does what it deems necessary; armed
	//      force is an option, not a duty
	//   -2 territorial-carve-out, only B (favours A): parts of the protected state's territory are left
	//      outside the commitment
	//   -1 beyond-neutrality, only B (favours A): the neutral state is asked for more than its neutrality
	//      requires, a concession that buys no security
	//   +1 force-obligation, only B (favours B): guarantors are bound to act with armed force, not merely
	//      free to
	//   +1 named-measures, only B (favours B): specific measures are written into a force commitment,
	//      leaving less room to do less
	//   +1 consultation-deadline, only B (favours B): consultations must end within a fixed number of
	//      days, so they cannot stall action
	//   +1 invitation-only, only B (favours B): guarantors act only on the protected state's official
	//      request, which shuts out uninvited intervention
	//   +1 broad-guarantors, only B (favours B): at least four states guarantee it together
	//   +1 attack-on-all, only A (favours A): the parties count an attack on one as an attack on all, so
	//      the duty to act arises at once, whatever means each then chooses
}

// The README's settlement snippet: Ukraine's stand on Russia's version of
// the Istanbul draft, with the positions of 2022.
func Example_settlement() {
	c, _ := corpus.Default()
	s, _ := c.Settlement("istanbul-draft-2022-russian")
	ev, err := settlement.Evaluate(s, c, settlement.Options{At: accord.YearOf(2022)})
	if err != nil {
		fmt.Println(err)
		return
	}
	st, _ := ev.Stand("ukraine")
	fmt.Println(st)
	fmt.Println(ev)
	// Output:
	// Ukraine rejects: crosses its red lines against Veto over guarantees, for Air support, for Military and economic aid
	// Istanbul draft treaty (2022), Russia's version, on 2022: rejected by Mart Kuldkepp, Ukraine; conditional for Russia, the West; accepted by Samuel Charap
}

// The README's tagging snippet.
func Example_tagging() {
	c, _ := corpus.Default()
	for _, m := range c.Tagger().Tag("Kyiv’s envoy told NATO that a non‑bloc Ukraine would still need 250,000 troops.") {
		fmt.Println(m)
	}
	// Output:
	// actor "Kyiv" → Ukraine
	// actor "NATO" → NATO
	// status "non‑bloc" → non-alignment
	// actor "Ukraine" → Ukraine
	// figure "250,000 troops" → 250,000 personnel
}
