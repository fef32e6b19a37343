package corpus_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/corpus/figure"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/neutrality"
)

// wirePackage is one domain package whose exported types must survive
// encoding/json: its directory (relative to this one), its enum tables in
// the registry and one reflect.Type per exported type.
type wirePackage struct {
	dir   string
	enums []enum.Info
	types []reflect.Type
}

func tf[T any]() reflect.Type { return reflect.TypeFor[T]() }

// wirePackages lists every exported type of every domain package.
// TestWireTableIsComplete fails when a package gains a type that is not
// listed here, so the round trip cannot silently skip it.
func wirePackages() []wirePackage {
	return []wirePackage{
		{"..", enum.Of("github.com/accordmodel/accord"), []reflect.Type{
			tf[accord.Citation](), tf[accord.Date](), tf[accord.Ending](), tf[accord.ErrorList](), tf[accord.FieldError](),
			tf[accord.Path](), tf[accord.Period](), tf[accord.Precision](),
		}},
		{"../actors", enum.Of("github.com/accordmodel/accord/actors"), []reflect.Type{
			tf[actors.Actor](), tf[actors.ActorRef](), tf[actors.Alias](), tf[actors.AliasKind](), tf[actors.AmbiguousError](),
			tf[actors.Attribution](), tf[actors.Bound](), tf[actors.Comparison](),
			tf[actors.Condition](), tf[actors.StatedFigure](), tf[actors.Filter](), tf[actors.Issue](), tf[actors.Kind](),
			tf[actors.Matrix](), tf[actors.Membership](), tf[actors.Office](),
			tf[actors.Position](), tf[actors.Positions](), tf[actors.Registry](),
			tf[actors.Metric](), tf[actors.Mode](), tf[actors.Quantity](), tf[actors.Unit](),
			tf[actors.Relation](), tf[actors.RelationKind](), tf[actors.MemberRole](), tf[actors.Stance](),
			tf[actors.Standing](), tf[actors.Taxonomy](),
		}},
		{"../neutrality", enum.Of("github.com/accordmodel/accord/neutrality"), []reflect.Type{
			tf[neutrality.Activity](), tf[neutrality.Alternative](), tf[neutrality.Armament](), tf[neutrality.Basis](),
			tf[neutrality.Classification](), tf[neutrality.Context](), tf[neutrality.Demand](), tf[neutrality.DemandStage](),
			tf[neutrality.Direction](), tf[neutrality.Doctrine](), tf[neutrality.Event](), tf[neutrality.EventKind](),
			tf[neutrality.Facts](), tf[neutrality.Ruling](), tf[neutrality.Kind](), tf[neutrality.Options](),
			tf[neutrality.Posture](), tf[neutrality.Reach](), tf[neutrality.Report](), tf[neutrality.Rule](),
			tf[neutrality.Rulebook](), tf[neutrality.Side](), tf[neutrality.Stage](), tf[neutrality.Status](), tf[neutrality.Proviso](),
			tf[neutrality.Verdict](),
		}},
		{"../guarantees", enum.Of("github.com/accordmodel/accord/guarantees"), []reflect.Type{
			tf[guarantees.Assessment](), tf[guarantees.Attack](), tf[guarantees.Binding](), tf[guarantees.CatalogueEntry](),
			tf[guarantees.Clause](), tf[guarantees.Comparison](), tf[guarantees.Condition](), tf[guarantees.ConditionKind](),
			tf[guarantees.Situation](), tf[guarantees.Decision](), tf[guarantees.Difference](), tf[guarantees.Disagreement](),
			tf[guarantees.Effect](), tf[guarantees.Event](), tf[guarantees.EventKind](), tf[guarantees.Exclusion](),
			tf[guarantees.Finding](), tf[guarantees.FindingKind](), tf[guarantees.Form](), tf[guarantees.Instrument](),
			tf[guarantees.Invoker](), tf[guarantees.Casus](), tf[guarantees.PartyObligation](), tf[guarantees.ForceCap](), tf[guarantees.Kind](), tf[guarantees.Level](), tf[guarantees.Measure](),
			tf[guarantees.NeutralityActivity](), tf[guarantees.NeutralityCheck](), tf[guarantees.NeutralityReview](),
			tf[guarantees.Obligation](), tf[guarantees.Party](), tf[guarantees.Placement](), tf[guarantees.Presence](),
			tf[guarantees.Ratification](), tf[guarantees.Reading](), tf[guarantees.ReadingChange](), tf[guarantees.Revision](),
			tf[guarantees.RevisionKind](), tf[guarantees.RevisionStatus](), tf[guarantees.Role](), tf[guarantees.Scope](),
			tf[guarantees.Stage](), tf[guarantees.Subject](), tf[guarantees.Topic](), tf[guarantees.Trait](),
			tf[guarantees.TraitKind](), tf[guarantees.Trigger](), tf[guarantees.Version](), tf[guarantees.View](),
		}},
		{"../guarantees/settlement", enum.Of("github.com/accordmodel/accord/guarantees/settlement"), []reflect.Type{
			tf[settlement.Choice](), tf[settlement.TermBinding](), tf[settlement.Blocking](), tf[settlement.Cap](),
			tf[settlement.Deployment](), tf[settlement.DeploymentKind](), tf[settlement.Dimension](), tf[settlement.Duration](),
			tf[settlement.Evaluation](), tf[settlement.ForcePosture](), tf[settlement.Frame](), tf[settlement.GuaranteeAssessment](),
			tf[settlement.GuaranteeTerm](), tf[settlement.Limit](), tf[settlement.Mandate](), tf[settlement.Modality](),
			tf[settlement.Nearest](), tf[settlement.NeutralityCheck](), tf[settlement.Options](), tf[settlement.Outcome](), tf[settlement.Package](),
			tf[settlement.ForeignPresence](), tf[settlement.Reason](), tf[settlement.ReasonKind](), tf[settlement.RedLine](),
			tf[settlement.SearchOptions](), tf[settlement.Sequencing](), tf[settlement.Settlement](), tf[settlement.Source](),
			tf[settlement.Space](), tf[settlement.Stage](), tf[settlement.Stand](), tf[settlement.StatusTerm](),
			tf[settlement.Term](), tf[settlement.TerritorialTerm](), tf[settlement.Treatment](), tf[settlement.Answer](),
			tf[settlement.Zone](),
		}},
		{".", enum.Of("github.com/accordmodel/accord/corpus"), []reflect.Type{
			tf[corpus.Cited](), tf[corpus.Corpus](), tf[corpus.Document](), tf[corpus.DocumentKind](),
			tf[corpus.RankedInstrument](), tf[corpus.RecordKind](), tf[corpus.SearchHit](), tf[corpus.SourcedDemand](),
			tf[corpus.SourcedStatus](), tf[corpus.SourcedQuantity](), tf[corpus.KeyTerm](), tf[corpus.Limits](), tf[corpus.LoadOptions](),
			tf[corpus.Verification](), tf[corpus.ExportOptions](), tf[corpus.AmbiguousInstrumentError](),
		}},
		{"tag", enum.Of("github.com/accordmodel/accord/corpus/tag"), []reflect.Type{
			tf[tag.Entry](), tf[tag.Kind](), tf[tag.Mention](), tf[tag.Options](), tf[tag.Tagger](), tf[tag.Target](),
		}},
		{"figure", enum.Of("github.com/accordmodel/accord/corpus/figure"), []reflect.Type{
			tf[figure.Bound](), tf[figure.Figure](), tf[figure.Kind](), tf[figure.Match](),
		}},
	}
}

