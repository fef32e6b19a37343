package actors

import (
	"math"
	"slices"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/internal/check"
	"github.com/accordmodel/accord/internal/enum"
)

// Metric says what a [Quantity] measures about its actor.
//
// seeds/CODEBOOK.md gives each value's meaning. The zero Metric means
// "not set" and is invalid, as for every enum of accord.
type Metric uint8

// The Metric values; the table below defines each one.
const (
	_ Metric = iota
	Population
	Area
	OccupiedTerritory
	OccupiedShare
	ControlledShare
	SizeRatio
	StandingForces
	ReserveForces
	DefenceSpending
	DefenceBudgetShare
	MilitaryAid
	ArmsExports
	ArmsExportRecipients
	DisplacedPersons
	CensusShare
	UrbanShare
	Independence
	NuclearArsenalRank
)

var metricEnum = enum.New("Metric", map[Metric]enum.Value{
	Population:           {Name: "population", Doc: "the number of people living in the actor's territory"},
	Area:                 {Name: "area", Doc: "the area of the actor's territory"},
	OccupiedTerritory:    {Name: "occupied-territory", Doc: "the area of the actor's territory under another state's occupation"},
	OccupiedShare:        {Name: "occupied-share", Doc: "the share of the actor's territory under another state's occupation, in percent"},
	ControlledShare:      {Name: "controlled-share", Doc: "the share of a stated extent of the actor's territory that it still controls, in percent"},
	SizeRatio:            {Name: "size-ratio", Doc: "how many times larger the actor is than the actor named in `relative_to`"},
	StandingForces:       {Name: "standing-forces", Doc: "the personnel of the actor's standing or active-duty forces"},
	ReserveForces:        {Name: "reserve-forces", Doc: "the personnel of the actor's ready reserve"},
	DefenceSpending:      {Name: "defence-spending", Doc: "what the actor spends, or would spend, on its defence"},
	DefenceBudgetShare:   {Name: "defence-budget-share", Doc: "the actor's defence budget as a share of its GDP, in percent"},
	MilitaryAid:          {Name: "military-aid", Doc: "military aid the actor receives from donors (the donors are the source or in the note)"},
	ArmsExports:          {Name: "arms-exports", Doc: "the value of the military equipment the actor exports"},
	ArmsExportRecipients: {Name: "arms-export-recipients", Doc: "the number of countries the actor exports military equipment to"},
	DisplacedPersons:     {Name: "displaced-persons", Doc: "people displaced inside the actor's territory"},
	CensusShare:          {Name: "census-share", Doc: "the share of the population a census counts in a group, named in `group`, in percent"},
	UrbanShare:           {Name: "urban-share", Doc: "the share of the population living in towns and cities, in percent"},
	Independence:         {Name: "independence", Doc: "how long the actor has existed as an independent state"},
	NuclearArsenalRank:   {Name: "nuclear-arsenal-rank", Doc: "the rank of the actor's nuclear arsenal by size among the world's arsenals"},
})

// String returns the wire name of m.
func (m Metric) String() string { return metricEnum.String(m) }

// IsValid reports whether m is one of the named metrics.
func (m Metric) IsValid() bool { return metricEnum.Valid(m) }

// Doc returns the meaning of m.
func (m Metric) Doc() string { return metricEnum.Doc(m) }

// ParseMetric returns the metric with the given wire name.
func ParseMetric(name string) (Metric, error) { return metricEnum.Parse(name) }

// Metrics returns every valid metric in declaration order.
func Metrics() []Metric { return metricEnum.Values() }

