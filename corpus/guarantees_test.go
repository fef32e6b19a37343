package corpus

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/neutrality"
)

func guaranteesCorpus(t testing.TB) *Corpus {
	t.Helper()
	c, err := Default()
	require.NoError(t, err)
	return c
}

func instrument(t testing.TB, c *Corpus, id string) guarantees.Instrument {
	t.Helper()
	in, ok := c.Instrument(id)
	require.True(t, ok, "instrument %s", id)
	return in
}

func assessInstrument(t testing.TB, in guarantees.Instrument, ctx guarantees.Situation, adopt ...string) guarantees.Assessment {
	t.Helper()
	s, err := guarantees.InstrumentSubject(in, adopt...)
	require.NoError(t, err)
	return guarantees.Assess(s, ctx)
}

func assessClause(t testing.TB, in guarantees.Instrument, clause string, adopt ...string) guarantees.Assessment {
	t.Helper()
	s, err := guarantees.ClauseSubject(in, clause, adopt...)
	require.NoError(t, err)
	return guarantees.Assess(s, guarantees.Situation{})
}

// TestEveryInstrumentOfTheIssueIsCoded lists the instruments the articles
// discuss: the security instruments, each coded with at least one clause,
// and the other laws, judgments, statements and processes they name.
func TestEveryInstrumentOfTheIssueIsCoded(t *testing.T) {
	c := guaranteesCorpus(t)
	want := []string{
		"budapest-memorandum", "istanbul-communique-2022", "istanbul-draft-treaty-2022", "north-atlantic-treaty",
		"un-charter-art51", "teu-art42-7", "vienna-1815-swiss-neutrality", "london-1839-belgian-neutrality",
		"london-1867-luxembourg-neutrality", "albania-1913-neutralisation", "moscow-memorandum-1955",
		"soviet-assistance-statement-1960", "malta-italy-neutrality", "us-ukraine-security-agreement",
		"us-japan-security-treaty", "us-korea-mutual-defense-treaty", "us-israel-mou", "poland-guarantee-1939",
		"league-of-nations-covenant", "helsinki-final-act", "coalition-guarantee-option",
		"armed-non-alignment-option", "neutrality-guarantee-option", "armed-neutrality-bilateral-option",
	}
	named := []string{
		"hague-convention-v-1907", "hague-convention-xiii-1907", "un-charter", "icj-nicaragua-judgment",
		"rio-treaty", "costa-rica-neutrality-declaration", "minsk-process", "istanbul-talks-2022",
		"ukraine-constitution-nato-course", "non-aligned-status-2010", "non-aligned-status-repeal",
		"declaration-of-state-sovereignty-1990", "declaration-of-independence-1991",
		"european-leaders-statement-2025-08-16", "sweden-policy-statement-2020", "swiss-neutrality-guidance",
		"us-law-of-war-manual", "france-statement-ukraine-guarantees", "china-statement-ukraine-guarantees",
		"quadruple-alliance-1815", "kazakhstan-security-memorandum", "belarus-security-memorandum",
	}
	assert.Equal(t, len(want)+len(named), c.NumInstruments())
	for _, id := range want {
		in := instrument(t, c, id)
		assert.NotEmpty(t, in.Clauses, id)
		assert.Empty(t, in.Validate(accord.Path{}), id)
	}
	for _, id := range named {
		assert.Empty(t, instrument(t, c, id).Validate(accord.Path{}), id)
	}
}

// TestDraftsAreNeverInForce: proposals, drafts and the Istanbul texts keep
// their stage, and their revisions are not part of the base text.
func TestDraftsAreNeverInForce(t *testing.T) {
	c := guaranteesCorpus(t)
	for id, stage := range map[string]guarantees.Stage{
		"istanbul-communique-2022":    guarantees.Draft,
		"istanbul-draft-treaty-2022":  guarantees.Draft,
		"coalition-guarantee-option":  guarantees.Proposed,
		"armed-non-alignment-option":  guarantees.Proposed,
		"neutrality-guarantee-option": guarantees.Proposed,
		"budapest-memorandum":         guarantees.Breached,
		"north-atlantic-treaty":       guarantees.InForce,
	} {
		in := instrument(t, c, id)
		assert.Equal(t, stage, in.Stage, id)
		assert.Equal(t, stage.Effective(), !in.Assess(guarantees.Situation{}).Has(guarantees.NotInForce), id)
	}
	art5, ok := instrument(t, c, "istanbul-draft-treaty-2022").Clause("art5")
	require.True(t, ok)
	assert.NotContains(t, art5.Wording, "agreed upon by all Guarantor States", "the Russian revision is not in the base text")
	assert.NotContains(t, art5.Wording, "closing the airspace", "nor the Ukrainian one")
	for _, r := range art5.Revisions {
		assert.NotEqual(t, guarantees.RevisionAccepted, r.Status, r.ID)
	}
}

