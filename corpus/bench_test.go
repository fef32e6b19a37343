package corpus

import (
	"io/fs"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/accordmodel/accord/seeds"
)

// BenchmarkLoadEmbedded measures parsing and validating the whole embedded
// corpus, load after load (the goal is under 2 ms).
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(seeds.FS()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadEmbeddedCopied is BenchmarkLoadEmbedded for a file system
// without ReadFileString (a directory on disk, say): Load then copies
// every file into memory of its own.
func BenchmarkLoadEmbeddedCopied(b *testing.B) {
	fsys := plainFS{seeds.FS()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// plainFS hides every method of a file system but Open.
type plainFS struct{ fsys fs.FS }

func (p plainFS) Open(name string) (fs.File, error) { return p.fsys.Open(name) }

// firstLoadEnv names the variable that makes TestFirstLoadChild time one
// load and print it, for BenchmarkLoadEmbeddedFirst.
const firstLoadEnv = "ACCORD_FIRST_LOAD_CHILD"

// BenchmarkLoadEmbeddedFirst measures what a program's first load of the
// embedded corpus costs, the load Default does once: each iteration starts
// this test binary again, which times one Load before anything else has
// run in it — with the heap still to be grown, the runtime's and the
// packages' caches still empty and the garbage collector's first cycle to
// come. It reports the median (first-load-ns) and the slowest
// (max-first-load-ns) of the loads timed; the process start is not
// counted.
func BenchmarkLoadEmbeddedFirst(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Skip("cannot find the test binary:", err)
	}
	var times []time.Duration
	for b.Loop() {
		cmd := exec.Command(exe, "-test.run=^TestFirstLoadChild$", "-test.count=1", "-test.cpu="+strconv.Itoa(runtime.GOMAXPROCS(0)))
		cmd.Env = append(os.Environ(), firstLoadEnv+"=1")
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		_, after, ok := strings.Cut(string(out), "first-load-ns ")
		if !ok {
			b.Fatalf("the child printed no time: %s", out)
		}
		ns, err := strconv.ParseInt(strings.Fields(after)[0], 10, 64)
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Duration(ns))
	}
	slices.Sort(times)
	b.ReportMetric(0, "ns/op") // the process start is not what is measured
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "first-load-ns")
	b.ReportMetric(float64(times[len(times)-1].Nanoseconds()), "max-first-load-ns")
}

// TestFirstLoadChild is BenchmarkLoadEmbeddedFirst's child: it times one
// load and prints it. It is skipped unless the benchmark started it.
func TestFirstLoadChild(t *testing.T) {
	if os.Getenv(firstLoadEnv) == "" {
		t.Skip("run by BenchmarkLoadEmbeddedFirst")
	}
	start := time.Now()
	_, err := Load(seeds.FS())
	d := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("first-load-ns " + strconv.FormatInt(d.Nanoseconds(), 10) + "\n")
}
