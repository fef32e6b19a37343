package corpus_test

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"github.com/accordmodel/accord/neutrality"
	"github.com/accordmodel/accord/seeds"
)

// layerIDs are the ids the second layer defines; a test replaces one to
// make it collide with a record of the embedded corpus.
var layerIDs = map[string]string{
	"DOCUMENT": "two-note", "ACTOR": "two-institute", "ISSUE": "two-issue", "INSTRUMENT": "two-pact",
	"POSITION": "two-institute-two-issue", "STATUS": "two-ukraine-status", "DEMAND": "two-demand",
	"DOCTRINE": "two-doctrine-a", "TERM": "two issue phrase", "SETTLEMENT": "two-option",
}

// ev is a citation of the second layer's document.
const ev = `"evidence": [{"doc": "two-note", "anchor": "a phrase of the note"}]`

// secondLayer returns a layer of every kind of record, each referring to
// records of the embedded corpus below it, with the ids of ids. A value
// of refs replaces a reference it names (such as "PARTY") to point
// elsewhere.
func secondLayer(ids, refs map[string]string) fstest.MapFS {
	r := map[string]string{"PARTY": "united-kingdom", "PARENT": "security-guarantees"}
	for k, v := range refs {
		r[k] = v
	}
	var pairs []string
	for k, v := range ids {
		pairs = append(pairs, "ID_"+k, v)
	}
	for k, v := range r {
		pairs = append(pairs, "REF_"+k, v)
	}
	rep := strings.NewReplacer(pairs...)
	files := map[string]string{
		"documents.json": `{"documents": [{"id": "ID_DOCUMENT", "title": "Second layer", "kind": "coder-notes",
			"file": "two-note.txt", "sha256": "` + strings.Repeat("ab", 32) + `", "words": 5, "summary": "A note for the layer tests."}]}`,
		// A registry as a folder of files.
		"actors/institutes.json": `{"actors": [{"id": "ID_ACTOR", "kind": "institution", "name": "Second Institute",
			"summary": "An institute of the second layer.", ` + ev + `}]}`,
		"issues.json": `{"issues": [{"id": "ID_ISSUE", "parent": "REF_PARENT", "name": "Second issue",
			"outcome": "Something is agreed.", ` + ev + `}]}`,
		"instruments.json": `{"instruments": [{"id": "ID_INSTRUMENT", "name": "Second pact", "kind": "security-guarantee",
			"form": "policy-option", "binding": "not-stated", "ratification": "not-stated", "stage": "proposed",
			"parties": [{"actor": "ukraine", "role": "protected"}, {"actor": "REF_PARTY", "role": "guarantor"},
				{"actor": "ID_ACTOR", "role": "drafter"}],
			"forces_present": "not-stated",
			"clauses": [{"id": "help", "label": "Help", "topic": "commitment", "summary": "The guarantor helps.",
				"reading": {"trigger": "armed-attack", "obligation": "obligatory-force", "decision": "each-alone", "invoker": "on-trigger"}, ` + ev + `}],
			"summary": "A pact of the second layer.", ` + ev + `}]}`,
		"doctrines.json": `{"doctrines": [
			{"id": "ID_DOCTRINE", "question": "two-question", "name": "Yes", "summary": "One answer.", ` + ev + `},
			{"id": "two-doctrine-b", "question": "two-question", "name": "No", "summary": "The other answer.", ` + ev + `}]}`,
		"positions/two-note.json": `{"document": "two-note", "positions": [{"id": "ID_POSITION", "actor": "ID_ACTOR",
			"issue": "ID_ISSUE", "stance": "supports", "attribution": "stated", "summary": "It supports it.", ` + ev + `}]}`,
		"neutrality/two-note.json": `{"document": "two-note",
			"statuses": [{"id": "ID_STATUS", "state": "ukraine", "kind": "non-alignment", "stage": "proposed",
				"postures": ["stay-out-of-blocs"], "guaranteed_by": ["ID_ACTOR"], "summary": "A proposal.", ` + ev + `}],
			"demands": [{"id": "ID_DEMAND", "by": ["russia"], "talks": "two-talks", "stage": "in-talks", "direction": "forbid",
				"activity": "foreign-military-base", "summary": "No bases.", ` + ev + `}]}`,
		"terms.json": `{"terms": [{"term": "ID_TERM", "kind": "issue", "target": "ID_ISSUE"}]}`,
		"settlements.json": `{"bindings": [], "settlements": [{"id": "ID_SETTLEMENT", "name": "Second option",
			"protected": "ukraine", "stage": "floated", "modality": "recommended", "proposed_by": ["ID_ACTOR"],
			"variant_of": "neutrality-international-guarantee",
			"guarantees": [{"instrument": "ID_INSTRUMENT", ` + ev + `}],
			"summary": "An option of the second layer.", ` + ev + `}]}`,
	}
	m := fstest.MapFS{}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(rep.Replace(text))}
	}
	return m
}

