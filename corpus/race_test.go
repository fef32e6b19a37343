package corpus_test

import (
	"bytes"
	"context"
	"encoding/json"
	"iter"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// query is one call of a public accessor or analysis on a corpus.
type query struct {
	name string
	run  func(c *corpus.Corpus) any
}

func collect[T any](s iter.Seq[T]) []T { return slices.Collect(s) }

// queryBattery returns the queries of every package that read a loaded
// corpus: lookups, accessors, the clash analysis, the neutrality rulebook,
// assessments, the tagger, search and settlement evaluation. The race test
// runs them concurrently; the mutation test changes what they return.
func queryBattery(t *testing.T, c *corpus.Corpus) []query {
	t.Helper()
	actorIDs := ids(collect(c.Actors().All()), func(a actors.Actor) string { return a.ID })
	issueIDs := ids(collect(c.Issues().All()), func(i actors.Issue) string { return i.ID })
	var names []string
	for a := range c.Actors().All() {
		names = append(names, a.AllNames()...)
	}
	instruments := collect(c.Instruments())
	statuses := collect(c.NeutralityStatuses())
	settlements := collect(c.Settlements())
	ctx := c.GuaranteeSituation()
	at := accord.YearOf(2022)
	docs := ids(collect(c.Documents()), func(d corpus.Document) string { return d.ID })
	sample := func(s []string, n int) []string { return s[:min(n, len(s))] }

	qs := []query{
		{"Documents", func(c *corpus.Corpus) any { return collect(c.Documents()) }},
		{"Citations", func(c *corpus.Corpus) any { return collect(c.Citations()) }},
		{"Terms", func(c *corpus.Corpus) any { return collect(c.KeyTerms()) }},
		{"Actors", func(c *corpus.Corpus) any { return collect(c.Actors().All()) }},
		{"Registry.All", func(c *corpus.Corpus) any { return collect(c.Actors().All()) }},
		{"Issues.All", func(c *corpus.Corpus) any { return collect(c.Issues().All()) }},
		{"Positions.All", func(c *corpus.Corpus) any { return collect(c.Positions().All()) }},
		{"Positions.Actors", func(c *corpus.Corpus) any { return c.Positions().Actors() }},
		{"Positions.Issues", func(c *corpus.Corpus) any { return c.Positions().Issues() }},
		{"Positions.Select", func(c *corpus.Corpus) any { return pair(c.Positions().Select(actors.Filter{})) }},
		{"ClashMatrix", func(c *corpus.Corpus) any { return c.Positions().ClashMatrix(at) }},
		{"ClashMatrix(all time)", func(c *corpus.Corpus) any { return c.Positions().ClashMatrix(accord.Date{}) }},
		{"Rules", func(c *corpus.Corpus) any { return c.Rulebook().Rules() }},
		{"Rulebook.All", func(c *corpus.Corpus) any { return collect(c.Rulebook().All()) }},
		{"Doctrines", func(c *corpus.Corpus) any { return c.Rulebook().Doctrines() }},
		{"Questions", func(c *corpus.Corpus) any { return c.Rulebook().Questions() }},
		{"Instruments", func(c *corpus.Corpus) any { return collect(c.Instruments()) }},
		{"GuaranteeSituation", func(c *corpus.Corpus) any { return c.GuaranteeSituation() }},
		{"RankInstruments", func(c *corpus.Corpus) any { return c.RankInstruments(ctx) }},
		{"NeutralityStatuses", func(c *corpus.Corpus) any { return collect(c.NeutralityStatuses()) }},
		{"NeutralityDemands", func(c *corpus.Corpus) any { return collect(c.NeutralityDemands()) }},
		{"Precedents", func(c *corpus.Corpus) any { return pair(c.PrecedentsFor("ukraine")) }},
		{"DemandsIn", func(c *corpus.Corpus) any { return pair(c.DemandsIn("istanbul-2022")) }},
		{"Gazetteer", func(c *corpus.Corpus) any { return c.Gazetteer() }},
		{"Settlements", func(c *corpus.Corpus) any { return collect(c.Settlements()) }},
		{"SettlementFrame", func(c *corpus.Corpus) any { return c.SettlementFrame() }},
		{"SettlementSpace", func(c *corpus.Corpus) any {
			sp, err := c.SettlementSpace()
			if err != nil {
				return err.Error()
			}
			return []any{sp.Size(), sp.Protected(), sp.Dimensions()}
		}},
		{"Tag", func(c *corpus.Corpus) any {
			return c.Tagger().Tag("Kyiv and the Kremlin discussed the Budapest Memorandum, permanent neutrality and a cap of 85,000 troops.")
		}},
		{"Search", func(c *corpus.Corpus) any { return c.Search("Kyiv neutrality guarantees") }},
	}
	for _, r := range c.Rulebook().Rules() {
		qs = append(qs, query{"Rulebook.Lookup " + r.ID, func(c *corpus.Corpus) any {
			got, _ := c.Rulebook().Lookup(r.Status, r.Activity, r.Context)
			return got
		}})
	}
	for _, d := range c.Rulebook().Doctrines() {
		qs = append(qs, query{"Rulebook.Doctrine " + d.ID, func(c *corpus.Corpus) any { got, _ := c.Rulebook().Doctrine(d.ID); return got }})
	}
	for _, p := range sample(ids(collect(c.Positions().All()), func(p actors.Position) string { return p.ID }), 100) {
		qs = append(qs, query{"Positions.Position " + p, func(c *corpus.Corpus) any { got, _ := c.Positions().Position(p); return got }})
	}
	qs = append(qs, query{"SettlementSpace.Compose", func(c *corpus.Corpus) any {
		sp, err := c.SettlementSpace()
		if err != nil {
			return err.Error()
		}
		got, err := sp.Compose(make([]int, len(sp.Dimensions())))
		if err != nil {
			return err.Error()
		}
		return got
	}})
	qs = append(qs, query{"settlement.Search", func(c *corpus.Corpus) any {
		sp, err := c.SettlementSpace()
		if err != nil {
			return err.Error()
		}
		z, err := settlement.Search(context.Background(), sp, c, settlement.SearchOptions{Required: []string{"ukraine", "russia"}, Keep: 3})
		if err != nil {
			return err.Error()
		}
		return z
	}})
	for _, name := range sample(names, 400) {
		qs = append(qs, query{"Actors().Lookup " + name, func(c *corpus.Corpus) any {
			a, err := c.Actors().Lookup(name)
			if err != nil {
				return err.Error()
			}
			return []any{a, c.Actors().Candidates(name)}
		}})
	}
	for _, id := range sample(actorIDs, 60) {
		qs = append(qs,
			query{"Actor " + id, func(c *corpus.Corpus) any { a, _ := c.Actors().Actor(id); return a }},
			query{"Members " + id, func(c *corpus.Corpus) any { return pair(c.Actors().Members(id, at)) }},
			query{"Principal " + id, func(c *corpus.Corpus) any { return pair(c.Actors().Principal(id, at)) }},
			query{"Positions.Of " + id, func(c *corpus.Corpus) any { return pair(c.Positions().Of(id, accord.Date{})) }},
			query{"NeutralityStatusesOf " + id, func(c *corpus.Corpus) any { return pair(c.NeutralityStatusesOf(id)) }},
		)
	}
	for i := 0; i+1 < len(actorIDs) && i < 20; i += 2 {
		a, b := actorIDs[i], actorIDs[i+1]
		qs = append(qs, query{"Compare " + a + " " + b, func(c *corpus.Corpus) any { return pair(c.Positions().Compare(a, b, accord.Date{})) }})
	}
	qs = append(qs, query{"Compare russia ukraine", func(c *corpus.Corpus) any { return pair(c.Positions().Compare("russia", "ukraine", accord.Date{})) }})
	for _, id := range issueIDs {
		qs = append(qs,
			query{"Issue " + id, func(c *corpus.Corpus) any { is, _ := c.Issues().Issue(id); return is }},
			query{"Subtree " + id, func(c *corpus.Corpus) any { return pair(c.Issues().Subtree(id)) }},
			query{"Children " + id, func(c *corpus.Corpus) any { return pair(c.Issues().Children(id)) }},
			query{"Ancestors " + id, func(c *corpus.Corpus) any { return pair(c.Issues().Ancestors(id)) }},
			query{"Standings " + id, func(c *corpus.Corpus) any { return pair(c.Positions().Standings(id, accord.Date{})) }},
			query{"Positions.On " + id, func(c *corpus.Corpus) any { return pair(c.Positions().On(id, at)) }},
		)
	}
	for _, in := range instruments {
		qs = append(qs,
			query{"Instrument " + in.ID, func(c *corpus.Corpus) any { got, _ := c.Instrument(in.ID); return got }},
			query{"Assess " + in.ID, func(c *corpus.Corpus) any { got, _ := c.Instrument(in.ID); return got.Assess(ctx) }},
		)
		for _, cl := range in.Clauses {
			qs = append(qs, query{"Versions " + in.ID + "/" + cl.ID, func(c *corpus.Corpus) any {
				got, _ := c.Instrument(in.ID)
				cl, _ := got.Clause(cl.ID)
				return slices.Collect(cl.Versions())
			}})
		}
	}
	if len(instruments) > 1 {
		a, b := instruments[0].ID, instruments[1].ID
		qs = append(qs, query{"guarantees.Compare", func(c *corpus.Corpus) any {
			x, _ := c.Instrument(a)
			y, _ := c.Instrument(b)
			return guarantees.Compare(x.Assess(ctx), y.Assess(ctx))
		}})
	}
	for _, s := range statuses {
		id := s.Status.ID
		qs = append(qs,
			query{"NeutralityStatus " + id, func(c *corpus.Corpus) any { got, _ := c.NeutralityStatus(id); return got }},
			query{"CheckAll " + id, func(c *corpus.Corpus) any {
				got, _ := c.NeutralityStatus(id)
				rep, err := c.Rulebook().CheckAll(got.Status, neutrality.Activities(), neutrality.Options{})
				if err != nil {
					return err.Error()
				}
				return rep
			}},
		)
	}
	for _, doc := range docs {
		qs = append(qs,
			query{"Document " + doc, func(c *corpus.Corpus) any { d, _ := c.Document(doc); return d }},
			query{"DoctrinesOf " + doc, func(c *corpus.Corpus) any { return pair(c.DoctrinesOf(doc)) }},
		)
	}
	for _, s := range settlements {
		qs = append(qs,
			query{"Settlement " + s.ID, func(c *corpus.Corpus) any { got, _ := c.Settlement(s.ID); return got }},
			query{"Evaluate " + s.ID, func(c *corpus.Corpus) any {
				got, _ := c.Settlement(s.ID)
				ev, err := settlement.Evaluate(got, c, settlement.Options{})
				if err != nil {
					return err.Error()
				}
				return ev
			}},
		)
	}
	return qs
}

func ids[T any](s []T, id func(T) string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = id(v)
	}
	return out
}