// TestIstanbulRevisionsRenderTheQuotedText: the draft Article 5 with both
// revisions is the text the legal analysis quotes with its bracket
// labels removed, and with the Ukrainian revision alone it ends as the
// policy analysis quotes the communiqué.
func TestIstanbulRevisionsRenderTheQuotedText(t *testing.T) {
	c := guaranteesCorpus(t)
	art5, _ := instrument(t, c, "istanbul-draft-treaty-2022").Clause("art5")
	both, err := art5.Version("art5-russian-revision", "art5-ukrainian-revision")
	require.NoError(t, err)
	src := sourcesFS(t)
	lawfare := readDoc(t, c, src, "lawfare-armed-neutrality")
	quoted := strings.NewReplacer("[Russian revision: ", "", "[Ukraine revision: ", "", "],", ",").Replace(lawfare)
	assert.Contains(t, quoted, both.Text)

	ua, err := art5.Version("art5-ukrainian-revision")
	require.NoError(t, err)
	comm, _ := instrument(t, c, "istanbul-communique-2022").Clause("art5")
	_, tail, ok := strings.Cut(comm.Wording, "…")
	require.True(t, ok)
	assert.True(t, strings.HasSuffix(ua.Text, tail), "the Ukrainian version ends as the communiqué does")
	assert.Contains(t, readDoc(t, c, src, "hiia-security-guarantees"), comm.Wording, "the communiqué's wording is quoted verbatim")
}

