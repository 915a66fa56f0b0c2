package reconcile

import (
	"strings"
	"testing"
	"time"
)

func f(v float64) *float64 { return &v }

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// bounded gives cl the value v with qualifier q and the bounds q implies.
func bounded(cl Claim, v float64, q string) Claim {
	cl.Value, cl.Qualifier = f(v), q
	switch q {
	case "upper":
		cl.High = f(v)
	case "lower":
		cl.Low = f(v)
	case "exact":
		cl.Low, cl.High = f(v), f(v)
	}
	return cl
}

func TestBuildRelatesValues(t *testing.T) {
	start := 0 // each claim its own sentence
	c := func(path, pub string, v float64, q, counted, scope, speaker, asOf string, flags ...string) Claim {
		start += 100
		return bounded(Claim{Path: path, Start: start, Published: day(pub), Counted: counted, Scope: scope, Speaker: speaker, AsOf: day(asOf), Flags: flags}, v, q)
	}
	claims := []Claim{
		c("a", "2024-11-01", 10000, "approx", "North Korean soldiers", "Russia", "Blinken", ""),
		c("a", "2024-11-01", 8000, "exact", "North Korean forces", "Kursk region", "Blinken", ""),
		c("a", "2024-11-01", 3000, "lower", "soldiers", "Russia", "the White House", "2024-10-25"),
		c("b", "2024-10-28", 10000, "approx", "soldiers", "Russia", "US Department of Defense", "2024-10-28"),
		c("c", "2024-10-31", 10000, "approx", "North Korean troops", "Russia", "Blinken", "2024-10-31"),
		c("c", "2024-10-31", 8000, "upper", "North Korean forces", "Kursk region", "Blinken", "2024-10-31"),
		c("d", "2024-10-23", 12000, "upper", "soldiers", "", "", "2024-10-23", "ai-generated"),
		c("d", "2024-10-23", 6000, "exact", "troops", "", "Ukraine", "", "ai-generated"),
		c("e", "", 10000, "approx", "soldiers", "Russia", "Sabrina Singh", ""),
		c("e", "", 100, "exact", "years", "", "", ""), // a duration is no figure
	}
	figs := Build(claims)
	if len(figs) != 1 {
		t.Fatalf("got %d figures, want 1: %+v", len(figs), figs)
	}
	fig := figs[0]
	if fig.Counted != "North Korean soldiers" || fig.Scope != "Russia" {
		t.Errorf("figure = %q in %q", fig.Counted, fig.Scope)
	}
	type want struct {
		sources  []string
		relation string
		weak     []string
	}
	wants := map[float64]want{
		10000: {[]string{"b", "c", "a", "e"}, Agree, nil},
		8000:  {[]string{"c", "a"}, Agree, nil},
		3000:  {[]string{"a"}, Evolves, nil},
		12000: {[]string{"d"}, SingleSource, []string{WeakUnattributed, WeakAIOnly}},
		6000:  {[]string{"d"}, SingleSource, []string{WeakAIOnly}},
	}
	if len(fig.Values) != len(wants) {
		t.Fatalf("got %d values, want %d", len(fig.Values), len(wants))
	}
	for _, v := range fig.Values {
		w, ok := wants[*v.Value]
		if !ok {
			t.Errorf("unexpected value %v", *v.Value)
			continue
		}
		if got := v.Sources(); !equal(got, w.sources) {
			t.Errorf("%v: sources %v, want %v", *v.Value, got, w.sources)
		}
		if v.Relation != w.relation {
			t.Errorf("%v: relation %s, want %s", *v.Value, v.Relation, w.relation)
		}
		if !equal(v.Weak, w.weak) {
			t.Errorf("%v: weak %v, want %v", *v.Value, v.Weak, w.weak)
		}
	}
}

