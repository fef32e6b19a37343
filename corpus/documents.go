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

// loadDocuments reads the document registry of a layer (documents.json
// or documents/*.json; the bottom layer must have one), validates every
// document and defines its id.
func (c *Corpus) loadDocuments(l *loader) {
	if c.docs.byID == nil {
		c.docs.byID = map[string]int{}
	}
	registryFiles(l, "documents", l.layer == 0, func(f *file, v *documentsFile) {
		base := accord.NewPath("documents")
		if len(v.Documents) == 0 {
			l.report(f, accord.Required(base, "at least one document"))
		}
		list := f.root.Get("documents")
		first := len(c.docs.list)
		c.docs.list = appendRecords(c.docs.list, v.Documents)
		c.docs.sites = slices.Grow(c.docs.sites, len(v.Documents))
		for i, d := range v.Documents {
			if f.rejectedRecord(list, i) {
				// The zero record the decoder left in place of a value
				// of another type: nothing to check, define or locate.
				c.docs.sites = append(c.docs.sites, docSite{})
				continue
			}
			p := base.Index(i)
			c.docs.sites = append(c.docs.sites, newDocSite(f, p, list.Index(i)))
			l.report(f, d.Validate(p)...)
			l.define(kindDocument, d.ID, f, "documents", i)
			if _, dup := c.docs.byID[d.ID]; !dup {
				c.docs.byID[d.ID] = first + i
			}
		}
	})
}

// documentsFile is the content of documents.json.
type documentsFile struct {
	Documents []Document `json:"documents"`
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
