// Package layout estimates how much room text takes in the charts' SVG, and
// lays labels out by that estimate: [Measure] and [TextBox] give a label's
// width and box, [Wrap] and [Abbreviate] fit long text into a width. A
// program that writes SVG cannot ask the reader's browser how wide a string
// will be, so every renderer in package chart and its layout tests use this
// one estimate.
package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The charts set every label in one sans-serif face (FontFamily) and lay
// them out with an estimate of their width, since a program that writes SVG
// cannot ask the reader's browser how wide a string will be. The estimate is
// a per-rune heuristic calibrated on DejaVu Sans, the widest of the faces
// FontFamily lists, so that it errs on the side of too much room: each rune
// falls into one of a few width classes (in ems) below, and bold text is
// widened by a fixed factor. There is no per-glyph table.
const (
	// FontFamily is the font-family every chart uses. DejaVu Sans comes
	// first because the width estimate is calibrated on it; Verdana has
	// almost the same metrics, and the others are narrower.
	FontFamily = "DejaVu Sans, Verdana, Geneva, Arial, Helvetica, sans-serif"

	emZero   = 0.0  // combining marks, format characters
	emSpace  = 0.32 // space
	emThin   = 0.30 // i j l I ! | . , : ; ' and the like
	emNarrow = 0.42 // f r t ( ) [ ] { } - / \ " and the like
	emLower  = 0.64 // digits, most punctuation and other scripts' letters
	emLatin  = 0.62 // other lower-case Latin letters
	emUpper  = 0.74 // upper-case letters
	emBroad  = 0.84 // w
	emWide   = 1.00 // m M W @ % & — … and East Asian wide characters
	boldGain = 1.14 // bold text is this much wider

	// Ascent and Descent are the parts of the font size above and below the
	// baseline that a label's box covers.
	Ascent  = 0.80
	Descent = 0.24
)

// runeEm returns the estimated advance width of r in ems.
func runeEm(r rune) float64 {
	switch {
	case r == ' ', r == '\t', r == '\n', r == '\r':
		return emSpace // SVG collapses white space to spaces
	case r == utf8.RuneError, r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r < 0xE000:
		return emWide // written out as U+FFFD, a wide glyph
	case strings.ContainsRune("ijlI!|.,:;'`·", r):
		return emThin
	case strings.ContainsRune("frt()[]{}-/\\\"", r):
		return emNarrow
	case r == 'w':
		return emBroad
	case strings.ContainsRune("mMW@%&—…✕", r):
		return emWide
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), unicode.Is(unicode.Cf, r):
		return emZero
	case unicode.IsSpace(r):
		return emSpace
	case isWide(r):
		return emWide
	case unicode.IsUpper(r):
		return emUpper
	case r >= 'a' && r <= 'z':
		return emLatin
	default:
		return emLower
	}
}

// isWide reports whether r belongs to a script set in full-width glyphs
// (Han, kana, Hangul, and the full-width forms).
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		(r >= 0xFF01 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6)
}

// Measure returns the estimated width in pixels of s set in [FontFamily] at
// size pixels, bold or regular. The estimate errs towards too wide, so two
// labels whose estimated boxes do not overlap will not overlap on screen.
// Invalid UTF-8 is measured as the replacement character it renders as.
func Measure(s string, size float64, bold bool) float64 {
	em := 0.0
	for _, r := range s {
		em += runeEm(r)
	}
	w := em * size
	if bold {
		w *= boldGain
	}
	return w
}

// Box is an axis-aligned rectangle in chart coordinates (pixels, y down).
type Box struct {
	X, Y, W, H float64
}

// Overlaps reports whether b and c share any area; boxes that only touch
// do not overlap.
func (b Box) Overlaps(c Box) bool {
	return b.X < c.X+c.W && c.X < b.X+b.W && b.Y < c.Y+c.H && c.Y < b.Y+b.H
}

// Anchor is where a label's x coordinate sits on the label: its start, its
// middle or its end (the SVG text-anchor property). The zero Anchor is
// Start, as in SVG.
type Anchor uint8

const (
	// Start: x is the left edge of the label.
	Start Anchor = iota
	// Middle: x is the centre of the label.
	Middle
	// End: x is the right edge of the label.
	End
)

// String returns the SVG text-anchor value.
func (a Anchor) String() string {
	switch a {
	case Middle:
		return "middle"
	case End:
		return "end"
	default:
		return "start"
	}
}

// TextBox returns the box a label covers when its baseline starts at (x, y)
// with the given anchor, by the same estimate the renderers lay out with.
func TextBox(s string, x, y, size float64, anchor Anchor, bold bool) Box {
	w := Measure(s, size, bold)
	switch anchor {
	case Middle:
		x -= w / 2
	case End:
		x -= w
	}
	return Box{X: x, Y: y - Ascent*size, W: w, H: (Ascent + Descent) * size}
}

// Wrap breaks s into lines no wider than width pixels at the given size,
// breaking at spaces (and after inner hyphens and slashes). At most maxLines
// lines are returned; when s needs more, the last line shows as much of the
// rest as fits and ends with an ellipsis. A single word wider than width is
// abbreviated the same way, and a line too narrow for even the ellipsis is
// left out. maxLines < 1 means no limit.
func Wrap(s string, width, size float64, bold bool, maxLines int) []string {
	words := SplitWords(strings.ToValidUTF8(s, "\uFFFD"))
	var lines []string
	for len(words) > 0 {
		if maxLines > 0 && len(lines) == maxLines-1 {
			rest := words[0]
			for _, w := range words[1:] {
				rest += joiner(rest) + w
			}
			if l := Abbreviate(rest, width, size, bold); l != "" {
				lines = append(lines, l)
			}
			return lines
		}
		// Widths add up, so a line grows by the width of what is added.
		cur, n := words[0], 1
		curW := Measure(cur, size, bold)
		for ; n < len(words); n++ {
			j := joiner(cur)
			w := curW + Measure(j+words[n], size, bold)
			if w > width {
				break
			}
			cur, curW = cur+j+words[n], w
		}
		if l := Abbreviate(cur, width, size, bold); l != "" {
			lines = append(lines, l)
		}
		words = words[n:]
	}
	return lines
}

// joiner returns what goes between the text so far and the next word: a
// space, or nothing after a hyphen or slash the text was broken at.
func joiner(cur string) string {
	if strings.HasSuffix(cur, "-") || strings.HasSuffix(cur, "/") {
		return ""
	}
	return " "
}

// SplitWords splits s at white space, and splits words longer than a few
// characters after their inner hyphens and slashes so that they can wrap.
func SplitWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		for f != "" {
			i := strings.IndexAny(f, "-/")
			if i <= 0 || i == len(f)-1 {
				out = append(out, f)
				break
			}
			out = append(out, f[:i+1])
			f = f[i+1:]
		}
	}
	return out
}

// Abbreviate returns s unchanged when it fits in width pixels at the given
// size, and otherwise the longest prefix of s (cut at a rune boundary,
// trailing spaces dropped) followed by an ellipsis that fits. When not even
// the ellipsis fits it returns "". Invalid UTF-8 in a shortened s becomes
// U+FFFD, as it would on screen.
func Abbreviate(s string, width, size float64, bold bool) string {
	if Measure(s, size, bold) <= width {
		return s
	}
	ell := Measure("…", size, bold)
	if ell > width {
		return ""
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	used := ell
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		w := runeEm(r) * size
		if bold {
			w *= boldGain
		}
		if used+w > width {
			break
		}
		used += w
		end += n
	}
	return strings.TrimRightFunc(s[:end], unicode.IsSpace) + "…"
}
