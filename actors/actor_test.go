package actors

import (
	"errors"
	"slices"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// problem is an expected validation problem: its kind, optional rule and path.
type problem struct {
	kind, rule error
	path       string
}

func assertProblems(t *testing.T, errs accord.ErrorList, want []problem) {
	t.Helper()
	require.Len(t, errs, len(want), "%v", errs)
	for i, w := range want {
		assert.ErrorIs(t, errs[i], w.kind, "problem %d: %v", i, errs[i])
		if w.rule != nil {
			assert.ErrorIs(t, errs[i], w.rule, "problem %d: %v", i, errs[i])
		}
		assert.Equal(t, w.path, errs[i].Path.String(), "problem %d: %v", i, errs[i])
	}
}

func TestActorValidate(t *testing.T) {
	valid := testActors()[5] // zelenskyy: names, aliases and an office
	tests := []struct {
		name   string
		modify func(a *Actor)
		want   []problem
	}{
		{"valid", func(*Actor) {}, nil},
		{"everything missing", func(a *Actor) { *a = Actor{} }, []problem{
			{kind: accord.ErrRequired, path: "a.id"},
			{kind: accord.ErrRequired, path: "a.kind"}, // the zero Kind is "not set"
			{kind: accord.ErrRequired, path: "a.name"},
			{kind: accord.ErrRequired, path: "a.summary"},
			{kind: accord.ErrRequired, path: "a.evidence"},
		}},
		{"malformed id", func(a *Actor) { a.ID = "Volodymyr Zelenskyy" }, []problem{{kind: accord.ErrInvalid, rule: accord.ErrBadID, path: "a.id"}}},
		{"metonym without referent", func(a *Actor) {
			a.Aliases = append(slices.Clone(a.Aliases), Alias{Name: "Bankova", Kind: Metonym})
		}, []problem{{kind: accord.ErrRequired, rule: ErrMetonymReferent, path: "a.aliases[3].stands_for"}}},
		{"alias repeats the name after folding", func(a *Actor) {
			a.Aliases = append(slices.Clone(a.Aliases), Alias{Name: "  VOLODYMYR   zelenskyy ", Kind: Spelling})
		}, []problem{{kind: accord.ErrDuplicate, path: "a.aliases[3].name"}}},
		{"alias repeats an alias with another apostrophe", func(a *Actor) {
			a.Aliases = append(slices.Clone(a.Aliases), Alias{Name: "O'Zelensky", Kind: Spelling})
		}, []problem{{kind: accord.ErrDuplicate, path: "a.aliases[3].name"}}},
		{"undetermined language", func(a *Actor) {
			a.Names = map[language.Tag]string{language.Und: "x"}
		}, []problem{{kind: accord.ErrInvalid, path: `a.names["und"]`}}},
		{"empty name in a language", func(a *Actor) {
			a.Names = map[language.Tag]string{language.Russian: " "}
		}, []problem{{kind: accord.ErrRequired, path: `a.names["ru"]`}}},
		{"acts for itself", func(a *Actor) { a.ActsFor = "zelenskyy" }, []problem{{kind: accord.ErrInvalid, rule: ErrSelfReference, path: "a.acts_for"}}},
		{"office period ends before it starts", func(a *Actor) {
			a.Offices = []Office{{Title: "President", For: "ukraine", Period: period("2025", "2019"), Evidence: ev("x")}}
		}, []problem{{kind: accord.ErrInvalid, path: "a.offices[0].period.to"}}},
		{"office without evidence or holder", func(a *Actor) {
			a.Offices = []Office{{Title: "President"}}
		}, []problem{{kind: accord.ErrRequired, path: "a.offices[0].for"}, {kind: accord.ErrRequired, path: "a.offices[0].evidence"}}},
		{"office held by a body", func(a *Actor) { a.Kind = GovernmentBody }, []problem{{kind: accord.ErrInvalid, rule: ErrOfficeNotPerson, path: "a.offices[0]"}}},
		{"unknown kind", func(a *Actor) { a.Kind = Kind(99) }, []problem{{kind: accord.ErrNotSupported, path: "a.kind"}, {kind: accord.ErrInvalid, rule: ErrOfficeNotPerson, path: "a.offices[0]"}}},
		{"membership of itself without a role", func(a *Actor) {
			a.Memberships = []Membership{{Of: "zelenskyy", Evidence: ev("x")}}
		}, []problem{{kind: accord.ErrRequired, path: "a.memberships[0].role"}, {kind: accord.ErrInvalid, rule: ErrSelfReference, path: "a.memberships[0].of"}}},
		{"citation too long", func(a *Actor) {
			a.Evidence = ev("one two three four five six seven eight nine ten eleven twelve thirteen")
		}, []problem{{kind: accord.ErrInvalid, path: "a.evidence[0].anchor"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := valid.Clone()
			tt.modify(&a)
			assertProblems(t, a.Validate(accord.NewPath("a")), tt.want)
		})
	}
}

func TestActorNameIn(t *testing.T) {
	a := testActors()[0]
	assert.Equal(t, "Україна", a.NameIn(language.Ukrainian))
	assert.Equal(t, "Украина", a.NameIn(language.Russian))
	assert.Equal(t, "Україна", a.NameIn(language.MustParse("uk-UA")), "a regional tag matches its language")
	assert.Equal(t, "Ukraine", a.NameIn(language.French), "falls back to the canonical name")
	assert.Equal(t, "Finland", testActors()[2].NameIn(language.Ukrainian), "no names in other languages")
}

func TestActorCloneSharesNothing(t *testing.T) {
	a := testActors()[5]
	b := a.Clone()
	b.Aliases[0].Name = "changed"
	b.Names[language.Ukrainian] = "changed"
	b.Offices[0].Evidence[0].Anchor = "changed"
	assert.Equal(t, "Zelenskyy", a.Aliases[0].Name)
	assert.Equal(t, "Володимир Зеленський", a.Names[language.Ukrainian])
	assert.Equal(t, "President Zelenskyy", a.Offices[0].Evidence[0].Anchor)
}

func TestMemberOfIsDateAware(t *testing.T) {
	fi := testActors()[2]
	assert.False(t, fi.MemberOf("nato", accord.YearOf(2022)))
	assert.True(t, fi.MemberOf("nato", accord.YearOf(2023)))
	assert.True(t, fi.MemberOf("nato", accord.Date{}), "the zero date means at any time")
	assert.False(t, fi.MemberOf("eu", accord.Date{}))
}

func TestEnumsRoundTrip(t *testing.T) {
	for _, info := range enum.Of("github.com/accordmodel/accord/actors") {
		require.NotEmpty(t, info.Values, info.Type)
	}
	for _, s := range Stances() {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back Stance
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	_, err := ParseStance("maybe")
	assert.ErrorIs(t, err, accord.ErrNotSupported)
	var k Kind
	assert.ErrorIs(t, k.UnmarshalText([]byte("State")), accord.ErrNotSupported, "wire names are exact")
	_, err = Stance(0).MarshalText()
	assert.True(t, errors.Is(err, accord.ErrNotSupported), "the invalid zero is never written")
}

func TestStancePolarity(t *testing.T) {
	want := map[Stance]int{Demands: 1, Supports: 1, Conditional: 1, Open: 0, Noncommittal: 0, Opposes: -1, Rejects: -1, 0: 0}
	for s, p := range want {
		assert.Equal(t, p, s.Polarity(), s.String())
	}
}