// thirdLayer refers to records of both layers below it, and repeats
// nothing.
func thirdLayer() fstest.MapFS {
	const ev3 = `"evidence": [{"doc": "three-note", "anchor": "a phrase of the third note"}]`
	files := map[string]string{
		"documents.json": `{"documents": [{"id": "three-note", "title": "Third layer", "kind": "official-text",
			"file": "three-note.txt", "sha256": "` + strings.Repeat("cd", 32) + `", "words": 6, "summary": "A text for the layer tests."}]}`,
		"actors.json": `{"actors": [{"id": "three-analyst", "kind": "person", "name": "Third Analyst",
			"offices": [{"title": "Fellow", "for": "two-institute", ` + ev3 + `}, {"title": "Associate", "for": "rusi", ` + ev3 + `}],
			"summary": "An analyst of the third layer.", ` + ev3 + `}]}`,
		"issues/more.json": `{"issues": [{"id": "three-issue", "parent": "two-issue", "name": "Third issue",
			"outcome": "Something more is agreed.", ` + ev3 + `}]}`,
		// A per-article file of the second layer's document.
		"positions/two-note.json": `{"document": "two-note", "positions": [{"id": "three-analyst-neutral-status",
			"actor": "three-analyst", "issue": "neutral-status", "stance": "rejects", "attribution": "reported",
			"summary": "The analyst rejects it.", ` + ev + `}]}`,
		"positions/three-note.json": `{"document": "three-note", "positions": [{"id": "three-analyst-three-issue",
			"actor": "three-analyst", "issue": "three-issue", "stance": "opposes", "attribution": "stated",
			"summary": "The analyst opposes it.", ` + ev3 + `}]}`,
		"rules.json": `{"rules": [{"id": "three-rule", "status": "neutrality-policy", "activity": "arms-exports",
			"verdict": "contested", "reason": "The layers disagree.", "question": "two-question",
			"sides": [{"doctrine": "two-doctrine-a", "verdict": "compatible", "reason": "One view.", ` + ev3 + `},
				{"doctrine": "two-doctrine-b", "verdict": "incompatible", "reason": "The other view.", ` + ev3 + `}], ` + ev3 + `}]}`,
		"instruments.json": `{"instruments": [{"id": "three-pact", "name": "Third pact", "kind": "security-guarantee",
			"form": "policy-option", "binding": "not-stated", "ratification": "not-stated", "stage": "proposed",
			"parties": [{"actor": "ukraine", "role": "protected"}, {"actor": "two-institute", "role": "guarantor"}],
			"forces_present": "not-stated",
			"clauses": [{"id": "help", "label": "Help", "topic": "commitment", "summary": "The guarantor helps.",
				"reading": {"trigger": "armed-attack", "obligation": "consult", "decision": "each-alone", "invoker": "on-trigger"}, ` + ev3 + `}],
			"summary": "A pact of the third layer.", ` + ev3 + `}]}`,
		"settlements.json": `{"settlements": [{"id": "three-option", "name": "Third option", "protected": "ukraine",
			"stage": "floated", "modality": "recommended", "proposed_by": ["three-analyst", "two-institute"], "variant_of": "two-option",
			"guarantees": [{"instrument": "two-pact", ` + ev3 + `}],
			"summary": "An option of the third layer.", ` + ev3 + `}]}`,
		"terms.json": `{"terms": [{"term": "third issue phrase", "kind": "issue", "target": "two-issue"}]}`,
	}
	m := fstest.MapFS{}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

func threeLayers(two fs.FS) []fs.FS {
	return []fs.FS{seeds.FS(), corpus.NamedLayer("two", two), corpus.NamedLayer("three", thirdLayer())}
}

// TestLoadThreeLayers: each layer refers to records of every layer below
// it, of every kind, and the corpus holds the records of all three.
func TestLoadThreeLayers(t *testing.T) {
	base, err := corpus.Default()
	require.NoError(t, err)
	c, err := corpus.Load(threeLayers(secondLayer(layerIDs, nil))...)
	require.NoError(t, err)

	assert.Equal(t, base.NumDocuments()+2, c.NumDocuments())
	assert.Equal(t, base.Actors().Len()+2, c.Actors().Len())
	assert.Equal(t, base.Issues().Len()+2, c.Issues().Len())
	assert.Equal(t, base.NumInstruments()+2, c.NumInstruments())
	assert.Equal(t, base.NumSettlements()+2, c.NumSettlements())
	assert.Equal(t, base.Positions().Len()+3, c.Positions().Len())
	assert.Equal(t, base.NumNeutralityStatuses()+1, c.NumNeutralityStatuses())
	assert.Len(t, c.Rulebook().Rules(), len(base.Rulebook().Rules())+1)
	assert.Len(t, c.Rulebook().Doctrines(), len(base.Rulebook().Doctrines())+2)

	assert.Subset(t, noErr(c.Issues().Ancestors("three-issue")), []string{"two-issue", "security-guarantees"},
		"an issue's parent is in the layer below, and its parent's in the one below that")
	analyst, ok := c.Actors().Actor("three-analyst")
	require.True(t, ok)
	assert.Equal(t, "two-institute", analyst.Offices[0].For)
	three, ok := c.Settlement("three-option")
	require.True(t, ok)
	assert.Equal(t, "two-option", three.VariantOf)
	assert.Equal(t, "two-pact", three.Guarantees[0].Instrument)
	ps, ok := c.Positions().Position("three-analyst-neutral-status")
	require.True(t, ok)
	assert.Equal(t, "two-note", ps.Evidence[0].Doc, "a layer may code more positions from a document of a layer below")

	// Citations come layer by layer, and each names its layer's file.
	var files []string
	for ct := range c.Citations() {
		if len(files) == 0 || files[len(files)-1] != ct.File {
			files = append(files, ct.File)
		}
	}
	last := func(prefix string) int {
		n := -1
		for i, f := range files {
			if strings.HasPrefix(f, prefix) {
				n = i
			}
		}
		return n
	}
	first := func(prefix string) int {
		for i, f := range files {
			if strings.HasPrefix(f, prefix) {
				return i
			}
		}
		return -1
	}
	assert.Less(t, last("seeds/"), first("two/"))
	assert.Less(t, last("two/"), first("three/"))
}

// TestLoadLayersRejectDuplicatesAndUpwardReferences: an id defined in a
// layer below cannot be defined again, whatever its kind, and the problem
// names both places; a layer cannot refer to a record of a layer above it.
func TestLoadLayersRejectDuplicatesAndUpwardReferences(t *testing.T) {
	tests := []struct {
		name       string
		ids, refs  map[string]string
		file, path string
		kind       error
		first      string // where the first definition is, for a duplicate
	}{
		{name: "document", ids: map[string]string{"DOCUMENT": "kyiv-official-stance"}, file: "two/documents.json", path: "documents[0].id", kind: accord.ErrDuplicate, first: "seeds/documents.json:"},
		{name: "actor", ids: map[string]string{"ACTOR": "russia"}, file: "two/actors/institutes.json", path: "actors[0].id", kind: accord.ErrDuplicate, first: "seeds/actors.json:"},
		{name: "issue", ids: map[string]string{"ISSUE": "neutral-status"}, file: "two/issues.json", path: "issues[0].id", kind: accord.ErrDuplicate, first: "seeds/issues.json:"},
		{name: "instrument", ids: map[string]string{"INSTRUMENT": "budapest-memorandum"}, file: "two/instruments.json", path: "instruments[0].id", kind: accord.ErrDuplicate, first: "seeds/instruments.json:"},
		{name: "position", ids: map[string]string{"POSITION": "kyiv-ukraine-neutral-status"}, file: "two/positions/two-note.json", path: "positions[0].id", kind: accord.ErrDuplicate, first: "seeds/positions/kyiv-official-stance.json:"},
		{name: "status", ids: map[string]string{"STATUS": "ukraine-alliance-course-kyiv"}, file: "two/neutrality/two-note.json", path: "statuses[0].id", kind: accord.ErrDuplicate, first: "seeds/neutrality/kyiv-official-stance.json:"},
		{name: "demand", ids: map[string]string{"DEMAND": "istanbul-2022-kyiv-no-foreign-bases"}, file: "two/neutrality/two-note.json", path: "demands[0].id", kind: accord.ErrDuplicate, first: "seeds/neutrality/"},
		{name: "doctrine", ids: map[string]string{"DOCTRINE": "strict-neutrality"}, file: "two/doctrines.json", path: "doctrines[0].id", kind: accord.ErrDuplicate, first: "seeds/doctrines.json:"},
		{name: "term", ids: map[string]string{"TERM": "neutral status", "ISSUE": "neutral-status"}, file: "two/terms.json", path: "terms[0].term", kind: accord.ErrDuplicate, first: "seeds/terms.json:"},
		{name: "settlement", ids: map[string]string{"SETTLEMENT": "neutrality-international-guarantee"}, file: "two/settlements.json", path: "settlements[0].id", kind: accord.ErrDuplicate, first: "seeds/settlements.json:"},
		{name: "actor above", refs: map[string]string{"PARTY": "three-analyst"}, file: "two/instruments.json", path: "instruments[0].parties[1].actor", kind: accord.ErrNotFound},
		{name: "issue above", refs: map[string]string{"PARENT": "three-issue"}, file: "two/issues.json", path: "issues[0].parent", kind: accord.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := map[string]string{}
			for k, v := range layerIDs {
				ids[k] = v
			}
			for k, v := range tt.ids {
				ids[k] = v
			}
			c, err := corpus.Load(threeLayers(secondLayer(ids, tt.refs))...)
			require.Error(t, err)
			assert.Nil(t, c)
			var list accord.ErrorList
			require.ErrorAs(t, err, &list)
			var found *accord.FieldError
			for _, e := range list {
				if e.File == tt.file && e.Path.String() == tt.path && errors.Is(e, tt.kind) {
					found = e
					break
				}
			}
			require.NotNil(t, found, "no %v at %s %s in\n%v", tt.kind, tt.file, tt.path, err)
			assert.Positive(t, found.Line, "the problem is located in the layer's own file")
			if tt.first != "" {
				assert.Contains(t, found.Detail, tt.first, "a duplicate names where the id is first defined")
			}
		})
	}
}

