package corpus

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/fold"
	"github.com/accordmodel/accord/seeds"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// auditFile is the checked-in audit of the corpus against its articles,
// relative to this package.
const auditFile = "../seeds/AUDIT.md"

// auditKinds are the kinds of record the audit covers, by the heading of
// their section in AUDIT.md, with where their records are.
var auditKinds = []struct {
	heading string // "## <heading>" in AUDIT.md
	file    string // a registry file, or a folder of per-article files
	list    string // the member holding the records
}{
	{"Rules", "rules.json", "rules"},
	{"Statuses", "neutrality", "statuses"},
	{"Demands", "neutrality", "demands"},
	{"Instruments", "instruments.json", "instruments"},
	{"Positions", "positions", "positions"},
}

// auditVerdicts are the verdicts an audit row may give.
var auditVerdicts = []string{"kept", "corrected", "narrowed"}

// auditFields are the instrument fields whose coded value must rest on an
// audit row of its own unless it is "not-stated": the article's silence is
// coded as not-stated, never as a value.
var auditFields = []string{"form", "binding", "ratification", "forces_present"}

// auditRecord is one coded record the audit must cover: its id, the
// documents it cites, and its raw fields.
type auditRecord struct {
	id     string
	docs   []string
	fields map[string]any
}

// auditRow is one row of an AUDIT.md table.
type auditRow struct {
	line             int
	kind             string
	id, field, value string
	doc, anchor, why string
	verdict          string
	hasField         bool
}

// loadAuditRecords reads every record of the audited kinds from the
// embedded seed files, keyed by section heading.
func loadAuditRecords(t *testing.T) map[string][]auditRecord {
	t.Helper()
	fsys := seeds.FS()
	out := map[string][]auditRecord{}
	for _, k := range auditKinds {
		var files []string
		if strings.HasSuffix(k.file, ".json") {
			files = []string{k.file}
		} else {
			entries, err := fs.ReadDir(fsys, k.file)
			require.NoError(t, err)
			for _, e := range entries {
				files = append(files, path.Join(k.file, e.Name()))
			}
		}
		for _, name := range files {
			data, err := fs.ReadFile(fsys, name)
			require.NoError(t, err)
			var top map[string]any
			require.NoError(t, json.Unmarshal(data, &top), name)
			doc, _ := top["document"].(string)
			list, _ := top[k.list].([]any)
			for _, r := range list {
				rec, ok := r.(map[string]any)
				require.True(t, ok, "%s: a record of %s is not an object", name, k.list)
				id, _ := rec["id"].(string)
				docs := []string{doc}
				if doc == "" {
					docs = citedDocs(rec, nil)
				}
				out[k.heading] = append(out[k.heading], auditRecord{id: id, docs: docs, fields: rec})
			}
		}
	}
	return out
}

// citedDocs appends to docs every document a record's citations name, at
// any depth.
func citedDocs(v any, docs []string) []string {
	switch v := v.(type) {
	case map[string]any:
		if d, ok := v["doc"].(string); ok && !slices.Contains(docs, d) {
			docs = append(docs, d)
		}
		for _, x := range v {
			docs = citedDocs(x, docs)
		}
	case []any:
		for _, x := range v {
			docs = citedDocs(x, docs)
		}
	}
	return docs
}

// coderNote begins a citation note that marks a reading as the coder's
// own rather than the article's (seeds/CODEBOOK.md, Conventions).
const coderNote = "Coder's reading:"

// hasCoderNote reports whether a record holds, at any depth, a citation
// note that begins with coderNote.
func hasCoderNote(v any) bool {
	switch v := v.(type) {
	case map[string]any:
		if n, ok := v["note"].(string); ok && strings.HasPrefix(n, coderNote) {
			return true
		}
		for _, x := range v {
			if hasCoderNote(x) {
				return true
			}
		}
	case []any:
		return slices.ContainsFunc(v, hasCoderNote)
	}
	return false
}