func TestConflict(t *testing.T) {
	claims := []Claim{
		{Path: "a", Value: f(50), Qualifier: "exact", Counted: "people killed", Speaker: "police", AsOf: day("2024-05-01")},
		{Path: "b", Value: f(200), Qualifier: "exact", Counted: "dead", Speaker: "health ministry", AsOf: day("2024-05-01")},
	}
	figs := Build(claims)
	if len(figs) != 1 || len(figs[0].Values) != 2 {
		t.Fatalf("figures: %+v", figs)
	}
	for _, v := range figs[0].Values {
		if v.Relation != Conflicts {
			t.Errorf("%v: relation %s, want conflicts", *v.Value, v.Relation)
		}
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Groups of one head whose modifiers differ but which report the same
// number are one figure; a part with its own number stays apart.
func TestMergeGroupsSharingAValue(t *testing.T) {
	c := func(path string, v float64, counted string) Claim {
		return Claim{Path: path, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: counted}
	}
	figs := Build([]Claim{
		c("a", 23, "Somali and Yemeni pirates"),
		c("b", 23, "Somali and Yemeni pirates"),
		c("c", 23, "Somalian pirates"),
		c("d", 11, "Yemeni pirates"),
		c("e", 11, "Yemeni pirates"),
		c("f", 95, "Ukrainian prisoners"),
		c("g", 95, "Russian prisoners"),
	})
	var pirates []Figure
	prisoners := 0
	for _, fg := range figs {
		if strings.HasSuffix(fg.Counted, "pirates") {
			pirates = append(pirates, fg)
		}
		if strings.HasSuffix(fg.Counted, "prisoners") {
			prisoners++
		}
	}
	if prisoners != 2 {
		t.Errorf("got %d prisoner figures, want 2: the same number of Ukrainian and Russian prisoners are two figures", prisoners)
	}
	if len(pirates) != 2 {
		t.Fatalf("got %d figures, want 2 (23 pirates, 11 Yemeni pirates): %+v", len(pirates), figs)
	}
	if n := len(pirates[0].Values[0].Sources()); *pirates[0].Values[0].Value != 23 || n != 3 {
		t.Errorf("first figure %q = %v from %d sources, want 23 from 3", pirates[0].Counted, *pirates[0].Values[0].Value, n)
	}
}

func TestCountedKeyRates(t *testing.T) {
	for _, tc := range []struct{ in, head, mod string }{
		{"assists per game", "assist", "per game"},
		{"attacks a day", "attack", "per day"},
		{"burials each day", "burial", "per day"},
		{"coronavirus cases per 100,000 people", "cases", "coronavirus per 100 000 people"},
		{"cases", "cases", ""},
		{"glasses", "glass", ""},
		{"viruses", "virus", ""},
		{"buses", "bus", ""},
		{"houses", "homes", ""},
		{"North Korean soldiers", "troops", "north korean"},
		{"mph", "miles", "per hour"},
		{"miles an hour", "miles", "per hour"},
		{"metres", "metres", ""},
		{"m", "metres", ""},
		{"ft", "feet", ""},
		{"KOs", "knockouts", ""},
		{"knockouts", "knockouts", ""},
		{"lbs", "pounds", ""},
		{"km/h", "kilometres", "per hour"},
		{"°C", "°C", ""},
		{"C", "°C", ""},
		{"℃", "°C", ""},
		{"degrees Celsius", "°C", "degrees"},
		{"°F", "°F", ""},
		{"Vitamin C", "c", "vitamin"},
		{"temperatures in C", "°C", "temperatures"},
		{"global warming in °C", "°C", "global warming"},
		{"gusts in mph", "miles", "gusts per hour"},
		{"died", "deaths", ""},
		{"a day in lost production", "production", "lost per day"},
		{"tonnes of cocaine", "cocaine", "tonnes"},
	} {
		h, m, ok := countedKey(tc.in)
		if !ok || h != tc.head || m != tc.mod {
			t.Errorf("countedKey(%q) = %q, %q, %v; want %q, %q", tc.in, h, m, ok, tc.head, tc.mod)
		}
	}
}

// Figures of one counted noun in different roles are different figures:
// one man killed does not conflict with a dozen people at the party, nor one
// dead with two injured. "10 dead" and "10 people were killed" are one.
func TestBuildKeepsRolesApart(t *testing.T) {
	c := func(path string, v float64, counted, role string) Claim {
		return Claim{Path: path, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: counted, Role: role}
	}
	figs := Build([]Claim{
		c("a", 12, "people", ""),
		c("a", 1, "person", "killed"),
		c("b", 1, "dead", ""),
		c("b", 2, "people", "injured"),
		c("c", 1, "people", "killed"),
		c("c", 2, "wounded", ""),
		c("d", 3, "arrested", "arrested"),
	})
	got := map[string][]string{}
	for _, fg := range figs {
		for _, v := range fg.Values {
			if v.Relation == Conflicts {
				t.Errorf("%s %s: %v conflicts", fg.Counted, fg.Role, *v.Value)
			}
			if fg.Counted != "people" && fg.Counted != "person" {
				t.Errorf("figure labelled %q", fg.Counted)
			}
			got[fg.Role] = append(got[fg.Role], strings.Join(v.Sources(), ","))
		}
	}
	want := map[string][]string{"": {"a"}, "killed": {"a,b,c"}, "injured": {"b,c"}, "arrested": {"d"}}
	for k, w := range want {
		if strings.Join(got[k], " ") != strings.Join(w, " ") {
			t.Errorf("figure %s has values from %v, want %v (all: %v)", k, got[k], w, got)
		}
	}
}

// A plain count does not join a rate of the same noun: "30 miles" is no
// "120 miles per hour".
func TestBuildKeepsRatesApart(t *testing.T) {
	figs := Build([]Claim{
		{Path: "a", Value: f(120), High: f(120), Qualifier: "upper", Counted: "miles per hour"},
		{Path: "b", Value: f(120), High: f(120), Qualifier: "upper", Counted: "miles per hour"},
		{Path: "a", Value: f(30), Low: f(30), High: f(30), Qualifier: "exact", Counted: "miles"},
	})
	if len(figs) != 2 {
		t.Fatalf("got %d figures, want 2", len(figs))
	}
	for _, fg := range figs {
		if fg.Counted != "miles per hour" && fg.Counted != "miles" {
			t.Errorf("figure labelled %q", fg.Counted)
		}
	}
}

// Values far apart in size are different things counted, not a conflict:
// "as many as 20 people had been inside the bank" and "20,000 people
// marched"; values a few times apart on one day still conflict.
func TestBuildMagnitudes(t *testing.T) {
	c := func(path string, v float64, speaker string) Claim {
		return Claim{Path: path, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: "people", Speaker: speaker, AsOf: day("2010-05-05")}
	}
	rel := func(cs ...Claim) []string {
		var out []string
		for _, v := range Build(cs)[0].Values {
			out = append(out, v.Relation)
		}
		return out
	}
	if got := rel(c("a", 20, "Firefighters"), c("b", 20000, "Police")); strings.Join(got, " ") != "single-source single-source" {
		t.Errorf("20 vs 20,000: relations %v, want both single-source", got)
	}
	if got := rel(c("a", 30000, "Police"), c("b", 100000, "Unions")); strings.Join(got, " ") != "conflicts conflicts" {
		t.Errorf("30,000 vs 100,000: relations %v, want both conflicts", got)
	}
}

// Amounts of money with nothing counted are different things (a bailout, a
// contribution), so they never conflict or evolve.
func TestBuildUncountedMoney(t *testing.T) {
	c := func(path string, v float64, speaker string) Claim {
		return Claim{Path: path, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Unit: "EUR", Speaker: speaker, AsOf: day("2010-05-05")}
	}
	figs := Build([]Claim{c("a", 30e9, "Unions"), c("b", 22e9, "Angela Merkel"), c("c", 22e9, "Reuters")})
	if len(figs) != 1 {
		t.Fatalf("got %d figures, want 1", len(figs))
	}
	for _, v := range figs[0].Values {
		if v.Relation == Conflicts || v.Relation == Evolves {
			t.Errorf("%v EUR: %s", *v.Value, v.Relation)
		}
	}
}

// Two values of one sentence are a part and its whole ("five of the six
// bullet casings"), not a conflict; and where values name several places,
// one that names none conflicts with none of them.
func TestBuildNoConflictWithinSentenceOrAcrossPlaces(t *testing.T) {
	c := func(path string, start int, v float64, scope, speaker string) Claim {
		return Claim{Path: path, Start: start, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: "bullet casings", Scope: scope, Speaker: speaker}
	}
	for name, cs := range map[string][]Claim{
		"one sentence":   {c("a", 10, 5, "", "Lynne Abraham"), c("a", 10, 6, "", "Lynne Abraham")},
		"several places": {c("a", 10, 55, "Saudi Arabia", "Orange"), c("b", 10, 90, "Maldives", "France Telecom"), c("c", 10, 75, "", "Interoute")},
	} {
		for _, v := range Build(cs)[0].Values {
			if v.Relation == Conflicts {
				t.Errorf("%s: %v conflicts", name, *v.Value)
			}
		}
	}
	// the same figures from two sentences of one place do conflict
	cs := []Claim{c("a", 10, 5, "", "Lynne Abraham"), c("b", 40, 6, "", "Police")}
	if v := Build(cs)[0].Values[0]; v.Relation != Conflicts {
		t.Errorf("5 vs 6 from two articles: %s, want conflicts", v.Relation)
	}
}

// A rate is labelled by what it counts and its denominator.
func TestRateLabel(t *testing.T) {
	figs := Build([]Claim{
		{Path: "a", Value: f(5000), Low: f(5000), High: f(5000), Qualifier: "exact", Counted: "gallons of water per minute"},
		{Path: "b", Value: f(5000), Low: f(5000), High: f(5000), Qualifier: "exact", Counted: "gallons of water per minute"},
	})
	if len(figs) != 1 || figs[0].Counted != "gallons of water per minute" {
		t.Errorf("figures %+v, want one labelled gallons of water per minute", figs)
	}
}

// A part and its whole from one sentence ("30 of the 80 wounded remained in
// hospital") are no later stage of each other either.
func TestBuildNoEvolvesWithinSentence(t *testing.T) {
	c := func(path string, start int, v float64, asOf string) Claim {
		return Claim{Path: path, Start: start, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: "wounded", Speaker: "Sheikholeslami", AsOf: day(asOf)}
	}
	for _, v := range Build([]Claim{c("a", 10, 80, "2005-11-27"), c("b", 50, 80, "2005-11-27"), c("b", 90, 30, "2005-11-28"), c("b", 90, 80, "2005-11-28")})[0].Values {
		if v.Relation == Evolves && *v.Value == 80 {
			t.Errorf("80 evolves into %v", *v.Related.Value)
		}
	}
}

// A value with no date is no later stage of a dated one, and an open bound
// agrees only with a value near it.
func TestBuildUndatedAndOpenBounds(t *testing.T) {
	dated := Claim{Path: "a", Start: 10, Value: f(18), Low: f(18), High: f(18), Qualifier: "exact", Counted: "people", Speaker: "Police", AsOf: day("2010-05-05")}
	undated := Claim{Path: "b", Start: 10, Value: f(12), Low: f(12), High: f(12), Qualifier: "exact", Counted: "people", Speaker: "Police"}
	for _, v := range Build([]Claim{dated, undated})[0].Values {
		if v.Relation == Evolves {
			t.Errorf("%v evolves into %v", *v.Value, *v.Related.Value)
		}
	}
	upTo := Claim{Path: "a", Start: 10, Value: f(193), High: f(193), Qualifier: "upper", Counted: "people", Speaker: "Sheriff"}
	chase := Claim{Path: "a", Start: 50, Value: f(48), Low: f(48), High: f(48), Qualifier: "exact", Counted: "people", Speaker: "Sheriff"}
	for _, v := range Build([]Claim{upTo, chase})[0].Values {
		if v.Related != nil && v.Relation == Agree {
			t.Errorf("%v agrees with %v", *v.Value, *v.Related.Value)
		}
	}
}

// "nearly 100" and "more than 100" stay two values; "up to 8,000" and
// "8,000" are one.
func TestBuildMergesCompatibleBounds(t *testing.T) {
	c := func(path string, v float64, q string) Claim {
		return bounded(Claim{Path: path, Start: 10, Counted: "people", Speaker: "Police"}, v, q)
	}
	if n := len(Build([]Claim{c("a", 100, "approx"), c("b", 100, "lower")})[0].Values); n != 2 {
		t.Errorf("nearly 100 and more than 100: %d values, want 2", n)
	}
	if n := len(Build([]Claim{c("a", 8000, "upper"), c("b", 8000, "exact")})[0].Values); n != 1 {
		t.Errorf("up to 8,000 and 8,000: %d values, want 1", n)
	}
}

// A running total and one operation's count are two figures.
func TestBuildKeepsTotalsApart(t *testing.T) {
	figs := Build([]Claim{
		{Path: "a", Start: 10, Value: f(12), Low: f(12), High: f(12), Qualifier: "exact", Counted: "magazines", Speaker: "Navy"},
		{Path: "b", Start: 10, Value: f(31), Low: f(31), High: f(31), Qualifier: "exact", Counted: "magazines", Speaker: "Navy", Total: true},
	})
	if len(figs) != 2 {
		t.Fatalf("got %d figures, want 2", len(figs))
	}
}

// People in one role named differently but with one number are one figure;
// different numbers stay apart.
func TestBuildMergesPeopleInOneRole(t *testing.T) {
	c := func(path string, start int, v float64, counted string) Claim {
		return Claim{Path: path, Start: start, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: counted, Role: "killed", Speaker: "Police"}
	}
	figs := Build([]Claim{c("a", 10, 1, "man"), c("b", 10, 1, "person"), c("c", 10, 2, "women"), c("c", 10, 1, "man")})
	if len(figs) != 2 {
		for _, fg := range figs {
			t.Logf("%s %s: %d values", fg.Counted, fg.Role, len(fg.Values))
		}
		t.Fatalf("got %d figures, want 2 (one man/person killed, two women killed)", len(figs))
	}
}

// Two articles that give different tolls for the same event on one day,
// one of them on no one's authority, differ; two players' touchdowns do
// not.
func TestBuildDiffers(t *testing.T) {
	a := Claim{Path: "a", Start: 10, Value: f(10), Low: f(10), High: f(10), Qualifier: "exact", Counted: "people", Role: "killed", Speaker: "Iranian media", AsOf: day("2005-11-27")}
	b := Claim{Path: "b", Start: 10, Value: f(7), Low: f(7), High: f(7), Qualifier: "exact", Counted: "people", Role: "killed", AsOf: day("2005-11-27")}
	for _, v := range Build([]Claim{a, b})[0].Values {
		if v.Relation != Differs {
			t.Errorf("%v killed: %s, want differs", *v.Value, v.Relation)
		}
	}
	c := Claim{Path: "a", Start: 10, Value: f(4), Low: f(4), High: f(4), Qualifier: "exact", Counted: "touchdowns", AsOf: day("2008-12-22")}
	d := Claim{Path: "b", Start: 10, Value: f(11), Low: f(11), High: f(11), Qualifier: "exact", Counted: "touchdowns", AsOf: day("2008-12-22")}
	for _, v := range Build([]Claim{c, d})[0].Values {
		if v.Relation == Differs {
			t.Errorf("%v touchdowns: differs", *v.Value)
		}
	}
}

// Lengths of different things ("fell 200 metres", "within 700 metres of
// the hut") are no later stage of each other.
func TestBuildMeasuresOnlyAgree(t *testing.T) {
	a := Claim{Path: "a", Start: 10, Value: f(200), Low: f(200), High: f(200), Qualifier: "exact", Counted: "metres", Speaker: "police", AsOf: day("2013-09-15")}
	b := Claim{Path: "b", Start: 10, Value: f(700), Low: f(700), High: f(700), Qualifier: "exact", Counted: "metres", Speaker: "police", AsOf: day("2013-09-16")}
	for _, v := range Build([]Claim{a, b})[0].Values {
		if v.Relation == Evolves || v.Relation == Conflicts {
			t.Errorf("%v metres: %s", *v.Value, v.Relation)
		}
	}
}

// Different people in one role with one number stay apart.
func TestBuildKeepsSoldiersFromCivilians(t *testing.T) {
	c := func(path string, v float64, counted string) Claim {
		return Claim{Path: path, Start: 10, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: counted, Role: "killed", Speaker: "Army"}
	}
	if figs := Build([]Claim{c("a", 3, "soldiers"), c("b", 3, "civilians")}); len(figs) != 2 {
		t.Errorf("got %d figures, want 2", len(figs))
	}
}

// Whether "nearly 100" and "more than 100" stay apart does not depend on
// the order of the claims, with an exact 100 among them.
func TestBoundsMergeOrder(t *testing.T) {
	c := func(path, q string) Claim {
		cl := Claim{Path: path, Start: 10, Value: f(100), Qualifier: q, Counted: "people", Speaker: "Police"}
		if q == "exact" {
			cl.Low, cl.High = f(100), f(100)
		}
		return cl
	}
	for _, order := range [][]string{{"exact", "approx", "lower"}, {"approx", "exact", "lower"}, {"lower", "exact", "approx"}} {
		var cs []Claim
		for i, q := range order {
			cs = append(cs, c(string(rune('a'+i)), q))
		}
		if n := len(Build(cs)[0].Values); n != 2 {
			t.Errorf("order %v: %d values, want 2", order, n)
		}
	}
}

// Amounts named by what they are still only agree: "a four-year, $90
// million deal" is another deal than "the deal is worth $160 million".
func TestBuildNamedMoneyOnlyAgrees(t *testing.T) {
	c := func(path string, v float64, speaker string) Claim {
		return Claim{Path: path, Start: 10, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Unit: "USD", Counted: "deal", Speaker: speaker, AsOf: day("2008-12-22")}
	}
	for _, v := range Build([]Claim{c("a", 90e6, "Angels"), c("b", 160e6, "newspaper")})[0].Values {
		if v.Relation == Conflicts || v.Relation == Evolves || v.Relation == Differs {
			t.Errorf("%v USD deal: %s", *v.Value, v.Relation)
		}
	}
}

// Temperatures of one story are highs, lows and rises of different things:
// they only agree, however they are written.
func TestBuildTemperaturesOnlyAgree(t *testing.T) {
	c := func(path string, v float64, counted string) Claim {
		return Claim{Path: path, Start: 10, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: counted, Speaker: "met office", AsOf: day("2024-07-01")}
	}
	figs := Build([]Claim{c("a", 38, "C"), c("b", 41, "°C"), c("c", 12, "℃")})
	if len(figs) != 1 || figs[0].Counted != "°C" {
		t.Fatalf("got %d figures, want one headed °C", len(figs))
	}
	for _, v := range figs[0].Values {
		if v.Relation == Conflicts || v.Relation == Evolves || v.Relation == Differs {
			t.Errorf("%v °C: %s", *v.Value, v.Relation)
		}
	}
}

// "the death toll rose to 10" and "10 people were killed" are one figure.
func TestBuildTollIsKilled(t *testing.T) {
	figs := Build([]Claim{
		{Path: "a", Start: 10, Value: f(10), Low: f(10), High: f(10), Qualifier: "exact", Counted: "death toll"},
		{Path: "b", Start: 10, Value: f(10), Low: f(10), High: f(10), Qualifier: "exact", Counted: "people", Role: "killed"},
	})
	if len(figs) != 1 || figs[0].Role != "killed" || len(figs[0].Values) != 1 {
		t.Errorf("got %d figures, want one of people killed with one value", len(figs))
	}
}

// Two players' figures of one statistic are two figures.
func TestBuildKeepsHoldersApart(t *testing.T) {
	c := func(path string, v float64, holder string) Claim {
		return Claim{Path: path, Start: 10, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Counted: "rebounds", Holder: holder}
	}
	figs := Build([]Claim{c("a", 23, "McDermott"), c("b", 23, "McDermott"), c("a", 14, "Artino")})
	if len(figs) != 2 || figs[0].Holder != "McDermott" {
		t.Errorf("got %d figures, want 2 with McDermott's first", len(figs))
	}
}

// A toll that "rose to" a new level is a later stage of an earlier one,
// whoever reports it, even for a place named more closely.
func TestBuildUpdateEvolves(t *testing.T) {
	a := Claim{Path: "a", Start: 10, Value: f(10), Low: f(10), High: f(10), Qualifier: "exact", Counted: "people", Role: "killed", Scope: "southern Iran", Speaker: "governor", AsOf: day("2005-11-27")}
	b := Claim{Path: "b", Start: 10, Value: f(13), Low: f(13), High: f(13), Qualifier: "exact", Counted: "death toll", Scope: "Iran's Qeshm island", Speaker: "Red Crescent", AsOf: day("2005-11-28"), Update: true}
	for _, v := range Build([]Claim{a, b})[0].Values {
		if *v.Value == 10 && (v.Relation != Evolves || *v.Related.Value != 13) {
			t.Errorf("10 killed: %s, want evolves → 13", v.Relation)
		}
	}
}

// A figure dated months before its report is background, apart from the
// story's own: an earlier quake's toll is no value of this one's.
func TestBuildKeepsEarlierApart(t *testing.T) {
	now := Claim{Path: "a", Start: 10, Value: f(10), Low: f(10), High: f(10), Qualifier: "exact", Counted: "people", Role: "killed", Published: day("2005-11-28"), AsOf: day("2005-11-27")}
	bam := Claim{Path: "a", Start: 90, Value: f(26000), Low: f(26000), Qualifier: "lower", Counted: "people", Role: "killed", Published: day("2005-11-28"), Period: "2003-12"}
	figs := Build([]Claim{bam, now, bam})
	if len(figs) != 2 {
		t.Fatalf("got %d figures, want 2", len(figs))
	}
	if figs[0].Earlier {
		t.Errorf("the background figure comes first")
	}
	for _, fg := range figs {
		if fg.Earlier != (*fg.Values[0].Value == 26000) {
			t.Errorf("%v killed: earlier = %v", *fg.Values[0].Value, fg.Earlier)
		}
	}
}

func TestLabelTemperatureAndRateBase(t *testing.T) {
	for _, tc := range []struct {
		counted []string
		want    string
	}{
		{[]string{"C", "°C", "℃"}, "°C"},
		{[]string{"degrees Fahrenheit", "°F"}, "°F"},
		{[]string{"tonnes of cocaine", "tonnes of cocaine"}, "tonnes of cocaine"}, // the unit stays
		{[]string{"of these North Korean soldiers", "North Korean soldiers"}, "North Korean soldiers"},
	} {
		var cs []Claim
		for _, c := range tc.counted {
			cs = append(cs, Claim{Counted: c})
		}
		if got := label(cs); got != tc.want {
			t.Errorf("label(%q) = %q, want %q", tc.counted, got, tc.want)
		}
	}
}

func TestSameScope(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Mannheim", "Mannheim, Germany", true},
		{"Mannheim, Germany", "mannheim, germany", true},
		{"", "Kursk region", true},
		{"Mannheim", "Berlin", false},
		{"Atlanta, Georgia", "Atlanta, Texas", false},
		{"India", "India and the Middle East", false},
	}
	for _, tt := range tests {
		if got := sameScope(&Value{Scope: tt.a}, &Value{Scope: tt.b}); got != tt.want {
			t.Errorf("sameScope(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// An amount that names nothing joins the named money of the same amount
// ("$1 million" and "$1 million in damage"), and no other.
func TestBuildUnnamedMoneyJoinsSameAmount(t *testing.T) {
	c := func(path string, v float64, counted string) Claim {
		return Claim{Path: path, Value: f(v), Low: f(v), High: f(v), Qualifier: "exact", Unit: "USD", Counted: counted, Speaker: "Officials"}
	}
	claims := []Claim{c("a", 1e6, "damage"), c("b", 1e6, ""), c("c", 1.02e6, ""), c("d", 380600, ""), c("e", 3e6, "bond"), c("f", 0.96e6, "")}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 3, 2, 1, 4, 0}} {
		var in []Claim
		for _, i := range order {
			in = append(in, claims[i])
		}
		got := map[string]int{}
		for _, fg := range Build(in) {
			for _, v := range fg.Values {
				got[fg.Counted] += len(v.Sources())
			}
		}
		// 0.96 million is within 5% of the named 1 million, not only of an
		// unnamed amount that borrowed the name
		if got["damage"] != 4 || got["bond"] != 1 || got[""] != 1 {
			t.Errorf("order %v: sources per figure = %v, want damage 4, bond 1, unnamed 1", order, got)
		}
	}
}

func TestPeriodEnd(t *testing.T) {
	for _, c := range []struct{ period, want string }{
		{"2003-12", "2004-01-01"},
		{"2017", "2018-01-01"},
		{"1990/1999", "2000-01-01"},
		{"2019-07/2019-09", "2019-10-01"},
		{"2024-03-04/2024-03-10", "2024-03-11"},
		{"", ""},
		{"soon", ""},
	} {
		got := ""
		if e := periodEnd(c.period); !e.IsZero() {
			got = e.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("periodEnd(%q) = %q, want %q", c.period, got, c.want)
		}
	}
	// a decade long past is background; the span's start sorts it
	old := Claim{Period: "1990/1999", Published: time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)}
	if !earlier(old) || claimDate(old).Year() != 1990 {
		t.Errorf("earlier = %v, claimDate = %v for the 1990s in a 2020 report", earlier(old), claimDate(old))
	}
}
