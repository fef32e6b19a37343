package corpus_test

import (
	"fmt"
	"time"

	"github.com/accordmodel/accord"
	"github.com/accordmodel/accord/corpus"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Ukraine's territory and what of it was occupied in September 2025, as
// the policy analysis states them: an undated figure does not match a
// dated query, so the whole territory is asked for at any time.
func ExampleCorpus_QuantitiesOf() {
	c, err := corpus.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	p := message.NewPrinter(language.English)
	show := func(d accord.Date) {
		qs, err := c.QuantitiesOf("ukraine", 0, d)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, q := range qs {
			if q.Unit.String() == "km2" || q.Metric.String() == "occupied-share" {
				lo, _ := q.Range()
				when := q.Period.String()
				if q.Period.IsZero() {
					when = "undated"
				}
				p.Printf("%-18s %-8s %v %s (%s) [%s]\n", q.Metric, q.Bound, lo, q.Unit, when, q.Document)
			}
		}
	}
	show(accord.DayOf(2025, time.September, 30))
	fmt.Println("--")
	show(accord.Date{})
	// Output:
	// occupied-territory about    115,000 km2 (2025-09) [hiia-security-guarantees]
	// occupied-share     at-least 19 percent (2025-09) [hiia-security-guarantees]
	// --
	// occupied-territory about    115,000 km2 (2025-09) [hiia-security-guarantees]
	// occupied-share     at-least 19 percent (2025-09) [hiia-security-guarantees]
	// area               about    600,000 km2 (undated) [hiia-security-guarantees]
}
