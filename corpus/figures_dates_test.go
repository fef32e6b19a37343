package corpus

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/corpus/figure"
	"github.com/accordmodel/accord/seeds"
)

// isoDate matches the dates and periods' ends the data files write.
var isoDate = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

// codedDatesByDoc returns, for each article, every date the data files
// code in a record that cites it: the dates anywhere inside an object
// with evidence count for every article that object (or anything inside
// it) cites, and the dates of a per-article file for its article. Anchor
// phrases are text, not coded dates, and are not looked at.
func codedDatesByDoc(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	add := func(docs, dates []string) {
		for _, d := range docs {
			for _, x := range dates {
				if !slices.Contains(out[d], x) {
					out[d] = append(out[d], x)
				}
			}
		}
	}
	// walk returns the dates and the cited documents inside v, and
	// attributes the dates of every object with evidence to its documents.
	var walk func(v any) (dates, docs []string)
	walk = func(v any) (dates, docs []string) {
		switch v := v.(type) {
		case string:
			if isoDate.MatchString(v) {
				dates = append(dates, v)
			}
		case []any:
			for _, e := range v {
				d, c := walk(e)
				dates, docs = append(dates, d...), append(docs, c...)
			}
		case map[string]any:
			if doc, ok := v["doc"].(string); ok {
				if _, ok := v["anchor"]; ok {
					return nil, []string{doc} // a citation
				}
			}
			_, recorded := v["evidence"]
			for _, e := range v {
				d, c := walk(e)
				dates, docs = append(dates, d...), append(docs, c...)
			}
			if recorded {
				add(docs, dates)
			}
		}
		return dates, docs
	}
	require.NoError(t, fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" || p == "schema.json" || p == "documents.json" {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(data, &v), p)
		dates, _ := walk(v)
		if dir := path.Dir(p); dir != "." {
			add([]string{strings.TrimSuffix(path.Base(p), ".json")}, dates)
		}
		return nil
	}))
	return out
}

// dateCoded reports whether the year, decade or date the finder read is
// among the coded dates: a year or range of years when each end year is
// the year of a coded date, a decade when any coded date falls in it, a
// date when a coded date is written at its precision (a day and month
// without a year match any year).
func dateCoded(f figure.Figure, dates []string) bool {
	hasYear := func(y int) bool {
		return slices.ContainsFunc(dates, func(d string) bool { return d[:4] == itoa4(y) })
	}
	switch f.Kind {
	case figure.Year:
		if f.Unit == "decade" {
			return slices.ContainsFunc(dates, func(d string) bool { return d[:3] == itoa4(int(f.Value))[:3] })
		}
		return hasYear(int(f.Value)) && hasYear(int(f.Max))
	case figure.Date:
		if f.Date.IsValid() {
			return slices.Contains(dates, f.Date.String())
		}
		suffix := "-" + twoDigits(int(f.Month))
		if f.Day > 0 {
			suffix += "-" + twoDigits(f.Day)
		}
		return slices.ContainsFunc(dates, func(d string) bool { return len(d) == 10 && strings.HasSuffix(d, suffix) })
	}
	return false
}

func itoa4(y int) string {
	b := []byte{'0', '0', '0', '0'}
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	return string(b)
}

func twoDigits(n int) string { return itoa4(n)[2:] }

func TestDateCoded(t *testing.T) {
	dates := []string{"1839", "1914", "1965", "2022-03-29", "2025-09", "2025-08-16"}
	tests := []struct {
		in   string
		want bool
	}{
		{"1839", true},
		{"1840", false},
		{"1839–1914", true},
		{"1839–1915", false},
		{"1960s", true},
		{"1970s", false},
		{"29 March 2022", true},
		{"30 March 2022", false},
		{"September 2025", true},
		{"October 2025", false},
		{"August 16", true},
		{"August 17", false},
		{"March 2022", false}, // a month is coded only at its precision
	}
	for _, tt := range tests {
		f, err := figure.Parse(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, dateCoded(f, dates), tt.in)
	}
}

// TestCodedDatesByDoc: the dates of a record count for the articles it
// cites, and only for them.
func TestCodedDatesByDoc(t *testing.T) {
	byDoc := codedDatesByDoc(t)
	assert.Contains(t, byDoc["hiia-security-guarantees"], "2025-08-16", "the joint statement's date, cited from the policy analysis")
	assert.NotContains(t, byDoc["rusi-neutrality-chimera"], "2025-08-16", "the commentary does not cite the joint statement")
	assert.Contains(t, byDoc["rusi-neutrality-chimera"], "1815", "the neutralisation of Switzerland, cited from the commentary")
}
