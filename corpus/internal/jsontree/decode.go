package jsontree

import (
	"encoding"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
)

// Decode stores the tree n into the value v points to, strictly: object
// members that the Go struct does not declare are reported as unknown
// fields (with the list of known ones), strings decoded through
// encoding.TextUnmarshaler that fail are reported as unsupported or invalid
// values, and type mismatches are reported as invalid. Decoding never stops
// at a problem: it skips the offending value and goes on, so one call
// reports everything. path is the path of n itself. n must come from
// [Parse] or [ParseString].
//
// Supported Go types: structs whose fields carry `json:"name"` tags (fields
// without a tag, and `json:"-"`, are not decoded), string, bool, signed and
// unsigned integers, float32/64, slices, maps with string keys or keys that
// implement encoding.TextUnmarshaler, pointers, and any type implementing
// encoding.TextUnmarshaler (decoded from a JSON string). JSON null leaves
// the zero value. A map key type's UnmarshalText is taken to depend on the
// key's text alone: one call decodes each distinct key text once and
// reuses the value for every map keyed by the same text.
func Decode(n *Node, v any, path accord.Path) []Problem {
	if n.tree == nil {
		return []Problem{{Offset: n.Offset, Err: accord.Invalid(path, n.Kind.String(), "jsontree.Decode needs a node made by Parse")}}
	}
	return n.tree.decode(n.index, v, path)
}

// Decode is [Decode] for the whole tree: it stores the top-level value in
// the value v points to.
func (t *Tree) Decode(v any, path accord.Path) []Problem { return t.decode(t.root, v, path) }

func (t *Tree) decode(i int32, v any, path accord.Path) []Problem {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []Problem{{Offset: int(t.nodes[i].off), Err: accord.Invalid(path, rv.Type(), "jsontree.Decode needs a non-nil pointer")}}
	}
	pl := planOf(rv.Type().Elem())
	d := &decoder{t: t, base: path}
	d.value(&t.nodes[i], rv.Elem(), pl)
	if d.failed {
		// A problem: decode again from the zero value, this time
		// keeping the path of every value, which the problems report.
		// Decoding a sound value never takes this second pass.
		rv.Elem().SetZero()
		d = &decoder{t: t, base: path, track: true, text: d.text, keys: d.keys}
		d.value(&t.nodes[i], rv.Elem(), pl)
	}
	return d.problems
}

// decoder decodes a tree into a Go value. It first decodes without
// keeping paths (track unset): a problem only sets failed, and decode
// then starts again with track set, keeping the path of the value being
// decoded as a stack of segments that it renders for each problem. So a
// valid file costs no path bookkeeping at all.
type decoder struct {
	t             *Tree
	base          accord.Path
	track, failed bool
	segs          []segment
	problems      []Problem
	text          []byte // the bytes handed to UnmarshalText, reused
	// keys holds the map keys this decoder has unmarshalled from text,
	// by key type and text: a file names the same few keys (language
	// tags, enum names) in many maps, and parsing each once spares the
	// rest. UnmarshalText of a map key type is taken to depend on its
	// text alone, as a map key's must for the map to be consistent.
	keys map[keyText]reflect.Value
}

// keyText identifies a map key decoded from text.
type keyText struct {
	typ  reflect.Type
	text string
}

func (d *decoder) path() accord.Path {
	path := d.base
	for _, s := range d.segs {
		switch {
		case s.index >= 0:
			path = path.Index(s.index)
		case s.index == mapKey:
			path = path.Key(s.key)
		default:
			path = path.Child(s.key)
		}
	}
	return path
}

// mapKey marks a segment that is a map key rather than a field name.
const mapKey = -2

func (d *decoder) push(s segment) {
	if d.track {
		d.segs = append(d.segs, s)
	}
}

func (d *decoder) pop() {
	if d.track {
		d.segs = d.segs[:len(d.segs)-1]
	}
}

