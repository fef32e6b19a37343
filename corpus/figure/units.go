package figure

import "time"

// The vocabulary of figures, in folded form (see fold.Fold). Multi-word
// phrases are matched word by word.

// months maps month names and their abbreviations to months.
var months = map[string]time.Month{
	"january": time.January, "jan": time.January,
	"february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March,
	"april": time.April, "apr": time.April,
	"may":  time.May,
	"june": time.June, "jun": time.June,
	"july": time.July, "jul": time.July,
	"august": time.August, "aug": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October,
	"november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
	// Ukrainian and Russian, in the genitive that dates use ("16 липня 1990").
	"січня": time.January, "лютого": time.February, "березня": time.March, "квітня": time.April,
	"травня": time.May, "червня": time.June, "липня": time.July, "серпня": time.August,
	"вересня": time.September, "жовтня": time.October, "листопада": time.November, "грудня": time.December,
	"января": time.January, "февраля": time.February, "марта": time.March, "апреля": time.April,
	"мая": time.May, "июня": time.June, "июля": time.July, "августа": time.August,
	"сентября": time.September, "октября": time.October, "ноября": time.November, "декабря": time.December,
}

// scales maps scale words to multipliers; the abbreviated ones ("bn",
// "m", "k") count only directly after a sum of money.
var scales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6, "mln": 1e6,
	"тис": 1e3, "тисяч": 1e3, "тыс": 1e3, "тысяч": 1e3,
	"млн": 1e6, "мільйонів": 1e6, "миллионов": 1e6, "млрд": 1e9, "мільярдів": 1e9, "миллиардов": 1e9,
}

var moneyScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9, "tn": 1e12}

// currencySymbols and currencyWords map to ISO 4217 codes.
var currencySymbols = map[string]string{
	"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB",
}

var currencyCodes = map[string]string{
	"eur": "EUR", "usd": "USD", "gbp": "GBP", "uah": "UAH", "rub": "RUB", "jpy": "JPY", "chf": "CHF",
}

// currencyNames are written after the number ("20 billion dollars").
var currencyNames = map[string]string{
	"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD",
	"pound": "GBP", "pounds": "GBP", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnyas": "UAH",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "yen": "JPY",
	"franc": "CHF", "francs": "CHF",
	"євро": "EUR", "евро": "EUR", "доларів": "USD", "долларов": "USD",
	"гривень": "UAH", "гривні": "UAH", "гривня": "UAH", "рублів": "RUB", "рублей": "RUB",
}

// unitPhrase is a unit written as one or more words.
type unitPhrase struct {
	words []string
	kind  Kind
	unit  string
}

// unitPhrases are tried longest first at each position.
var unitPhrases = []unitPhrase{
	{[]string{"internally", "displaced", "persons"}, Count, "people"},
	{[]string{"internally", "displaced", "people"}, Count, "people"},
	{[]string{"service", "members"}, Count, "personnel"},
	{[]string{"active", "duty"}, Count, "personnel"},
	{[]string{"ready", "reserve"}, Count, "personnel"},
	{[]string{"square", "kilometres"}, Area, "km2"},
	{[]string{"square", "kilometers"}, Area, "km2"},
	{[]string{"square", "kilometre"}, Area, "km2"},
	{[]string{"square", "kilometer"}, Area, "km2"},
	{[]string{"square", "km"}, Area, "km2"},
	{[]string{"sq", "km"}, Area, "km2"},
	{[]string{"sq", ".", "km"}, Area, "km2"},
	{[]string{"square", "miles"}, Area, "mi2"},
	{[]string{"square", "mile"}, Area, "mi2"},
	{[]string{"sq", "mi"}, Area, "mi2"},
	{[]string{"per", "cent"}, Percent, "percent"},
	{[]string{"km2"}, Area, "km2"},
	{[]string{"mi2"}, Area, "mi2"},
	{[]string{"percent"}, Percent, "percent"},
	{[]string{"відсотків"}, Percent, "percent"},
	{[]string{"процентов"}, Percent, "percent"},
	{[]string{"pct"}, Percent, "percent"},
	{[]string{"%"}, Percent, "percent"},
	{[]string{"personnel"}, Count, "personnel"},
	{[]string{"troops"}, Count, "personnel"},
	{[]string{"soldiers"}, Count, "personnel"},
	{[]string{"servicemen"}, Count, "personnel"},
	{[]string{"reservists"}, Count, "personnel"},
	{[]string{"tanks"}, Count, "tanks"},
	{[]string{"tank"}, Count, "tanks"},
	{[]string{"people"}, Count, "people"},
	{[]string{"persons"}, Count, "people"},
	{[]string{"residents"}, Count, "people"},
	{[]string{"inhabitants"}, Count, "people"},
	{[]string{"citizens"}, Count, "people"},
	{[]string{"civilians"}, Count, "people"},
	{[]string{"idps"}, Count, "people"},
	{[]string{"countries"}, Count, "countries"},
	{[]string{"states"}, Count, "countries"},
	{[]string{"nations"}, Count, "countries"},
	{[]string{"years"}, Duration, "years"},
	{[]string{"year"}, Duration, "years"},
	{[]string{"months"}, Duration, "months"},
	{[]string{"month"}, Duration, "months"},
	{[]string{"weeks"}, Duration, "weeks"},
	{[]string{"week"}, Duration, "weeks"},
	{[]string{"hours"}, Duration, "hours"},
	{[]string{"hour"}, Duration, "hours"},
	{[]string{"days"}, Duration, "days"},
	{[]string{"day"}, Duration, "days"},
	{[]string{"decades"}, Duration, "decades"},
	{[]string{"decade"}, Duration, "decades"},
	{[]string{"centuries"}, Duration, "centuries"},
	{[]string{"century"}, Duration, "centuries"},
}

// unitNames renders canonical units in [Figure.String].
var unitNames = map[string][2]string{ // singular, plural
	"km2": {"square kilometre", "square kilometres"}, "mi2": {"square mile", "square miles"},
	"percent": {"percent", "percent"}, "personnel": {"personnel", "personnel"},
	"tanks": {"tank", "tanks"}, "people": {"people", "people"}, "countries": {"countries", "countries"},
	"years": {"year", "years"}, "months": {"month", "months"}, "weeks": {"week", "weeks"},
	"hours": {"hour", "hours"}, "days": {"day", "days"}, "decades": {"decade", "decades"}, "centuries": {"century", "centuries"},
}

// connectors may stand between a number and its unit ("342 on tanks").
var connectors = map[string]bool{"on": true, "in": true, "of": true}

// periods are the periods of a rate, after "per", "a", "an" or "each".
var periods = map[string]string{
	"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
}

// periodWords are rates written as one word.
var periodWords = map[string]string{"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