// TestLoadLayersNeedALayer: a load of no layer, or of a nil one, is an
// error rather than an empty corpus.
func TestLoadLayersNeedALayer(t *testing.T) {
	_, err := corpus.Load()
	assert.Error(t, err)
	_, err = corpus.Load(seeds.FS(), nil)
	assert.Error(t, err)
}

// TestLoadLayerNames: unnamed layers are named by their place, the
// embedded corpus "seeds"; a lone unnamed layer keeps bare file names.
func TestLoadLayerNames(t *testing.T) {
	bad := fstest.MapFS{"actors.json": {Data: []byte(`{"actors": [{"id": "russia"}]}`)}}
	_, err := corpus.Load(seeds.FS(), fstest.MapFS{}, bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "layer3/actors.json:1:")
	assert.Contains(t, err.Error(), "already defined at seeds/actors.json:")
	_, err = corpus.Load(bad)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "\n\tdocuments.json: ")
}

// TestLoadEmptyLayer: a layer with no data file (a misspelt folder, say)
// is an error, not a layer that adds nothing.
func TestLoadEmptyLayer(t *testing.T) {
	_, err := corpus.Load(seeds.FS(), corpus.NamedLayer("mydata", fstest.MapFS{"notes.txt": {Data: []byte("x")}}))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "mydata/: required value: the layer holds no data files")
}

