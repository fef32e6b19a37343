package cli

import (
	"io"
	"os"
)

// IsTerminal reports whether r is a terminal: an [*os.File] that is a
// character device other than the null device (which a program run with
// "</dev/null", as in CI, reads as empty input). It needs no system call
// beyond Stat, so no dependency.
func IsTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok || f == nil {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
		return false
	}
	return true
}