// parseAudit reads the tables of AUDIT.md: each row under a "## <kind>"
// heading, and the field rows under "## Instrument fields". Rows that do
// not have the right number of cells are reported.
func parseAudit(t *testing.T, text string) (rows []auditRow, counts map[string][4]int) {
	t.Helper()
	counts = map[string][4]int{}
	section := ""
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		if h, ok := strings.CutPrefix(line, "## "); ok {
			section = strings.TrimSpace(h)
			continue
		}
		if !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|---") {
			continue
		}
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		for j := range cells {
			cells[j] = strings.TrimSpace(cells[j])
		}
		switch section {
		case "Counts":
			if len(cells) != 5 || cells[0] == "kind" {
				continue
			}
			var c [4]int
			for j := range c {
				v, err := strconv.Atoi(cells[j+1])
				if assert.NoError(t, err, "%s:%d: a count", auditFile, n) {
					c[j] = v
				}
			}
			counts[cells[0]] = c
		case "Instrument fields":
			if cells[0] == "record" {
				continue
			}
			if !assert.Len(t, cells, 7, "%s:%d: a field row has 7 cells", auditFile, n) {
				continue
			}
			rows = append(rows, auditRow{line: n, kind: "Instruments", id: cells[0], field: cells[1], value: cells[2],
				doc: cells[3], anchor: cells[4], verdict: cells[5], why: cells[6], hasField: true})
		default:
			if !slices.ContainsFunc(auditKinds, func(k struct{ heading, file, list string }) bool { return k.heading == section }) {
				continue
			}
			if cells[0] == "record" {
				continue
			}
			if !assert.Len(t, cells, 5, "%s:%d: a row has 5 cells", auditFile, n) {
				continue
			}
			rows = append(rows, auditRow{line: n, kind: section, id: cells[0], doc: cells[1], anchor: cells[2], verdict: cells[3], why: cells[4]})
		}
	}
	return rows, counts
}

// TestAuditCoversEveryRecord checks seeds/AUDIT.md, the audit of the
// corpus against its articles: every rule, status, demand, instrument and
// position appears exactly once in its kind's table; each row's anchor is
// at most 12 words, occurs in a document the record cites (after the same
// folding as VerifySources) and its verdict is kept, corrected or narrowed
// with a reason; and every instrument whose form, binding, ratification or
// forces_present is not "not-stated" has a field row, for the coded value, anchored the
// same way. The counts table must match the rows.
func TestAuditCoversEveryRecord(t *testing.T) {
	sources := sourcesFS(t)
	c, err := Default()
	require.NoError(t, err)
	folded := map[string]string{}
	for d := range c.Documents() {
		folded[d.ID] = fold.Fold(readDoc(t, c, sources, d.ID))
	}
	text, err := os.ReadFile(auditFile)
	require.NoError(t, err)
	rows, counts := parseAudit(t, string(text))
	records := loadAuditRecords(t)

	type key struct{ kind, id, field string }
	seen := map[key]int{}
	tally := map[string][4]int{}
	for _, r := range rows {
		at := fmt.Sprintf("%s:%d: %s %s", auditFile, r.line, r.kind, r.id)
		k := key{r.kind, r.id, r.field}
		if prev, dup := seen[k]; dup {
			t.Errorf("%s: already audited at line %d", at, prev)
			continue
		}
		seen[k] = r.line
		i := slices.IndexFunc(records[r.kind], func(rec auditRecord) bool { return rec.id == r.id })
		if !assert.GreaterOrEqual(t, i, 0, "%s: no such record", at) {
			continue
		}
		rec := records[r.kind][i]
		assert.Contains(t, auditVerdicts, r.verdict, "%s: verdict", at)
		assert.NotEmpty(t, r.why, "%s: every verdict says why", at)
		assert.Contains(t, rec.docs, r.doc, "%s: the anchor's document must be one the record cites", at)
		if errs := (accord.Citation{Doc: r.doc, Anchor: r.anchor}).Validate(accord.NewPath("anchor")); len(errs) > 0 {
			t.Errorf("%s: %v", at, errs)
		} else if doc, ok := folded[r.doc]; ok {
			assert.Contains(t, doc, fold.Fold(r.anchor), "%s: the anchor does not occur in %s", at, r.doc)
		}
		if r.hasField {
			assert.Contains(t, auditFields, r.field, "%s: field", at)
			assert.Equal(t, rec.fields[r.field], r.value, "%s: the audited %s is not the coded one", at, r.field)
			continue
		}
		if r.verdict == "narrowed" && strings.Contains(r.why, "coder's reading") {
			assert.True(t, hasCoderNote(rec.fields), "%s: the row says the reading is marked as the coder's, but no citation note begins %q", at, coderNote)
		}
		c := tally[r.kind]
		c[0]++
		c[1+slices.Index(auditVerdicts, r.verdict)]++
		tally[r.kind] = c
	}
	for _, k := range auditKinds {
		for _, rec := range records[k.heading] {
			_, ok := seen[key{k.heading, rec.id, ""}]
			assert.True(t, ok, "%s: %s %s is not audited", auditFile, k.heading, rec.id)
			if k.heading != "Instruments" {
				continue
			}
			for _, f := range auditFields {
				v, _ := rec.fields[f].(string)
				if v == "not-stated" {
					continue
				}
				_, ok := seen[key{k.heading, rec.id, f}]
				assert.True(t, ok, "%s: instrument %s: %s %q needs a field row with the sentence it rests on, or not-stated", auditFile, rec.id, f, v)
			}
		}
		assert.Equal(t, tally[k.heading], counts[k.heading], "%s: the counts of %s (records, kept, corrected, narrowed)", auditFile, k.heading)
	}
}
