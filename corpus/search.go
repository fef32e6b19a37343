package corpus

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus/tag"
	"github.com/accordmodel/accord/internal/enum"
	"github.com/accordmodel/accord/internal/fold"
)

// RecordKind says what sort of record a [SearchHit] is.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero RecordKind means
// "not set" and is invalid, as for every enum of accord.
type RecordKind uint8

// The RecordKind values; the table below defines each one.
const (
	_ RecordKind = iota
	DocumentRecord
	ActorRecord
	InstrumentRecord
	IssueRecord
	PositionRecord
	StatusRecord
	DemandRecord
	RuleRecord
	DoctrineRecord
	TermRecord
	SettlementRecord
	FrameRecord
	QuantityRecord
)

var recordKindEnum = enum.New("RecordKind", map[RecordKind]enum.Value{
	DocumentRecord:   {Name: "document", Doc: "a source document of the registry"},
	ActorRecord:      {Name: "actor", Doc: "an actor of the actor registry"},
	InstrumentRecord: {Name: "instrument", Doc: "a security instrument"},
	IssueRecord:      {Name: "issue", Doc: "an issue under negotiation"},
	PositionRecord:   {Name: "position", Doc: "a position an article attributes to an actor"},
	StatusRecord:     {Name: "status", Doc: "a state's neutrality status as one article describes it"},
	DemandRecord:     {Name: "demand", Doc: "a term a party sought in negotiations over a neutrality status"},
	RuleRecord:       {Name: "rule", Doc: "a rule of the neutrality rulebook"},
	DoctrineRecord:   {Name: "doctrine", Doc: "a doctrine: one answer to a contested question of the rulebook"},
	TermRecord:       {Name: "term", Doc: "a key term of an issue or a status kind, as texts write it"},
	SettlementRecord: {Name: "settlement", Doc: "a coded settlement option, a proposal"},
	FrameRecord:      {Name: "settlement-frame", Doc: "the frame of the settlement options: the alliance and the bindings of terms to issues"},
	QuantityRecord:   {Name: "quantity", Doc: "a quantity an article states about an actor at a time (not yet indexed for search)"},
})

// String returns the wire name of k.
func (k RecordKind) String() string { return recordKindEnum.String(k) }

// IsValid reports whether k is one of the named kinds.
func (k RecordKind) IsValid() bool { return recordKindEnum.Valid(k) }

// ParseRecordKind returns the kind with the given wire name.
func ParseRecordKind(name string) (RecordKind, error) { return recordKindEnum.Parse(name) }

// RecordKinds returns every valid kind.
func RecordKinds() []RecordKind { return recordKindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k RecordKind) MarshalText() ([]byte, error) { return recordKindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *RecordKind) UnmarshalText(b []byte) error { return recordKindEnum.UnmarshalText(k, b) }

// SearchHit is one record or document that matches every term of a query.
type SearchHit struct {
	// Kind and ID identify the record; Title is its display name.
	Kind  RecordKind
	ID    string
	Title string
	// Score ranks the hit: higher is better. Matches in names count more
	// than matches in summaries and notes.
	Score float64
	// Citation is the record's evidence that best matches the query (for
	// a document, the best-matching citation of it anywhere in the
	// corpus): its Doc and Anchor locate the hit in a source article.
	// It is zero for a record without evidence.
	Citation accord.Citation
	// Snippet is a short excerpt of the record's own text (a name, summary
	// or note, in the coder's words) around the first matched term.
	Snippet string
}

// searchDoc is one record as the search index holds it.
type searchDoc struct {
	kind   RecordKind
	id     string
	title  string
	fields []searchField
	// refs are the records this one refers to, as "kind:id" with tag
	// kinds ("actor:ukraine", "issue:neutral-status").
	refs  []string
	cites []accord.Citation
}

// searchField is one text of a record with its weight.
type searchField struct {
	weight float64
	text   string
	folded fold.Folded
}

// Field weights: names count most, then summaries, then evidence.
const (
	weightName    = 5
	weightAlias   = 4
	weightText    = 1.5
	weightAnchor  = 1
	weightNote    = 0.5
	weightRefered = 2
)

