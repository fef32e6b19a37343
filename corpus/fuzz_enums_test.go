package corpus_test

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"io/fs"
	"maps"
	"path"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/figure"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// enumAPI is one enum type seen only through its exported API: its parser
// and checks of that API against the type's wire names.
type enumAPI struct {
	pkgPath string // the import path of the type's package
	parser  string // the parser's qualified name, e.g. "…/actors.ParseStance"
	// values checks that the type's list function returns every value,
	// numbered from 1 in the order of names, each printing as its name
	// and parsing back to itself.
	values func(t *testing.T, names []string)
	// check parses name and unmarshals it into the value raw, and checks
	// both against names (the type's wire names in the registry);
	// it also checks String, IsValid and MarshalText of the value raw.
	check func(t *testing.T, names []string, name string, raw uint8)
}

// enumOf builds the enumAPI of the enum type T from its parser and the
// function that lists its values.
func enumOf[T interface {
	~uint8
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}, P interface {
	*T
	UnmarshalText([]byte) error
}](parse func(string) (T, error), list func() []T) enumAPI {
	return enumAPI{
		pkgPath: reflect.TypeFor[T]().PkgPath(),
		parser:  runtime.FuncForPC(reflect.ValueOf(parse).Pointer()).Name(),
		values: func(t *testing.T, names []string) {
			t.Helper()
			var got []string
			for i, v := range list() {
				assert.Equal(t, T(i+1), v, "values are listed in numeric order, from 1")
				got = append(got, v.String())
				back, err := parse(v.String())
				assert.NoError(t, err, "parse(%q)", v.String())
				assert.Equal(t, v, back, "String parses back to the value")
			}
			assert.Equal(t, names, got)
		},
		check: func(t *testing.T, names []string, name string, raw uint8) {
			t.Helper()
			i := slices.Index(names, name)
			v, err := parse(name)
			u := T(raw)
			uerr := P(&u).UnmarshalText([]byte(name))
			if i < 0 {
				require.ErrorIs(t, err, accord.ErrNotSupported, "parse(%q)", name)
				require.ErrorIs(t, uerr, accord.ErrNotSupported, "UnmarshalText(%q)", name)
				require.Equal(t, T(raw), u, "a failed UnmarshalText(%q) leaves the value unchanged", name)
			} else {
				require.NoError(t, err, "parse(%q)", name)
				require.Equal(t, T(i+1), v, "parse(%q) is the value the registry lists it as", name)
				require.True(t, v.IsValid())
				require.Equal(t, name, v.String())
				b, err := v.MarshalText()
				require.NoError(t, err)
				require.Equal(t, name, string(b))
				require.NoError(t, uerr, "UnmarshalText(%q)", name)
				require.Equal(t, v, u)
			}

			r := T(raw)
			b, err := r.MarshalText()
			if raw < 1 || int(raw) > len(names) {
				require.False(t, r.IsValid(), "%d is not a value", raw)
				require.True(t, strings.HasSuffix(r.String(), fmt.Sprintf("(%d)", raw)), "String of invalid %d = %q", raw, r.String())
				require.ErrorIs(t, err, accord.ErrNotSupported, "MarshalText(%d)", raw)
				return
			}
			require.True(t, r.IsValid(), "%d is a value", raw)
			require.Equal(t, names[raw-1], r.String())
			require.NoError(t, err)
			require.Equal(t, names[raw-1], string(b))
		},
	}
}

