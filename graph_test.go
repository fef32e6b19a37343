package accord_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allowedImports is the package graph: for each package of the module
// (its path below the module root, "." for the root), the packages of the
// module it may import directly, internal ones left out. A package imports
// another only for what that package is about, so that, for instance, a
// program that uses only the neutrality rulebook or the text layer
// compiles neither the actor domain nor the loader.
var allowedImports = map[string][]string{
	".":                     nil,
	"actors":                {"."},
	"neutrality":            {"."},
	"corpus/figure":         {"."},
	"corpus/tag":            {".", "corpus/figure"},
	"guarantees":            {".", "neutrality"},
	"guarantees/settlement": {".", "actors", "guarantees", "neutrality"},
	"corpus":                {".", "actors", "corpus/tag", "guarantees", "guarantees/settlement", "neutrality", "seeds"},
	"corpus/chart":          {".", "actors", "corpus", "guarantees", "neutrality"},
	"seeds":                 nil,
}

// TestPackageGraph: every public package imports only what allowedImports
// grants it, and every public package is listed; and, transitively, the
// root package, neutrality and the text layer do not depend on the actor
// domain.
func TestPackageGraph(t *testing.T) {
	const module = "github.com/accordmodel/accord"
	rel := func(p string) string {
		if p == module {
			return "."
		}
		return strings.TrimPrefix(p, module+"/")
	}
	public := func(p string) bool {
		return (p == module || strings.HasPrefix(p, module+"/")) &&
			!strings.Contains(p+"/", "/internal/") && !strings.HasPrefix(rel(p), "examples/")
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...").Output()
	require.NoError(t, err)
	seen := map[string]bool{}
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		if len(fields) == 0 || !public(fields[0]) {
			continue
		}
		pkg := rel(fields[0])
		seen[pkg] = true
		allowed, known := allowedImports[pkg]
		if !assert.True(t, known, "package %s is not in allowedImports: add it with the packages it may import", pkg) {
			continue
		}
		for _, imp := range fields[1:] {
			if public(imp) {
				assert.True(t, slices.Contains(allowed, rel(imp)), "%s imports %s, which allowedImports does not grant it", pkg, rel(imp))
			}
		}
	}
	for pkg := range allowedImports {
		assert.True(t, seen[pkg], "allowedImports lists %s, which is not a package of the module", pkg)
	}

	deps, err := exec.Command("go", "list", "-deps", ".", "./neutrality", "./corpus/tag", "./corpus/figure").Output()
	require.NoError(t, err)
	assert.NotContains(t, strings.Fields(string(deps)), module+"/actors", "the root package, neutrality and the text layer must not depend on the actor domain")
}