// TestAssessmentSeparatesWhatTheArticlesSeparate checks each comparison
// the articles make.
func TestAssessmentSeparatesWhatTheArticlesSeparate(t *testing.T) {
	c := guaranteesCorpus(t)
	ctx := c.GuaranteeSituation()
	score := func(id string, adopt ...string) guarantees.Assessment {
		return assessInstrument(t, instrument(t, c, id), ctx, adopt...)
	}
	// The policy analysis: an unratified assurance against defence treaties
	// backed by troops and the nuclear umbrella.
	budapest := score("budapest-memorandum")
	for _, id := range []string{"us-japan-security-treaty", "us-korea-mutual-defense-treaty", "north-atlantic-treaty"} {
		a := score(id)
		assert.Greater(t, a.Score, budapest.Score, id)
		assert.Greater(t, a.Level, budapest.Level, id)
	}
	assert.Equal(t, guarantees.Hollow, budapest.Level)

	// The legal analysis: without the Russian revision the Istanbul wording
	// is somewhat stronger than NATO's "deem necessary"...
	draft := instrument(t, c, "istanbul-draft-treaty-2022")
	nato := instrument(t, c, "north-atlantic-treaty")
	natoClause := assessClause(t, nato, "art5")
	for _, adopt := range [][]string{nil, {"art5-ukrainian-revision"}} {
		ist := assessClause(t, draft, "art5", adopt...)
		assert.Greater(t, ist.Score, natoClause.Score, "%v", adopt)
		assert.Greater(t, ist.Effective, natoClause.Effective)
	}
	// ...but the Russian revision hands every guarantor a veto and puts it
	// below NATO's wording.
	for _, adopt := range [][]string{{"art5-russian-revision"}, {"art5-russian-revision", "art5-ukrainian-revision"}} {
		ist := assessClause(t, draft, "art5", adopt...)
		assert.Less(t, ist.Score, natoClause.Score, "%v", adopt)
		assert.True(t, ist.Has(guarantees.VetoForGuarantor))
	}
	// As instruments, NATO's treaty in force beats a draft that never bound
	// anyone, with or without the context that Russia attacked Ukraine.
	for _, cx := range []guarantees.Situation{{}, ctx} {
		n := assessInstrument(t, nato, cx)
		for _, adopt := range [][]string{nil, {"art5-ukrainian-revision"}} {
			assert.Greater(t, n.Score, assessInstrument(t, draft, cx, adopt...).Score)
		}
	}
	// With against without the Russian revision, as a whole instrument.
	without := score("istanbul-draft-treaty-2022", "art5-ukrainian-revision")
	with := score("istanbul-draft-treaty-2022", "art5-russian-revision", "art5-ukrainian-revision")
	assert.Greater(t, without.Score, with.Score)
	cmp := guarantees.Compare(without, with)
	assert.Equal(t, -1, cmp.Stronger)
	assert.Equal(t, guarantees.VetoForGuarantor, cmp.Differences[0].Kind)

	// The policy analysis: binding defence commitments backed by force
	// against assurances and pacts that proved hollow when tested.
	for _, strong := range []string{"us-japan-security-treaty", "us-korea-mutual-defense-treaty"} {
		for _, hollow := range []string{"league-of-nations-covenant", "poland-guarantee-1939", "helsinki-final-act", "budapest-memorandum"} {
			assert.Greater(t, score(strong).Score, score(hollow).Score, "%s over %s", strong, hollow)
		}
	}
	// The commentary and the policy analysis: of the neutralisations only
	// Switzerland's stood the test of the First World War.
	for _, failed := range []string{"london-1839-belgian-neutrality", "london-1867-luxembourg-neutrality", "albania-1913-neutralisation"} {
		assert.Greater(t, score("vienna-1815-swiss-neutrality").Score, score(failed).Score, failed)
	}
	// Britain fought for Belgium but not for Luxembourg.
	assert.Greater(t, score("london-1839-belgian-neutrality").Score, score("london-1867-luxembourg-neutrality").Score)

	// Proposals judged on their merits, as if adopted.
	adopted := ctx
	adopted.AsIfAdopted = true
	merit := func(id string) guarantees.Assessment { return assessInstrument(t, instrument(t, c, id), adopted) }
	// The legal analysis: the bilateral agreements need to become ratified
	// treaties with exact figures.
	assert.Greater(t, merit("armed-neutrality-bilateral-option").Score, merit("us-ukraine-security-agreement").Score)
	// The policy analysis: armed non-alignment lacks the tripwire and the
	// binding pact of a coalition guarantee.
	assert.Greater(t, merit("coalition-guarantee-option").Score, merit("armed-non-alignment-option").Score)
	// Adopting a proposal never makes it look weaker.
	for in := range c.Instruments() {
		assert.GreaterOrEqual(t, assessInstrument(t, in, adopted).Score, assessInstrument(t, in, ctx).Score, in.ID)
	}

	// The commentary: Russia cannot credibly guarantee the state it invaded.
	assert.True(t, score("istanbul-draft-treaty-2022").Has(guarantees.AggressorAsGuarantor))
	assert.False(t, assessInstrument(t, draft, guarantees.Situation{}).Has(guarantees.AggressorAsGuarantor))
}

