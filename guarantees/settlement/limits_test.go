package settlement

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// regionOptions returns n options over the constructed negotiation that
// differ only in how they treat each of regions regions (no actor has a
// position on them): a space of n^regions packages, every one of them
// acceptable (issue 16: two options over 20 regions used to keep all
// 1,048,576 packages).
func regionOptions(n, regions int) []Settlement {
	treat := []Treatment{Recognised, NotRecognised, Deferred, Restored, Ceded}
	var opts []Settlement
	for i := range n {
		s := Settlement{ID: fmt.Sprintf("option-%d", i), Name: "Option", Protected: "ukraine", Stage: Floated, Modality: Constructed,
			Summary: "A test option.", Evidence: cite("regions"), Status: neutralStatus, Forces: uncapped}
		for r := range regions {
			t := TerritorialTerm{Region: fmt.Sprintf("region-%02d", r), Treatment: treat[i%len(treat)]}
			if t.Treatment == Deferred {
				t.YearsMin = 5
			}
			s.Territory = append(s.Territory, t)
		}
		opts = append(opts, s)
	}
	return opts
}

// TestSpaceSizeOverflow: 63 and 64 regions decided two ways span 2^63 and
// 2^64 packages, more than an int counts; NewSpace refuses them (it used
// to give a negative size and 0).
func TestSpaceSizeOverflow(t *testing.T) {
	for _, regions := range []int{63, 64, 100} {
		_, err := NewSpace(regionOptions(2, regions))
		require.Error(t, err, "%d regions", regions)
		assert.ErrorIs(t, err, ErrSpaceTooLarge)
		want := new(big.Int).Lsh(big.NewInt(1), uint(regions)).String()
		assert.Contains(t, err.Error(), want, "the error gives the exact size")
	}
	sp, err := NewSpace(regionOptions(2, 62))
	require.NoError(t, err)
	assert.Equal(t, 1<<62, sp.Size())

	// A space too large to walk is refused before any work, with the
	// default limit and with one the caller sets.
	_, err = Search(context.Background(), sp, negotiation(), SearchOptions{Required: []string{"ukraine"}})
	assert.ErrorIs(t, err, ErrSpaceTooLarge)
	sp, err = NewSpace(regionOptions(2, 10))
	require.NoError(t, err)
	_, err = Search(context.Background(), sp, negotiation(), SearchOptions{Required: []string{"ukraine"}, MaxSpace: 1023})
	assert.ErrorIs(t, err, ErrSpaceTooLarge)
	z, err := Search(context.Background(), sp, negotiation(), SearchOptions{Required: []string{"ukraine"}, MaxSpace: 1024})
	require.NoError(t, err)
	assert.Equal(t, 1024, z.Space)
	assert.Equal(t, 1024, z.Acceptable)
}

func TestSearchOptionLimits(t *testing.T) {
	sp, err := NewSpace([]Settlement{optionA(), optionB()})
	require.NoError(t, err)
	req := []string{"ukraine", "russia"}
	tests := []struct {
		name string
		opts SearchOptions
		ok   bool
	}{
		{"defaults", SearchOptions{Required: req}, true},
		{"keep 1", SearchOptions{Required: req, Keep: 1}, true},
		{"keep max", SearchOptions{Required: req, Keep: MaxKeep}, true},
		{"negative keep", SearchOptions{Required: req, Keep: -1}, false},
		{"keep beyond max", SearchOptions{Required: req, Keep: MaxKeep + 1}, false},
		{"negative max space", SearchOptions{Required: req, MaxSpace: -1}, false},
		{"max space too small", SearchOptions{Required: req, MaxSpace: 7}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			z, err := Search(context.Background(), sp, negotiation(), tt.opts)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.LessOrEqual(t, len(z.Packages), max(tt.opts.Keep, DefaultKeep))
		})
	}
}

