package claim

import (
	"strings"
	"testing"
)

func TestWithRate(t *testing.T) {
	for _, c := range []struct {
		sent, fig, counted, unit, want string
	}{
		{"Each year, agency officials said, it uses more than one million tons of asphalt.", "one million tons", "tons", "", "tons a year"},
		{"Con Edison records about 500 leaks in a typical month.", "500 leaks", "leaks", "", "leaks a month"},
		{"It has an average of 300 animals beaching themselves each year.", "300 animals", "animals", "", "animals a year"},
		{"More than $900 billion in interest payments will be due annually.", "$900 billion", "", "USD", "a year"},
		{"Every year, about 2 million people get sick from a superbug.", "2 million people", "people", "", "people a year"},
		// the frequency starts the next clause, or is not one
		{"The firm has 500 employees and every year hires more.", "500 employees", "employees", "", "employees"},
		{"The firm has 500 employees, each year's intake smaller.", "500 employees", "employees", "", "employees"},
		{"It burns 24 barrels each day of the week.", "24 barrels", "barrels", "", "barrels"},
		{"He served 10 years and each year wrote a book.", "10 years", "years", "", "years"},
		{"It pumps 5,000 barrels a day.", "5,000 barrels a day", "barrels a day", "", "barrels a day"},
		{"Prices rose 3 percent each year.", "3 percent", "", "percent", ""},
		{"It has 40 stores.", "40 stores", "stores", "", "stores"},
		{"The attack killed 300 people in 2001, and every year since, families gather.", "300 people", "people", "", "people"},
		{"About 230,000 people died; every year on that date the town mourns.", "230,000 people", "people", "", "people"},
		{"He gave $5 million to the hospital, which treats patients every day.", "$5 million", "", "USD", ""},
		// a span of time takes no frequency: 12 years, not "years a day"
		{"Every day, for 12 years, he walked to the mill.", "12 years", "years", "", "years"},
		// each fragment of rateHints
		{"The plant makes 500 tonnes of steel yearly.", "500 tonnes of steel", "tonnes of steel", "", "tonnes of steel a year"},
		{"The clinic sees 300 patients in a normal week.", "300 patients", "patients", "", "patients a week"},
		{"The line carries 300 trains per day.", "300 trains", "trains", "", "trains a day"},
		{"The bridge takes 2,000 cars in an average week.", "2,000 cars", "cars", "", "cars a week"},
		{"It sells 40 phones in a given month.", "40 phones", "phones", "", "phones a month"},
		{"It sells 40 phones in a usual month.", "40 phones", "phones", "", "phones a month"},
		{"It sells 40 phones in a single month.", "40 phones", "phones", "", "phones a month"},
		// a frequency adjective before the figure
		{"Democrats want to extend a weekly $600 added unemployment benefit.", "$600", "", "USD", "a week"},
		{"The park draws an annual 40,000 visitors.", "40,000 visitors", "visitors", "", "visitors a year"},
		{"It serves a daily 300 meals.", "300 meals", "meals", "", "meals a day"},
		{"The weekly report counted 300 cases.", "300 cases", "cases", "", "cases"},
	} {
		fig := strings.Index(c.sent, c.fig)
		if fig < 0 {
			t.Fatalf("%q not in %q", c.fig, c.sent)
		}
		if got := withRate(c.counted, c.unit, c.sent, fig, fig+len(c.fig), len(c.sent)); got != c.want {
			t.Errorf("withRate(%q) in %q = %q, want %q", c.counted, c.sent, got, c.want)
		}
		// the cheap test before the scan lets every rate through
		if c.want != c.counted && !mayHaveRate(c.sent) {
			t.Errorf("mayHaveRate(%q) = false, but the sentence has a rate", c.sent)
		}
	}
	// a sentence too long to scan gives no rate, however it ends
	long := "It uses 500 tons of asphalt" + strings.Repeat(" and more", 300) + " each year."
	if got := withRate("tons of asphalt", "", long, 8, 27, len(long)); got != "tons of asphalt" {
		t.Errorf("withRate over a 600-word sentence = %q, want no rate", got)
	}
}

// TestTeaserLine: other stories' teasers left in the text give no claims;
// text that trails off does.
func TestTeaserLine(t *testing.T) {
	for line, want := range map[string]bool{
		"MUST READ | Thousands of Australians are calling for their prime minister's resignation": true,
		"BRASILIA, Brazil - Brazil's official inflation finished at 4.31% last ...":               true,
		"GLASGOW, Scotland - Thousands of supporters rallied on the streets …":                    true,
		"and I lost two of my closest friends...":                                                 false,
		"with the Yankees....":              false,
		`"We lost 200 men ..."`:             false,
		"Police said 40 people | were hurt": false,
		"The storm destroyed 300 homes in the county on Tuesday, officials said.":                                   false,
		"… in case you're wondering, six articles and the Mets are not mentioned once as ever having interest in …": false,
	} {
		if got := teaserLine(line); got != want {
			t.Errorf("teaserLine(%q) = %v, want %v", line, got, want)
		}
	}
}
