package accord_test

import (
	"errors"
	"fmt"

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