// TestLoadLayersOverrideNothing: a layer cannot replace what a layer below
// codes — a second rule for a status, activity and context, or another
// alliance in the settlement frame — and says where the first is.
func TestLoadLayersOverrideNothing(t *testing.T) {
	const cite = `"evidence": [{"doc": "kyiv-official-stance", "anchor": "neutral status"}]`
	tests := []struct {
		name, file, text, path string
		rule                   error
	}{
		{"rule", "rules.json", `{"rules": [{"id": "another-transit-rule", "status": "neutral-in-war", "activity": "military-transit", "context": "wartime",
			"verdict": "compatible", "reason": "Another view.", ` + cite + `}]}`, "rules[0]", neutrality.ErrDuplicateRule},
		{"rule id", "rules.json", `{"rules": [{"id": "neutral-in-war-military-transit", "status": "neutrality-policy", "activity": "joint-arms-production",
			"verdict": "compatible", "reason": "A rule of my own.", ` + cite + `}]}`, "rules[0].id", accord.ErrDuplicate},
		{"bloc", "settlements.json", `{"bloc": "eu", "bindings": [], "settlements": []}`, "bloc", accord.ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := corpus.Load(seeds.FS(), corpus.NamedLayer("mine", fstest.MapFS{tt.file: {Data: []byte(tt.text)}}))
			var list accord.ErrorList
			require.ErrorAs(t, err, &list)
			i := slices.IndexFunc(list, func(e *accord.FieldError) bool {
				return e.File == "mine/"+tt.file && strings.HasPrefix(e.Path.String(), tt.path) && errors.Is(e, tt.rule)
			})
			assert.GreaterOrEqual(t, i, 0, "no %v at mine/%s %s in\n%v", tt.rule, tt.file, tt.path, err)
		})
	}
}