// fingerprint encodes a query result; two equal results have equal
// fingerprints. Everything the battery returns is wire data or a string.
func fingerprint(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err, "%T", v)
	return string(data)
}

func exportOf(t *testing.T, c *corpus.Corpus) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, c.WriteJSON(&buf))
	return buf.String()
}

// TestConcurrentQueries runs every query of the battery from many
// goroutines at once on one corpus (run it with -race, as CI does) and
// checks that each returns what it returns when run alone.
func TestConcurrentQueries(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	qs := queryBattery(t, c)
	want := make([]string, len(qs))
	for i, q := range qs {
		want[i] = fingerprint(t, q.run(c))
	}
	const workers = 8
	var wg sync.WaitGroup
	got := make([][]string, workers)
	for w := range workers {
		got[w] = make([]string, len(qs))
		wg.Go(func() {
			// Each worker runs the battery in a different order: from
			// its own starting point, forwards or backwards.
			for k := range qs {
				i := (k + w*len(qs)/workers) % len(qs)
				if w%2 == 1 {
					i = len(qs) - 1 - i
				}
				data, err := json.Marshal(qs[i].run(c))
				if err != nil {
					got[w][i] = err.Error()
					continue
				}
				got[w][i] = string(data)
			}
		})
	}
	// A reader exporting the corpus at the same time.
	var export string
	wg.Go(func() {
		var buf bytes.Buffer
		if err := c.WriteJSON(&buf); err == nil {
			export = buf.String()
		}
	})
	wg.Wait()
	for w := range workers {
		for i, q := range qs {
			assert.Equal(t, want[i], got[w][i], "worker %d, query %s", w, q.name)
		}
	}
	assert.Equal(t, exportOf(t, c), export)
}

