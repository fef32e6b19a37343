// Package seeds embeds accord's coded corpus: the JSON data files and the
// codebook that defines their fields and values. It holds data only; package
// corpus parses and validates it. See CODEBOOK.md in this directory.
package seeds

import (
	"embed"
	"io/fs"
)

// The patterns cover every data file, at the top and one directory down
// ("positions/<document-id>.json"), so a new file, or a new directory of
// per-article files, needs no change here. TestEveryDataFileIsEmbedded
// fails when a file on disk is missing from them.
//
//go:embed CODEBOOK.md *.json */*.json
var files embed.FS

// FS returns the embedded seed files, laid out as in this directory
// ("documents.json", "positions/<document-id>.json", …). The returned file
// system is read-only and safe for concurrent use; it implements
// [fs.ReadDirFS] and [fs.ReadFileFS].
func FS() fs.FS { return files }
