package fold

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"case", "NATO", "nato"},
		{"curly apostrophe", "Ukraine’s", "ukraine's"},
		{"modifier apostrophe", "Vidnosynyʼ", "vidnosyny'"},
		{"curly double quotes", "“deem necessary”", `"deem necessary"`},
		{"guillemets", "«near abroad»", `"near abroad"`},
		{"en dash range", "€110–120", "€110-120"},
		{"em dash", "a—b", "a-b"},
		{"minus sign", "−5", "-5"},
		{"no-break space", "U.S.\u00a0President", "u.s. president"},
		{"whitespace runs", "  Article\t5\n of  the  Treaty ", "article 5 of the treaty"},
		{"full case folding", "Straße", "strasse"},
		{"compatibility form", "ﬁnal", "final"},
		{"Ukrainian keeps й", "Зеленський", "зеленський"},
		{"Russian keeps ё", "Ёлка", "ёлка"},
		{"decomposed input composes", "Zelenskyi\u0306", "zelenskyĭ"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Fold(tt.in))
		})
	}
}

func TestFoldMatchesAcrossTypography(t *testing.T) {
	pairs := [][2]string{
		{"Ukraine’s neutrality", "ukraine's NEUTRALITY"},
		{"“deem necessary”", `"deem necessary"`},
		{"10–15 years", "10-15 years"},
		{"O’Hanlon", "O'Hanlon"},
	}
	for _, p := range pairs {
		assert.Equal(t, Fold(p[0]), Fold(p[1]), "%q vs %q", p[0], p[1])
	}
}

func TestWordCount(t *testing.T) {
	assert.Equal(t, 0, WordCount(""))
	assert.Equal(t, 0, WordCount(" \n\t"))
	assert.Equal(t, 4, WordCount("an attack on one"))
	assert.Equal(t, 3, WordCount("  Hague\u00a0Convention  V\n"))
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Ukraine’s", "“x”", "a – b", "Зеленський", "Straße", "\u00a0", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold is not idempotent: Fold(%q) = %q, Fold of that = %q", s, got, again)
		}
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Fatalf("Fold(%q) = %q has uncollapsed space", s, got)
		}
	})
}

// TestFoldFolded: text already in folded form comes back as it is,
// without an allocation, from Fold and FoldIndexed alike.
func TestFoldFolded(t *testing.T) {
	for _, s := range []string{"", "nato", "the kremlin", "article 5 of the treaty", "a-b \"c\" d's"} {
		assert.Equal(t, s, Fold(s))
		assert.Equal(t, s, FoldIndexed(s).String())
		assert.Zero(t, testing.AllocsPerRun(10, func() { _ = Fold(s) }), "Fold(%q) allocates", s)
	}
	for _, s := range []string{"NATO", " nato", "nato ", "the  kremlin", "a\tb", "ukraine’s"} {
		assert.NotEqual(t, s, Fold(s), "%q is not in folded form", s)
	}
}
