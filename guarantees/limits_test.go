package guarantees

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// longClause returns a commitment clause whose wording is about size
// bytes, with n insertions anchored on distinct markers that never
// conflict: every one of their 2^n combinations renders.
func longClause(size, n int) Clause {
	c := art5()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "[marker %02d] ", i)
	}
	filler := strings.Repeat("lorem ipsum ", size/12+1)
	b.WriteString(filler[:max(0, size-b.Len())])
	c.Wording = b.String()
	c.Revisions = nil
	for i := range n {
		r := ukrainianRevision()
		r.ID = fmt.Sprintf("r%02d", i)
		r.At = fmt.Sprintf("[marker %02d]", i)
		r.Text = " inserted"
		r.Changes = ReadingChange{}
		c.Revisions = append(c.Revisions, r)
	}
	return c
}

// TestVersionsRenderOneAtATime: Versions renders each version when the
// iteration reaches it (12 revisions of a 256 KB wording used to take
// 2.2 GB, every rendering held at once). Stopping after the first
// version allocates a few renderings' worth, not 4,096.
func TestVersionsRenderOneAtATime(t *testing.T) {
	c := longClause(256<<10, 12)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for v := range c.Versions() {
		require.Equal(t, c.Wording, v.Text, "the base text comes first")
		n++
		break
	}
	runtime.ReadMemStats(&after)
	require.Equal(t, 1, n)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(16*len(c.Wording)), "bytes allocated for one version of a %d-byte wording", len(c.Wording))

	// Counting them all holds one at a time; a small clause shows the
	// count and order.
	small := longClause(200, 3)
	var got [][]string
	for v := range small.Versions() {
		got = append(got, v.Revisions)
	}
	assert.Equal(t, [][]string{nil, {"r00"}, {"r01"}, {"r02"}, {"r00", "r01"}, {"r00", "r02"}, {"r01", "r02"}, {"r00", "r01", "r02"}}, got)
}

// TestVersionsCombineAtMostMaxCombinedRevisions: later revisions are left
// out of Versions (but Version adopts them).
func TestVersionsCombineAtMostMaxCombinedRevisions(t *testing.T) {
	c := longClause(100, MaxCombinedRevisions+2)
	n := 0
	for v := range c.Versions() {
		assert.NotContains(t, v.Revisions, fmt.Sprintf("r%02d", MaxCombinedRevisions))
		n++
	}
	assert.Equal(t, 1<<MaxCombinedRevisions, n)
	v, err := c.Version(fmt.Sprintf("r%02d", MaxCombinedRevisions+1))
	require.NoError(t, err)
	assert.Equal(t, []string{fmt.Sprintf("r%02d", MaxCombinedRevisions+1)}, v.Revisions)
}

func TestWordingLimit(t *testing.T) {
	for _, tt := range []struct {
		size int
		ok   bool
	}{{MaxWording, true}, {MaxWording + 1, false}, {4 * MaxWording, false}} {
		c := art5()
		c.Wording = strings.Repeat("a", tt.size-len(art5Wording)) + art5Wording
		errs := c.Validate(accord.NewPath("clause"))
		i := slices.IndexFunc(errs, func(e *accord.FieldError) bool { return e.Path.String() == "clause.wording" })
		if tt.ok {
			assert.Negative(t, i, "%d bytes: %v", tt.size, errs)
			continue
		}
		require.GreaterOrEqual(t, i, 0, "%d bytes: %v", tt.size, errs)
		assert.ErrorIs(t, errs[i], ErrWordingTooLong)
		assert.ErrorIs(t, errs[i], accord.ErrInvalid)
		assert.Contains(t, errs[i].Error(), fmt.Sprint(MaxWording))
	}
}

// FuzzWordingLimits: Validate reports a wording as too long exactly when
// it exceeds MaxWording, and Versions yields at most
// 2^min(revisions, MaxCombinedRevisions) versions, each one that Version
// renders the same.
func FuzzWordingLimits(f *testing.F) {
	f.Add(uint32(100), uint8(2), uint8(1))
	f.Add(uint32(MaxWording), uint8(0), uint8(0))
	f.Add(uint32(MaxWording+1), uint8(1), uint8(5))
	f.Add(uint32(300), uint8(14), uint8(3))
	f.Fuzz(func(t *testing.T, size uint32, revisions, stop uint8) {
		size %= 2*MaxWording + 2
		n := int(revisions % 16)
		c := longClause(int(size), n)
		tooLong := slices.ContainsFunc(c.Validate(accord.Path{}), func(e *accord.FieldError) bool { return errors.Is(e, ErrWordingTooLong) })
		if tooLong != (len(c.Wording) > MaxWording) {
			t.Fatalf("wording of %d bytes: too long = %v", len(c.Wording), tooLong)
		}
		if len(c.Wording) > 64<<10 && n > 6 {
			n = 6 // keep each run short: the rendering cost is not what is fuzzed
			c.Revisions = c.Revisions[:n]
		}
		count := 0
		for v := range c.Versions() {
			count++
			if count > 1<<min(n, MaxCombinedRevisions) {
				t.Fatalf("%d revisions: more than %d versions", n, 1<<min(n, MaxCombinedRevisions))
			}
			if count <= 3 {
				w, err := c.Version(v.Revisions...)
				if err != nil || w.Text != v.Text {
					t.Fatalf("version %v does not render the same alone: %v", v.Revisions, err)
				}
			}
			if stop > 0 && count == int(stop) {
				break
			}
		}
	})
}
