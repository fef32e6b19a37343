package guarantees

import (
	"slices"
	"strings"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVersionRendersEveryCombination(t *testing.T) {
	c := art5()
	ru := " on the basis of a decision agreed upon by all Guarantor States,"
	ua := " including closing the airspace over Ukraine, the provision of the necessary weapons,"
	tests := []struct {
		name      string
		ids       []string
		contains  []string
		lacks     []string
		decision  Decision
		measures  []Measure
		adoptedAs []string
	}{
		{"base", nil, nil, []string{ru, ua}, EachAlone, []Measure{ArmedForce}, nil},
		{"russian", []string{"ru"}, []string{"United Nations," + ru + " will provide"}, []string{ua}, AllJointly, []Measure{ArmedForce}, []string{"ru"}},
		{"ukrainian", []string{"ua"}, []string{"as may be necessary," + ua + " using armed force"}, []string{ru}, EachAlone, []Measure{ArmedForce, ClosingAirspace, Weapons}, []string{"ua"}},
		{"both, in any order", []string{"ua", "ru", "ua"}, []string{ru, ua}, nil, AllJointly, []Measure{ArmedForce, ClosingAirspace, Weapons}, []string{"ru", "ua"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := c.Version(tt.ids...)
			require.NoError(t, err)
			for _, s := range tt.contains {
				assert.Contains(t, v.Text, s)
			}
			for _, s := range tt.lacks {
				assert.NotContains(t, v.Text, s)
			}
			assert.Equal(t, tt.decision, v.Reading.Decision)
			assert.Equal(t, tt.measures, v.Reading.Measures)
			assert.Equal(t, tt.adoptedAs, v.Revisions)
			// The marked text shows exactly the insertions.
			plain := strings.NewReplacer("{+", "", "+}", "").Replace(v.Marked)
			assert.Equal(t, v.Text, plain)
		})
	}
	// The base reading is not changed by deriving versions.
	assert.Equal(t, EachAlone, c.Reading.Decision)
	assert.Equal(t, []Measure{ArmedForce}, c.Reading.Measures)
}

func TestVersionMarksDeletionsAndSubstitutions(t *testing.T) {
	c := Clause{ID: "c", Wording: "each guarantor shall act as it deems necessary, including armed force.", Reading: Reading{Obligation: DiscretionaryForce},
		Revisions: []Revision{
			{ID: "sub", Kind: Substitution, At: "as it deems necessary", Text: "with armed force", Changes: ReadingChange{Obligation: ObligatoryForce}},
			{ID: "del", Kind: Deletion, At: ", including armed force", Changes: ReadingChange{RemoveMeasures: []Measure{ArmedForce}}},
			{ID: "pre", Kind: Insertion, Placement: Before, At: "each guarantor", Text: "Immediately, ", Changes: ReadingChange{Invoker: OnTrigger}},
		}}
	v, err := c.Version("sub", "del", "pre")
	require.NoError(t, err)
	assert.Equal(t, "Immediately, each guarantor shall act with armed force.", v.Text)
	assert.Equal(t, "{+Immediately, +}each guarantor shall act [-as it deems necessary-]{+with armed force+}[-, including armed force-].", v.Marked)
	assert.Equal(t, ObligatoryForce, v.Reading.Obligation)
	assert.Equal(t, OnTrigger, v.Reading.Invoker)
}

func TestVersionErrors(t *testing.T) {
	base := Clause{ID: "c", Wording: "alpha beta gamma delta", Revisions: []Revision{
		{ID: "a", Kind: Deletion, At: "beta gamma", Changes: ReadingChange{Obligation: Consult}},
		{ID: "b", Kind: Substitution, At: "gamma delta", Text: "x", Changes: ReadingChange{Obligation: Consult}},
		{ID: "c", Kind: Insertion, Placement: After, At: "alpha beta", Text: " y", Changes: ReadingChange{Decision: EachAlone}},
		{ID: "d", Kind: Insertion, Placement: After, At: "delta", Text: " z", Changes: ReadingChange{Decision: AllJointly}},
		{ID: "e", Kind: Deletion, At: "epsilon", Changes: ReadingChange{Obligation: Consult}},
		{ID: "f", Kind: Insertion, Placement: After, At: "alpha", Text: "!", Changes: ReadingChange{AddMeasures: []Measure{Weapons}}},
		{ID: "g", Kind: Deletion, At: "delta", Changes: ReadingChange{RemoveMeasures: []Measure{Weapons}}},
	}}
	tests := []struct {
		name string
		ids  []string
		want error
	}{
		{"unknown revision", []string{"zz"}, ErrUnknownRevision},
		{"overlapping removals", []string{"a", "b"}, ErrRevisionConflict},
		{"insertion inside a removal", []string{"a", "c"}, ErrRevisionConflict},
		{"two revisions set the decision differently", []string{"c", "d"}, ErrRevisionConflict},
		{"one adds a measure the other removes", []string{"f", "g"}, ErrRevisionConflict},
		{"anchor not in the text", []string{"e"}, ErrRevisionTextNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := base.Version(tt.ids...)
			assert.ErrorIs(t, err, tt.want)
		})
	}
	// Edits that touch only at a boundary do not conflict.
	v, err := base.Version("a", "f")
	require.NoError(t, err)
	assert.Equal(t, "alpha!  delta", v.Text)

	rep := Clause{ID: "r", Wording: "x and x", Revisions: []Revision{{ID: "r", Kind: Deletion, At: "x", Changes: ReadingChange{Obligation: Consult}}}}
	_, err = rep.Version("r")
	assert.ErrorIs(t, err, ErrRevisionAmbiguous)
}