// MarshalText returns the wire name; an invalid metric is an error.
func (m Metric) MarshalText() ([]byte, error) { return metricEnum.MarshalText(m) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (m *Metric) UnmarshalText(text []byte) error { return metricEnum.UnmarshalText(m, text) }

// Unit is the unit of a [Quantity]'s value. Sums of money are in whole
// units of their currency ("eur": 1.1e11 for €110 billion); a rate adds
// its period ("usd-per-year").
//
// The zero Unit means "not set" and is invalid.
type Unit uint8

// The Unit values; the table below defines each one.
const (
	_ Unit = iota
	People
	Personnel
	SquareKilometres
	Percent
	Times
	EUR
	EURPerYear
	USD
	USDPerYear
	Countries
	Years
	Rank
)

var unitEnum = enum.New("Unit", map[Unit]enum.Value{
	People:           {Name: "people", Doc: "a number of people"},
	Personnel:        {Name: "personnel", Doc: "a number of military personnel"},
	SquareKilometres: {Name: "km2", Doc: "square kilometres"},
	Percent:          {Name: "percent", Doc: "a percentage, 0 to 100"},
	Times:            {Name: "times", Doc: "a ratio, how many times the other quantity"},
	EUR:              {Name: "eur", Doc: "euros"},
	EURPerYear:       {Name: "eur-per-year", Doc: "euros a year"},
	USD:              {Name: "usd", Doc: "US dollars"},
	USDPerYear:       {Name: "usd-per-year", Doc: "US dollars a year"},
	Countries:        {Name: "countries", Doc: "a number of countries"},
	Years:            {Name: "years", Doc: "a length of time in years"},
	Rank:             {Name: "rank", Doc: "a position in an order, 1 for the first"},
})

// String returns the wire name of u.
func (u Unit) String() string { return unitEnum.String(u) }

// IsValid reports whether u is one of the named units.
func (u Unit) IsValid() bool { return unitEnum.Valid(u) }

// ParseUnit returns the unit with the given wire name.
func ParseUnit(name string) (Unit, error) { return unitEnum.Parse(name) }

// Units returns every valid unit in declaration order.
func Units() []Unit { return unitEnum.Values() }

// MarshalText returns the wire name; an invalid unit is an error.
func (u Unit) MarshalText() ([]byte, error) { return unitEnum.MarshalText(u) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (u *Unit) UnmarshalText(text []byte) error { return unitEnum.UnmarshalText(u, text) }

// Mode says whether a [Quantity] is a state of affairs or something
// expected, aimed at or needed, so that a forecast or a need is never
// read as a fact (the future and hypothetical contexts of PLOVER).
//
// The zero Mode means "not set" and is invalid.
type Mode uint8

// The Mode values; the table below defines each one.
const (
	_ Mode = iota
	Actual
	Target
	Needed
	Forecast
)

var modeEnum = enum.New("Mode", map[Mode]enum.Value{
	Actual:   {Name: "actual", Doc: "the article states it as the case at the time of the period, measured or estimated"},
	Target:   {Name: "target", Doc: "a level the actor is moving towards or has pledged"},
	Needed:   {Name: "needed", Doc: "what the article or the author it cites says the actor would need"},
	Forecast: {Name: "forecast", Doc: "what the article expects the quantity to be"},
})

// String returns the wire name of m.
func (m Mode) String() string { return modeEnum.String(m) }

// IsValid reports whether m is one of the named modes.
func (m Mode) IsValid() bool { return modeEnum.Valid(m) }

// ParseMode returns the mode with the given wire name.
func ParseMode(name string) (Mode, error) { return modeEnum.Parse(name) }

// Modes returns every valid mode in declaration order.
func Modes() []Mode { return modeEnum.Values() }

// MarshalText returns the wire name; an invalid mode is an error.
func (m Mode) MarshalText() ([]byte, error) { return modeEnum.MarshalText(m) }

// UnmarshalText parses a wire name and rejects unknown ones.
func (m *Mode) UnmarshalText(text []byte) error { return modeEnum.UnmarshalText(m, text) }

// Quantity is a fact about an actor that is a number, as an article states
// it: Ukraine's population of about 38 million in 2024, the roughly
// 115,000 km² of its territory under occupation in September 2025, the
// 625,000 men of Switzerland's army in the 1960s. Like a Wikidata
// statement, the value carries qualifiers: its bound (about, at least, a
// range), its unit, the period it holds for, who states or estimates it,
// and whether it is a fact, a target, a need or a forecast. Each carries
// the citation it rests on.
//
// When two articles give different figures for one thing, each is a
// separate Quantity with its own evidence; nothing is merged.
type Quantity struct {
	// ID is a stable slug, unique across the corpus.
	ID string `json:"id"`
	// Actor is the id of the actor the quantity is about.
	Actor string `json:"actor"`
	// Metric says what is measured.
	Metric Metric `json:"metric"`
	// Group names the part of the population a census share counts
	// ("ethnic Ukrainians"); required for census-share, empty otherwise.
	Group string `json:"group,omitempty"`
	// RelativeTo is the id of the actor a size ratio compares with;
	// required for size-ratio, empty otherwise.
	RelativeTo string `json:"relative_to,omitempty"`
	// Mode says whether the value is the case, a target, a need or a
	// forecast.
	Mode Mode `json:"mode"`
	// Bound says how Value limits the quantity (about, at least, at most,
	// exactly, or between Value and Max).
	Bound Bound `json:"bound"`
	// Value is the number in Unit; for Between, the lower end.
	Value float64 `json:"value"`
	// Max is the upper end for Between, and zero otherwise.
	Max float64 `json:"max,omitempty"`
	// Unit is the unit of Value and Max.
	Unit Unit `json:"unit"`
	// Period is when the value holds, as far as the article tells; zero
	// when the article gives no time.
	Period accord.Period `json:"period,omitzero"`
	// Source is the id of the actor the article gives as the source of the
	// figure (the UN for a population estimate), if it names one.
	Source string `json:"source,omitempty"`
	// Note says in the coder's words what the article adds: the scope of
	// the figure, how it was reckoned.
	Note string `json:"note,omitempty"`
	// Evidence cites the article and the phrase that states the figure.
	Evidence []accord.Citation `json:"evidence"`
}

// Validate reports every intrinsic problem of the quantity: malformed ids,
// invalid enums, a value that is negative or not finite, a range without a
// max above its value or a max without a range, a percentage above 100, a
// census share without its group or a size ratio without the actor it
// compares with (and either field on another metric), a period that ends
// before it starts, and missing evidence. Whether the actors exist is
// checked by the corpus loader.
func (q Quantity) Validate(path accord.Path) accord.ErrorList {
	var errs accord.ErrorList
	errs = append(errs, check.ID(path.Child("id"), q.ID, "a slug unique across the corpus")...)
	errs = append(errs, check.ID(path.Child("actor"), q.Actor, "the id of the actor the quantity is about")...)
	errs = append(errs, check.Enum(path.Child("metric"), q.Metric, metricEnum)...)
	switch {
	case q.Metric == CensusShare:
		errs = append(errs, check.Text(path.Child("group"), q.Group, "the group a census share counts")...)
	case q.Group != "":
		errs = append(errs, accord.Invalid(path.Child("group"), q.Group, "only a census-share names a group"))
	}
	switch {
	case q.Metric == SizeRatio:
		errs = append(errs, check.ID(path.Child("relative_to"), q.RelativeTo, "the id of the actor the ratio compares with")...)
		if q.RelativeTo != "" && q.RelativeTo == q.Actor {
			errs = append(errs, accord.Invalid(path.Child("relative_to"), q.RelativeTo, "a ratio compares with another actor").WithRule(ErrSelfReference))
		}
	case q.RelativeTo != "":
		errs = append(errs, accord.Invalid(path.Child("relative_to"), q.RelativeTo, "only a size-ratio compares with another actor"))
	}
	errs = append(errs, check.Enum(path.Child("mode"), q.Mode, modeEnum)...)
	errs = append(errs, check.Enum(path.Child("bound"), q.Bound, boundEnum)...)
	finite := func(v float64) bool { return v >= 0 && !math.IsNaN(v) && !math.IsInf(v, 0) }
	if !finite(q.Value) {
		errs = append(errs, accord.Invalid(path.Child("value"), q.Value, "a finite number not below zero"))
	}
	switch {
	case q.Bound == Between && !(q.Max > q.Value && finite(q.Max)):
		errs = append(errs, accord.Invalid(path.Child("max"), q.Max, "a range needs a finite max above its value"))
	case q.Bound != Between && q.Max != 0:
		errs = append(errs, accord.Invalid(path.Child("max"), q.Max, "only a between quantity has a max"))
	}
	errs = append(errs, check.Enum(path.Child("unit"), q.Unit, unitEnum)...)
	if q.Unit == Percent && max(q.Value, q.Max) > 100 {
		errs = append(errs, accord.Invalid(path.Child("value"), q.Value, "a percentage of at most 100"))
	}
	errs = append(errs, q.Period.Validate(path.Child("period"))...)
	errs = append(errs, check.OptID(path.Child("source"), q.Source, "the id of the actor the figure comes from")...)
	errs = append(errs, accord.ValidateEvidence(path.Child("evidence"), q.Evidence)...)
	return errs
}

// Range returns the lowest and highest value the quantity allows: Value
// and Max for a range, Value twice otherwise.
func (q Quantity) Range() (lo, hi float64) {
	if q.Bound == Between {
		return q.Value, q.Max
	}
	return q.Value, q.Value
}

// HoldsOn reports whether the quantity may hold on date d. The invalid
// (zero) Date stands for "at any time" and matches every quantity; a
// quantity without a period matches no valid date, since the article does
// not say when it holds.
func (q Quantity) HoldsOn(d accord.Date) bool {
	if !d.IsValid() {
		return true
	}
	return !q.Period.IsZero() && q.Period.ContainsDate(d)
}

// Clone returns a deep copy of the quantity.
func (q Quantity) Clone() Quantity {
	q.Evidence = slices.Clone(q.Evidence)
	return q
}
