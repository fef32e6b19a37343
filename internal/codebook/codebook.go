// Package codebook generates the value tables of seeds/CODEBOOK.md from
// the enum registry ([enum.All]), so that each value's meaning is written
// once, in its Go table, and the codebook cannot drift from it.
//
// The codebook keeps its prose; each enum's table sits in a region
//
//	<!-- enum actors.Stance -->
//	| value | meaning |
//	…
//	<!-- end enum -->
//
// named by the declaring package's name and the Go type's name. [Render]
// rewrites the inside of every region and checks that every enum has
// exactly one region and that no region names an unknown enum.
// internal/cmd/codebook writes the result (go generate ./...), and a test
// in package corpus fails when the checked-in codebook differs from it.
package codebook

import (
	"bufio"
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/accordmodel/accord/internal/enum"
)

// Module is the import path of the module's root package, whose enums
// are named "accord.<Type>".
const Module = "github.com/accordmodel/accord"

// endMarker closes every region.
const endMarker = "<!-- end enum -->"

// Key returns the name of e's region: the declaring package's name and
// the Go type's name, e.g. "settlement.Stage" or "accord.Precision".
func Key(e enum.Info) string {
	pkg := path.Base(e.Package)
	if e.Package == Module {
		pkg = "accord"
	}
	return pkg + "." + e.GoType
}

// Table returns e's value table in Markdown: one row per value, in
// numeric order, with its wire name and its definition.
func Table(e enum.Info) string {
	var b strings.Builder
	b.WriteString("| value | meaning |\n|---|---|\n")
	for _, v := range e.Values {
		fmt.Fprintf(&b, "| `%s` | %s |\n", v.Name, strings.ReplaceAll(v.Doc, "|", `\|`))
	}
	return b.String()
}

// Render returns src with the inside of every enum region replaced by the
// table of the enum it names. It fails, naming every problem, if a
// region names an enum that enums does not hold or names it twice, if a
// region is not closed, or if an enum has no region; two enums with the
// same key are an error too.
func Render(src []byte, enums []enum.Info) ([]byte, error) {
	byKey := map[string]enum.Info{}
	var problems []string
	for _, e := range enums {
		k := Key(e)
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
				out.WriteString(Table(e))
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
