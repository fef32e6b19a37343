package corpus

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord/internal/benchratio"
)

// registryOf returns a document registry of at least size bytes made of
// records as record (a format with one %d, for the record's number),
// followed by one member Load does not know.
func registryOf(size int, record string) string {
	var b strings.Builder
	b.Grow(size + 256)
	b.WriteString(`{"documents": [`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, record, i)
	}
	b.WriteString("],\n\"unknown\": 1}")
	return b.String()
}

// Records of the registries BenchmarkLoadPerByte loads: well-formed ones
// as dense as the real registry, ones with two problems each, and values
// of the wrong type (two bytes each, the densest a file can be).
var perByteRecords = map[string]string{
	"records":     `{"id": "doc-%d", "title": "A title of a few words", "kind": "commentary", "file": "a.txt", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "words": 1200, "summary": "A summary, of several words, saying what the article argues."}`,
	"bad-records": `{"id": "doc-%d", "kind": "blog", "pages": 1}`,
	"wrong-types": `%.0d0`,
}

// BenchmarkLoadPerByte loads document registries of 64 KB, 512 KB and
// 4 MB (each with one unknown member, so every load fails after checking
// everything) and reports the cost per byte of input: ns/byte, the bytes
// allocated per byte (alloc/byte, the memory goal is at most 8) and the
// ratio of the load's time to encoding/json's decoding the same text into
// an any, timed side by side in every iteration (a ratio holds on a busy
// machine where times do not). Time linear in the input shows as ns/byte
// and ratio flat across the sizes.
//
//	go test ./corpus -run '^$' -bench LoadPerByte -count 3
func BenchmarkLoadPerByte(b *testing.B) {
	for _, kind := range []string{"records", "bad-records", "wrong-types"} {
		for _, size := range []int{64 << 10, 512 << 10, 4 << 20} {
			text := registryOf(size, perByteRecords[kind])
			fsys := fstest.MapFS{"documents.json": {Data: []byte(text)}}
			b.Run(fmt.Sprintf("%s/%dKB", kind, size>>10), func(b *testing.B) {
				load := func() {
					if _, err := Load(fsys); err == nil {
						b.Fatal("the registry with an unknown member loaded")
					}
				}
				std := func() {
					var v any
					if err := json.Unmarshal([]byte(text), &v); err != nil {
						b.Fatal(err)
					}
				}
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				load()
				runtime.ReadMemStats(&after)
				alloc := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))

				t := benchratio.Paired(b, load, std)
				b.ReportMetric(t.NsPerByte(len(text)), "ns/byte")
				b.ReportMetric(alloc, "alloc/byte")
				b.ReportMetric(t.Ratio(), "ratio")
			})
		}
	}
}