// enumAPIs lists every enum type of every package, keyed by package name
// and Go type name as the codebook's regions are (codebook.Key: "tag.Kind",
// "accord.Precision"). TestEnumAPIsCoverEveryEnum keeps it complete.
var enumAPIs = map[string]enumAPI{
	"actors.AliasKind":    enumOf(actors.ParseAliasKind, actors.AliasKinds),
	"actors.Attribution":  enumOf(actors.ParseAttribution, actors.Attributions),
	"actors.Bound":        enumOf(actors.ParseBound, actors.Bounds),
	"actors.Metric":       enumOf(actors.ParseMetric, actors.Metrics),
	"actors.Unit":         enumOf(actors.ParseUnit, actors.Units),
	"actors.Mode":         enumOf(actors.ParseMode, actors.Modes),
	"actors.Kind":         enumOf(actors.ParseKind, actors.Kinds),
	"accord.Precision":    enumOf(accord.ParsePrecision, accord.Precisions),
	"accord.Ending":       enumOf(accord.ParseEnding, accord.Endings),
	"actors.RelationKind": enumOf(actors.ParseRelationKind, actors.RelationKinds),
	"actors.MemberRole":   enumOf(actors.ParseMemberRole, actors.MemberRoles),
	"actors.Stance":       enumOf(actors.ParseStance, actors.Stances),

	"neutrality.Activity":    enumOf(neutrality.ParseActivity, neutrality.Activities),
	"neutrality.Armament":    enumOf(neutrality.ParseArmament, neutrality.Armaments),
	"neutrality.Basis":       enumOf(neutrality.ParseBasis, neutrality.Bases),
	"neutrality.Context":     enumOf(neutrality.ParseContext, neutrality.Contexts),
	"neutrality.DemandStage": enumOf(neutrality.ParseDemandStage, neutrality.DemandStages),
	"neutrality.Direction":   enumOf(neutrality.ParseDirection, neutrality.Directions),
	"neutrality.EventKind":   enumOf(neutrality.ParseEventKind, neutrality.EventKinds),
	"neutrality.Kind":        enumOf(neutrality.ParseKind, neutrality.Kinds),
	"neutrality.Posture":     enumOf(neutrality.ParsePosture, neutrality.Postures),
	"neutrality.Reach":       enumOf(neutrality.ParseReach, neutrality.Reaches),
	"neutrality.Stage":       enumOf(neutrality.ParseStage, neutrality.Stages),
	"neutrality.Verdict":     enumOf(neutrality.ParseVerdict, neutrality.Verdicts),

	"guarantees.Binding":        enumOf(guarantees.ParseBinding, guarantees.Bindings),
	"guarantees.ConditionKind":  enumOf(guarantees.ParseConditionKind, guarantees.ConditionKinds),
	"guarantees.Decision":       enumOf(guarantees.ParseDecision, guarantees.Decisions),
	"guarantees.Effect":         enumOf(guarantees.ParseEffect, guarantees.Effects),
	"guarantees.EventKind":      enumOf(guarantees.ParseEventKind, guarantees.EventKinds),
	"guarantees.FindingKind":    enumOf(guarantees.ParseFindingKind, guarantees.FindingKinds),
	"guarantees.Form":           enumOf(guarantees.ParseForm, guarantees.Forms),
	"guarantees.Invoker":        enumOf(guarantees.ParseInvoker, guarantees.Invokers),
	"guarantees.Casus":          enumOf(guarantees.ParseCasus, guarantees.Casuses),
	"guarantees.Kind":           enumOf(guarantees.ParseKind, guarantees.Kinds),
	"guarantees.Level":          enumOf(guarantees.ParseLevel, guarantees.Levels),
	"guarantees.Measure":        enumOf(guarantees.ParseMeasure, guarantees.Measures),
	"guarantees.Obligation":     enumOf(guarantees.ParseObligation, guarantees.Obligations),
	"guarantees.Placement":      enumOf(guarantees.ParsePlacement, guarantees.Placements),
	"guarantees.Presence":       enumOf(guarantees.ParsePresence, guarantees.Presences),
	"guarantees.Ratification":   enumOf(guarantees.ParseRatification, guarantees.Ratifications),
	"guarantees.RevisionKind":   enumOf(guarantees.ParseRevisionKind, guarantees.RevisionKinds),
	"guarantees.RevisionStatus": enumOf(guarantees.ParseRevisionStatus, guarantees.RevisionStatuses),
	"guarantees.Role":           enumOf(guarantees.ParseRole, guarantees.Roles),
	"guarantees.Stage":          enumOf(guarantees.ParseStage, guarantees.Stages),
	"guarantees.Topic":          enumOf(guarantees.ParseTopic, guarantees.Topics),
	"guarantees.TraitKind":      enumOf(guarantees.ParseTraitKind, guarantees.TraitKinds),
	"guarantees.Trigger":        enumOf(guarantees.ParseTrigger, guarantees.Triggers),

	"settlement.DeploymentKind": enumOf(settlement.ParseDeploymentKind, settlement.DeploymentKinds),
	"settlement.Duration":       enumOf(settlement.ParseDuration, settlement.Durations),
	"settlement.Limit":          enumOf(settlement.ParseLimit, settlement.Limits),
	"settlement.Mandate":        enumOf(settlement.ParseMandate, settlement.Mandates),
	"settlement.Modality":       enumOf(settlement.ParseModality, settlement.Modalities),
	"settlement.ReasonKind":     enumOf(settlement.ParseReasonKind, settlement.ReasonKinds),
	"settlement.Sequencing":     enumOf(settlement.ParseSequencing, settlement.Sequencings),
	"settlement.Stage":          enumOf(settlement.ParseStage, settlement.Stages),
	"settlement.Term":           enumOf(settlement.ParseTerm, settlement.Terms),
	"settlement.Treatment":      enumOf(settlement.ParseTreatment, settlement.Treatments),
	"settlement.Answer":         enumOf(settlement.ParseAnswer, settlement.Answers),

	"corpus.DocumentKind": enumOf(corpus.ParseDocumentKind, corpus.DocumentKinds),
	"corpus.RecordKind":   enumOf(corpus.ParseRecordKind, corpus.RecordKinds),
	"tag.Kind":            enumOf(tag.ParseKind, tag.Kinds),
	"figure.Kind":         enumOf(figure.ParseKind, figure.Kinds),
	"figure.Bound":        enumOf(figure.ParseBound, figure.Bounds),
}