// exportedTypes returns the names of the exported types declared in the
// non-test files of the package in dir.
func exportedTypes(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	for _, f := range packageFiles(t, dir) {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
					names = append(names, ts.Name.Name)
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

// packageFiles parses the non-test Go files of the package in dir.
func packageFiles(t *testing.T, dir string) []*ast.File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		files = append(files, f)
	}
	return files
}

// TestWireTableIsComplete: the round-trip table lists every exported type
// of every domain package, and nothing else.
func TestWireTableIsComplete(t *testing.T) {
	for _, p := range wirePackages() {
		var listed []string
		for _, typ := range p.types {
			name, _, _ := strings.Cut(typ.Name(), "[")
			listed = append(listed, name)
		}
		slices.Sort(listed)
		assert.Equal(t, exportedTypes(t, p.dir), listed, "exported types of %s: add new types to wirePackages", p.dir)
	}
}

// wireKind says how the round trip treats a type.
type wireKind int

const (
	wireData   wireKind = iota // a value type: must round-trip
	wireEnum                   // a uint8 enum with MarshalText
	wireOpaque                 // no exported fields (a handle such as *Registry): not wire data
	wireError                  // an error type: not wire data
	wireFunc                   // an interface: not wire data
)

var (
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	errorType       = reflect.TypeFor[error]()
)

