package figure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// numberWordSpansNaive is numberWordSpans by lexing: every word token
// that is a number word.
func numberWordSpansNaive(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		e := wordEnd(s, i)
		if e == i {
			i++
			continue
		}
		if _, ok := numberWords[s[i:e]]; ok {
			out = append(out, [2]int{i, e})
		}
		i = e
	}
	return out
}

func TestNumberWordSpans(t *testing.T) {
	for _, s := range []string{
		"", "three", "within no more than three days", "often attention ten", "€three", "éthree", "tenth ten",
		"п'ять млрд та сім'я", "twenty-five", "3three", "the two\u00a0sides",
	} {
		assert.Equal(t, numberWordSpansNaive(s), numberWordSpans(s), "%q", s)
	}
}

func FuzzNumberWordSpans(f *testing.F) {
	for _, s := range []string{"within no more than three days", "п'ять", "€three"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, numberWordSpansNaive(s), numberWordSpans(s), "%q", s)
	})
}
