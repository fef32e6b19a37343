package sources

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// markerPrefix begins the name of the marker files in [os.TempDir].
const markerPrefix = "accord-sources-notice-"

// claim creates the marker of the run of the go command that started this
// test binary (its parent process) and reports whether this call created
// it: of the binaries one `go test ./...` runs, only the first to claim
// wins. A marker that cannot be created for another reason than that it
// exists (an unwritable temporary folder) wins too: two lines are better
// than none.
func claim() (marker string, won bool) {
	marker = filepath.Join(os.TempDir(), markerPrefix+runID())
	f, err := os.OpenFile(marker, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return marker, !errors.Is(err, fs.ErrExist)
	}
	f.Close()
	sweep(marker)
	return marker, true
}

// runID identifies the parent process: its id and, where /proc gives it,
// its start time, so that a process id the system reuses later starts
// another run.
func runID() string {
	id := strconv.Itoa(os.Getppid())
	if b, err := os.ReadFile("/proc/" + id + "/stat"); err == nil {
		// The fields after the command name, which is in parentheses and
		// may hold spaces; the start time is the 22nd field of the line,
		// the 20th after the name.
		if i := strings.LastIndexByte(string(b), ')'); i >= 0 {
			if f := strings.Fields(string(b[i+1:])); len(f) > 19 {
				id += "-" + f[19]
			}
		}
	}
	return id
}

// sweep removes the markers of earlier runs, older than a day, but keep.
func sweep(keep string) {
	old, _ := filepath.Glob(filepath.Join(os.TempDir(), markerPrefix+"*"))
	for _, m := range old {
		if st, err := os.Stat(m); m != keep && err == nil && time.Since(st.ModTime()) > 24*time.Hour {
			os.Remove(m)
		}
	}
}