// TestConcurrentFirstUse: on a fresh corpus, the lazily built parts (the
// gazetteer and tagger) are built once however many readers race to use
// them first.
func TestConcurrentFirstUse(t *testing.T) {
	c1, err := corpus.Default()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, c1.WriteJSON(&buf))
	fresh, err := corpus.Load(seeds.FS())
	require.NoError(t, err)
	want := fingerprint(t, c1.Tagger().Tag("Zelenskyy met NATO in Kyiv"))
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Go(func() {
			data, _ := json.Marshal(fresh.Tagger().Tag("Zelenskyy met NATO in Kyiv"))
			got[i] = string(data)
		})
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, want, g)
	}
}

// scribble changes, in place, every value reachable from v through slices,
// maps and pointers that a caller could modify: strings, numbers, bools,
// slice elements and map entries. A result that shares memory with the
// corpus lets scribble change the corpus.
func scribble(v reflect.Value, seen map[uintptr]bool, depth int) {
	if depth > 12 {
		return
	}
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer || e.Kind() == reflect.Slice || e.Kind() == reflect.Map {
				scribble(e, seen, depth+1)
				return
			}
			// A value in an interface is not addressable, but the slices
			// and maps inside it are shared: scribble a copy of it.
			cp := reflect.New(e.Type()).Elem()
			cp.Set(e)
			scribble(cp, seen, depth+1)
		}
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		scribble(v.Elem(), seen, depth+1)
	case reflect.Slice:
		if v.Len() == 0 || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		for i := range v.Len() {
			scribble(v.Index(i), seen, depth+1)
		}
	case reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i), seen, depth+1)
		}
	case reflect.Map:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e, seen, depth+1)
			v.SetMapIndex(k, e)
		}
		if v.Type().Key().Kind() == reflect.String {
			k := reflect.New(v.Type().Key()).Elem()
			k.SetString("scribbled")
			v.SetMapIndex(k, reflect.New(v.Type().Elem()).Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				scribble(f, seen, depth+1)
			}
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("scribbled " + v.String())
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 7)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 1)
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(v.Float() + 7)
		}
	}
}

