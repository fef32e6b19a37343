package corpus

// The generator of seeds/CODEBOOK.md's enum tables. It lives in test code,
// like the generators of seeds/schema.json and api/accord.txt: go generate
// ./... runs each test with its -update flag, and the same test fails when
// the checked-in file is stale.
//
// The codebook keeps its prose; each enum's table sits in a region
//
//	<!-- enum actors.Stance -->
//	| value | meaning |
//	…
//	<!-- end enum -->
//
// named by the declaring package's name and the Go type's name.
// renderCodebook rewrites the inside of every region and checks that every
// enum has exactly one region and that no region names an unknown enum.

import (
	"bufio"
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/internal/enum"
)

// module is the import path of the module's root package, whose enums
// are named "accord.<Type>".
const module = "github.com/accordmodel/accord"

// endMarker closes every region.
const endMarker = "<!-- end enum -->"

// codebookKey returns the name of e's region: the declaring package's name and
// the Go type's name, e.g. "settlement.Stage" or "accord.Precision".
func codebookKey(e enum.Info) string {
	pkg := path.Base(e.Package)
	if e.Package == module {
		pkg = "accord"
	}
	return pkg + "." + e.GoType
}

// codebookTable returns e's value table in Markdown: one row per value, in
// numeric order, with its wire name and its definition.
func codebookTable(e enum.Info) string {
	var b strings.Builder
	b.WriteString("| value | meaning |\n|---|---|\n")
	for _, v := range e.Values {
		fmt.Fprintf(&b, "| `%s` | %s |\n", v.Name, strings.ReplaceAll(v.Doc, "|", `\|`))
	}
	return b.String()
}

// renderCodebook returns src with the inside of every enum region replaced by the
// table of the enum it names. It fails, naming every problem, if a
// region names an enum that enums does not hold or names it twice, if a
// region is not closed, or if an enum has no region; two enums with the
// same key are an error too.
func renderCodebook(src []byte, enums []enum.Info) ([]byte, error) {
	byKey := map[string]enum.Info{}
	var problems []string
	for _, e := range enums {
		k := codebookKey(e)
		if _, dup := byKey[k]; dup {
			problems = append(problems, fmt.Sprintf("two enums are named %s", k))
		}
		byKey[k] = e
	}
	var out bytes.Buffer
	seen := map[string]bool{}
	open := "" // the key of the region being replaced
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, len(src)+1)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if key, ok := startMarker(text); ok {
			if open != "" {
				problems = append(problems, fmt.Sprintf("line %d: region %s opens inside region %s", line, key, open))
			}
			open = key
			e, known := byKey[key]
			switch {
			case !known:
				problems = append(problems, fmt.Sprintf("line %d: region %s names no enum", line, key))
			case seen[key]:
				problems = append(problems, fmt.Sprintf("line %d: a second region for %s", line, key))
			}
			seen[key] = true
			out.WriteString(text + "\n")
			if known {
				out.WriteString(codebookTable(e))
			}
			continue
		}
		if strings.TrimSpace(text) == endMarker {
			if open == "" {
				problems = append(problems, fmt.Sprintf("line %d: %s closes no region", line, endMarker))
			}
			open = ""
			out.WriteString(text + "\n")
			continue
		}
		if open == "" {
			out.WriteString(text + "\n")
		}
	}
	if open != "" {
		problems = append(problems, fmt.Sprintf("region %s is not closed with %s", open, endMarker))
	}
	var missing []string
	for k := range byKey {
		if !seen[k] {
			missing = append(missing, k)
		}
	}
	slices.Sort(missing)
	for _, k := range missing {
		problems = append(problems, fmt.Sprintf("enum %s has no region (add <!-- enum %s --> and %s where its table belongs)", k, k, endMarker))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("codebook: %s", strings.Join(problems, "\n\t"))
	}
	return out.Bytes(), nil
}

// startMarker reports whether line opens a region, and the key it names.
func startMarker(line string) (string, bool) {
	s := strings.TrimSpace(line)
	if !strings.HasPrefix(s, "<!-- enum ") || !strings.HasSuffix(s, " -->") {
		return "", false
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "<!-- enum "), " -->")), true
}

