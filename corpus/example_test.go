package corpus_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"testing/fstest"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
)

// Default loads the corpus embedded in package seeds.
func ExampleDefault() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for d := range c.Documents() {
		fmt.Printf("%-28s %s\n", d.ID, d.Kind)
	}
	// Output:
	// kyiv-official-stance         official-statement-digest
	// rusi-neutrality-chimera      commentary
	// zelenskyy-army-limits-report news-report
	// lawfare-armed-neutrality     legal-analysis
	// hiia-security-guarantees     policy-analysis
}

// Load reports every problem of a data set at once, each with its file,
// line, column and record path. Callers tell the kinds apart with
// errors.Is and read the details with errors.As.
func ExampleLoad_errors() {
	fsys := fstest.MapFS{"documents.json": {Data: []byte(`{"documents": [
  {"id": "memo", "title": "A memo", "kind": "blog", "file": "memo.txt",
   "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
   "words": 120, "summary": "A short memo.", "pages": 3}
]}`)}}
	_, err := corpus.Load(fsys)
	var list accord.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e)
		}
	}
	fmt.Println("unsupported value:", errors.Is(err, accord.ErrNotSupported))
	// Output:
	// documents.json:2:45: documents[0].kind: unsupported value "blog" (supported: official-statement-digest, commentary, legal-analysis, news-report, policy-analysis, official-text, coder-notes)
	// documents.json:4:46: documents[0].pages: unknown field "pages" (known fields: id, title, untitled, author, publisher, kind, written, written_note, file, sha256, words, summary)
	// unsupported value: true
}

// VerifySources checks a corpus against the articles it was coded from:
// here, first against the right text, then against a different one.
func ExampleVerifySources() {
	article := []byte("A small state may choose to stay out of every war.\n")
	sum := sha256.Sum256(article)
	data := fmt.Sprintf(`{"documents": [{"id": "essay", "title": "An essay", "kind": "commentary",
  "file": "essay.txt", "sha256": %q, "words": 11, "summary": "An essay on neutrality."}]}`,
		hex.EncodeToString(sum[:]))
	c, err := corpus.Load(fstest.MapFS{"documents.json": {Data: []byte(data)}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(corpus.VerifySources(c, fstest.MapFS{"essay.txt": {Data: article}}))

	err = corpus.VerifySources(c, fstest.MapFS{"essay.txt": {Data: []byte("Another text.")}})
	var list accord.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Printf("%s:%d:%d: %s: %v\n", e.File, e.Line, e.Column, e.Path, e.Rule)
		}
	}
	// Output:
	// <nil>
	// documents.json:2:34: documents[0].sha256: source file hash mismatch
	// documents.json:2:111: documents[0].words: source word count mismatch
}
