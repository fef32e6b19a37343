package accord_test

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/actors"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/guarantees"
	"github.com/accordmodel/accord/guarantees/settlement"
	"github.com/accordmodel/accord/seeds"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNilAndZeroValues applies the rule of the package documentation on
// nil and zero values to the whole module, by reflection: every exported
// method of every exported type is called on the zero value (and, for a
// method with a pointer receiver, on a nil pointer) with zero arguments,
// and every exported function with zero arguments (nil pointers, slices,
// maps, functions and interfaces, empty strings, zero numbers and
// structs). None may panic. Must* functions, which panic on error by
// design, are left out.
func TestNilAndZeroValues(t *testing.T) {
	checkListsComplete(t)
	var panics []string
	call1 := func(name string, f reflect.Value, args []reflect.Value) {
		defer func() {
			if r := recover(); r != nil {
				panics = append(panics, fmt.Sprintf("%s: %v", name, r))
			}
		}()
		var out []reflect.Value
		if f.Type().IsVariadic() {
			out = f.CallSlice(args)
		} else {
			out = f.Call(args)
		}
		drain(out)
	}
	// call calls f with args; a variadic f is called twice: with no
	// variadic argument, and with one zero one (Load(nil)).
	call := func(name string, f reflect.Value, args []reflect.Value) {
		call1(name, f, args)
		if ft := f.Type(); ft.IsVariadic() {
			last := ft.In(ft.NumIn() - 1)
			one := reflect.MakeSlice(last, 1, 1)
			call1(name+" (one zero variadic argument)", f, append(slices.Clone(args[:len(args)-1]), one))
		}
	}
	zeroArgs := func(ft reflect.Type, skip int) []reflect.Value {
		args := make([]reflect.Value, 0, ft.NumIn())
		for i := skip; i < ft.NumIn(); i++ {
			args = append(args, reflect.Zero(ft.In(i)))
		}
		return args
	}
	calls := 0
	for _, typ := range everyType {
		if typ.Kind() == reflect.Interface {
			continue
		}
		ptr := reflect.PointerTo(typ)
		for i := range ptr.NumMethod() {
			m := ptr.Method(i)
			if strings.HasPrefix(m.Name, "Must") {
				continue
			}
			name := typ.String() + "." + m.Name
			_, valueMethod := typ.MethodByName(m.Name)
			// On the zero value.
			if valueMethod {
				vm, _ := typ.MethodByName(m.Name)
				call(name+" (zero value)", vm.Func, append([]reflect.Value{reflect.Zero(typ)}, zeroArgs(vm.Type, 1)...))
			} else {
				call(name+" (pointer to zero value)", m.Func, append([]reflect.Value{reflect.New(typ)}, zeroArgs(m.Type, 1)...))
				// On a nil pointer: only for pointer receivers, since Go
				// itself dereferences a nil pointer to call a value method.
				call(name+" (nil receiver)", m.Func, append([]reflect.Value{reflect.Zero(ptr)}, zeroArgs(m.Type, 1)...))
				calls++
			}
			calls++
		}
	}
	for name, f := range everyFunc {
		if strings.HasPrefix(name[strings.LastIndexByte(name, '.')+1:], "Must") {
			continue
		}
		fv := reflect.ValueOf(f)
		call(name+" (zero arguments)", fv, zeroArgs(fv.Type(), 0))
		calls++
	}
	slices.Sort(panics)
	assert.Empty(t, panics, "%d of %d calls on nil or zero values panic:\n%s", len(panics), calls, strings.Join(panics, "\n"))
	t.Logf("%d calls on nil and zero values", calls)
}

// drain runs every iterator among results (an iter.Seq or iter.Seq2):
// an iterator handed out must not panic when ranged over either.
func drain(results []reflect.Value) {
	for _, r := range results {
		t := r.Type()
		if t.Kind() != reflect.Func || r.IsNil() || t.NumIn() != 1 || t.NumOut() != 0 {
			continue
		}
		yield := t.In(0)
		if yield.Kind() != reflect.Func || yield.NumOut() != 1 || yield.Out(0).Kind() != reflect.Bool {
			continue
		}
		r.Call([]reflect.Value{reflect.MakeFunc(yield, func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(true)}
		})})
	}
}

