package corpus

import (
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/accordmodel/accord/internal/benchratio"
	"github.com/accordmodel/accord/seeds"
)

// The speed goal of Load is a ratio to a baseline measured in the same
// run: loading and validating the embedded corpus takes at most the time
// encoding/json needs to decode the same files into an any. Run
//
//	go test ./corpus -run '^$' -bench 'LoadEmbedded|DecodeAnyEncodingJSON|LoadRatio' -count 6
//
// and compare the first two (benchstat), or read the ratio metric of
// BenchmarkLoadRatio, which times both side by side in every iteration.

// BenchmarkLoadEmbedded measures reading, parsing and validating the whole
// embedded corpus, load after load.
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(seeds.FS()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeAnyEncodingJSON is the baseline of BenchmarkLoadEmbedded:
// encoding/json decoding every file Load reads into an any. The files are
// read before the timer starts, so the baseline does less than Load does.
func BenchmarkDecodeAnyEncodingJSON(b *testing.B) {
	files := loadedFiles(b)
	b.ReportAllocs()
	for b.Loop() {
		decodeAll(b, files)
	}
}

// BenchmarkLoadRatio runs one Load and the baseline of
// BenchmarkDecodeAnyEncodingJSON side by side in every iteration, in
// turns (each goes first every other iteration), and reports the median
// of the iterations' ratios of their times (ratio: at most 1 meets the
// goal). Two runs a few milliseconds apart see the same machine, so the
// ratio holds on a shared, busy machine where absolute times do not.
func BenchmarkLoadRatio(b *testing.B) {
	files := loadedFiles(b)
	load := func() {
		if _, err := Load(seeds.FS()); err != nil {
			b.Fatal(err)
		}
	}
	std := func() { decodeAll(b, files) }
	b.ReportMetric(benchratio.Paired(b, load, std).Ratio(), "ratio")
}

// loadedFiles returns the contents of every data file Load reads from the
// embedded corpus (every .json file but the schema).
func loadedFiles(tb testing.TB) [][]byte {
	tb.Helper()
	var files [][]byte
	err := fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" || p == "schema.json" {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		files = append(files, data)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

func decodeAll(tb testing.TB, files [][]byte) {
	for _, data := range files {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			tb.Fatal(err)
		}
	}
}

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

// BenchmarkBaselineMapLookup is the reference BENCHMARKS.md divides the
// query benchmarks of this binary by (BenchmarkCorpusCheck,
// BenchmarkActorsLookup, BenchmarkAssessCorpusInstrument): one lookup of a
// string key in a map of 128 entries, the cost of the simplest indexed
// query, measured in the same run because this machine's absolute speed
// varies by a third from day to day.
func BenchmarkBaselineMapLookup(b *testing.B) {
	m := make(map[string]int, 128)
	keys := make([]string, 128)
	for i := range keys {
		keys[i] = "activity-" + strconv.Itoa(i)
		m[keys[i]] = i
	}
	b.ReportAllocs()
	sum := 0
	for i := 0; b.Loop(); i++ {
		sum += m[keys[i&127]]
	}
	if sum < 0 {
		b.Fatal("unreachable")
	}
}
