package actors

import (
	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
	"slices"
)

// AliasKind says how an [Alias] relates to the actor's canonical name.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero AliasKind means
// "not set" and is invalid, as for every enum of accord.
type AliasKind uint8

// The AliasKind values; the table below defines each one.
const (
	_ AliasKind = iota
	ShortName
	OfficialName
	Abbreviation
	Surname
	Transliteration
	Spelling
	Metonym
	Descriptive
)

var aliasKindEnum = enum.New("AliasKind", map[AliasKind]enum.Value{
	ShortName:       {Name: "short-name", Doc: "a shorter or informal form of the name (\"Britain\", \"European allies\")"},
	OfficialName:    {Name: "official-name", Doc: "the formal name of the actor (\"Russian Federation\")"},
	Abbreviation:    {Name: "abbreviation", Doc: "an acronym or initialism (\"U.S.\", \"USSR\")"},
	Surname:         {Name: "surname", Doc: "a person's family name alone, in any script (\"Zelenskyy\")"},
	Transliteration: {Name: "transliteration", Doc: "another romanisation of a name written in another script (\"Zelenskiy\", \"Krushchev\")"},
	Spelling:        {Name: "spelling", Doc: "another spelling in the same script (\"JD Vance\")"},
	Metonym:         {Name: "metonym", Doc: "a place or thing that stands for the actor, such as a capital for its government (Kyiv, Moscow, Washington); the alias's `stands_for` says what it denotes"},
	Descriptive:     {Name: "descriptive", Doc: "a description a source uses in place of the name that can mean only this actor: an adjective (\"congressional\") or a phrase (\"advocates of this “porcupine strategy”\")"},
})

// String returns the wire name of k.
func (k AliasKind) String() string { return aliasKindEnum.String(k) }

// IsValid reports whether k is one of the named alias kinds.
func (k AliasKind) IsValid() bool { return aliasKindEnum.Valid(k) }

// ParseAliasKind returns the alias kind with the given wire name.
func ParseAliasKind(name string) (AliasKind, error) { return aliasKindEnum.Parse(name) }

// AliasKinds returns every valid alias kind in declaration order.
func AliasKinds() []AliasKind { return aliasKindEnum.Values() }

// MarshalText returns the wire name; an invalid kind is an error.
func (k AliasKind) MarshalText() ([]byte, error) { return aliasKindEnum.MarshalText(k) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (k *AliasKind) UnmarshalText(b []byte) error { return aliasKindEnum.UnmarshalText(k, b) }

// Alias is another name by which an actor is known. Lookup in a
// [Registry] matches aliases exactly like canonical names, after folding.
// Evidence is optional: it cites an article that uses the alias.
type Alias struct {
	// Name is the alias as written.
	Name string `json:"name"`
	// Kind says how the alias relates to the canonical name.
	Kind AliasKind `json:"kind"`
	// StandsFor says, for a metonym, what the word denotes ("the government
	// and leadership of Ukraine"). It is required for metonyms.
	StandsFor string `json:"stands_for,omitempty"`
	// Note is the coder's remark, for example that the alias is shared
	// with another actor.
	Note string `json:"note,omitempty"`
	// Evidence cites articles that use this alias.
	Evidence []accord.Citation `json:"evidence,omitempty"`
}

// Validate reports every intrinsic problem of the alias.
func (a Alias) Validate(path accord.Path) accord.ErrorList { return a.validate(path, foldKey(a.Name)) }

// validate is Validate for an alias whose name folds to key.
func (a Alias) validate(path accord.Path, key string) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.Text(path.Child("name"), key, "the alias as written")...)
	errs = append(errs, check.Enum(path.Child("kind"), a.Kind, aliasKindEnum)...)
	if a.Kind == Metonym && a.StandsFor == "" {
		errs = append(errs, accord.Required(path.Child("stands_for"), "what the metonym denotes").WithRule(ErrMetonymReferent))
	}
	errs = append(errs, check.Each(path.Child("evidence"), a.Evidence)...)
	return errs
}

func (a Alias) clone() Alias {
	a.Evidence = slices.Clone(a.Evidence)
	return a
}