// add reports a problem, or, on the first pass (track unset), notes that
// there is one.
func (d *decoder) add(off int, e *accord.FieldError) {
	if !d.track {
		d.failed = true
		return
	}
	d.problems = append(d.problems, Problem{Offset: off, Err: e})
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (d *decoder) mismatch(n *node, want string) {
	d.add(int(n.off), accord.Invalid(d.path(), n.kind.String(), "expected "+want))
}

// unmarshalText calls v's UnmarshalText with s. The bytes are a buffer the
// decoder reuses: encoding.TextUnmarshaler implementations copy what they
// keep.
func (d *decoder) unmarshalText(v reflect.Value, s string) error {
	d.text = append(d.text[:0], s...)
	return v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(d.text)
}

func (d *decoder) value(n *node, v reflect.Value, pl *plan) {
	if n.kind == Null {
		return
	}
	if pl.text {
		if n.kind != String {
			d.mismatch(n, "a string")
			return
		}
		s := d.t.text(n)
		if err := d.unmarshalText(v, s); err != nil {
			d.add(int(n.off), textError(d.path(), s, err))
		}
		return
	}
	switch pl.kind {
	case reflect.Pointer:
		elem := reflect.New(pl.typ.Elem())
		d.value(n, elem.Elem(), pl.elem)
		v.Set(elem)
	case reflect.String:
		if n.kind != String {
			d.mismatch(n, "a string")
			return
		}
		v.SetString(d.t.text(n))
	case reflect.Bool:
		if n.kind != Bool {
			d.mismatch(n, "true or false")
			return
		}
		v.SetBool(n.flag)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n.kind != Number {
			d.mismatch(n, "an integer")
			return
		}
		lit := d.t.text(n)
		i, err := strconv.ParseInt(lit, 10, 64)
		if err != nil || v.OverflowInt(i) {
			d.add(int(n.off), accord.Invalid(d.path(), lit, "expected an integer that fits "+pl.typ.String()))
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.kind != Number {
			d.mismatch(n, "a non-negative integer")
			return
		}
		lit := d.t.text(n)
		u, err := strconv.ParseUint(lit, 10, 64)
		if err != nil || v.OverflowUint(u) {
			d.add(int(n.off), accord.Invalid(d.path(), lit, "expected a non-negative integer that fits "+pl.typ.String()))
			return
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		if n.kind != Number {
			d.mismatch(n, "a number")
			return
		}
		lit := d.t.text(n)
		f, err := strconv.ParseFloat(lit, pl.typ.Bits())
		if err != nil {
			d.add(int(n.off), accord.Invalid(d.path(), lit, "expected a number that fits "+pl.typ.String()))
			return
		}
		v.SetFloat(f)
	case reflect.Slice:
		if n.kind != Array {
			d.mismatch(n, "an array")
			return
		}
		if n.b == 0 {
			v.Set(reflect.MakeSlice(pl.typ, 0, 0))
			return
		}
		// Grow the slice in place: reflect.MakeSlice would allocate a
		// slice header besides the array.
		v.SetZero()
		v.Grow(int(n.b))
		v.SetLen(int(n.b))
		elems := d.t.nodes[n.a : n.a+n.b]
		for i := range elems {
			d.push(segment{index: i})
			d.value(&elems[i], v.Index(i), pl.elem)
			d.pop()
		}
	case reflect.Map:
		d.mapValue(n, v, pl)
	case reflect.Struct:
		d.structValue(n, v, pl)
	default:
		d.add(int(n.off), accord.Invalid(d.path(), pl.typ, "this Go type cannot be decoded from JSON data"))
	}
}

func (d *decoder) mapValue(n *node, v reflect.Value, pl *plan) {
	if n.kind != Object {
		d.mismatch(n, "an object")
		return
	}
	t := pl.typ
	if !pl.keyText && t.Key().Kind() != reflect.String {
		d.add(int(n.off), accord.Invalid(d.path(), t, "map keys must be strings or implement encoding.TextUnmarshaler"))
		return
	}
	m := reflect.MakeMapWithSize(t, int(n.b/2))
	k := reflect.New(t.Key()).Elem()
	e := reflect.New(t.Elem()).Elem()
	members := d.t.nodes[n.a : n.a+n.b]
	for i := 0; i < len(members); i += 2 {
		kn := &members[i]
		key := d.t.text(kn)
		d.push(segment{key: key, index: mapKey})
		k.SetZero()
		if pl.keyText {
			if !d.mapKey(k, key, int(kn.off)) {
				d.pop()
				continue
			}
		} else {
			k.SetString(key) // the parser has dropped duplicate keys
		}
		if pl.keyText && m.MapIndex(k).IsValid() {
			d.add(int(kn.off), accord.Duplicate(d.path(), key, "two keys denote the same map entry"))
			d.pop()
			continue
		}
		e.SetZero()
		d.value(&members[i+1], e, pl.elem)
		m.SetMapIndex(k, e) // copies k and e
		d.pop()
	}
	v.Set(m)
}

// mapKey sets k, a map key whose type implements
// encoding.TextUnmarshaler, from its text, reusing the value an earlier key
// with the same text and type decoded to. It reports a text the type
// rejects, at offset off, and returns false; a rejected text is not
// remembered.
func (d *decoder) mapKey(k reflect.Value, text string, off int) bool {
	mk := keyText{k.Type(), text}
	if v, ok := d.keys[mk]; ok {
		k.Set(v)
		return true
	}
	if err := d.unmarshalText(k, text); err != nil {
		d.add(off, textError(d.path(), text, err))
		return false
	}
	if d.keys == nil {
		d.keys = map[keyText]reflect.Value{}
	}
	v := reflect.New(k.Type()).Elem()
	v.Set(k)
	d.keys[mk] = v
	return true
}

func (d *decoder) structValue(n *node, v reflect.Value, pl *plan) {
	if n.kind != Object {
		d.mismatch(n, "an object")
		return
	}
	members := d.t.nodes[n.a : n.a+n.b]
	next := 0 // the field expected next: members usually come in declaration order
	for i := 0; i < len(members); i += 2 {
		kn := &members[i]
		key := d.t.text(kn)
		d.push(segment{key: key, index: -1})
		j, ok := next, next < len(pl.order) && pl.order[next].name == key
		if !ok {
			j, ok = pl.fields[key]
		}
		if ok {
			fp := &pl.order[j]
			d.value(&members[i+1], v.Field(fp.index), fp.plan)
			next = j + 1
		} else {
			d.add(int(kn.off), accord.UnknownField(d.path(), key, pl.names))
		}
		d.pop()
	}
}

// textError turns an UnmarshalText error into a field error: unknown enum
// names become ErrNotSupported with the list of supported names, anything
// else ErrInvalid with the error's own message as the detail.
func textError(path accord.Path, value string, err error) *accord.FieldError {
	var ee *enum.Error
	if errors.As(err, &ee) {
		return accord.NotSupported(path, value, ee.Supported)
	}
	return accord.Invalid(path, value, err.Error())
}

// A plan says how to decode into one Go type: worked out once per type, so
// that decoding a value asks reflect nothing about its type.
type plan struct {
	typ  reflect.Type
	kind reflect.Kind
	// text is set when the value is decoded from a string through
	// encoding.TextUnmarshaler (the type is not a pointer and *T
	// implements it).
	text bool
	// elem is the plan of the element of a pointer, slice or map.
	elem *plan
	// keyText is set when the map's key type implements
	// encoding.TextUnmarshaler.
	keyText bool
	// order holds a struct's decoded fields in declaration order, fields
	// maps their JSON names to their position in order, and names lists
	// the names (in order too, for unknown-field errors).
	order  []fieldPlan
	fields map[string]int
	names  []string
}

// fieldPlan is how to decode one struct field: its JSON name, its index in
// the struct and the plan of its type.
type fieldPlan struct {
	name  string
	index int
	plan  *plan
}

var plans sync.Map // reflect.Type → *plan

// planOf returns the plan for t, building and caching the plans of t and
// of every type reachable from it.
func planOf(t reflect.Type) *plan {
	if c, ok := plans.Load(t); ok {
		return c.(*plan)
	}
	building := map[reflect.Type]*plan{}
	pl := buildPlan(t, building)
	for bt, bp := range building {
		plans.LoadOrStore(bt, bp)
	}
	// Another goroutine may have stored its own plan for t first; either
	// is correct, and this one is complete.
	return pl
}

func buildPlan(t reflect.Type, building map[reflect.Type]*plan) *plan {
	if pl, ok := building[t]; ok {
		return pl // a recursive type: the plan is being filled in
	}
	if c, ok := plans.Load(t); ok {
		return c.(*plan)
	}
	pl := &plan{typ: t, kind: t.Kind()}
	building[t] = pl
	if t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(textUnmarshaler) {
		pl.text = true
		return pl
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		pl.elem = buildPlan(t.Elem(), building)
	case reflect.Map:
		pl.keyText = reflect.PointerTo(t.Key()).Implements(textUnmarshaler)
		pl.elem = buildPlan(t.Elem(), building)
	case reflect.Struct:
		info := fieldsOf(t)
		pl.names = info.names
		pl.fields = make(map[string]int, len(info.names))
		for _, name := range info.names {
			i := info.byName[name]
			pl.fields[name] = len(pl.order)
			pl.order = append(pl.order, fieldPlan{name: name, index: i, plan: buildPlan(t.Field(i).Type, building)})
		}
	}
	return pl
}

type structInfo struct {
	byName map[string]int
	names  []string
}

var structCache sync.Map // reflect.Type → *structInfo

func fieldsOf(t reflect.Type) *structInfo {
	if c, ok := structCache.Load(t); ok {
		return c.(*structInfo)
	}
	info := &structInfo{byName: map[string]int{}}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		if !ok || !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		info.byName[name] = i
		info.names = append(info.names, name)
	}
	c, _ := structCache.LoadOrStore(t, info)
	return c.(*structInfo)
}
