package actors

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

func TestRegistryLookup(t *testing.T) {
	r := MustNewRegistry(testActors())
	tests := []struct {
		name string
		want string
	}{
		{"Ukraine", "ukraine"},
		{"UKRAINE", "ukraine"},
		{"  ukraine ", "ukraine"},
		{"Україна", "ukraine"},
		{"УКРАИНА", "ukraine"},
		{"Kyiv", "ukraine"},
		{"Moscow", "russia"},
		{"Kremlin", "kremlin"},
		{"the Kremlin", "kremlin"},
		{"The  KREMLIN", "kremlin"},
		{"Zelenskiy", "zelenskyy"},
		{"Зеленський", ""}, // a surname not recorded as an alias is not guessed
		{"Володимир Зеленський", "zelenskyy"},
		{"O'Zelensky", "zelenskyy"}, // straight apostrophe
		{"O’Zelensky", "zelenskyy"}, // typographic apostrophe, as recorded
		{"Oʼzelensky", "zelenskyy"}, // modifier letter apostrophe
		{"north atlantic treaty organization", "nato"},
		{"Zelensky", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := r.Lookup(tt.name)
			if tt.want == "" {
				assert.ErrorIs(t, err, ErrUnknownName)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.ID)
			id, err := r.LookupID(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.want, id)
		})
	}
}

func TestRegistryLookupAmbiguous(t *testing.T) {
	r := MustNewRegistry(testActors())
	_, err := r.Lookup("germany")
	require.ErrorIs(t, err, ErrAmbiguousName)
	id, idErr := r.LookupID("Germany")
	assert.Empty(t, id)
	assert.ErrorIs(t, idErr, ErrAmbiguousName)
	_, idErr = r.LookupID("Prussia")
	assert.ErrorIs(t, idErr, ErrUnknownName)
	var amb *AmbiguousError
	require.ErrorAs(t, err, &amb)
	assert.Equal(t, "germany", amb.Name)
	// Collated by name: "German Empire" sorts before "Germany".
	assert.Equal(t, []string{"german-empire", "germany"}, amb.IDs)
	assert.Equal(t, []string{"german-empire", "germany"}, r.Candidates("GERMANY"))
	assert.Equal(t, []string{"german-empire"}, r.Candidates("German Empire"))
	assert.Empty(t, r.Candidates("Prussia"))
}

func TestNewRegistryReportsEveryProblem(t *testing.T) {
	list := testActors()
	list[4].ActsFor = "soviet-union"                                                                                   // dangling
	list[5].Offices[0].For = "ukrainian-ssr"                                                                           // dangling
	list = append(list, Actor{ID: "russia", Kind: State, Name: "Russian Federation", Summary: "s", Evidence: ev("x")}) // duplicate id
	list = append(list,
		Actor{ID: "a", Kind: GovernmentBody, Name: "A", ActsFor: "b", Summary: "s", Evidence: ev("x")},
		Actor{ID: "b", Kind: GovernmentBody, Name: "B", ActsFor: "a", Summary: "s", Evidence: ev("x")},
		Actor{ID: "", Kind: State, Name: "Nameless", Summary: "s", Evidence: ev("x")},
	)
	r, err := NewRegistry(list)
	assert.Nil(t, r)
	var errs accord.ErrorList
	require.ErrorAs(t, err, &errs)
	assertProblems(t, errs, []problem{
		{kind: accord.ErrDuplicate, path: "actors[10].id"},
		{kind: accord.ErrRequired, path: "actors[13].id"},
		{kind: accord.ErrNotFound, path: "actors[4].acts_for"},
		{kind: accord.ErrNotFound, path: "actors[5].offices[0].for"},
		{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "actors[11].acts_for"},
		{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "actors[12].acts_for"},
	})
}

func TestRegistryPrincipal(t *testing.T) {
	r := MustNewRegistry(testActors())
	assert.Equal(t, "russia", noErr(r.Principal("kremlin", accord.Date{})), "a body acts for its state")
	assert.Equal(t, "ukraine", noErr(r.Principal("zelenskyy", accord.YearOf(2025))), "a person acts for whom their office serves")
	assert.Equal(t, "zelenskyy", noErr(r.Principal("zelenskyy", accord.YearOf(2015))), "before taking office a person acts for no one")
	assert.Equal(t, "ukraine", noErr(r.Principal("ukraine", accord.Date{})))
	_, err := r.Principal("nobody", accord.Date{})
	assert.ErrorIs(t, err, ErrUnknownActor, "an unknown id is an error, not its own principal")
}

func TestRegistryMembers(t *testing.T) {
	r := MustNewRegistry(testActors())
	assert.Empty(t, noErr(r.Members("nato", accord.YearOf(2022))))
	assert.Equal(t, []string{"finland"}, noErr(r.Members("nato", accord.MustParseDate("2023-04"))))
	assert.Equal(t, []string{"finland"}, noErr(r.Members("nato", accord.Date{})))
}

func TestRegistryReturnsCopies(t *testing.T) {
	r := MustNewRegistry(testActors())
	a, ok := r.Actor("ukraine")
	require.True(t, ok)
	a.Aliases[0].Name = "Kiev"
	a.Name = "changed"
	_, err := r.Lookup("Kiev")
	assert.ErrorIs(t, err, ErrUnknownName)
	again, _ := r.Actor("ukraine")
	assert.Equal(t, "Ukraine", again.Name)
	assert.Equal(t, "Kyiv", again.Aliases[0].Name)
}

