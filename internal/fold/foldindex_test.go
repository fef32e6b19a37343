package fold

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// foldWhole is Fold's pipeline applied to the whole string at once, as
// Fold's documentation describes it: the oracle the piecewise
// implementation must agree with.
func foldWhole(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = norm.NFKC.String(s)
	s = strings.Map(FoldPunct, s)
	s = cases.Fold().String(s)
	s = strings.Map(foldCherokee, s)
	s = norm.NFKC.String(s)
	return strings.Join(strings.Fields(s), " ")
}

func TestFoldIndexedOrigin(t *testing.T) {
	tests := []struct {
		name, in string
		// find is a folded substring; want is the original text it maps to.
		find, want string
	}{
		{"ascii", "The NATO summit", "nato", "NATO"},
		{"curly possessive", "Ukraine’s army", "ukraine's", "Ukraine’s"},
		{"after curly quote", "“Article 5” pledge", "article 5", "Article 5"},
		{"quote itself", "“Article 5” pledge", `"`, "“"},
		{"en dash range", "€110–120 billion", "110-120", "110–120"},
		{"currency symbol", "costs €110 now", "€110", "€110"},
		{"collapsed spaces", "security \n\t guarantees", "security guarantees", "security \n\t guarantees"},
		{"no-break space", "U.S.\u00a0President", "u.s. president", "U.S.\u00a0President"},
		{"Cyrillic", "Президент Зеленський сказав", "зеленський", "Зеленський"},
		{"Cyrillic capital", "ЗЕЛЕНСЬКИЙ", "зеленський", "ЗЕЛЕНСЬКИЙ"},
		{"decomposed accent", "Ame\u0301lie met", "amélie", "Ame\u0301lie"},
		{"sharp s expands", "Straße 5", "strasse", "Straße"},
		{"ligature", "ﬁnal text", "final", "ﬁnal"},
		{"leading space trimmed", "   Kyiv", "kyiv", "Kyiv"},
		{"invalid UTF-8", "a\xff\xfeb Kyiv", "kyiv", "Kyiv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := FoldIndexed(tt.in)
			require.Equal(t, Fold(tt.in), f.String())
			i := strings.Index(f.String(), tt.find)
			require.GreaterOrEqual(t, i, 0, "%q not in %q", tt.find, f.String())
			start, end := f.Origin(i, i+len(tt.find))
			assert.Equal(t, tt.want, tt.in[start:end])
		})
	}
}

func TestFoldIndexedEdges(t *testing.T) {
	var zero Folded
	assert.Equal(t, "", zero.String())
	s, e := zero.Origin(0, 10)
	assert.Equal(t, [2]int{0, 0}, [2]int{s, e})

	f := FoldIndexed("  Kyiv  ")
	assert.Equal(t, "kyiv", f.String())
	assert.Equal(t, 4, f.Len())
	s, e = f.Origin(-5, 100) // clamped to the folded text
	assert.Equal(t, "Kyiv", "  Kyiv  "[s:e])
	s, e = f.Origin(2, 2)
	assert.Equal(t, s, e, "an empty span maps to an empty span")
	s, e = f.Origin(4, 4)
	assert.Equal(t, [2]int{8, 8}, [2]int{s, e}, "the end maps to the end of the original")
}

func TestFoldMatchesWholePipeline(t *testing.T) {
	for _, s := range []string{
		"Ukraine’s “non-bloc” status — 1991–2025",
		"Zelenskyy/Zelenskiy, Зеленський, Krushchev",
		"ΣΊΣΥΦΟΣ ᾳ α\u0345 İstanbul",
		"a´b ¨ x", "ᏸᏹᏺ ꭰꭱ", "\u1100\u1161\u11a8 가 각", "Å A\u030a",
		" \u3000 x\u2028y\u0085z ", "\xe2\x80 \xff", "e\u0301\u0301\u0301",
	} {
		assert.Equal(t, foldWhole(s), Fold(s), "%q", s)
	}
}

