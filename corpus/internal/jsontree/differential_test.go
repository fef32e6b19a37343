package jsontree

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// toAny converts a tree to the value encoding/json would decode into an
// interface{} with UseNumber.
func toAny(n *Node) any {
	switch n.Kind {
	case Null:
		return nil
	case Bool:
		return n.Bool
	case Number:
		return json.Number(n.Text)
	case String:
		return n.Text
	case Array:
		out := make([]any, n.Len())
		for i, e := range n.Elems {
			out[i] = toAny(e)
		}
		return out
	}
	out := make(map[string]any, n.Len())
	for _, f := range n.Fields {
		out[f.Key] = toAny(f.Value)
	}
	return out
}

func stdDecode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

var differentialSeeds = []string{
	`{"a": [1, -2.5e+3, 0, true, false, null, "x\"y\\u00e9\ud83d\ude00\u0000"]}`,
	`"\ud800"`, `"\ud800\u0041"`, `"\udc00\ud800"`, "\"\xff\xfe\"", "\"a\\u00\"", `[1.]`, `[01]`, `[-]`, `[1e]`,
	`{"a":1,}`, `[1 2]`, `{"a" 1}`, ` [ ] `, `{}`, "\"tab\tinside\"", `1 2`, `[`, ``,
}

func TestParseAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range differentialSeeds {
		checkAgainstStd(t, []byte(s))
	}
}

func checkAgainstStd(t *testing.T, data []byte) {
	t.Helper()
	root, dups, err := Parse(string(data))
	want, stdErr := stdDecode(data)
	if stdErr == nil && !json.Valid(data) {
		stdErr = json.Unmarshal(data, new(any)) // trailing data after the value
	}
	if (err == nil) != (stdErr == nil) {
		require.Failf(t, "validity differs", "input %q: Parse error %v, encoding/json error %v", data, err, stdErr)
	}
	if err != nil || len(dups) > 0 {
		return // encoding/json keeps the last duplicate key, Parse the first
	}
	assert.Equal(t, want, toAny(root), "input %q", data)
}

func FuzzParseAgreesWithEncodingJSON(f *testing.F) {
	for _, s := range differentialSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte(sample))
	f.Fuzz(func(t *testing.T, data []byte) { checkAgainstStd(t, data) })
}
