package jsontree

import (
	"encoding"
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/enum"
)

// DecodeFind stores the tree n into the value v points to, strictly: object
// members that the Go struct does not declare are reported as unknown
// fields (with the list of known ones), strings decoded through
// encoding.TextUnmarshaler that fail are reported as unsupported or invalid
// values, and type mismatches are reported as invalid. Decoding never stops
// at a problem: it skips the offending value and goes on, so one call
// reports everything, each problem with its path (path is the path of n
// itself) and the offset of the value or key it is about.
//
// Supported Go types: structs whose fields carry `json:"name"` tags (fields
// without a tag, and `json:"-"`, are not decoded), string, bool, signed and
// unsigned integers, float32/64, slices, maps with string keys or keys that
// implement encoding.TextUnmarshaler, pointers, and any type implementing
// encoding.TextUnmarshaler (decoded from a JSON string). JSON null leaves
// the zero value.
//
// DecodeFind also calls found with every value of type T it decodes, at
// any depth, in the order of the text (the citations of a file, say,
// wherever its records keep them): with the value's path, the offset
// where it starts and the value, once it is decoded. Decodes that share
// plans work out how to decode each Go type once between them; nil plans
// serve this call only.
func DecodeFind[T any](n *Node, v any, path accord.Path, plans Plans, found func(p accord.Path, offset int, v *T)) []Problem {
	var ps Problems
	DecodeFindTo(n, v, path, plans, &ps, found)
	return ps.List
}

// DecodeFindTo is [DecodeFind] adding the problems to ps, which keeps the
// first ps.Max of them (in the order of the text) and counts the others.
// A number that does not fit its Go type is a problem, whether it is too
// large or so small that it would become 0.
func DecodeFindTo[T any](n *Node, v any, path accord.Path, plans Plans, ps *Problems, found func(p accord.Path, offset int, v *T)) {
	if plans == nil {
		plans = Plans{}
	}
	d := decoder{base: path, plans: plans, ps: ps, find: reflect.TypeFor[T](), found: func(p accord.Path, offset int, v reflect.Value) {
		found(p, offset, v.Addr().Interface().(*T))
	}}
	d.decode(n, v)
}

// Plans holds how to decode each Go type met so far, for decodes that
// share it (every file of one corpus load). It is not safe for concurrent
// use.
type Plans map[reflect.Type]*plan

// decoder decodes a tree into a Go value. It keeps the path of the value
// being decoded as it descends (path, below base) and builds its
// accord.Path only for a problem or a value it was asked to find.
type decoder struct {
	t     *tree
	base  accord.Path
	path  steps
	ps    *Problems
	text  []byte // the bytes handed to UnmarshalText, reused
	find  reflect.Type
	found func(accord.Path, int, reflect.Value)
	plans Plans // the types met so far (see planOf)
}

func (d *decoder) decode(n *Node, v any) {
	if n == nil || n.t == nil {
		d.ps.add(Problem{Err: accord.Invalid(d.base, "", "jsontree.DecodeFind needs a node made by Parse")})
		return
	}
	d.t = n.t
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		d.ps.add(Problem{Offset: n.Offset, Err: accord.Invalid(d.base, rv.Type(), "jsontree.DecodeFind needs a non-nil pointer")})
		return
	}
	d.value(&d.t.nodes[n.i], rv.Elem(), d.planOf(rv.Type().Elem()))
}

// step is one step of a path: a field name (index == stepChild), a map
// key (index == stepKey) or an element index (index >= 0).
type step struct {
	key   string
	index int
}

const (
	stepChild = -1
	stepKey   = -2
)

// steps is a path below some base, kept as a stack while a parser or a
// decoder descends.
type steps []step

func (s *steps) push(st step) { *s = append(*s, st) }
func (s *steps) pop()         { *s = (*s)[:len(*s)-1] }