// parsersFuzzedElsewhere are the exported Parse functions that are not
// enum parsers; each has a fuzz target of its own.
var parsersFuzzedElsewhere = map[string]bool{
	"accord.ParseDate":   true, // accord.FuzzParseDate
	"accord.ParsePeriod": true, // accord.FuzzParsePeriod
	"figure.Parse":       true, // figure.FuzzParse
}

// wireNames maps the key of every enum in the registry (enum.All(): every
// enum of every package linked into this test, the module root's
// Precision included) to its wire names, in value order.
func wireNames(t testing.TB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, e := range enum.All() {
		names := make([]string, len(e.Values))
		for i, v := range e.Values {
			names[i] = v.Name
		}
		out[corpus.CodebookKey(e)] = names
	}
	require.NotEmpty(t, out, "precondition: the registry holds the enums")
	return out
}

// packageName returns the name of the package in dir, which is that of
// its directory.
func packageName(t testing.TB, dir string) string {
	t.Helper()
	if dir == ".." {
		return "accord" // the module root, whatever its folder is called
	}
	abs, err := filepath.Abs(dir)
	require.NoError(t, err)
	return filepath.Base(abs)
}

// FuzzParseEnums: the input picks one enum type of one package (pick), a
// name and a raw value. The type's parser and UnmarshalText accept exactly
// the wire names the registry lists for it, each as the value it is
// listed as, which round-trips through String and MarshalText; anything
// else fails with accord.ErrNotSupported and leaves the value unchanged;
// the raw value is valid exactly when it numbers a listed name, and an
// invalid one prints as "Type(n)" and does not marshal. No input panics.
// internal/enum.FuzzEnum fuzzes the table behind every enum; this target checks
// that every type forwards to its own table. Seeds: every wire name with
// its upper-case and space-padded near misses, and a sample of the strings
// in the embedded data files.
func FuzzParseEnums(f *testing.F) {
	names := wireNames(f)
	keys := slices.Sorted(maps.Keys(enumAPIs))
	for i, key := range keys {
		for j, name := range names[key] {
			f.Add(uint8(i), uint8(j+1), name)
			f.Add(uint8(i), uint8(0), strings.ToUpper(name))
			f.Add(uint8(i), uint8(len(names[key])+1), name+" ")
		}
	}
	for i, s := range dataStrings(f) {
		f.Add(uint8(i%len(keys)), uint8(i), s)
	}
	f.Add(uint8(0), uint8(255), "")
	f.Add(uint8(1), uint8(1), "\xff")
	f.Fuzz(func(t *testing.T, pick, raw uint8, name string) {
		key := keys[int(pick)%len(keys)]
		enumAPIs[key].check(t, names[key], name, raw)
	})
}

