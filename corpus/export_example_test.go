package corpus_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"testing/fstest"

	"github.com/accordmodel/accord/corpus"
)

// WriteJSONLines writes one record per line with its kind, for programs in
// other languages; records coded from one article also name it.
func ExampleCorpus_WriteJSONLines() {
	fsys := fstest.MapFS{
		"documents.json": {Data: []byte(`{"documents": [
  {"id": "memo", "title": "A memo", "kind": "commentary", "file": "memo.txt",
   "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
   "words": 120, "summary": "A short memo."}
]}`)},
		"issues.json": {Data: []byte(`{"issues": [
  {"id": "neutral-status", "name": "Neutral status", "outcome": "The state is permanently neutral.",
   "evidence": [{"doc": "memo", "anchor": "neutral status"}]}
]}`)},
	}
	c, err := corpus.Load(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := c.WriteJSONLines(&buf); err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var line struct {
			Kind   string `json:"kind"`
			Record struct {
				ID string `json:"id"`
			} `json:"record"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(line.Kind, line.Record.ID)
	}
	// Output:
	// document memo
	// issue neutral-status
}

// WriteJSON writes the whole corpus as one JSON document: a format name
// and version, one array per registry and the records of each article.
func ExampleCorpus_WriteJSON() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := c.WriteJSON(&buf); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Format    string `json:"format"`
		Version   int    `json:"version"`
		Documents []struct {
			ID string `json:"id"`
		} `json:"documents"`
		Articles []struct {
			Document string `json:"document"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Format, doc.Version)
	for _, a := range doc.Articles {
		fmt.Println(a.Document)
	}
	// Output:
	// accord-corpus 2
	// kyiv-official-stance
	// rusi-neutrality-chimera
	// zelenskyy-army-limits-report
	// lawfare-armed-neutrality
	// hiia-security-guarantees
}
