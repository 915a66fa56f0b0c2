package quantity_test

import (
	"fmt"
	"strings"

	"newsdesk/internal/quantity"
)

func ExampleFind() {
	text := "Around 10,000 North Korean soldiers are in Russia, with up to 8,000 of them near Kursk; " +
		"the aid package is worth $5-7bn, and 5% of voters back it (October 27-28 poll)."
	for _, q := range quantity.Find(text) {
		line := fmt.Sprintf("%q: %g to %g %s %s", q.Text, deref(q.Low), deref(q.High), q.Unit, q.Counted)
		if q.Value != nil {
			line = fmt.Sprintf("%q: %g %s %s %s", q.Text, *q.Value, q.Qualifier, q.Unit, q.Counted)
		}
		fmt.Println(strings.TrimSpace(line))
	}
	// Output:
	// "Around 10,000": 10000 approx  North Korean soldiers
	// "up to 8,000": 8000 upper  North Korean soldiers
	// "$5-7bn": 5e+09 to 7e+09 USD
	// "5%": 5 exact percent voters
}

func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}