// TestEveryFindingHasACorpusCase: each kind of finding is triggered by at
// least one coded instrument (in the corpus's own context, with the
// neutrality rulebook, and with the coded revisions adopted where they
// matter).
func TestEveryFindingHasACorpusCase(t *testing.T) {
	c := guaranteesCorpus(t)
	rb := c.Rulebook()
	require.NotNil(t, rb)
	ctx := c.GuaranteeSituation()
	ctx.Neutrality = &guarantees.NeutralityReview{Rulebook: rb}
	cases := map[guarantees.FindingKind][]string{}
	note := func(a guarantees.Assessment) {
		for _, f := range a.Findings {
			if !slices.Contains(cases[f.Kind], a.Subject) {
				cases[f.Kind] = append(cases[f.Kind], a.Subject)
			}
		}
	}
	adopted := ctx
	adopted.AsIfAdopted = true
	for in := range c.Instruments() {
		for _, cl := range in.Clauses {
			for v := range cl.Versions() {
				note(assessInstrument(t, in, ctx, v.Revisions...))
			}
		}
		note(assessInstrument(t, in, ctx))
		if !in.Stage.Effective() {
			a := assessInstrument(t, in, adopted)
			a.Subject += " (as if adopted)"
			note(a)
		}
	}
	// 003: the bilateral agreements must drop what a neutral Ukraine
	// could not keep. Check the U.S.-Ukraine agreement against the
	// neutralisation the legal analysis codes for Ukraine.
	st, ok := c.NeutralityStatus("ukraine-istanbul-neutralisation-lawfare")
	require.True(t, ok)
	review := guarantees.Situation{Neutrality: &guarantees.NeutralityReview{Rulebook: rb, Status: st.Status}}
	note(assessInstrument(t, instrument(t, c, "us-ukraine-security-agreement"), review))

	for _, k := range guarantees.FindingKinds() {
		assert.NotEmpty(t, cases[k], "no coded instrument triggers %s", k)
	}
	// The articles call no instrument in effect ratified: ratification
	// appears as what the Budapest Memorandum lacked and what the legal
	// analysis asks of the bilateral agreements. Its only case is that
	// proposal, judged as if adopted.
	assert.Equal(t, []string{"armed-neutrality-bilateral-option (as if adopted)"}, cases[guarantees.RatifiedTreaty])
	// Spot checks against the articles.
	has := func(k guarantees.FindingKind, subject string) {
		assert.Contains(t, cases[k], subject, "%s should have %s", subject, k)
	}
	has(guarantees.AssuranceOnly, "budapest-memorandum")
	has(guarantees.Unratified, "budapest-memorandum")
	has(guarantees.BreachedByGuarantor, "budapest-memorandum")
	has(guarantees.NarrowTrigger, "budapest-memorandum")
	has(guarantees.DiscretionaryResponse, "north-atlantic-treaty")
	has(guarantees.KnownQuantity, "north-atlantic-treaty")
	has(guarantees.VetoForGuarantor, "istanbul-draft-treaty-2022+art5-russian-revision")
	has(guarantees.TerritorialCarveOut, "istanbul-draft-treaty-2022")
	has(guarantees.ConsultationDeadline, "istanbul-draft-treaty-2022")
	has(guarantees.InvitationOnly, "istanbul-communique-2022")
	has(guarantees.Honoured, "london-1839-belgian-neutrality")
	has(guarantees.NotHonoured, "london-1867-luxembourg-neutrality")
	has(guarantees.FailedToDeter, "poland-guarantee-1939")
	has(guarantees.NoEnforcement, "league-of-nations-covenant")
	has(guarantees.ForcesOnGround, "us-japan-security-treaty")
	has(guarantees.NuclearUmbrellaCover, "us-korea-mutual-defense-treaty")
	has(guarantees.FixedSupportFigures, "us-israel-mou")
	has(guarantees.NoTripwire, "armed-non-alignment-option")
	has(guarantees.LegislativeApprovalPending, "coalition-guarantee-option")
	has(guarantees.VagueTerms, "coalition-guarantee-option")
	has(guarantees.SupervisionRisk, "soviet-assistance-statement-1960")
	has(guarantees.SoftLanguage, "us-ukraine-security-agreement")
	has(guarantees.NeutralityConflict, "us-ukraine-security-agreement")
	has(guarantees.BeyondNeutrality, "istanbul-draft-treaty-2022")
}

// TestCatalogueSourcesOccurInTheArticles verifies every anchor of the
// findings catalogue, as VerifySources does for the data files.
func TestCatalogueSourcesOccurInTheArticles(t *testing.T) {
	c := guaranteesCorpus(t)
	src := sourcesFS(t)
	folded := map[string]string{}
	for _, e := range guarantees.Catalogue() {
		for _, s := range e.Sources {
			text, ok := folded[s.Doc]
			if !ok {
				text = fold.Fold(readDoc(t, c, src, s.Doc))
				folded[s.Doc] = text
			}
			assert.Contains(t, text, fold.Fold(s.Anchor), "%s: anchor of %s", e.Kind, s.Doc)
			assert.LessOrEqual(t, fold.WordCount(s.Anchor), accord.MaxAnchorWords, e.Kind.String())
		}
	}
}

