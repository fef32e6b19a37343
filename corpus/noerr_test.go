package corpus

// noErr returns v, and panics when a query the test knows to succeed
// returns an error (an id the test data lacks).
func noErr[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