// TestSearchKeepsTheBest: keeping k packages gives the first k of the
// full ranking, for every k.
func TestSearchKeepsTheBest(t *testing.T) {
	for name, tc := range map[string]struct {
		opts []Settlement
		src  *fakeSource
	}{
		"two options": {[]Settlement{optionA(), optionB()}, negotiation()},
		"regions":     {regionOptions(3, 4), negotiation()},
		"wide, closed": func() struct {
			opts []Settlement
			src  *fakeSource
		} {
			o, s := wideNegotiation(3)
			return struct {
				opts []Settlement
				src  *fakeSource
			}{o, s}
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			sp, err := NewSpace(tc.opts)
			require.NoError(t, err)
			req := []string{"ukraine", "russia"}
			all, err := Search(context.Background(), sp, tc.src, SearchOptions{Required: req, Keep: MaxKeep})
			require.NoError(t, err)
			require.Equal(t, all.Acceptable, len(all.Packages))
			for _, k := range []int{1, 2, 3, 5, 20, 81} {
				z, err := Search(context.Background(), sp, tc.src, SearchOptions{Required: req, Keep: k})
				require.NoError(t, err)
				assert.Equal(t, all.Acceptable, z.Acceptable)
				assert.Equal(t, all.Packages[:min(k, len(all.Packages))], z.Packages, "keep %d", k)
				assert.Len(t, z.Nearest.Packages, min(k, len(all.Nearest.Packages)))
			}
		})
	}
}

// TestSearchHoldsAtMostKeep: the search holds only the packages it will
// return, however many are acceptable (it used to hold them all: 19 GB
// for two options over 20 regions, 1,048,576 packages).
func TestSearchHoldsAtMostKeep(t *testing.T) {
	sp, err := NewSpace(regionOptions(2, 12))
	require.NoError(t, err)
	for _, keep := range []int{1, 7, 100} {
		most, calls := 0, 0
		testHookKept = func(held int) { most, calls = max(most, held), calls+1 }
		z, err := Search(context.Background(), sp, negotiation(), SearchOptions{Required: []string{"ukraine"}, Keep: keep})
		testHookKept = nil
		require.NoError(t, err)
		assert.Equal(t, 4096, z.Acceptable)
		assert.Len(t, z.Packages, keep)
		assert.Equal(t, keep, most, "packages held at once")
		assert.Equal(t, keep, calls, "every package ranks equal, so only the first keep are taken")
	}
}

// cancelAfter is a context whose Err reports cancellation from its n-th
// call on, so that a test can stop a search deterministically mid-walk.
type cancelAfter struct {
	context.Context
	n, calls int
}

func (c *cancelAfter) Err() error {
	c.calls++
	if c.calls >= c.n {
		return context.Canceled
	}
	return nil
}

func TestSearchCancelled(t *testing.T) {
	sp, err := NewSpace(regionOptions(2, 14))
	require.NoError(t, err)
	req := SearchOptions{Required: []string{"ukraine"}}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Search(ctx, sp, negotiation(), req)
	assert.ErrorIs(t, err, context.Canceled, "cancelled before the start")

	for _, n := range []int{2, 3, 10} {
		c := &cancelAfter{Context: context.Background(), n: n}
		_, err = Search(c, sp, negotiation(), req)
		assert.ErrorIs(t, err, context.Canceled, "cancelled at the %d-th look", n)
		assert.Equal(t, n, c.calls, "the search stops at the first look after cancellation")
	}

	// The hitting-set rounds and the nearest packages stop too: the
	// wide negotiation has no acceptable package.
	opts, src := wideNegotiation(4)
	sp, err = NewSpace(opts)
	require.NoError(t, err)
	z, err := Search(context.Background(), sp, src, SearchOptions{Required: []string{"ukraine", "russia"}})
	require.NoError(t, err)
	require.Zero(t, z.Acceptable)
	for n := 2; n < 200; n += 17 {
		c := &cancelAfter{Context: context.Background(), n: n}
		_, err = Search(c, sp, src, SearchOptions{Required: []string{"ukraine", "russia"}})
		if err == nil {
			assert.Less(t, c.calls, n, "finished before the %d-th look", n)
			continue
		}
		assert.ErrorIs(t, err, context.Canceled)
		assert.Equal(t, n, c.calls)
	}
}