func classify(t reflect.Type) wireKind {
	switch {
	case t.Kind() == reflect.Interface:
		return wireFunc
	case t.Implements(errorType) || reflect.PointerTo(t).Implements(errorType):
		return wireError
	case t.Kind() == reflect.Uint8 && t.Implements(textMarshaler):
		return wireEnum
	case t.Implements(textMarshaler):
		return wireData
	case t.Kind() == reflect.Struct:
		for f := range t.Fields() {
			if f.IsExported() {
				return wireData
			}
		}
		return wireOpaque
	}
	return wireData
}

// enumNames returns the wire names of the enum type t, found by marshalling
// 1, 2, … until MarshalText fails (every accord enum has an invalid zero
// and valid values 1..n).
func enumNames(t reflect.Type) []string {
	var names []string
	for i := 1; i < 256; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			break
		}
		names = append(names, string(b))
	}
	return names
}

// filler builds a deterministic value of any wire type with every exported
// field set, so that a field that does not survive encoding/json is caught.
type filler struct {
	t    *testing.T
	seed int
}

var (
	dateType = reflect.TypeFor[accord.Date]()
	pathType = reflect.TypeFor[accord.Path]()
	tagType  = reflect.TypeFor[language.Tag]()
	timeType = reflect.TypeFor[time.Time]()
)

func (f *filler) next() int { f.seed++; return f.seed }

func (f *filler) fill(v reflect.Value, depth int) {
	t := v.Type()
	switch t {
	case dateType:
		dates := []accord.Date{accord.YearOf(2014), accord.MonthOf(2022, time.March), accord.DayOf(2022, time.March, 29)}
		v.Set(reflect.ValueOf(dates[f.next()%len(dates)]))
		return
	case pathType:
		paths := []accord.Path{accord.NewPath("positions").Index(3).Child("stance"), accord.NewPath("actors").Index(0).Child("names").Key("uk")}
		v.Set(reflect.ValueOf(paths[f.next()%len(paths)]))
		return
	case tagType:
		tags := []language.Tag{language.Ukrainian, language.Russian, language.English}
		v.Set(reflect.ValueOf(tags[f.next()%len(tags)]))
		return
	case timeType:
		v.Set(reflect.ValueOf(time.Date(2022, time.March, 29, 0, 0, 0, 0, time.UTC)))
		return
	}
	if classify(t) == wireEnum {
		n := len(enumNames(t))
		v.SetUint(uint64(1 + f.next()%n))
		return
	}
	if t.Implements(textMarshaler) && t.Kind() == reflect.Struct {
		f.t.Errorf("no generator for text type %v: add one to filler.fill", t)
		return
	}
	switch t.Kind() {
	case reflect.String:
		v.SetString("s" + strings.Repeat("x", f.next()%3) + t.Name())
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(f.next()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(f.next()))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.next()) + 0.5)
	case reflect.Pointer:
		if depth > 4 {
			return
		}
		p := reflect.New(t.Elem())
		f.fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		if depth > 4 {
			return
		}
		s := reflect.MakeSlice(t, 2, 2)
		for i := range 2 {
			f.fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			f.fill(v.Index(i), depth+1)
		}
	case reflect.Map:
		if depth > 4 {
			return
		}
		m := reflect.MakeMap(t)
		for range 2 {
			k := reflect.New(t.Key()).Elem()
			f.fill(k, depth+1)
			e := reflect.New(t.Elem()).Elem()
			f.fill(e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() || sf.Tag.Get("json") == "-" {
				continue
			}
			if classify(sf.Type) == wireFunc || classify(sf.Type) == wireError {
				continue // interfaces and errors are not wire data
			}
			f.fill(v.Field(i), depth+1)
		}
	case reflect.Interface, reflect.Func, reflect.Chan:
		// not wire data
	default:
		f.t.Errorf("filler: unsupported kind %v of %v", t.Kind(), t)
	}
}