// TestLoadLayerDuplicateIsOneProblem: a layer that defines again an id of
// a layer below and refers to it gets one problem, the duplicate, located
// in its own file and naming where the id is first defined; the reference
// resolves to the first definition rather than failing too.
func TestLoadLayerDuplicateIsOneProblem(t *testing.T) {
	const ev = `"evidence": [{"doc": "dup-note", "anchor": "a phrase of the note"}]`
	docs := `{"documents": [{"id": "dup-note", "title": "Duplicate layer", "kind": "coder-notes",
		"file": "dup-note.txt", "sha256": "` + strings.Repeat("ef", 32) + `", "words": 5, "summary": "A note for the layer tests."}]}`
	position := func(actor, issue string) string {
		return `{"document": "dup-note", "positions": [{"id": "dup-position", "actor": "` + actor + `",
			"issue": "` + issue + `", "stance": "supports", "attribution": "stated", "summary": "It supports it.", ` + ev + `}]}`
	}
	tests := []struct {
		name, file, text, refs string
		path                   string
		line, col              int
		first                  string
	}{
		{name: "actor", file: "actors.json", text: `{"actors": [
  {"id": "russia", "kind": "state", "name": "Another Russia", "summary": "A second record.", ` + ev + `}]}`,
			refs: position("russia", "neutral-status"), path: "actors[0].id", line: 2, col: 10, first: "seeds/actors.json:43:13"},
		{name: "actor in folder", file: "actors/more.json", text: `{"actors": [{"id": "dup-body", "kind": "institution", "name": "Dup Body", "summary": "A body.", ` + ev + `},
  {"id": "russia", "kind": "state", "name": "Another Russia", "acts_for": "dup-body", "summary": "A second record.", ` + ev + `}]}`,
			refs: position("russia", "neutral-status"), path: "actors[1].id", line: 2, col: 10, first: "seeds/actors.json:43:13"},
		{name: "issue", file: "issues.json", text: `{"issues": [
    {"id": "neutral-status", "name": "Another neutral status", "outcome": "Something is agreed.", ` + ev + `}]}`,
			refs: position("russia", "neutral-status"), path: "issues[0].id", line: 2, col: 12, first: "seeds/issues.json:4:13"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			layer := fstest.MapFS{
				"documents.json":          {Data: []byte(docs)},
				tt.file:                   {Data: []byte(tt.text)},
				"positions/dup-note.json": {Data: []byte(tt.refs)},
			}
			_, err := corpus.Load(seeds.FS(), corpus.NamedLayer("dup", layer))
			var list accord.ErrorList
			require.ErrorAs(t, err, &list)
			require.Len(t, list, 1, "only the duplicate, none of its consequences:\n%v", err)
			e := list[0]
			assert.ErrorIs(t, e, accord.ErrDuplicate)
			assert.Equal(t, "dup/"+tt.file, e.File)
			assert.Equal(t, tt.path, e.Path.String())
			assert.Equal(t, []int{tt.line, tt.col}, []int{e.Line, e.Column})
			assert.Contains(t, e.Detail, "already defined at "+tt.first)
		})
	}
}

// TestLoadLayerDuplicateKeepsPlaces: a record left out of the registry as
// a duplicate still has its own problems reported, and the problems of the
// records after it keep their index in the file.
func TestLoadLayerDuplicateKeepsPlaces(t *testing.T) {
	const ev = `"evidence": [{"doc": "kyiv-official-stance", "anchor": "neutral status"}]`
	layer := fstest.MapFS{"actors.json": {Data: []byte(`{"actors": [
  {"id": "russia", "kind": "state", "summary": "A second record without a name.", ` + ev + `},
  {"id": "dup-body", "kind": "institution", "name": "Dup Body", "acts_for": "nobody", "summary": "A body.", ` + ev + `}]}`)}}
	_, err := corpus.Load(seeds.FS(), corpus.NamedLayer("dup", layer))
	var list accord.ErrorList
	require.ErrorAs(t, err, &list)
	var got []string
	for _, e := range list {
		assert.Equal(t, "dup/actors.json", e.File, "%v", e)
		got = append(got, e.Path.String())
	}
	assert.ElementsMatch(t, []string{"actors[0].id", "actors[0].name", "actors[1].acts_for"}, got, "%v", err)
}
