package guarantees

import (
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
)

func TestParseMajority(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		n, m int
	}{
		{"2/3", true, 2, 3}, {"3/4", true, 3, 4}, {"1/2", false, 0, 0}, {"3/3", false, 0, 0},
		{"4/3", false, 0, 0}, {"2/0", false, 0, 0}, {"-2/3", false, 0, 0}, {"two/three", false, 0, 0}, {"2", false, 0, 0}, {"", false, 0, 0},
	} {
		n, m, ok := parseMajority(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		if tc.ok {
			assert.Equal(t, [2]int{tc.n, tc.m}, [2]int{n, m}, tc.in)
		}
	}
}

// FuzzParseMajority: whatever it accepts is more than half and less than
// all, and Validate agrees with it.
func FuzzParseMajority(f *testing.F) {
	for _, s := range []string{"2/3", "1/2", "3/3", "9999999999999999999/3", "/", "2//3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, m, ok := parseMajority(s)
		if ok && (2*n <= m || n >= m || n <= 0) {
			t.Fatalf("%q accepted as %d/%d", s, n, m)
		}
		r := Reading{Trigger: ArmedAttack, Obligation: Support, Decision: QualifiedMajority, Majority: s, Invoker: OnTrigger}
		if s != "" && ok != (len(r.validateMajority(accord.Path{})) == 0) {
			t.Fatalf("%q: parse says %v, validate disagrees", s, ok)
		}
	})
}