// Path returns base followed by s. It renders the steps as accord.Path
// does (TestStepsPath checks that they agree) into one string, since a
// citation's path is built for every citation of a file.
func (s steps) Path(base accord.Path) accord.Path {
	if len(s) == 0 {
		return base
	}
	b, _ := base.AppendText(make([]byte, 0, 64))
	for _, st := range s {
		switch st.index {
		case stepChild:
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, st.key...)
		case stepKey:
			b = strconv.AppendQuote(append(b, '['), st.key)
			b = append(b, ']')
		default:
			b = strconv.AppendInt(append(b, '['), int64(st.index), 10)
			b = append(b, ']')
		}
	}
	return accord.NewPath(string(b))
}

func (d *decoder) at() accord.Path { return d.path.Path(d.base) }

func (d *decoder) add(off int, e *accord.FieldError) { d.ps.add(Problem{Offset: off, Err: e}) }

// reject records that the value n was rejected and left as the zero
// value, whether or not its problem is kept.
func (d *decoder) reject(n *node) { d.ps.Rejected = append(d.ps.Rejected, int(n.off)) }

// room reports whether a problem about to be built will be kept; when it
// will not, room counts it, and the caller builds nothing.
func (d *decoder) room() bool {
	if d.ps.full() {
		d.ps.Omitted++
		return false
	}
	return true
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (d *decoder) mismatch(n *node, want string) {
	d.reject(n)
	if !d.room() {
		return
	}
	d.add(int(n.off), accord.Invalid(d.at(), n.kind.String(), "expected "+want))
}

// unmarshalText calls v's UnmarshalText with s. The bytes are a buffer the
// decoder reuses: encoding.TextUnmarshaler implementations copy what they
// keep.
func (d *decoder) unmarshalText(v reflect.Value, s string) error {
	d.text = append(d.text[:0], s...)
	return v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(d.text)
}

func (d *decoder) value(n *node, v reflect.Value, pl *plan) {
	d.decodeValue(n, v, pl)
	if pl.typ == d.find && d.find != nil {
		d.found(d.at(), int(n.off), v)
	}
}

func (d *decoder) decodeValue(n *node, v reflect.Value, pl *plan) {
	if n.kind == Null {
		return
	}
	if pl.text {
		if n.kind != String {
			d.mismatch(n, "a string")
			return
		}
		if err := d.unmarshalText(v, d.t.text(n)); err != nil {
			d.reject(n)
			if d.room() {
				d.add(int(n.off), textError(d.at(), d.t.text(n), err))
			}
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
		i, err := strconv.ParseInt(d.t.text(n), 10, 64)
		if err != nil || v.OverflowInt(i) {
			d.reject(n)
			d.add(int(n.off), accord.Invalid(d.at(), d.t.text(n), "expected an integer that fits "+pl.typ.String()))
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.kind != Number {
			d.mismatch(n, "a non-negative integer")
			return
		}
		u, err := strconv.ParseUint(d.t.text(n), 10, 64)
		if err != nil || v.OverflowUint(u) {
			d.reject(n)
			d.add(int(n.off), accord.Invalid(d.at(), d.t.text(n), "expected a non-negative integer that fits "+pl.typ.String()))
			return
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		if n.kind != Number {
			d.mismatch(n, "a number")
			return
		}
		f, err := strconv.ParseFloat(d.t.text(n), pl.typ.Bits())
		if err != nil {
			d.reject(n)
			d.add(int(n.off), accord.Invalid(d.at(), d.t.text(n), "expected a number that fits "+pl.typ.String()+" (it overflows)"))
			return
		}
		if f == 0 && nonZero(d.t.text(n)) {
			d.reject(n)
			d.add(int(n.off), accord.Invalid(d.at(), d.t.text(n), "expected a number that fits "+pl.typ.String()+" (it underflows to 0)"))
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
		v.Grow(int(n.b)) // in place: MakeSlice would allocate a slice header too
		v.SetLen(int(n.b))
		elems := d.t.nodes[n.a : n.a+n.b]
		for i := range elems {
			d.path.push(step{index: i})
			d.value(&elems[i], v.Index(i), pl.elem)
			d.path.pop()
		}
	case reflect.Map:
		d.mapValue(n, v, pl)
	case reflect.Struct:
		d.structValue(n, v, pl)
	default:
		d.add(int(n.off), accord.Invalid(d.at(), pl.typ, "this Go type cannot be decoded from JSON data"))
	}
}

func (d *decoder) mapValue(n *node, v reflect.Value, pl *plan) {
	if n.kind != Object {
		d.mismatch(n, "an object")
		return
	}
	t := pl.typ
	if !pl.keyText && t.Key().Kind() != reflect.String {
		d.add(int(n.off), accord.Invalid(d.at(), t, "map keys must be strings or implement encoding.TextUnmarshaler"))
		return
	}
	m := reflect.MakeMapWithSize(t, int(n.b/2))
	k := reflect.New(t.Key()).Elem()
	e := reflect.New(t.Elem()).Elem()
	members := d.t.nodes[n.a : n.a+n.b]
	for i := 0; i < len(members); i += 2 {
		key := d.t.text(&members[i])
		d.path.push(step{key: key, index: stepKey})
		d.mapEntry(m, k, e, key, &members[i], &members[i+1], pl)
		d.path.pop()
	}
	v.Set(m)
}

// mapEntry decodes the member with key text key, key node kn and value
// node vn into the map m, through the scratch key and element k and e.
func (d *decoder) mapEntry(m, k, e reflect.Value, key string, kn, vn *node, pl *plan) {
	k.SetZero()
	if !pl.keyText {
		k.SetString(key) // the parser has dropped duplicate keys
	} else {
		if err := d.unmarshalText(k, key); err != nil {
			d.add(int(kn.off), textError(d.at(), key, err))
			return
		}
		if m.MapIndex(k).IsValid() {
			d.add(int(kn.off), accord.Duplicate(d.at(), key, "two keys denote the same map entry"))
			return
		}
	}
	e.SetZero()
	d.value(vn, e, pl.elem)
	m.SetMapIndex(k, e) // copies k and e
}

func (d *decoder) structValue(n *node, v reflect.Value, pl *plan) {
	if n.kind != Object {
		d.mismatch(n, "an object")
		return
	}
	members := d.t.nodes[n.a : n.a+n.b]
	next := 0 // the field expected next: members usually come in declaration order
	for i := 0; i < len(members); i += 2 {
		key := d.t.text(&members[i])
		d.path.push(step{key: key, index: stepChild})
		j, ok := next, next < len(pl.order) && pl.order[next].name == key
		if !ok {
			j, ok = pl.fields[key]
		}
		if ok {
			fp := &pl.order[j]
			d.value(&members[i+1], v.Field(fp.index), fp.plan)
			next = j + 1
		} else if d.room() {
			d.add(int(members[i].off), accord.UnknownField(d.at(), key, pl.names))
		}
		d.path.pop()
	}
}

// nonZero reports whether the number literal lit has a non-zero digit
// before its exponent.
func nonZero(lit string) bool {
	for i := 0; i < len(lit) && lit[i] != 'e' && lit[i] != 'E'; i++ {
		if lit[i] >= '1' && lit[i] <= '9' {
			return true
		}
	}
	return false
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

// A plan says how to decode into one Go type: worked out once per type
// (as encoding/json caches its field lists), so that decoding a value asks
// reflect nothing about its type.
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

// planOf returns the plan for t, building the plans of t and of every
// type reachable from it on first use: a type is worked out once per
// Plans, not once per value.
func (d *decoder) planOf(t reflect.Type) *plan {
	if pl, ok := d.plans[t]; ok {
		return pl // known, or a recursive type whose plan is being filled in
	}
	pl := &plan{typ: t, kind: t.Kind()}
	d.plans[t] = pl
	if t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(textUnmarshaler) {
		pl.text = true
		return pl
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		pl.elem = d.planOf(t.Elem())
	case reflect.Map:
		pl.keyText = reflect.PointerTo(t.Key()).Implements(textUnmarshaler)
		pl.elem = d.planOf(t.Elem())
	case reflect.Struct:
		pl.fields = map[string]int{}
		for i := range t.NumField() {
			f := t.Field(i)
			tag, ok := f.Tag.Lookup("json")
			name, _, _ := strings.Cut(tag, ",")
			if !ok || !f.IsExported() || name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			pl.fields[name] = len(pl.order)
			pl.names = append(pl.names, name)
			pl.order = append(pl.order, fieldPlan{name: name, index: i, plan: d.planOf(f.Type)})
		}
	}
	return pl
}