var (
	testStance = enum.Info{Package: module + "/actors", GoType: "Stance", Type: "Stance", Values: []enum.Value{
		{Name: "supports", Doc: "the actor wants the outcome"},
		{Name: "opposes", Doc: "the actor is against it | or worse"},
	}}
	precision = enum.Info{Package: module, GoType: "Precision", Type: "Precision", Values: []enum.Value{
		{Name: "year", Doc: "only the year is known"},
	}}
	tagKind = enum.Info{Package: module + "/corpus/tag", GoType: "Kind", Type: "MentionKind", Values: []enum.Value{
		{Name: "actor", Doc: "a name of an actor"},
	}}
)

func TestCodebookKey(t *testing.T) {
	assert.Equal(t, "actors.Stance", codebookKey(testStance))
	assert.Equal(t, "accord.Precision", codebookKey(precision), "the module root is package accord")
	assert.Equal(t, "tag.Kind", codebookKey(tagKind), "regions use the Go type's name, not the name in messages")
}

func TestRenderCodebook(t *testing.T) {
	const stanceTable = "| value | meaning |\n|---|---|\n| `supports` | the actor wants the outcome |\n| `opposes` | the actor is against it \\| or worse |\n"
	tests := []struct {
		name    string
		src     string
		enums   []enum.Info
		want    string
		wantErr []string // fragments the error must contain
	}{
		{
			name:  "stale table replaced, prose kept",
			src:   "# Codebook\n\n`Stance`:\n\n<!-- enum actors.Stance -->\n| value | meaning |\n| `old` | gone |\n<!-- end enum -->\n\nMore prose.\n",
			enums: []enum.Info{testStance},
			want:  "# Codebook\n\n`Stance`:\n\n<!-- enum actors.Stance -->\n" + stanceTable + "<!-- end enum -->\n\nMore prose.\n",
		},
		{
			name:  "empty region filled",
			src:   "<!-- enum actors.Stance -->\n<!-- end enum -->\n<!-- enum accord.Precision -->\n<!-- end enum -->\n",
			enums: []enum.Info{precision, testStance},
			want:  "<!-- enum actors.Stance -->\n" + stanceTable + "<!-- end enum -->\n<!-- enum accord.Precision -->\n| value | meaning |\n|---|---|\n| `year` | only the year is known |\n<!-- end enum -->\n",
		},
		{
			name:    "enum without a region",
			src:     "<!-- enum actors.Stance -->\n<!-- end enum -->\n",
			enums:   []enum.Info{testStance, precision},
			wantErr: []string{"enum accord.Precision has no region"},
		},
		{
			name:    "region naming no enum, and a second region",
			src:     "<!-- enum actors.Stance -->\n<!-- end enum -->\n<!-- enum actors.Stance -->\n<!-- end enum -->\n<!-- enum actors.Mood -->\n<!-- end enum -->\n",
			enums:   []enum.Info{testStance},
			wantErr: []string{"line 3: a second region for actors.Stance", "line 5: region actors.Mood names no enum"},
		},
		{
			name:    "unclosed and stray markers",
			src:     "<!-- end enum -->\n<!-- enum actors.Stance -->\n| prose the generator would eat |\n",
			enums:   []enum.Info{testStance},
			wantErr: []string{"line 1: <!-- end enum --> closes no region", "region actors.Stance is not closed"},
		},
		{
			name:    "nested region",
			src:     "<!-- enum actors.Stance -->\n<!-- enum accord.Precision -->\n<!-- end enum -->\n",
			enums:   []enum.Info{testStance, precision},
			wantErr: []string{"line 2: region accord.Precision opens inside region actors.Stance"},
		},
		{
			name:    "two enums with one key",
			src:     "<!-- enum actors.Stance -->\n<!-- end enum -->\n",
			enums:   []enum.Info{testStance, testStance},
			wantErr: []string{"two enums are named actors.Stance"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := renderCodebook([]byte(tt.src), tt.enums)
			if tt.wantErr != nil {
				require.Error(t, err)
				for _, frag := range tt.wantErr {
					assert.Contains(t, err.Error(), frag)
				}
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			again, err := renderCodebook(got, tt.enums)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again), "rendering is idempotent")
		})
	}
}

// CodebookKey gives the external test package (fuzz_enums_test.go) the
// name the codebook and the enum meta-tests know each enum by.
var CodebookKey = codebookKey