// Search returns the documents and records that match every term of the
// query, best first: documents, actors, instruments, issues, positions,
// neutrality statuses, demands and rules. The query is folded like every
// name (case, typographic quotes and dashes, and white space do not
// matter); words are matched on word boundaries, also with a plural or possessive ending
// ("guarantee" finds "guarantees"); "quoted phrases" are matched as a
// whole; common words ("the", "of", …) are ignored. A term that names a
// record — an actor by any alias ("Kyiv"), an instrument, an issue or a
// status term, as the corpus's [tag.Tagger] finds it — also matches every record that
// refers to it, so "Kyiv neutrality" finds Ukraine's positions on neutral
// status. Hits are ranked by score, then kind, then id. An empty query
// (or one of common words only) has no hits.
func (c *Corpus) Search(query string) []SearchHit {
	c = c.orEmpty()
	terms := c.queryTerms(query)
	if len(terms) == 0 {
		return nil
	}
	var hits []SearchHit
	for _, d := range c.searchIndex() {
		score, snippetAt := 0.0, searchField{}
		bestField := -1.0
		matchedAll := true
		for _, t := range terms {
			s := 0.0
			for _, f := range d.fields {
				if n := countTerm(f.folded.String(), t.text); n > 0 {
					v := f.weight * (1 + math.Log(float64(n)))
					s += v
					if v > bestField {
						bestField, snippetAt = v, f
					}
				}
			}
			if t.refersTo(d) {
				s += weightRefered
			}
			if s == 0 {
				matchedAll = false
				break
			}
			score += s
		}
		if !matchedAll {
			continue
		}
		if snippetAt.text == "" && len(d.fields) > 0 {
			// Matched through references only: show the record's main text.
			i := slices.IndexFunc(d.fields, func(f searchField) bool { return f.weight == weightText })
			snippetAt = d.fields[max(i, 0)]
		}
		hits = append(hits, SearchHit{
			Kind:     d.kind,
			ID:       d.id,
			Title:    d.title,
			Score:    math.Round(score*1000) / 1000,
			Citation: bestCitation(d.cites, terms),
			Snippet:  snippet(snippetAt, terms),
		})
	}
	slices.SortFunc(hits, func(a, b SearchHit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Kind, b.Kind), strings.Compare(a.ID, b.ID))
	})
	return hits
}

// queryTerm is one term of a query: folded text, and the records it names.
type queryTerm struct {
	text    string
	targets []string // "kind:id"
}

// refersTo reports whether the record is, or refers to, one the term names.
func (t queryTerm) refersTo(d *searchDoc) bool {
	return slices.ContainsFunc(t.targets, func(target string) bool {
		return target == d.kind.String()+":"+d.id || slices.Contains(d.refs, target)
	})
}

// stopWords are ignored in queries.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true,
	"to": true, "for": true, "by": true, "with": true, "is": true, "are": true, "was": true, "be": true,
	"what": true, "who": true, "which": true, "does": true, "do": true, "at": true, "as": true, "its": true,
	"from": true, "about": true, "that": true, "this": true, "it": true, "than": true,
}