// checkListsComplete checks that everyType and everyFunc hold every
// exported type and function api/accord.txt lists.
func checkListsComplete(t *testing.T) {
	t.Helper()
	data, err := os.ReadFile(apiFile)
	require.NoError(t, err)
	have := map[string]bool{}
	for _, typ := range everyType {
		have[typ.PkgPath()+"."+typ.Name()] = true
	}
	for name := range everyFunc {
		have[name] = true
	}
	re := regexp.MustCompile(`(?m)^pkg (\S+), (?:type|func) (\w+)[ (]`)
	var missing []string
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		if !have[m[1]+"."+m[2]] {
			missing = append(missing, m[1]+"."+m[2])
		}
	}
	require.Empty(t, missing, "add these to everyType or everyFunc in nilzero_list_test.go")
}

// TestZeroArgumentsOnRealValues calls every exported method of the
// embedded corpus and of the values it hands out with zero arguments (nil
// writers, slices and functions, empty strings): each answers as for an
// empty argument or returns an error, never panics.
func TestZeroArgumentsOnRealValues(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	in, ok := c.Instrument("north-atlantic-treaty")
	require.True(t, ok)
	subject, err := guarantees.InstrumentSubject(in)
	require.NoError(t, err)
	space, err := c.SettlementSpace()
	require.NoError(t, err)
	values := []any{c, c.Actors(), c.Issues(), c.Positions(), c.Rulebook(), c.Tagger(), in, in.Clauses[0], subject,
		guarantees.Assess(subject, c.GuaranteeSituation()), space, c.Positions().ClashMatrix(accord.Date{})}
	var panics []string
	for _, v := range values {
		rv := reflect.ValueOf(v)
		for i := range rv.NumMethod() {
			m, mt := rv.Method(i), rv.Type().Method(i)
			if strings.HasPrefix(mt.Name, "Must") {
				continue
			}
			args := make([]reflect.Value, m.Type().NumIn())
			for j := range args {
				args[j] = reflect.Zero(m.Type().In(j))
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						panics = append(panics, fmt.Sprintf("%s.%s: %v", rv.Type(), mt.Name, r))
					}
				}()
				if m.Type().IsVariadic() {
					drain(m.CallSlice(args))
				} else {
					drain(m.Call(args))
				}
			}()
		}
	}
	assert.Empty(t, panics)
}

// TestNilArgumentsGiveErrors: the functions the issue found panicking on
// nil arguments return errors instead.
func TestNilArgumentsGiveErrors(t *testing.T) {
	c, err := corpus.Default()
	require.NoError(t, err)
	space, err := c.SettlementSpace()
	require.NoError(t, err)
	opts := settlement.SearchOptions{Required: []string{"ukraine"}}
	var nilCorpus *corpus.Corpus
	tests := []struct {
		name string
		call func() error
	}{
		{"VerifySources(c, nil)", func() error { return corpus.VerifySources(c, nil) }},
		{"VerifySources(nil, fs)", func() error { return corpus.VerifySources(nil, seeds.FS()) }},
		{"settlement.Search with a nil source", func() error {
			_, err := settlement.Search(context.Background(), space, nil, opts)
			return err
		}},
		{"settlement.Search with a nil *Corpus", func() error {
			_, err := settlement.Search(context.Background(), space, nilCorpus, opts)
			return err
		}},
		{"settlement.Search with a nil context", func() error {
			//lint:ignore SA1012 the nil context is what is tested
			_, err := settlement.Search(nil, space, c, opts)
			return err
		}},
		{"settlement.Evaluate with a nil source", func() error {
			s, ok := c.Settlement("istanbul-communique-2022")
			require.True(t, ok)
			_, err := settlement.Evaluate(s, nil, settlement.Options{})
			return err
		}},
		{"Load(nil)", func() error { _, err := corpus.Load(nil); return err }},
		{"Corpus.WriteJSON(nil)", func() error { return c.WriteJSON(nil) }},
		{"Corpus.WriteJSONLines(nil)", func() error { return c.WriteJSONLines(nil) }},
		{"actors.NewPositions(nil, nil, nil)", func() error { _, err := actors.NewPositions(nil, nil, nil); return err }},
		{"Comparison.Explain(nil)", func() error { return guarantees.Comparison{}.Explain(nil) }},
		{"Date.UnmarshalText into nil", func() error { return (*accord.Date)(nil).UnmarshalText([]byte("2022")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = tt.call() })
			assert.Error(t, err)
		})
	}
}
