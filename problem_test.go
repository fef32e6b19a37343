package accord

import (
	"errors"
	"fmt"
	"testing"

	"github.com/accordmodel/accord/internal/nopath"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errTestRule = errors.New("test rule")

func TestPath(t *testing.T) {
	assert.Equal(t, "", Path{}.String())
	assert.Equal(t, "x", Path{}.Child("x").String())
	p := NewPath("positions").Index(3).Child("figures").Key("tanks").Child("value")
	assert.Equal(t, `positions[3].figures["tanks"].value`, p.String())
	base := NewPath("a")
	_ = base.Child("b")
	assert.Equal(t, "a", base.String(), "paths are immutable")
}

// TestPathDeep checks that paths of any depth spell the same text as
// building the string step by step does, through String and AppendText.
func TestPathDeep(t *testing.T) {
	type step struct {
		op   byte // 'c' child, 'i' index, 'k' key
		name string
		i    int
	}
	eager := func(s string, st step) string {
		switch st.op {
		case 'c':
			if s == "" {
				return st.name
			}
			return s + "." + st.name
		case 'i':
			return s + "[" + fmt.Sprint(st.i) + "]"
		}
		return s + "[" + fmt.Sprintf("%q", st.name) + "]"
	}
	steps := []step{{'i', "", 0}, {'c', "a", 0}, {'k', `q"é`, 0}, {'i', "", 12}, {'c', "evidence", 0},
		{'i', "", -3}, {'k', "uk", 0}, {'c', "doc", 0}, {'i', "", 7}, {'c', "b", 0}, {'k', "", 0}, {'i', "", 123456}}
	for start := range steps {
		for _, root := range []Path{{}, NewPath("actors")} {
			p, want := root, root.String()
			for k := range 2 * len(steps) {
				st := steps[(start+k*5)%len(steps)]
				q := p
				switch st.op {
				case 'c':
					p = p.Child(st.name)
				case 'i':
					p = p.Index(st.i)
				default:
					p = p.Key(st.name)
				}
				before := q.String()
				want = eager(want, st)
				require.Equal(t, want, p.String(), "after %d steps from %d", k+1, start)
				text, err := p.AppendText([]byte("x:"))
				require.NoError(t, err)
				assert.Equal(t, "x:"+want, string(text), "AppendText appends String's text")
				assert.Equal(t, before, q.String(), "paths are immutable")
			}
		}
	}
}

func TestFieldErrorKinds(t *testing.T) {
	p := NewPath("documents").Index(2).Child("kind")
	tests := []struct {
		name string
		err  *FieldError
		kind error
		msg  string
	}{
		{"required", Required(p, "a document kind"), ErrRequired,
			`documents[2].kind: required value: a document kind`},
		{"invalid", Invalid(p, 7, "too big"), ErrInvalid,
			`documents[2].kind: invalid value "7": too big`},
		{"not supported", NotSupported(p, "blog", []string{"commentary", "news-report"}), ErrNotSupported,
			`documents[2].kind: unsupported value "blog" (supported: commentary, news-report)`},
		{"duplicate", Duplicate(p, "x", "already defined"), ErrDuplicate,
			`documents[2].kind: duplicate value "x": already defined`},
		{"not found", NotFound(p, "ruritania", "no actor has this id"), ErrNotFound,
			`documents[2].kind: not found "ruritania": no actor has this id`},
		{"unknown field", UnknownField(p, "kinds", []string{"id", "kind"}), ErrUnknownField,
			`documents[2].kind: unknown field "kinds" (known fields: id, kind)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ErrorIs(t, tt.err, tt.kind)
			assert.Equal(t, tt.msg, tt.err.Error())
			for _, other := range []error{ErrRequired, ErrInvalid, ErrNotSupported, ErrDuplicate, ErrNotFound, ErrUnknownField} {
				if other != tt.kind {
					assert.NotErrorIs(t, tt.err, other)
				}
			}
		})
	}
}

func TestFieldErrorLocationAndRule(t *testing.T) {
	e := Invalid(NewPath("statuses").Index(0).Child("to"), "2010", "ends before it starts").WithRule(errTestRule)
	e.File, e.Line, e.Column = "seeds/statuses/x.json", 12, 5
	assert.Equal(t, `seeds/statuses/x.json:12:5: statuses[0].to: invalid value "2010": ends before it starts`, e.Error())
	assert.ErrorIs(t, e, errTestRule)
	assert.ErrorIs(t, e, ErrInvalid)
}

// TestFieldErrorSaysWhatItIs checks that a problem's message and what
// errors.Is reports agree, and where the message says where it is only
// what is known.
func TestFieldErrorSaysWhatItIs(t *testing.T) {
	t.Run("no kind counts as invalid", func(t *testing.T) {
		e := &FieldError{Path: NewPath("x"), Value: "v"}
		assert.Equal(t, `x: invalid value "v"`, e.Error())
		assert.ErrorIs(t, e, ErrInvalid, "the message says invalid value")
		assert.Equal(t, "invalid value", (&FieldError{}).Error())
		assert.ErrorIs(t, e.WithRule(errTestRule), ErrInvalid)
	})
	t.Run("location", func(t *testing.T) {
		tests := []struct {
			line, col int
			want      string
		}{
			{12, 5, "f.json:12:5: x: required value"},
			{12, 0, "f.json:12: x: required value"},
			{0, 0, "f.json: x: required value"},
			{0, 5, "f.json: x: required value"},
		}
		for _, tt := range tests {
			e := &FieldError{Kind: ErrRequired, Path: NewPath("x"), File: "f.json", Line: tt.line, Column: tt.col}
			assert.Equal(t, tt.want, e.Error())
		}
	})
	t.Run("WithRule copies", func(t *testing.T) {
		e := NotSupported(NewPath("x"), "maybe", []string{"yes", "no"})
		c := e.WithRule(errTestRule)
		c.Supported[0] = "changed"
		assert.Equal(t, []string{"yes", "no"}, e.Supported, "the original is unchanged")
		assert.NotErrorIs(t, e, errTestRule)
		assert.ErrorIs(t, c, errTestRule)
	})
}

func TestErrorList(t *testing.T) {
	var empty ErrorList
	assert.NoError(t, empty.Err(), "an empty list is a nil error")

	l := ErrorList{
		{Kind: ErrInvalid, File: "b.json", Line: 1, Column: 1, Path: NewPath("z")},
		{Kind: ErrRequired, File: "a.json", Line: 9, Column: 2, Path: NewPath("y")},
		{Kind: ErrNotFound, File: "a.json", Line: 3, Column: 7, Path: NewPath("x"), Value: "q"},
	}
	l.Sort()
	require.Len(t, l, 3)
	var order []string
	for _, e := range l {
		order = append(order, fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column))
	}
	assert.Equal(t, []string{"a.json:3:7", "a.json:9:2", "b.json:1:1"}, order)
	err := l.Err()
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrNotFound, "errors.Is sees every member")
	assert.ErrorIs(t, err, ErrRequired)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "x", fe.Path.String())
	assert.Contains(t, err.Error(), "3 problems:")
	assert.Contains(t, err.Error(), "b.json:1:1: z: invalid value")
}

// TestPathEqualIffSameText checks that == on paths agrees with their
// text, however the paths were built: a Path is a value that callers may
// compare and use as a map key.
func TestPathEqualIffSameText(t *testing.T) {
	deep := func(root Path) Path {
		return root.Index(3).Child("aliases").Index(1).Child("evidence").Index(0).Child("doc").Child("x")
	}
	tests := []struct {
		name string
		p, q Path
	}{
		{"top-level field from the root", NewPath("actors"), Path{}.Child("actors")},
		{"deeper than the steps a path once held in place", deep(NewPath("actors")), deep(Path{}.Child("actors"))},
		{"a dotted name and two fields", NewPath("a").Child("b.c"), NewPath("a").Child("b").Child("c")},
		{"a name with brackets and an index", NewPath("a[0]"), NewPath("a").Index(0)},
		{"a negative index", NewPath("a").Index(-1).Child("b"), NewPath("a[-1]").Child("b")},
		{"an empty root name", NewPath(""), Path{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.p.String(), tt.q.String(), "the cases print the same")
			assert.True(t, tt.p == tt.q, "%q: paths that print the same are ==", tt.p)
			seen := map[Path]bool{tt.p: true}
			assert.True(t, seen[tt.q], "a path finds its equal in a map")
		})
	}
	assert.False(t, NewPath("a").Child("b") == NewPath("a").Key("b"), "paths that print differently are not ==")
}

// The quiet path internal/nopath hands out builds no text below it, and a
// path that data spells the same way is an ordinary path.
func TestQuietPath(t *testing.T) {
	q, ok := nopath.Path.(Path)
	require.True(t, ok, "package accord sets nopath.Path")
	tests := []struct {
		name string
		got  Path
	}{
		{"child", q.Child("id")},
		{"index", q.Index(3)},
		{"key", q.Key("k")},
		{"deep", q.Child("territory").Index(2).Child("region")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, tt.got.isQuiet())
			assert.Equal(t, q.String(), tt.got.String())
		})
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = q.Child("territory").Index(12).Child("region") }))

	var same Path
	require.NoError(t, same.UnmarshalText([]byte(q.String())))
	assert.False(t, same.isQuiet())
	assert.Equal(t, q.String()+".id", same.Child("id").String())
	assert.Equal(t, q.String()+"[1]", NewPath(string([]byte(q.String()))).Index(1).String())
}
