package jsontree

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/benchratio"
)

// TestParseDepthLimit: nesting past the limit is a syntax error at the
// first container too many, whatever the limit asked for, and two million
// open brackets (a stack overflow once) fail after MaxDepthCeiling levels
// without growing memory with the input.
func TestParseDepthLimit(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		lim   Limits
		at    int // offset of the error, -1 for none
		limit int
	}{
		{"at the limit", "[[[]]]", Limits{MaxDepth: 3}, -1, 3},
		{"one past", "[[[[]]]]", Limits{MaxDepth: 3}, 3, 3},
		{"objects count too", `{"a":{"b":{"c":{}}}}`, Limits{MaxDepth: 3}, 15, 3},
		{"mixed", `[{"a":[{}]}]`, Limits{MaxDepth: 3}, 7, 3},
		{"zero is the ceiling", strings.Repeat("[", MaxDepthCeiling+1), Limits{}, MaxDepthCeiling, MaxDepthCeiling},
		{"above the ceiling is the ceiling", strings.Repeat("[", MaxDepthCeiling+1), Limits{MaxDepth: 1 << 30}, MaxDepthCeiling, MaxDepthCeiling},
		{"two million", strings.Repeat("[", 2_000_000), Limits{MaxDepth: 128}, 128, 128},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseWith(tt.in, tt.lim, &Problems{})
			if tt.at < 0 {
				require.NoError(t, err)
				return
			}
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tt.at, se.Offset)
			assert.Equal(t, "MaxDepth", se.Limit)
			assert.ErrorIs(t, err, ErrLimit)
			assert.Contains(t, se.Msg, "MaxDepth")
		})
	}
}

// TestParseDepthMemory: memory for a text of open brackets does not grow
// with its length once the limit stops the parse.
func TestParseDepthMemory(t *testing.T) {
	small, big := strings.Repeat("[", 20_000), strings.Repeat("[", 2_000_000)
	alloc := func(s string) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := ParseWith(s, Limits{MaxDepth: 1000}, &Problems{})
		runtime.ReadMemStats(&after)
		require.ErrorIs(t, err, ErrLimit)
		return after.TotalAlloc - before.TotalAlloc
	}
	a, b := alloc(small), alloc(big)
	assert.Less(t, b, a+64<<10, "allocated %d bytes for %d brackets, %d for %d", b, len(big), a, len(small))
}

// TestParseNamesTheCause: a byte order mark and a NUL byte are named as
// such, where they are.
func TestParseNamesTheCause(t *testing.T) {
	tests := []struct {
		name, in string
		at       int
		msg      string
	}{
		{"byte order mark", "\uFEFF{}", 0, "byte order mark"},
		{"NUL before a value", "\x00", 0, "NUL byte"},
		{"NUL after a value", "{}\x00", 2, "NUL byte"},
		{"NUL in an array", "[1,\x00]", 3, "NUL byte"},
		{"UTF-16 text", "{\x00\"\x00a\x00\"\x00:\x001\x00}\x00", 1, "NUL byte"},
		{"raw NUL in a string", "[\"a\x00\"]", 3, "NUL byte"},
		{"raw control character in a string", "[\"a\x01\"]", 3, "control character"},
		{"byte above ASCII outside a string", "[\xff]", 1, "byte 0xff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse(tt.in)
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tt.at, se.Offset)
			assert.Contains(t, se.Msg, tt.msg)
			assert.NotErrorIs(t, err, ErrLimit)
		})
	}
}

