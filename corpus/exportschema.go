package corpus

import (
	_ "embed"
	"slices"
)

// exportSchema is export.schema.json, generated from the export's Go types
// by TestExportSchemaIsUpToDate.
//
//go:embed export.schema.json
var exportSchema []byte

// ExportSchema returns the JSON Schema (draft 2020-12) of the export, as
// checked in at corpus/export.schema.json: the root describes the output
// of [Corpus.WriteJSONWith] (with or without the computed results), and
// "#/$defs/line" each line of [Corpus.WriteJSONLinesWith]. Every record
// kind has a definition under its name ("actor", "status", "rule", …, the
// names of [RecordKind]), as in seeds/schema.json, and the computed lines
// under theirs ("verdict", "assessment", "clash", "evaluation"). The result
// is a copy.
func ExportSchema() []byte { return slices.Clone(exportSchema) }
