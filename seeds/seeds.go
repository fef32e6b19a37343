// Package seeds embeds accord's coded corpus: the JSON data files and the
// codebook that defines their fields and values. It holds data only; package
// corpus parses and validates it. See CODEBOOK.md in this directory.
package seeds

import (
	"embed"
	"io/fs"
)

// The patterns name every data file; TestEveryDataFileIsEmbedded fails when
// a file on disk is missing from them.
//
//go:embed *.json CODEBOOK.md positions/*.json neutrality/*.json
var files embed.FS

// Every embedded file again, as a string. The linker stores a file's bytes
// once, shared by files and the string, so these cost no space; they let
// [FS]'s ReadFileString hand out a file's contents without copying them.
// TestEveryFileHasItsString fails when a file embedded above is missing
// here.
var (
	//go:embed actors.json
	actorsJSON string
	//go:embed doctrines.json
	doctrinesJSON string
	//go:embed documents.json
	documentsJSON string
	//go:embed instruments.json
	instrumentsJSON string
	//go:embed issues.json
	issuesJSON string
	//go:embed rules.json
	rulesJSON string
	//go:embed schema.json
	schemaJSON string
	//go:embed settlements.json
	settlementsJSON string
	//go:embed terms.json
	termsJSON string
	//go:embed CODEBOOK.md
	codebookMD string
	//go:embed positions/hiia-security-guarantees.json
	positionsHiiaSecurityGuaranteesJSON string
	//go:embed positions/kyiv-official-stance.json
	positionsKyivOfficialStanceJSON string
	//go:embed positions/lawfare-armed-neutrality.json
	positionsLawfareArmedNeutralityJSON string
	//go:embed positions/rusi-neutrality-chimera.json
	positionsRusiNeutralityChimeraJSON string
	//go:embed positions/zelenskyy-army-limits-report.json
	positionsZelenskyyArmyLimitsReportJSON string
	//go:embed neutrality/hiia-security-guarantees.json
	neutralityHiiaSecurityGuaranteesJSON string
	//go:embed neutrality/kyiv-official-stance.json
	neutralityKyivOfficialStanceJSON string
	//go:embed neutrality/lawfare-armed-neutrality.json
	neutralityLawfareArmedNeutralityJSON string
	//go:embed neutrality/rusi-neutrality-chimera.json
	neutralityRusiNeutralityChimeraJSON string
)

// texts maps the name of every embedded file to its contents.
var texts = map[string]string{
	"actors.json":      actorsJSON,
	"doctrines.json":   doctrinesJSON,
	"documents.json":   documentsJSON,
	"instruments.json": instrumentsJSON,
	"issues.json":      issuesJSON,
	"rules.json":       rulesJSON,
	"schema.json":      schemaJSON,
	"settlements.json": settlementsJSON,
	"terms.json":       termsJSON,
	"CODEBOOK.md":      codebookMD,
	"positions/hiia-security-guarantees.json":     positionsHiiaSecurityGuaranteesJSON,
	"positions/kyiv-official-stance.json":         positionsKyivOfficialStanceJSON,
	"positions/lawfare-armed-neutrality.json":     positionsLawfareArmedNeutralityJSON,
	"positions/rusi-neutrality-chimera.json":      positionsRusiNeutralityChimeraJSON,
	"positions/zelenskyy-army-limits-report.json": positionsZelenskyyArmyLimitsReportJSON,
	"neutrality/hiia-security-guarantees.json":    neutralityHiiaSecurityGuaranteesJSON,
	"neutrality/kyiv-official-stance.json":        neutralityKyivOfficialStanceJSON,
	"neutrality/lawfare-armed-neutrality.json":    neutralityLawfareArmedNeutralityJSON,
	"neutrality/rusi-neutrality-chimera.json":     neutralityRusiNeutralityChimeraJSON,
}

// FS returns the embedded seed files, laid out as in this directory
// ("documents.json", "positions/<document-id>.json", …). The returned file
// system is read-only and safe for concurrent use. Besides the methods of
// [fs.FS], [fs.ReadDirFS] and [fs.ReadFileFS] it has
//
//	ReadFileString(name string) (string, error)
//
// which returns a file's contents as a string that shares the embedded
// bytes instead of copying them; [github.com/accordmodel/accord/corpus.Load]
// reads files through it when a file system has it.
func FS() fs.FS { return dataFS{files} }

// dataFS is the file system FS returns: the embedded files, with
// ReadFileString.
type dataFS struct{ embed.FS }

// ReadFileString returns the contents of the file name as a string that
// shares the embedded bytes: the file is not copied. For a name that is
// not an embedded file it returns the error ReadFile returns, which
// matches [fs.ErrNotExist] when there is no such file.
func (d dataFS) ReadFileString(name string) (string, error) {
	if s, ok := texts[name]; ok {
		return s, nil
	}
	b, err := d.ReadFile(name)
	return string(b), err
}