// wireFieldsSkipped returns the exported fields of t (at any depth) that
// encoding/json cannot carry: interfaces, funcs and channels.
func wireFieldsSkipped(t reflect.Type, seen map[reflect.Type]bool) []string {
	if seen[t] {
		return nil
	}
	seen[t] = true
	var out []string
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return wireFieldsSkipped(t.Elem(), seen)
	case reflect.Struct:
		if t.Implements(textMarshaler) {
			return nil
		}
		for f := range t.Fields() {
			if !f.IsExported() || f.Tag.Get("json") == "-" {
				continue
			}
			switch f.Type.Kind() {
			case reflect.Interface, reflect.Func, reflect.Chan:
				out = append(out, t.String()+"."+f.Name)
			default:
				out = append(out, wireFieldsSkipped(f.Type, seen)...)
			}
		}
	}
	return out
}

// TestWireRoundTrip: a value of every exported data type, with every field
// set, survives json.Marshal and json.Unmarshal unchanged.
func TestWireRoundTrip(t *testing.T) {
	for _, p := range wirePackages() {
		for _, typ := range p.types {
			if k := classify(typ); k != wireData {
				continue
			}
			t.Run(typ.String(), func(t *testing.T) {
				assert.Empty(t, wireFieldsSkipped(typ, map[reflect.Type]bool{}), "fields encoding/json cannot carry")
				for seed := range 3 {
					f := &filler{t: t, seed: seed}
					in := reflect.New(typ)
					f.fill(in.Elem(), 0)
					data, err := json.Marshal(in.Interface())
					require.NoError(t, err)
					out := reflect.New(typ)
					require.NoError(t, json.Unmarshal(data, out.Interface()), "%s", data)
					assert.Equal(t, in.Interface(), out.Interface(), "%s", data)
					again, err := json.Marshal(out.Interface())
					require.NoError(t, err)
					assert.JSONEq(t, string(data), string(again))
				}
			})
		}
	}
}

var wireNameRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// TestWireEnums: every enum type writes its values as stable lower-case
// names, reads them back, rejects unknown names and refuses to write its
// invalid zero; its names are exactly those its table in the registry lists.
func TestWireEnums(t *testing.T) {
	for _, p := range wirePackages() {
		tables := map[string][]string{}
		for _, e := range p.enums {
			var names []string
			for _, v := range e.Values {
				names = append(names, v.Name)
			}
			_, dup := tables[e.Type]
			assert.False(t, dup, "%s: the registry lists %s twice", p.dir, e.Type)
			tables[e.Type] = names
		}
		found := map[string]bool{}
		for _, typ := range p.types {
			if classify(typ) != wireEnum {
				continue
			}
			found[typ.Name()] = true
			t.Run(typ.String(), func(t *testing.T) {
				require.True(t, reflect.PointerTo(typ).Implements(textUnmarshaler), "enum without UnmarshalText")
				names := enumNames(typ)
				require.NotEmpty(t, names)
				table, ok := tables[typ.Name()]
				if !ok {
					// A package may describe an enum under a qualified
					// name ("MentionKind" for tag.Kind): match it by names.
					for n, ns := range tables {
						if slices.Equal(ns, names) {
							table, ok = ns, true
							found[n] = true
						}
					}
				}
				assert.True(t, ok, "%s: the registry does not list %v", p.dir, typ)
				assert.Equal(t, table, names, "the names of %v differ from its table in the registry", typ)
				for i, name := range names {
					assert.Regexp(t, wireNameRE, name)
					v := reflect.New(typ)
					v.Elem().SetUint(uint64(i + 1))
					data, err := json.Marshal(v.Interface())
					require.NoError(t, err)
					assert.Equal(t, `"`+name+`"`, string(data))
					back := reflect.New(typ)
					require.NoError(t, json.Unmarshal(data, back.Interface()))
					assert.Equal(t, v.Elem().Uint(), back.Elem().Uint())
					assert.Equal(t, name, back.Elem().Interface().(interface{ String() string }).String())
				}
				zero := reflect.New(typ)
				_, err := json.Marshal(zero.Interface())
				assert.Error(t, err, "the invalid zero must not be written")
				for _, bad := range []string{"", "bogus", strings.ToUpper(names[0]), " " + names[0], names[0] + " ", `1`} {
					err := reflect.New(typ).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(bad))
					assert.ErrorIs(t, err, accord.ErrNotSupported, "%q", bad)
					var into = reflect.New(typ)
					assert.Error(t, json.Unmarshal([]byte(`"`+bad+`"`), into.Interface()), "%q", bad)
				}
				assert.Error(t, json.Unmarshal([]byte(`1`), reflect.New(typ).Interface()), "numbers are not enum values")
			})
		}
		for name := range tables {
			assert.True(t, found[name], "%s: the registry lists %s, which is not an exported enum type of the package", p.dir, name)
		}
	}
}

// TestWireKinds documents which exported types are not wire data, so a
// reviewer sees them; the list must not contain value types by mistake.
func TestWireKinds(t *testing.T) {
	for _, p := range wirePackages() {
		for _, typ := range p.types {
			switch classify(typ) {
			case wireOpaque:
				t.Logf("opaque handle (not wire data): %v", typ)
			case wireError:
				t.Logf("error type (not wire data): %v", typ)
			case wireFunc:
				t.Logf("interface (not wire data): %v", typ)
			}
		}
	}
	assert.Equal(t, wireOpaque, classify(reflect.TypeFor[actors.Registry]()))
	assert.Equal(t, wireEnum, classify(reflect.TypeFor[actors.Stance]()))
	assert.True(t, errors.Is(&enum.Error{}, accord.ErrNotSupported))
}

// TestWireRoundTripOfResults: what every query of the battery returns on
// the real corpus (records, assessments, evaluations, matrices, mentions,
// search hits) survives json.Marshal and json.Unmarshal unchanged.
func TestWireRoundTripOfResults(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	lossy := map[string]bool{}
	for _, q := range queryBattery(t, c) {
		res := q.run(c)
		typ := reflect.TypeOf(res)
		if typ == nil || typ.Kind() == reflect.String || strings.Contains(typ.String(), "interface") {
			continue // errors as text and mixed tuples are not wire values
		}
		data, err := json.Marshal(res)
		if !assert.NoError(t, err, q.name) {
			continue
		}
		back := reflect.New(typ)
		if !assert.NoError(t, json.Unmarshal(data, back.Interface()), q.name) {
			continue
		}
		if reflect.DeepEqual(res, back.Elem().Interface()) {
			continue
		}
		// The value read back may lack unexported state that JSON does
		// not carry (neutrality.Ruling keeps its rule and evidence
		// unexported); what it writes must still be the same.
		again, err := json.Marshal(back.Elem().Interface())
		require.NoError(t, err)
		if assert.JSONEq(t, string(data), string(again), q.name) {
			lossy[typ.String()] = true
		}
	}
	for typ := range lossy {
		t.Logf("%s: exported fields round-trip, unexported state (evidence, rule) is not written", typ)
	}
}