// TestAccessorsDoNotShareState: a caller that changes everything it can
// reach in what any query returns does not change the corpus: its export
// and every query's result stay the same.
func TestAccessorsDoNotShareState(t *testing.T) {
	c, err := corpus.Load(seeds.FS())
	require.NoError(t, err)
	qs := queryBattery(t, c)
	before := exportOf(t, c)
	want := make([]string, len(qs))
	for i, q := range qs {
		want[i] = fingerprint(t, q.run(c))
	}
	for _, q := range qs {
		res := q.run(c)
		scribble(reflect.ValueOf(&res), map[uintptr]bool{}, 0)
	}
	changed := false
	for i, q := range qs {
		got, err := json.Marshal(q.run(c))
		if err != nil || string(got) != want[i] {
			changed = true
			t.Errorf("the result of %s changed after callers modified results (%v)", q.name, err)
		}
	}
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil || buf.String() != before {
		changed = true
		t.Errorf("the corpus changed after callers modified results (%v)", err)
	}
	if changed {
		// Name the queries whose results share memory with the corpus.
		c, err := corpus.Load(seeds.FS())
		require.NoError(t, err)
		for _, q := range qs {
			res := q.run(c)
			scribble(reflect.ValueOf(&res), map[uintptr]bool{}, 0)
			var buf bytes.Buffer
			if err := c.WriteJSON(&buf); err != nil || buf.String() != before {
				t.Errorf("changing the result of %s changes the corpus (%v)", q.name, err)
				if c, err = corpus.Load(seeds.FS()); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	// The scribbler really changes shared memory when there is some.
	shared := []actors.Actor{{ID: "x", Aliases: []actors.Alias{{Name: "y"}}}}
	view := any(shared[0])
	scribble(reflect.ValueOf(&view), map[uintptr]bool{}, 0)
	assert.Equal(t, "scribbled y", shared[0].Aliases[0].Name)
	assert.Equal(t, "x", shared[0].ID, "a copied struct's own fields are not shared")
}

// TestPackageTablesAreNotShared: the package-level tables every package
// exposes (its enum tables in the registry, the lists of enum values, the findings catalogue)
// come back unchanged after a caller changed everything it could reach in
// an earlier result: packages hold no state a caller can change.
func TestPackageTablesAreNotShared(t *testing.T) {
	tables := []struct {
		name string
		get  func() any
	}{
		{"enum.Of(actors)", func() any { return enum.Of("github.com/accordmodel/accord/actors") }},
		{"neutrality.Enums", func() any { return enum.Of("github.com/accordmodel/accord/neutrality") }},
		{"guarantees.Enums", func() any { return enum.Of("github.com/accordmodel/accord/guarantees") }},
		{"settlement.Enums", func() any { return enum.Of("github.com/accordmodel/accord/guarantees/settlement") }},
		{"corpus.Enums", func() any { return enum.Of("github.com/accordmodel/accord/corpus") }},
		{"guarantees.Catalogue", func() any { return guarantees.Catalogue() }},
		{"neutrality.Activities", func() any { return neutrality.Activities() }},
		{"neutrality.Kinds", func() any { return neutrality.Kinds() }},
		{"actors.Stances", func() any { return actors.Stances() }},
		{"guarantees.FindingKind.Sources", func() any {
			var out [][]accord.Citation
			for _, k := range guarantees.FindingKinds() {
				out = append(out, k.Sources())
			}
			return out
		}},
	}
	for _, tb := range tables {
		want := fingerprint(t, tb.get())
		res := tb.get()
		scribble(reflect.ValueOf(&res), map[uintptr]bool{}, 0)
		assert.False(t, reflect.DeepEqual(tb.get(), res), "%s: the scribbler changed nothing", tb.name)
		assert.Equal(t, want, fingerprint(t, tb.get()), "%s returns memory the package keeps", tb.name)
	}
}

// TestConstructorsCopyTheirInput: the constructors that build immutable
// values from slices (registries, taxonomies, positions, rulebooks,
// settlement spaces, taggers) keep no reference to the caller's slices:
// changing them afterwards changes nothing.
func TestConstructorsCopyTheirInput(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	type built struct {
		name  string
		input func() any                // a fresh copy of the input
		build func(in any) (any, error) // the value built from it
		query func(v any) any           // what the value answers
	}
	cases := []built{
		{"actors.NewRegistry",
			func() any { return collect(c.Actors().All()) },
			func(in any) (any, error) { return actors.NewRegistry(in.([]actors.Actor)) },
			func(v any) any {
				r := v.(*actors.Registry)
				ua, _ := r.Lookup("Ukraine")
				return []any{collect(r.All()), ua}
			}},
		{"actors.NewTaxonomy",
			func() any { return collect(c.Issues().All()) },
			func(in any) (any, error) { return actors.NewTaxonomy(in.([]actors.Issue)) },
			func(v any) any { return collect(v.(*actors.Taxonomy).All()) }},
		{"actors.NewPositions",
			func() any { return collect(c.Positions().All()) },
			func(in any) (any, error) {
				return actors.NewPositions(c.Actors(), c.Issues(), in.([]actors.Position))
			},
			func(v any) any {
				ps := v.(*actors.Positions)
				return []any{collect(ps.All()), ps.ClashMatrix(accord.Date{})}
			}},
		{"neutrality.NewRulebook",
			func() any { return []any{c.Rulebook().Rules(), c.Rulebook().Doctrines()} },
			func(in any) (any, error) {
				p := in.([]any)
				return neutrality.NewRulebook(p[0].([]neutrality.Rule), p[1].([]neutrality.Doctrine))
			},
			func(v any) any { rb := v.(*neutrality.Rulebook); return []any{rb.Rules(), rb.Doctrines()} }},
		{"settlement.NewSpace",
			func() any { return collect(c.Settlements()) },
			func(in any) (any, error) { return settlement.NewSpace(in.([]settlement.Settlement)) },
			func(v any) any { sp := v.(settlement.Space); return []any{sp.Size(), sp.Dimensions()} }},
	}
	for _, tc := range cases {
		in := tc.input()
		v, err := tc.build(in)
		require.NoError(t, err, tc.name)
		want := fingerprint(t, tc.query(v))
		scribble(reflect.ValueOf(&in), map[uintptr]bool{}, 0)
		assert.Equal(t, want, fingerprint(t, tc.query(v)), "%s keeps a reference to its input", tc.name)
	}
	// The tagger: changing the gazetteer it was built from changes nothing.
	g := c.Gazetteer()
	tg, err := tag.New(g)
	require.NoError(t, err)
	text := "Kyiv, the Kremlin and NATO discussed the Budapest Memorandum and permanent neutrality."
	want := fingerprint(t, tg.Tag(text))
	var gin any = g
	scribble(reflect.ValueOf(&gin), map[uintptr]bool{}, 0)
	assert.Equal(t, want, fingerprint(t, tg.Tag(text)), "tag.New keeps a reference to its gazetteer")
}

// pair is a query's result and its error, for comparing answers.
func pair[T any](v T, err error) any {
	if err != nil {
		return []any{v, err.Error()}
	}
	return []any{v, nil}
}