// queryTerms splits a query into terms: quoted phrases, names the tagger
// finds, and the remaining words.
func (c *Corpus) queryTerms(query string) []queryTerm {
	// Each distinct term is kept once with each target once, so a query
	// that repeats itself costs no more to match than one that does not,
	// and splitting it is linear in its length.
	var terms []queryTerm
	index := map[string]int{}    // term text → index in terms
	seen := map[[2]string]bool{} // (term text, target) already added
	add := func(t queryTerm) {
		t.text = strings.Trim(t.text, " ")
		if t.text == "" || stopWords[t.text] {
			return
		}
		i, ok := index[t.text]
		if !ok {
			i = len(terms)
			index[t.text] = i
			terms = append(terms, queryTerm{text: t.text})
		}
		for _, tg := range t.targets {
			if k := [2]string{t.text, tg}; !seen[k] {
				seen[k] = true
				terms[i].targets = append(terms[i].targets, tg)
			}
		}
	}
	// Quoted phrases first; they are blanked out (keeping byte offsets)
	// before names are looked for in the rest.
	q := []byte(query)
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRune(q[i:])
		if fold.FoldPunct(r) != '"' {
			i += n
			continue
		}
		j := i + n
		for j < len(q) {
			r2, n2 := utf8.DecodeRune(q[j:])
			if fold.FoldPunct(r2) == '"' {
				break
			}
			j += n2
		}
		add(queryTerm{text: fold.Fold(string(q[i+n : j]))})
		end := j
		if j < len(q) {
			_, n2 := utf8.DecodeRune(q[j:])
			end = j + n2
		}
		for k := i; k < end; k++ {
			q[k] = ' '
		}
		i = end
	}
	// Names the tagger resolves (on the text as written, so that
	// capitalisation rules apply), then the words left over.
	// Each mention is blanked out in q (in place, so that the pass is
	// linear in the query); one wholly inside an earlier one is skipped.
	for _, m := range c.Tagger().Tag(string(q)) {
		if m.Kind == tag.Figure || strings.TrimSpace(string(q[m.Start:m.End])) == "" {
			continue
		}
		t := queryTerm{text: fold.Fold(m.Text)}
		for _, tg := range m.Targets {
			t.targets = append(t.targets, tg.Kind.String()+":"+tg.ID)
		}
		add(t)
		for k := m.Start; k < m.End; k++ {
			q[k] = ' '
		}
	}
	for _, w := range strings.FieldsFunc(fold.Fold(string(q)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '.'
	}) {
		add(queryTerm{text: strings.Trim(w, "-'.")})
	}
	return terms
}

// countTerm counts the occurrences of term in folded text on word
// boundaries, allowing a plural or possessive ending after it.
func countTerm(text, term string) int {
	n := 0
	for at := 0; ; {
		i := strings.Index(text[at:], term)
		if i < 0 {
			return n
		}
		start, end := at+i, at+i+len(term)
		at = start + 1
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && isWordRune(r) {
			continue
		}
		rest := text[end:]
		for _, suffix := range []string{"'s", "es", "s", ""} {
			if strings.HasPrefix(rest, suffix) {
				if r, _ := utf8.DecodeRuneInString(rest[len(suffix):]); len(rest) == len(suffix) || !isWordRune(r) {
					n++
					break
				}
			}
		}
	}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// bestCitation returns the citation whose anchor and note match the most
// query terms, the first one on ties; zero when there is none.
func bestCitation(cites []accord.Citation, terms []queryTerm) accord.Citation {
	best, bestN := accord.Citation{}, -1
	for _, ct := range cites {
		text := fold.Fold(ct.Anchor + " " + ct.Note)
		n := 0
		for _, t := range terms {
			if countTerm(text, t.text) > 0 {
				n++
			}
		}
		if n > bestN {
			best, bestN = ct, n
		}
	}
	return best
}

// snippetWords is the length of a snippet, in words.
const snippetWords = 24

// snippet returns up to snippetWords words of the field's original text
// around the first matched term, with "…" where it is cut.
func snippet(f searchField, terms []queryTerm) string {
	if f.text == "" {
		return ""
	}
	fs := f.folded.String()
	first := len(fs)
	for _, t := range terms {
		if i := strings.Index(fs, t.text); i >= 0 && i < first {
			first = i
		}
	}
	if first == len(fs) {
		first = 0
	}
	start, _ := f.folded.Origin(first, first)
	words := strings.Fields(f.text)
	// Find the word holding the match and centre the window on it.
	pos, idx := 0, 0
	for i, w := range words {
		j := strings.Index(f.text[pos:], w) + pos
		if j+len(w) > start {
			idx = i
			break
		}
		pos = j + len(w)
		idx = i
	}
	from := max(0, idx-snippetWords/3)
	to := min(len(words), from+snippetWords)
	from = max(0, to-snippetWords)
	s := strings.Join(words[from:to], " ")
	if from > 0 {
		s = "…" + s
	}
	if to < len(words) {
		s += "…"
	}
	return s
}
