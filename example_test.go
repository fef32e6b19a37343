package accord_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/accordmodel/accord"
)

// A date carries the precision its source gives; a period may leave either
// end open.
func ExampleParseDate() {
	d, err := accord.ParseDate("2022-03")
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Precision(), d.First().Format("2 Jan 2006"), d.Last().Format("2 Jan 2006"))

	_, err = accord.ParseDate("2022-02-30")
	fmt.Println(errors.Is(err, accord.ErrBadDate))
	// Output:
	// 2022-03 month 1 Mar 2022 31 Mar 2022
	// true
}

// The constructors read as literals; a day the calendar does not have is
// the zero Date, never a date that prints what ParseDate would refuse.
func ExampleDayOf() {
	fmt.Println(accord.DayOf(2022, time.March, 29))
	d := accord.DayOf(2022, time.February, 31)
	fmt.Printf("%q %v\n", d, d.IsValid())
	// Output:
	// 2022-03-29
	// "" false
}

// A period prints its ends with an en dash between them, and ParsePeriod
// reads that text back.
func ExampleParsePeriod() {
	for _, p := range []accord.Period{
		{From: accord.YearOf(2010), To: accord.YearOf(2014)},
		{From: accord.MonthOf(2022, time.March)},
		{To: accord.YearOf(1990)},
	} {
		back, err := accord.ParsePeriod(p.String())
		fmt.Println(p, back == p, err)
	}
	_, err := accord.ParsePeriod("2014–2010")
	fmt.Println(err)
	// Output:
	// 2010–2014 true <nil>
	// 2022-03– true <nil>
	// –1990 true <nil>
	// malformed period "2014–2010": it ends before it starts
}

// Validators report every problem at once, each with its path and kind.
func ExampleCitation_Validate() {
	c := accord.Citation{Anchor: "one two three four five six seven eight nine ten eleven twelve thirteen"}
	errs := c.Validate(accord.NewPath("positions").Index(3).Child("evidence").Index(0))
	for _, e := range errs {
		fmt.Println(e, "| required:", errors.Is(e, accord.ErrRequired))
	}
	// Output:
	// positions[3].evidence[0].doc: required value: the id of a document in documents.json | required: true
	// positions[3].evidence[0].anchor: invalid value "one two three four five six seven eight nine ten eleven twelve thirteen": an anchor is at most 12 words | required: false
}

// A citation prints as its document, the anchor phrase in quotes and the
// coder's note.
func ExampleCitation_String() {
	c := accord.Citation{Doc: "lawfare-armed-neutrality", Anchor: "take only those actions that they “deem necessary,”",
		Note: "the article quotes NATO's Article 5"}
	fmt.Println(c)
	fmt.Println(accord.FormatCitations([]accord.Citation{c, {Doc: "hiia-security-guarantees", Anchor: "the perils of empty security assurances"}}))
	// Output:
	// lawfare-armed-neutrality: "take only those actions that they “deem necessary,”" (the article quotes NATO's Article 5)
	// lawfare-armed-neutrality: "take only those actions that they “deem necessary,”" (the article quotes NATO's Article 5); hiia-security-guarantees: "the perils of empty security assurances"
}