func TestVersionsListsCompatibleCombinations(t *testing.T) {
	vs := slices.Collect(art5().Versions())
	require.Len(t, vs, 4)
	var got [][]string
	for _, v := range vs {
		got = append(got, v.Revisions)
	}
	assert.Equal(t, [][]string{nil, {"ru"}, {"ua"}, {"ru", "ua"}}, got)
}

// FuzzRender checks that rendering never panics and that a valid
// revision changes the text by exactly its own edit.
func FuzzRender(f *testing.F) {
	f.Add(art5Wording, "as may be necessary,", " including closing the airspace,", uint8(1), uint8(1))
	f.Add("alpha beta", "beta", "", uint8(2), uint8(0))
	f.Add("alpha beta", "alpha", "omega", uint8(3), uint8(0))
	f.Add("aaa", "a", "b", uint8(1), uint8(2))
	f.Add("", "", "", uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, wording, at, text string, kind, pos uint8) {
		r := Revision{ID: "r", By: []string{"x"}, Kind: RevisionKind(kind % 4), At: at, Placement: Placement(pos % 3), Text: text,
			Status: RevisionProposed, Changes: ReadingChange{Obligation: Consult}, Summary: "s", Evidence: ev}
		c := Clause{ID: "c", Label: "c", Topic: Commitment, Wording: wording, WordingSource: "fuzz", Summary: "s",
			Reading:   Reading{Trigger: ArmedAttack, Obligation: Support, Decision: EachAlone, Invoker: OnTrigger},
			Revisions: []Revision{r}, Evidence: ev}
		v, err := c.Version("r")
		valid := len(c.Validate(accord.Path{})) == 0
		if valid && err != nil {
			t.Fatalf("valid revision failed to render: %v", err)
		}
		if err != nil {
			return
		}
		want := len(wording) - len(at) + len(text)
		switch r.Kind {
		case Insertion:
			want = len(wording) + len(text)
		case Deletion:
			want = len(wording) - len(at) // a deletion's text, if any, is ignored
		}
		if len(v.Text) != want {
			t.Fatalf("rendered %d bytes, want %d: %q", len(v.Text), want, v.Text)
		}
		if r.Kind != Deletion && !strings.Contains(v.Text, text) {
			t.Fatalf("rendered text %q lacks the new text %q", v.Text, text)
		}
		if v.Reading.Obligation != Consult {
			t.Fatalf("derived obligation %v, want consult", v.Reading.Obligation)
		}
		base, err := c.Version()
		if err != nil || base.Text != wording {
			t.Fatalf("base version %q, %v; want the wording", base.Text, err)
		}
	})
}

// TestAnchorOverlap: an anchor that occurs twice overlapping ("yy" in
// "yyy") is ambiguous for Validate and for Version alike (FuzzRender found
// Validate accepting what Version refused).
func TestAnchorOverlap(t *testing.T) {
	tests := []struct {
		wording, at string
		n, first    int
	}{
		{"yyy", "yy", 2, 0},
		{"x and x", "x", 2, 0},
		{"alpha", "ph", 1, 2},
		{"alpha", "z", 0, -1},
		{"alpha", "", 0, -1},
		{"", "", 0, -1},
	}
	for _, tt := range tests {
		n, first := anchorCount(tt.wording, tt.at)
		assert.Equal(t, tt.n, n, "%q in %q", tt.at, tt.wording)
		assert.Equal(t, tt.first, first, "%q in %q", tt.at, tt.wording)
	}
	c := Clause{ID: "c", Wording: "yyy", Revisions: []Revision{{ID: "r", Kind: Deletion, At: "yy", Changes: ReadingChange{Obligation: Consult}}}}
	_, err := c.Version("r")
	assert.ErrorIs(t, err, ErrRevisionAmbiguous)
	var rules []error
	for _, e := range c.Validate(accord.Path{}) {
		if e.Path.String() == "revisions[0].at" {
			rules = append(rules, e.Rule)
		}
	}
	assert.Equal(t, []error{ErrRevisionAmbiguous}, rules)
}
