package check

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// idPattern is the definition of a record id; IsID implements it by hand
// because it runs for every id and reference in a corpus load.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestIsID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"ukraine", true},
		{"united-states", true},
		{"istanbul-2022-art5", true},
		{"p5", true},
		{"", false},
		{"-ukraine", false},
		{"ukraine-", false},
		{"united--states", false},
		{"United-States", false},
		{"united_states", false},
		{"united states", false},
		{"україна", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IsID(tt.id), "%q", tt.id)
		assert.Equal(t, idPattern.MatchString(tt.id), IsID(tt.id), "%q agrees with the pattern", tt.id)
	}
}

func FuzzIsID(f *testing.F) {
	for _, s := range []string{"ukraine", "a--b", "-", "a-b-c", "A", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsID(s), idPattern.MatchString(s); got != want {
			t.Fatalf("IsID(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