func TestSearchNilArguments(t *testing.T) {
	sp, err := NewSpace([]Settlement{optionA(), optionB()})
	require.NoError(t, err)
	opts := SearchOptions{Required: []string{"ukraine"}}
	//nolint:staticcheck // a nil context is what is tested
	_, err = Search(nil, sp, negotiation(), opts) //lint:ignore SA1012 a nil context is what is tested
	assert.Error(t, err)
	_, err = Search(context.Background(), sp, nil, opts)
	assert.Error(t, err)
	_, err = Search(context.Background(), sp, (*fakeSource)(nil), opts)
	assert.Error(t, err)
	_, err = Search(context.Background(), sp, &fakeSource{}, opts)
	assert.ErrorIs(t, err, ErrNoPositions)
}

// FuzzSpaceSize: Size is the exact product of the dimensions' sizes when
// it fits an int, and NewSpace's limit (math.MaxInt) otherwise, never a
// wrapped-around value.
func FuzzSpaceSize(f *testing.F) {
	f.Add([]byte{2, 2, 2})
	f.Add(make([]byte, 64))
	f.Add([]byte{255, 255, 255, 255, 255, 255, 255, 255, 1})
	pool := make([]Choice, 256) // only the lengths matter: every dimension shares it
	f.Fuzz(func(t *testing.T, sizes []byte) {
		var sp Space
		want := big.NewInt(1)
		for _, n := range sizes {
			sp.dims = append(sp.dims, Dimension{Alternatives: pool[:n]})
			want.Mul(want, big.NewInt(int64(n)))
		}
		got, ok := sp.size()
		if fits := want.IsInt64() && want.Int64() <= math.MaxInt; fits != ok {
			t.Fatalf("size of %v: ok = %v, product %s", sizes, ok, want)
		}
		if ok && int64(got) != want.Int64() {
			t.Fatalf("size of %v = %d, want %s", sizes, got, want)
		}
		if !ok && sp.Size() != math.MaxInt {
			t.Fatalf("Size of %v = %d, want math.MaxInt", sizes, sp.Size())
		}
		if sp.sizeString() != want.String() {
			t.Fatalf("sizeString of %v = %s, want %s", sizes, sp.sizeString(), want)
		}
	})
}

// FuzzSearchLimits: whatever Keep and MaxSpace say, Search answers or
// fails with an error, never keeps more than Keep packages, and refuses
// exactly the out-of-range limits.
func FuzzSearchLimits(f *testing.F) {
	f.Add(0, 0, uint8(3))
	f.Add(1, 8, uint8(3))
	f.Add(-1, 0, uint8(2))
	f.Add(MaxKeep+1, -5, uint8(1))
	f.Fuzz(func(t *testing.T, keep, maxSpace int, regions uint8) {
		sp, err := NewSpace(regionOptions(2, int(regions%8)+1))
		if err != nil {
			t.Fatal(err)
		}
		z, err := Search(context.Background(), sp, negotiation(), SearchOptions{Required: []string{"ukraine"}, Keep: keep, MaxSpace: maxSpace})
		bad := keep < 0 || keep > MaxKeep || maxSpace < 0 || (maxSpace > 0 && sp.Size() > maxSpace)
		if bad != (err != nil) {
			t.Fatalf("keep %d, max space %d, size %d: error %v", keep, maxSpace, sp.Size(), err)
		}
		if err != nil {
			if maxSpace >= 0 && keep >= 0 && keep <= MaxKeep && !errors.Is(err, ErrSpaceTooLarge) {
				t.Fatalf("a space over the limit gives %v", err)
			}
			return
		}
		if len(z.Packages) > max(keep, DefaultKeep) || (keep > 0 && len(z.Packages) > keep) {
			t.Fatalf("keep %d: %d packages", keep, len(z.Packages))
		}
	})
}
