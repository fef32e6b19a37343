package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"

	"github.com/accordmodel/accord/internal/fold"
)

// Placeholder begins the values a registry template leaves for the coder
// to write (examples/register prints "FILL IN: the source's title"):
// [Document.Validate] reports a title or summary that still begins with
// it, so a half-filled entry does not load.
const Placeholder = "FILL IN"

// SourceEntry returns the start of the registry entry for a new source
// document whose text is data, read from the file named file: File (the
// base name), SHA256 and Words as [VerifyDocuments] checks them, and an ID
// made from the base name (lower-cased, each run of other characters than
// letters and digits turned into one hyphen; "" when none is left). The
// title, kind, summary and the rest are the coder's to write: the entry
// does not validate until they are filled in.
func SourceEntry(file string, data []byte) Document {
	base := path.Base(strings.ReplaceAll(file, `\`, "/"))
	sum, words := fingerprint(data)
	return Document{ID: slug(strings.TrimSuffix(base, path.Ext(base))), File: base, SHA256: sum, Words: words}
}

// fingerprint returns the lower-case hex SHA-256 of a source's text and
// its word count as fold.WordCount gives it.
func fingerprint(data []byte) (sum string, words int) {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:]), fold.WordCount(string(data))
}

// slug returns s as an id: ASCII letters and digits lower-cased, every
// other run of characters one hyphen, none at either end.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	return b.String()
}