// TestEnumAPIsCoverEveryEnum: enumAPIs has one entry for every enum of the
// registry (enum.All()) and no other, each entry's parser belongs to its
// package and accepts every wire name, its list function lists every
// value in order, and every exported Parse function
// of every package is an entry's parser or fuzzed elsewhere. A new enum or
// parser therefore cannot be left out of FuzzParseEnums.
func TestEnumAPIsCoverEveryEnum(t *testing.T) {
	names := wireNames(t)
	assert.ElementsMatch(t, slices.Collect(maps.Keys(names)), slices.Collect(maps.Keys(enumAPIs)),
		"enumAPIs lists exactly the enums of the registry")

	parsers := map[string]bool{}
	for key, api := range enumAPIs {
		pkg, _, _ := strings.Cut(key, ".")
		assert.Equal(t, pkg, path.Base(api.pkgPath), "%s: the type is not in package %s", key, pkg)
		assert.True(t, strings.HasPrefix(api.parser, api.pkgPath+"."), "%s: parser %s is not in %s", key, api.parser, api.pkgPath)
		parsers[pkg+"."+strings.TrimPrefix(api.parser, api.pkgPath+".")] = true
		require.NotEmpty(t, names[key], key)
		api.values(t, names[key])
		for j, name := range names[key] {
			t.Run(key+"/"+name, func(t *testing.T) { api.check(t, names[key], name, uint8(j+1)) })
		}
	}

	for _, p := range wirePackages() {
		pkg := packageName(t, p.dir)
		for _, fn := range exportedParseFuncs(t, p.dir) {
			name := pkg + "." + fn
			assert.True(t, parsers[name] || parsersFuzzedElsewhere[name],
				"%s is not fuzzed: add its type to enumAPIs (or, if it is not an enum parser, give it a fuzz target and list it in parsersFuzzedElsewhere)", name)
		}
	}
}

// exportedParseFuncs returns the names of the exported functions named
// Parse… declared in the non-test files of the package in dir.
func exportedParseFuncs(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, file := range packageFiles(t, dir) {
		for _, d := range file.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && strings.HasPrefix(fn.Name.Name, "Parse") {
				out = append(out, fn.Name.Name)
			}
		}
	}
	return out
}

// dataStrings returns a sample of at most 100 of the distinct one-word
// strings of at most 40 bytes in the embedded data files (ids, enum names
// and short texts), so that the fuzz smoke spends its time fuzzing rather
// than replaying seeds.
func dataStrings(f *testing.F) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if len(v) <= 40 && !strings.Contains(v, " ") && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	err := fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" || p == "schema.json" {
			return err
		}
		data, err := fs.ReadFile(seeds.FS(), p)
		if err != nil {
			return err
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			return nil // a malformed file is the loader's test's concern
		}
		walk(v)
		return nil
	})
	require.NoError(f, err)
	slices.Sort(out)
	var sample []string
	for i := 0; i < len(out); i += len(out)/100 + 1 {
		sample = append(sample, out[i])
	}
	return sample
}
