package chart_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/chart"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// TestUnknownIDs calls every query of the library that takes the id of a
// record with an id no record has, and gets an error or ok == false: never
// an empty answer that looks like a real one. (It lives here because
// package chart is the one that imports every other.)
func TestUnknownIDs(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	const nobody = "no-such-id"
	at := accord.Date{}
	ps, reg, tax, rb := c.Positions(), c.Actors(), c.Issues(), c.Rulebook()
	in, ok := c.Instrument("budapest-memorandum")
	require.True(t, ok)
	cl := in.Clauses[0]
	opt, ok := c.Settlement("neutrality-international-guarantee")
	require.True(t, ok)
	status := neutrality.Status{Kind: neutrality.NeutralInWar}

	// Queries that answer (value, error): the error must match the
	// sentinel, when there is one.
	errs := []struct {
		query string
		err   error
		rule  error
	}{
		{"Positions.Of", second(ps.Of(nobody, at)), actors.ErrUnknownActor},
		{"Positions.On", second(ps.On(nobody, at)), actors.ErrUnknownIssue},
		{"Positions.Standings", second(ps.Standings(nobody, at)), actors.ErrUnknownIssue},
		{"Positions.Select actors", second(ps.Select(actors.Filter{Actors: []string{"russia", nobody}})), actors.ErrUnknownActor},
		{"Positions.Select issues", second(ps.Select(actors.Filter{Issues: []string{nobody}})), actors.ErrUnknownIssue},
		{"Positions.Compare a", second(ps.Compare(nobody, "russia", at)), actors.ErrUnknownActor},
		{"Positions.Compare b", second(ps.Compare("russia", nobody, at)), actors.ErrUnknownActor},
		{"Registry.Principal", second(reg.Principal(nobody, at)), actors.ErrUnknownActor},
		{"Registry.Members", second(reg.Members(nobody, at)), actors.ErrUnknownActor},
		{"Registry.Lookup", second(reg.Lookup("No Such Name")), actors.ErrUnknownName},
		{"Registry.LookupID", second(reg.LookupID("No Such Name")), actors.ErrUnknownName},
		{"Taxonomy.Children", second(tax.Children(nobody)), actors.ErrUnknownIssue},
		{"Taxonomy.Subtree", second(tax.Subtree(nobody)), actors.ErrUnknownIssue},
		{"Taxonomy.Ancestors", second(tax.Ancestors(nobody)), actors.ErrUnknownIssue},
		{"Corpus.NeutralityStatusesOf", second(c.NeutralityStatusesOf(nobody)), actors.ErrUnknownActor},
		{"Corpus.PrecedentsFor", second(c.PrecedentsFor(nobody)), actors.ErrUnknownActor},
		{"Corpus.NeutralityStatusesOn", second(c.NeutralityStatusesOn(nobody, at)), actors.ErrUnknownActor},
		{"Corpus.QuantitiesOf", second(c.QuantitiesOf(nobody, 0, at)), actors.ErrUnknownActor},
		{"Corpus.LookupInstrument", second(c.LookupInstrument("No Such Instrument")), corpus.ErrUnknownInstrument},
		{"Corpus.DemandsIn", second(c.DemandsIn(nobody)), corpus.ErrUnknownTalks},
		{"Corpus.DoctrinesOf", second(c.DoctrinesOf(nobody)), corpus.ErrUnknownDocument},
		{"VerifyDocuments", second(corpus.VerifyDocuments(c, seeds.FS(), nobody)), corpus.ErrUnknownDocument},
		{"Rulebook.Check", second(rb.Check(status, neutrality.WeaponsToVictim, neutrality.Options{Doctrines: []string{nobody}})), neutrality.ErrUnknownDoctrine},
		{"Rulebook.CheckAll", second(rb.CheckAll(status, []neutrality.Activity{neutrality.WeaponsToVictim}, neutrality.Options{Doctrines: []string{nobody}})), neutrality.ErrUnknownDoctrine},
		{"Clause.Version", second(cl.Version(nobody)), guarantees.ErrUnknownRevision},
		{"InstrumentSubject", second(guarantees.InstrumentSubject(in, nobody)), guarantees.ErrUnknownRevision},
		{"ClauseSubject", second(guarantees.ClauseSubject(in, nobody)), nil},
		{"settlement.Evaluate", second(settlement.Evaluate(opt, c, settlement.Options{Actors: []string{nobody}})), actors.ErrUnknownActor},
		{"chart.PostureTimeline", second(chart.PostureTimeline(c, nobody)), chart.ErrInput},
		{"chart.ClashMatrix actors", second(chart.ClashMatrix(c, chart.ClashOptions{Actors: []string{nobody}})), actors.ErrUnknownActor},
		{"chart.ClashMatrix issues", second(chart.ClashMatrix(c, chart.ClashOptions{Issues: []string{nobody}})), actors.ErrUnknownIssue},
		{"chart.ClashMatrix pair", second(chart.ClashMatrix(c, chart.ClashOptions{Pair: chart.Pair{A: nobody, B: "russia"}})), chart.ErrInput},
	}
	for _, tc := range errs {
		t.Run(tc.query, func(t *testing.T) {
			require.Error(t, tc.err)
			if tc.rule != nil {
				assert.ErrorIs(t, tc.err, tc.rule)
			}
			var fe *accord.FieldError
			if errors.As(tc.err, &fe) {
				assert.Contains(t, fe.Error(), nobody, "the problem names the id")
			}
		})
	}

	// Queries that answer (value, ok).
	oks := []struct {
		query string
		ok    bool
	}{
		{"Corpus.Document", second(c.Document(nobody))},
		{"Corpus.Instrument", second(c.Instrument(nobody))},
		{"Corpus.Settlement", second(c.Settlement(nobody))},
		{"Corpus.NeutralityStatus", second(c.NeutralityStatus(nobody))},
		{"Corpus.Quantity", second(c.Quantity(nobody))},
		{"Positions.Position", second(ps.Position(nobody))},
		{"Registry.Actor", second(reg.Actor(nobody))},
		{"Registry.Has", reg.Has(nobody)},
		{"Taxonomy.Issue", second(tax.Issue(nobody))},
		{"Taxonomy.Has", tax.Has(nobody)},
		{"Rulebook.Doctrine", second(rb.Doctrine(nobody))},
		{"Instrument.Clause", second(in.Clause(nobody))},
		{"Clause.Revision", second(cl.Revision(nobody))},
	}
	for _, tc := range oks {
		assert.False(t, tc.ok, "%s of an unknown id", tc.query)
	}
}

// second returns the second of two results: the error or the ok.
func second[T, U any](_ T, u U) U { return u }
