package corpus

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConcurrentReaders runs readers of the default corpus in parallel; with
// -race (as CI runs it) it proves that first use and every accessor are
// free of data races.
func TestConcurrentReaders(t *testing.T) {
	const readers = 16
	var wg sync.WaitGroup
	results := make([]int, readers)
	for i := range readers {
		wg.Go(func() {
			c, err := Default()
			if !assert.NoError(t, err) {
				return
			}
			for d := range c.Documents() {
				got, ok := c.Document(d.ID)
				assert.True(t, ok)
				assert.Equal(t, d.ID, got.ID)
				results[i]++
			}
			for range c.Citations() {
			}
		})
	}
	wg.Wait()
	c, err := Default()
	require.NoError(t, err)
	for _, n := range results {
		assert.Equal(t, c.NumDocuments(), n)
	}
}