func FuzzFoldIndexed(f *testing.F) {
	for _, s := range []string{"Ukraine’s", "“x”", "a – b", "Зеленський", "Straße", "\u00a0", "\xff", "a´b", "e\u0301 x", "ﬁ ß ᾳ", "A’\u0301s «x» −5 a\u00a0\u00a0b", "’\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fi := FoldIndexed(s)
		got := fi.String()
		if want := foldWhole(s); got != want {
			t.Fatalf("Fold(%q) = %q, whole-string pipeline gives %q", s, got, want)
		}
		if Fold(s) != got {
			t.Fatalf("Fold and FoldIndexed disagree on %q", s)
		}
		// A Buffer used before, on other text, gives the same fold and map.
		var buf Buffer
		buf.FoldIndexed("Ame\u0301lie «x» Зеленський " + s + s)
		if bi := buf.FoldIndexed(s); !sameFolded(bi, fi) {
			t.Fatalf("Buffer.FoldIndexed(%q) = %+v, FoldIndexed gives %+v", s, bi, fi)
		}
		prevEnd := 0
		for i, w := range strings.Split(got, " ") {
			if w == "" {
				continue
			}
			fs := strings.Index(got[prevEnd:], w) + prevEnd
			fe := fs + len(w)
			prevEnd = fe
			os, oe := fi.Origin(fs, fe)
			if os < 0 || oe > len(s) || os > oe {
				t.Fatalf("word %d %q of %q maps to bad span [%d,%d) of %q", i, w, got, os, oe, s)
			}
			if !strings.Contains(Fold(s[os:oe]), w) {
				t.Fatalf("word %q of Fold(%q) maps to %q, which folds to %q", w, s, s[os:oe], Fold(s[os:oe]))
			}
		}
		// A Cursor maps every span as Origin does, whether the spans come
		// in increasing order (all spans from each start) or not (the same
		// spans from the last start back, and spans past the text's ends).
		cur, back := fi.Cursor(), fi.Cursor()
		n := min(fi.Len(), 40)
		for fs := -1; fs <= n+1; fs++ {
			for fe := fs - 1; fe <= min(fs+6, n+1); fe++ {
				checkCursor(t, s, fi, &cur, fs, fe)
				checkCursor(t, s, fi, &back, n-fs, n-fe+1)
			}
		}
		if utf8.ValidString(s) && len(s) > 0 {
			if os, oe := fi.Origin(0, fi.Len()); oe < os {
				t.Fatalf("whole text maps to [%d,%d)", os, oe)
			}
		}
	})
}

// TestSimpleLetters checks what typographic's fast path assumes of each
// simple letter (simpleLetter), against x/text: it is its own NFKC form,
// composes with nothing before it, and folds to its lower-case letter,
// which is its own NFKC form; and that Fold then agrees with the
// whole-string pipeline on letters next to each other and to ASCII.
func TestSimpleLetters(t *testing.T) {
	var letters []rune
	for r := rune(0x80); r <= 0x10ffff; r++ {
		if simpleLetter(r) {
			letters = append(letters, r)
		}
	}
	require.NotEmpty(t, letters)
	caser := cases.Fold()
	for _, r := range letters {
		s := string(r)
		assert.True(t, unicode.IsLetter(r), "%U", r)
		assert.Equal(t, s, norm.NFKC.String(s), "%U is its own NFKC form", r)
		low := string(unicode.ToLower(r))
		assert.Equal(t, low, caser.String(s), "%U case-folds to its lower case", r)
		assert.Equal(t, low, norm.NFKC.String(low), "%U's lower case is its own NFKC form", r)
		for _, prev := range append([]rune{'a', 'E', 'i', 'u', ' ', '\'', 0x438, 0x418, 0x435}, letters[:8]...) {
			pair := string(prev) + s
			assert.Equal(t, pair, norm.NFKC.String(pair), "%U composes with %U", r, prev)
		}
	}
	for _, s := range []string{"Зеленський", "ЗЕЛЕНСЬКИЙ Володимир", "Україна і Росія", "Ґалаґан Їжак Єва", "Ёлка ёж", "x Київ-2", "NATO–Україна «ok»"} {
		assert.Equal(t, foldWhole(s), Fold(s), "%q", s)
	}
}

// sameFolded reports whether a and b have the same text and map every
// span alike.
func sameFolded(a, b Folded) bool {
	if a.String() != b.String() {
		return false
	}
	for i := 0; i <= a.Len(); i++ {
		for j := i; j <= min(a.Len(), i+8); j++ {
			as, ae := a.Origin(i, j)
			bs, be := b.Origin(i, j)
			if as != bs || ae != be {
				return false
			}
		}
	}
	return true
}

// TestBufferReuse: a Buffer folds each text as FoldIndexed does, however
// long or short the texts it folded before, and allocates only the folded
// text once it has grown to the texts' size (twice when the folded text
// is the longer: "\xff" becomes the three bytes of U+FFFD).
func TestBufferReuse(t *testing.T) {
	texts := []string{
		strings.Repeat("The “NATO” summit – Straße, Зеленський, Ame\u0301lie.\n", 40),
		"already folded text",
		"",
		"Kyiv’s",
		strings.Repeat("plain ascii words ", 100),
		"\xff\xfeb Kyiv",
	}
	var buf Buffer
	for range 2 {
		for _, s := range texts {
			assert.True(t, sameFolded(FoldIndexed(s), buf.FoldIndexed(s)), "%q", s)
		}
	}
	for _, s := range texts {
		want := 1.0
		if len(Fold(s)) > len(s) {
			want = 2
		}
		assert.LessOrEqual(t, testing.AllocsPerRun(10, func() { buf.FoldIndexed(s) }), want, "%q", s)
	}
}

// checkCursor fails t unless c maps [fs, fe) as fi.Origin does.
func checkCursor(t *testing.T, s string, fi Folded, c *Cursor, fs, fe int) {
	t.Helper()
	ws, we := fi.Origin(fs, fe)
	if gs, ge := c.Origin(fs, fe); gs != ws || ge != we {
		t.Fatalf("%q: Cursor.Origin(%d, %d) = [%d,%d), Origin gives [%d,%d)", s, fs, fe, gs, ge, ws, we)
	}
}
