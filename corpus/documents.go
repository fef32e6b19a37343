package corpus

import (
	"iter"
	"slices"

	"github.com/accordmodel/accord"
)

const kindDocument = "document"

// documentData is the loaded document registry.
type documentData struct {
	list  []Document // in file order
	byID  map[string]int
	sites []docSite // where each document is coded, for VerifySources
}

// loadDocuments reads documents.json, the one registry every corpus
// needs, validates every document and defines its id.
func (c *Corpus) loadDocuments(l *loader) {
	var v struct {
		Documents []Document `json:"documents"`
	}
	f := l.registry("documents.json", false, &v)
	if f == nil {
		return
	}
	base := accord.NewPath("documents")
	if len(v.Documents) == 0 {
		l.report(f, accord.Required(base, "at least one document"))
	}
	c.docs = documentData{list: v.Documents, byID: make(map[string]int, len(v.Documents))}
	list := f.root.Get("documents")
	for i, d := range v.Documents {
		p := base.Index(i)
		c.docs.sites = append(c.docs.sites, newDocSite(f, list.Index(i)))
		l.report(f, d.Validate(p)...)
		l.define(kindDocument, d.ID, f, "documents", i)
		if _, dup := c.docs.byID[d.ID]; !dup {
			c.docs.byID[d.ID] = i
		}
	}
}

// Documents returns the source documents in registry order.
func (c *Corpus) Documents() iter.Seq[Document] {
	c = c.orEmpty()
	return slices.Values(c.docs.list)
}

// Document returns the document with the given id.
func (c *Corpus) Document(id string) (Document, bool) {
	c = c.orEmpty()
	i, ok := c.docs.byID[id]
	if !ok {
		return Document{}, false
	}
	return c.docs.list[i], true
}

// NumDocuments returns the number of source documents.
func (c *Corpus) NumDocuments() int {
	c = c.orEmpty()
	return len(c.docs.list)
}