// TestLookupRefersToTheActor: Lookup's ActorRef reads the actor in the
// registry; its Actor is a copy that can be changed without changing the
// registry or a later lookup, and changing the ActorRef's own fields
// changes neither.
func TestLookupRefersToTheActor(t *testing.T) {
	r := MustNewRegistry(testActors())
	want, ok := r.Actor("ukraine")
	require.True(t, ok)
	a, err := r.Lookup("KYIV")
	require.NoError(t, err)
	assert.True(t, a.IsValid())
	assert.Equal(t, []any{"ukraine", State, "Ukraine", "Ukraine (ukraine, state)"}, []any{a.ID, a.Kind, a.Name, a.String()})
	assert.Equal(t, want.NameIn(language.Ukrainian), a.NameIn(language.Ukrainian))
	assert.Equal(t, want, a.Actor())
	got := a.Actor()
	got.Aliases[0].Name = "Kiev"
	got.Evidence[0].Anchor = "changed"
	a.ID, a.Name = "changed", "changed"
	assert.Equal(t, want, a.Actor(), "the copy and the fields are the caller's")
	again, err := r.Lookup("Ukraine")
	require.NoError(t, err)
	assert.Equal(t, want, again.Actor())
	_, err = r.Lookup("Kiev")
	assert.ErrorIs(t, err, ErrUnknownName)

	fi, err := r.Lookup("Finland")
	require.NoError(t, err)
	assert.True(t, fi.MemberOf("nato", accord.MustParseDate("2023-04")))
	assert.False(t, fi.MemberOf("nato", accord.YearOf(2022)))

	var zero ActorRef
	assert.False(t, zero.IsValid())
	assert.Equal(t, Actor{}, zero.Actor())
	assert.Empty(t, zero.NameIn(language.Ukrainian))
	assert.False(t, zero.MemberOf("nato", accord.Date{}))
	assert.Equal(t, "no actor", zero.String())
}

func TestRegistryCollatedOrder(t *testing.T) {
	r := MustNewRegistry(testActors())
	ids := []string{"zeta", "ukraine", "alpha", "finland"}
	r.sortIDs(ids)
	// "Ängstliche Beobachter" collates with A, before "Finland"; "zealots"
	// (lower case) still comes after "Ukraine". Byte order would put Ä last
	// and "zealots" after every capitalised name.
	assert.Equal(t, []string{"alpha", "finland", "ukraine", "zeta"}, ids)
	names := []string{"zealots", "Ukraine", "Ängstliche Beobachter", "Finland"}
	SortNames(names)
	assert.Equal(t, []string{"Ängstliche Beobachter", "Finland", "Ukraine", "zealots"}, names)
}

func TestEmptyRegistry(t *testing.T) {
	r := MustNewRegistry(nil)
	assert.Equal(t, 0, r.Len())
	_, err := r.Lookup("Ukraine")
	assert.True(t, errors.Is(err, ErrUnknownName))
}

// TestRanksFollowCompare checks that ranks, which sorts by collation keys,
// orders names exactly as the collator's CompareString does (SortNames),
// on names that differ only in case, accents, punctuation, spacing or
// script, and on names that collate equal (ties go to the key).
func TestRanksFollowCompare(t *testing.T) {
	names := []string{
		"Ukraine", "ukraine", "UKRAINE", "Ängstliche Beobachter", "Angstliche Beobachter",
		"Türkiye", "Turkey", "turkey", "Côte d’Ivoire", "Cote d'Ivoire", "Israel", "Ireland", "italy",
		"Україна", "Россия", "Russia", "Russian Federation", "NATO", "N.A.T.O.", "E3", "E-3",
		"the United States", "United States", "United  States", "", "Ł", "L", "ß", "ss",
	}
	keys := make([]string, len(names))
	for i := range names {
		keys[i] = fmt.Sprintf("k%02d", i)
	}
	rank := ranks(keys, names)
	byRank := slices.Clone(keys)
	slices.SortFunc(byRank, func(a, b string) int { return rank[a] - rank[b] })

	col := collate.New(language.English, collate.IgnoreCase, collate.Loose)
	want := slices.Clone(keys)
	slices.SortStableFunc(want, func(a, b string) int {
		ia, ib := slices.Index(keys, a), slices.Index(keys, b)
		if c := col.CompareString(names[ia], names[ib]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	assert.Equal(t, want, byRank)
}

// TestLookupAllocatesOnlyTheFold: a name found costs a fold and a map
// access; beyond what folding the name allocates, Lookup allocates nothing
// (the ActorRef refers to the registry's actor).
func TestLookupAllocatesOnlyTheFold(t *testing.T) {
	r := MustNewRegistry(testActors())
	for _, name := range []string{"Ukraine", "KYIV", "the Kremlin", "Україна"} {
		var found ActorRef
		var key string
		lookup := testing.AllocsPerRun(100, func() { found, _ = r.Lookup(name) })
		fold := testing.AllocsPerRun(100, func() { key = foldKey(name) })
		assert.Equal(t, fold, lookup, name)
		assert.True(t, found.IsValid(), name)
		assert.NotEmpty(t, key)
	}
}

func TestActorRefString(t *testing.T) {
	r := MustNewRegistry(testActors())
	tests := []struct {
		name, want string
	}{
		{"Zelenskyy", "Volodymyr Zelenskyy (zelenskyy, person)"},
		{"Ukraine", "Ukraine (ukraine, state)"},
	}
	for _, tt := range tests {
		ref, err := r.Lookup(tt.name)
		require.NoError(t, err)
		assert.Equal(t, tt.want, ref.String())
		assert.Equal(t, ref.Actor().String(), ref.String(), "the same as the actor's own String")
	}
	assert.Equal(t, "no actor", ActorRef{}.String())
}