// TestParseReportsSilentChanges: what encoding/json would accept and
// change (or a reader would not see) is a problem with its path and the
// offset of the offending byte or escape, and the parse goes on.
func TestParseReportsSilentChanges(t *testing.T) {
	tests := []struct {
		name, in string
		at       []int
		path     string
		msg      string
	}{
		{"invalid UTF-8", "{\"a\": \"x\xffy\"}", []int{8}, "a", "byte 0xff"},
		{"truncated sequence", "{\"a\": \"\xd0\"}", []int{7}, "a", "byte 0xd0"},
		{"invalid UTF-8 after an escape", "{\"a\": \"\\n\xc3\"}", []int{9}, "a", "byte 0xc3"},
		{"escaped NUL", `{"a": ["ok", "x\u0000"]}`, []int{15}, "a[1]", "U+0000"},
		{"escaped bell", `["\u0007"]`, []int{2}, "[0]", "U+0007"},
		{"backspace escape", `["\b"]`, []int{2}, "[0]", "U+0008"},
		{"form feed escape", `["\f"]`, []int{2}, "[0]", "U+000C"},
		{"DEL", "[\"a\x7f\"]", []int{3}, "[0]", "U+007F"},
		{"C1 control", "[\"a\u0085\"]", []int{3}, "[0]", "U+0085"},
		{"escaped C1", `["\u009b"]`, []int{2}, "[0]", "U+009B"},
		{"lone surrogate", `{"k": "\ud800"}`, []int{7}, "k", "surrogate"},
		{"reversed pair", `["\udc00\ud800"]`, []int{2, 8}, "[0]", "surrogate"},
		{"key with invalid UTF-8", "{\"\xff\": 1}", []int{2}, "", "byte 0xff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps Problems
			root, err := ParseWith(tt.in, Limits{}, &ps)
			require.NoError(t, err)
			require.NotNil(t, root)
			var at []int
			for _, p := range ps.List {
				at = append(at, p.Offset)
				assert.Equal(t, tt.path, p.Err.Path.String())
				assert.ErrorIs(t, p.Err, accord.ErrInvalid)
				assert.Contains(t, p.Err.Error(), tt.msg)
			}
			assert.Equal(t, tt.at, at)
		})
	}
	for _, ok := range []string{`["tab\there", "line\nbreak", "cr\r"]`, `["\u00e9\ud83d\ude00"]`, `["Україна — €"]`} {
		_, probs, err := Parse(ok)
		require.NoError(t, err)
		assert.Empty(t, probs, "%s is clean", ok)
	}
}

// TestParseStringLimit: a string or number literal longer than the limit
// is a problem that names the limit and does not carry the value.
func TestParseStringLimit(t *testing.T) {
	huge := strings.Repeat("x", 1<<20)
	tests := []struct {
		name, in string
		at       []int
	}{
		{"at the limit", `["` + huge[:64] + `"]`, nil},
		{"plain string", `{"id": "` + huge + `"}`, []int{7}},
		{"escaped string", `["\n` + huge + `"]`, []int{1}},
		{"key", `{"` + huge + `": 1}`, []int{1}},
		{"number", `[` + strings.Repeat("1", 100) + `]`, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps Problems
			_, err := ParseWith(tt.in, Limits{MaxStringBytes: 64}, &ps)
			require.NoError(t, err)
			var at []int
			for _, p := range ps.List {
				at = append(at, p.Offset)
				assert.ErrorIs(t, p.Err, ErrLimit)
				assert.Contains(t, p.Err.Detail, "MaxStringBytes = 64")
				assert.Less(t, len(p.Err.Error()), 200, "the message does not quote the value")
			}
			assert.Equal(t, tt.at, at)
		})
	}
}

// TestProblemsCap: parser and decoder keep the first Max problems, in the
// order of the text, and count the rest without building them.
func TestProblemsCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"r": [`)
	for i := range 1000 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"id": "a", "id": "b", "unknown": 1}`)
	}
	b.WriteString("]}")
	ps := Problems{Max: 10}
	root, err := ParseWith(b.String(), Limits{}, &ps)
	require.NoError(t, err)
	require.Len(t, ps.List, 10)
	assert.Equal(t, 990, ps.Omitted)
	for i := 1; i < len(ps.List); i++ {
		assert.Less(t, ps.List[i-1].Offset, ps.List[i].Offset, "kept in the order of the text")
	}
	var v struct {
		R []struct {
			ID string `json:"id"`
		} `json:"r"`
	}
	ds := Problems{Max: 7}
	DecodeFindTo(root, &v, accord.Path{}, nil, &ds, func(accord.Path, int, *struct{}) {})
	require.Len(t, ds.List, 7)
	assert.Equal(t, 993, ds.Omitted)
	assert.Equal(t, "r[0].unknown", ds.List[0].Err.Path.String())
	assert.Len(t, v.R, 1000, "decoding goes on past the cap")

	allocs := testing.AllocsPerRun(5, func() {
		ds := Problems{Max: 1}
		DecodeFindTo(root, &v, accord.Path{}, Plans{}, &ds, func(accord.Path, int, *struct{}) {})
	})
	assert.Less(t, allocs, 1500.0, "a problem not kept is not built (1000 records, 1000 unknown members)")
}

