package corpus

import (
	"iter"
	"sync"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/seeds"
)

// Corpus is a loaded, validated data set: the document registry and every
// record coded from the documents. A Corpus is immutable after [Load]
// returns and safe for concurrent use; its accessors return copies or
// iterators, never the slices and maps it holds. A nil or zero Corpus is
// empty: it has no records, and its answers are empty.
type Corpus struct {
	docs        documentData
	actors      actorData
	instruments instrumentData
	neutrality  neutralityData
	settlements settlementData
	quantities  quantityData
	text        textData
	// citations holds every citation, in runs of one file each, in file
	// and line order.
	citations [][]Cited
}

// Cited is one citation as it occurs in the data files, with its location,
// so that a problem with it (an anchor not found in the article) can be
// reported at the right line.
type Cited struct {
	accord.Citation
	// File, Line and Column locate the citation in the data files; Path is
	// its record path inside File.
	File         string
	Line, Column int
	Path         accord.Path
}

// Citations returns every citation in the corpus, in file and line order.
func (c *Corpus) Citations() iter.Seq[Cited] {
	c = c.orEmpty()
	return func(yield func(Cited) bool) {
		for _, run := range c.citations {
			for _, ct := range run {
				if !yield(ct) {
					return
				}
			}
		}
	}
}

var defaultCorpus = sync.OnceValues(func() (*Corpus, error) { return Load(seeds.FS()) })

// Default returns the corpus embedded in package seeds. It is parsed and
// validated once, on first use; later calls return the same *Corpus, which
// is safe for concurrent use.
func Default() (*Corpus, error) { return defaultCorpus() }

// emptyCorpus is what a nil *Corpus reads as: a corpus without records
// (the rule of the accord package on nil values). Its methods only read
// it.
var emptyCorpus = &Corpus{}

// orEmpty returns c, or an empty corpus when c is nil.
func (c *Corpus) orEmpty() *Corpus {
	if c == nil {
		return emptyCorpus
	}
	return c
}
