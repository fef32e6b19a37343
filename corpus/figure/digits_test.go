package figure

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// nextDigitNaive is nextDigit's specification.
func nextDigitNaive(s string, i int) int {
	if j := strings.IndexAny(s[i:], "0123456789"); j >= 0 {
		return i + j
	}
	return len(s)
}

// TestNextDigit puts every byte value at every position of an eight-byte
// word and of the tail, among letters and among bytes with the top bit
// set (where a carry between bytes would show).
func TestNextDigit(t *testing.T) {
	for _, fill := range []byte{'a', '/', ':', 0xb0, 0xff, 0x80} {
		for b := range 256 {
			for pos := range 19 {
				buf := bytes.Repeat([]byte{fill}, 19)
				buf[pos] = byte(b)
				s := string(buf)
				for from := range pos + 1 {
					assert.Equal(t, nextDigitNaive(s, from), nextDigit(s, from), "byte %#x at %d of %q, from %d", b, pos, s, from)
				}
			}
		}
	}
}

func FuzzNextDigit(f *testing.F) {
	for _, s := range []string{"", "abc", "x 85,000 troops", "€110–120 billion", "\xb0\xb9\x39"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, from int) {
		if from < 0 || from > len(s) {
			return
		}
		assert.Equal(t, nextDigitNaive(s, from), nextDigit(s, from))
	})
}