// TestDecodeNumbersOutOfRange: a number too large or too small for its Go
// type is a problem, never ±Inf or a silent 0.
func TestDecodeNumbersOutOfRange(t *testing.T) {
	tests := []struct {
		in   string
		msg  string
		want float64
	}{
		{`{"share": 1e-400}`, "underflows", 0},
		{`{"share": -0.000e-999999}`, "", 0},
		{`{"share": 0e-400}`, "", 0},
		{`{"share": 1e400}`, "overflows", 0},
		{`{"share": -1e309}`, "overflows", 0},
		{`{"share": 5e-324}`, "", 5e-324},
		{`{"count": 128}`, "fits int8", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, probs := decode(t, tt.in)
			if tt.msg == "" {
				assert.Empty(t, probs)
				assert.Equal(t, tt.want, r.Share)
				return
			}
			require.Len(t, probs, 1)
			assert.Contains(t, probs[0].Err.Error(), tt.msg)
			assert.True(t, errors.Is(probs[0].Err, accord.ErrInvalid))
		})
	}
}

// FuzzParseWith parses any text under small limits: it never panics, a
// syntax error lies inside the text, the problems kept are at most Max
// and inside the text, and a text that fails only on the depth
// limit parses once the limit is the ceiling.
func FuzzParseWith(f *testing.F) {
	f.Add(`[[[["a"]]]]`, uint8(2), uint8(1), uint8(1))
	f.Add(`{"a": "\u0000", "a": "x\ud800", "b": 1e999}`, uint8(4), uint8(2), uint8(1))
	f.Add("[\"\xff\x7f\u0085\"]", uint8(4), uint8(2), uint8(0))
	f.Fuzz(func(t *testing.T, s string, depth, max, str uint8) {
		lim := Limits{MaxDepth: 1 + int(depth%32), MaxStringBytes: int(str)}
		ps := Problems{Max: int(max % 8)}
		root, err := ParseWith(s, lim, &ps)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Offset < 0 || se.Offset > len(s) {
				t.Fatalf("error %v for %q is not a SyntaxError inside the text", err, s)
			}
			if se.Limit == "MaxDepth" {
				if _, err := ParseWith(s, Limits{MaxDepth: MaxDepthCeiling}, &Problems{}); err != nil && errors.Is(err, ErrLimit) && len(s) < MaxDepthCeiling {
					t.Fatalf("%q fails at the ceiling: %v", s, err)
				}
			}
			return
		}
		if root == nil || ps.Max > 0 && len(ps.List) > ps.Max || ps.Omitted > 0 && len(ps.List) < ps.Max {
			t.Fatalf("root %v, %d problems kept and %d omitted under Max %d", root, len(ps.List), ps.Omitted, ps.Max)
		}
		for i, p := range ps.List {
			if p.Offset < 0 || p.Offset > len(s) || p.Err == nil {
				t.Fatalf("problem %d at %d outside %q", i, p.Offset, s)
			}
		}
	})
}

// BenchmarkParsePerByte parses texts of 64 KB, 512 KB and 4 MB of dense
// records and reports ns/byte and the ratio of the parse's time to
// encoding/json's Valid over the same text (which only scans), timed
// side by side in every iteration. Parsing linear in the input shows as
// both flat across the sizes.
func BenchmarkParsePerByte(b *testing.B) {
	const record = `{"id": "item-%d", "n": %d, "tags": ["a", "b\u00e9"], "ok": true, "note": "a coder's remark, of a few words"}`
	for _, size := range []int{64 << 10, 512 << 10, 4 << 20} {
		var sb strings.Builder
		sb.WriteString(`{"items": [`)
		for i := 0; sb.Len() < size; i++ {
			if i > 0 {
				sb.WriteString(",\n")
			}
			fmt.Fprintf(&sb, record, i, i)
		}
		sb.WriteString("]}")
		text := sb.String()
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			parse := func() {
				if _, err := ParseWith(text, Limits{MaxDepth: 128, MaxStringBytes: 1 << 20}, &Problems{Max: 1000}); err != nil {
					b.Fatal(err)
				}
			}
			valid := func() {
				if !json.Valid([]byte(text)) {
					b.Fatal("invalid")
				}
			}
			t := benchratio.Paired(b, parse, valid)
			b.ReportMetric(t.NsPerByte(len(text)), "ns/byte")
			b.ReportMetric(t.Ratio(), "ratio")
		})
	}
}