func TestGuaranteeSituationComesFromRecordedBreaches(t *testing.T) {
	ctx := guaranteesCorpus(t).GuaranteeSituation()
	assert.Contains(t, ctx.Attacks, guarantees.Attack{Attacker: "russia", Victim: "ukraine", When: accord.YearOf(2014)})
	assert.Contains(t, ctx.Attacks, guarantees.Attack{Attacker: "german-empire", Victim: "belgium", When: accord.YearOf(1914)})
	assert.True(t, slices.IsSortedFunc(ctx.Attacks, func(a, b guarantees.Attack) int { return a.When.Compare(b.When) }))
}

func TestRankInstruments(t *testing.T) {
	c := guaranteesCorpus(t)
	ranked := c.RankInstruments(c.GuaranteeSituation())
	commitments := 0
	for in := range c.Instruments() {
		if in.Kind.Commitment() {
			commitments++
		}
	}
	require.Len(t, ranked, commitments, "every commitment is ranked")
	require.Less(t, commitments, c.NumInstruments(), "the laws, judgments and statements are not")
	for _, r := range ranked {
		assert.True(t, r.Instrument.Kind.Commitment(), r.Instrument.ID)
	}
	assert.True(t, slices.IsSortedFunc(ranked, func(a, b RankedInstrument) int { return b.Assessment.Score - a.Assessment.Score }))
	assert.Equal(t, "budapest-memorandum", ranked[len(ranked)-1].Instrument.ID, "the policy analysis's cautionary tale ranks last")
}

func TestInstrumentAccessorsReturnCopies(t *testing.T) {
	c := guaranteesCorpus(t)
	in := instrument(t, c, "istanbul-draft-treaty-2022")
	in.Clauses[0].Revisions[0].Text = "changed"
	in.Parties[0].Actor = "changed"
	again := instrument(t, c, "istanbul-draft-treaty-2022")
	assert.NotEqual(t, "changed", again.Clauses[0].Revisions[0].Text)
	assert.NotEqual(t, "changed", again.Parties[0].Actor)
	_, ok := c.Instrument("no-such-instrument")
	assert.False(t, ok)
}

// TestDisagreementsAreKept: where the articles differ about an
// instrument, each view is kept with its own article.
func TestDisagreementsAreKept(t *testing.T) {
	c := guaranteesCorpus(t)
	for _, id := range []string{"istanbul-communique-2022", "vienna-1815-swiss-neutrality", "london-1867-luxembourg-neutrality", "moscow-memorandum-1955"} {
		in := instrument(t, c, id)
		require.NotEmpty(t, in.Disagreements, id)
		for _, d := range in.Disagreements {
			docs := map[string]bool{}
			for _, v := range d.Views {
				for _, e := range v.Evidence {
					docs[e.Doc] = true
				}
			}
			assert.GreaterOrEqual(t, len(docs), 2, "%s: %s cites two articles", id, d.Topic)
		}
	}
}

func TestNeutralityCheckOfTheIstanbulDraft(t *testing.T) {
	c := guaranteesCorpus(t)
	s, err := guarantees.InstrumentSubject(instrument(t, c, "istanbul-draft-treaty-2022"), "art5-russian-revision")
	require.NoError(t, err)
	chk, err := guarantees.CheckNeutrality(s, guarantees.NeutralityReview{Rulebook: c.Rulebook()})
	require.NoError(t, err)
	assert.Equal(t, neutrality.Neutralisation, chk.Status)
	verdicts := map[neutrality.Activity]neutrality.Verdict{}
	for _, f := range chk.Report.Rulings {
		verdicts[f.Activity] = f.Verdict
	}
	// 003: caps on the forces and a guarantor veto go beyond what
	// permanent neutrality requires; receiving guarantees is compatible.
	assert.Equal(t, neutrality.NotRequired, verdicts[neutrality.LimitsOnOwnForces])
	assert.Equal(t, neutrality.NotRequired, verdicts[neutrality.GuarantorConsensus])
	assert.Equal(t, neutrality.Compatible, verdicts[neutrality.ReceivesSecurityGuarantee])
}

func BenchmarkAssessCorpusInstrument(b *testing.B) {
	c := guaranteesCorpus(b)
	s, err := guarantees.InstrumentSubject(instrument(b, c, "istanbul-draft-treaty-2022"), "art5-russian-revision", "art5-ukrainian-revision")
	require.NoError(b, err)
	sit := c.GuaranteeSituation()
	b.ReportAllocs()
	for b.Loop() {
		_ = guarantees.Assess(s, sit)
	}
}
