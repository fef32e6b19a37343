//go:build !race

package tag

// raceEnabled is set when the race detector is on: sync.Pool then drops
// some of what is put in it, so allocation counts are not checked.
const raceEnabled = false
