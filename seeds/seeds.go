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

// FS returns the embedded seed files, laid out as in this directory
// ("documents.json", "positions/<document-id>.json", …). The returned file
// system is read-only and safe for concurrent use.
func FS() fs.FS { return files }
