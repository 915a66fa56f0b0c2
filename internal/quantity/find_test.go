package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// want is an expected quantity. Value, Low and High are written as numbers,
// or "" for nil.
type want struct {
	text, value, low, high, qual, unit, counted string
}

func fmtPtr(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

func sameNum(w string, p *float64) bool {
	if w == "" || p == nil {
		return w == "" && p == nil
	}
	f, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return false
	}
	return math.Abs(f-*p) <= 1e-9*math.Max(1, math.Abs(f))
}

func checkFind(t *testing.T, in string, ws []want) {
	t.Helper()
	got := Find(in)
	var lines []string
	for _, q := range got {
		lines = append(lines, strings.Join([]string{q.Text, fmtPtr(q.Value), fmtPtr(q.Low), fmtPtr(q.High), q.Qualifier, q.Unit, q.Counted}, " | "))
	}
	if len(got) != len(ws) {
		t.Errorf("Find(%q): got %d quantities, want %d:\n  %s", in, len(got), len(ws), strings.Join(lines, "\n  "))
		return
	}
	for i, w := range ws {
		q := got[i]
		if q.Text != w.text || !sameNum(w.value, q.Value) || !sameNum(w.low, q.Low) || !sameNum(w.high, q.High) ||
			q.Qualifier != w.qual || q.Unit != w.unit || q.Counted != w.counted {
			t.Errorf("Find(%q)[%d]:\n  got  %s\n  want %s", in, i, lines[i],
				strings.Join([]string{w.text, w.value, w.low, w.high, w.qual, w.unit, w.counted}, " | "))
		}
		if in[q.Start:q.End] != q.Text {
			t.Errorf("Find(%q)[%d]: offsets %d:%d give %q, not Text %q", in, i, q.Start, q.End, in[q.Start:q.End], q.Text)
		}
		if q.Counted != "" && in[q.CountedStart:q.CountedEnd] != q.Counted {
			t.Errorf("Find(%q)[%d]: counted offsets give %q, not %q", in, i, in[q.CountedStart:q.CountedEnd], q.Counted)
		}
		if q.NumStart < q.Start || q.NumEnd > q.End || q.NumStart >= q.NumEnd {
			t.Errorf("Find(%q)[%d]: figure span %d:%d outside %d:%d", in, i, q.NumStart, q.NumEnd, q.Start, q.End)
		}
	}
}

func TestFindDigits(t *testing.T) {
	for _, tc := range []struct {
		in string
		ws []want
	}{
		{"10,000 North Korean soldiers", []want{{"10,000", "10000", "10000", "10000", Exact, "", "North Korean soldiers"}}},
		{"rates of 3.125% and 1.234 billion, $1.250bn", []want{
			{"3.125%", "3.125", "3.125", "3.125", Exact, UnitPercent, ""},
			{"1.234 billion", "1234000000", "1234000000", "1234000000", Exact, "", ""},
			{"$1.250bn", "1250000000", "1250000000", "1250000000", Exact, "USD", ""}}},
		{"a town of 14, 000 people and $200, 000 bail", []want{
			{"14, 000", "14000", "14000", "14000", Exact, "", "people"},
			{"$200, 000", "200000", "200000", "200000", Exact, "USD", ""}}},
		{"a fine of 10.000 euros", []want{{"10.000 euros", "10000", "10000", "10000", Exact, "EUR", "fine"}}},
		{"they sent 10 000 troops", []want{{"10 000", "10000", "10000", "10000", Exact, "", "troops"}}},
		// an acronym's plural is a plural, even in "-Is" and "-Us"
		{"33 homers and 121 RBIs", []want{{"33", "33", "33", "33", Exact, "", "homers"}, {"121", "121", "121", "121", Exact, "", "RBIs"}}},
		{"bought 400 GPUs", []want{{"400", "400", "400", "400", Exact, "", "GPUs"}}},
		{"the 737 MAX fleet", nil},
		{"a population of 1 414 021 100 people", []want{{"1 414 021 100", "1414021100", "1414021100", "1414021100", Exact, "", "people"}}},
		{"1.5 million people", []want{{"1.5 million", "1500000", "1500000", "1500000", Exact, "", "people"}}},
		{"an 8k run", []want{{"8k", "8000", "8000", "8000", Exact, "", ""}}},
		{"growth of 2,5 points", []want{{"2,5", "2.5", "2.5", "2.5", Exact, "", "points"}}},
		{"1,234.56 and 1.234,56", []want{{"1,234.56", "1234.56", "1234.56", "1234.56", Exact, "", ""}, {"1.234,56", "1234.56", "1234.56", "1234.56", Exact, "", ""}}},
		{"12,34,567 rupees", []want{{"12,34,567 rupees", "1234567", "1234567", "1234567", Exact, "INR", ""}}},
		{"1.2 billion users", []want{{"1.2 billion", "1200000000", "1200000000", "1200000000", Exact, "", "users"}}},
		{"temperatures of -5 degrees", []want{{"-5", "-5", "-5", "-5", Exact, "", "degrees"}}},
		{"a 10-day truce", []want{{"10", "10", "10", "10", Exact, "", "day"}}},
		{"a 23-year-old man", []want{{"23", "23", "23", "23", Exact, "", "year-old"}}},
		{"it reported its first-ever net loss of S$83.7 million and a record net profit of $5 million", []want{{"S$83.7 million", "83700000", "83700000", "83700000", Exact, "SGD", "net loss"}, {"$5 million", "5000000", "5000000", "5000000", Exact, "USD", "net profit"}}},
		{"he paid a £50 fine; the $1.9 trillion relief package passed", []want{{"£50", "50", "50", "50", Exact, "GBP", "fine"}, {"$1.9 trillion", "1900000000000", "1900000000000", "1900000000000", Exact, "USD", "relief package"}}},
		{"One in five children lives in poverty; one in ten women workers reported harassment", []want{{"One in five", "0.2", "0.2", "0.2", Exact, "", "children"}, {"one in ten", "0.1", "0.1", "0.1", Exact, "", "women workers"}}},
		{"two recalls of about 10,0000 employees each", []want{{"two", "2", "2", "2", Exact, "", "recalls"}}},
		{"the $3 billion water supply project", []want{{"$3 billion", "3000000000", "3000000000", "3000000000", Exact, "USD", "water supply project"}}},
		{"a $5 million increase for schools was approved; the $49 charging brick regularly goes on sale", []want{{"$5 million", "5000000", "5000000", "5000000", Exact, "USD", ""}, {"$49", "49", "49", "49", Exact, "USD", "charging brick"}}},
		{"hotels (up from 70-80 per cent earlier)", []want{{"from 70-80 per cent", "", "70", "80", Exact, UnitPercent, ""}}},
		{"up to 50mm of rain is forecast; the firm earned $5MM", []want{{"up to 50", "50", "", "50", Upper, "", "mm of rain"}, {"$5MM", "5000000", "5000000", "5000000", Exact, "USD", ""}}},
		{"struck about 58km (36 miles) away", []want{{"about 58", "58", "", "", Approx, "", "km"}, {"36", "36", "", "", Approx, "", "miles"}}},
		{"a 1,000MW plant", []want{{"1,000", "1000", "1000", "1000", Exact, "", "MW"}}},
		{"fell about 2, 000ft", []want{{"about 2, 000", "2000", "", "", Approx, "", "ft"}}},
		{"fell about 600m down a gully", []want{{"about 600", "600", "", "", Approx, "", "m"}}},
		{"35m away", []want{{"35", "35", "35", "35", Exact, "", "m"}}},
		{"temperatures fell to -15C", []want{{"-15", "-15", "-15", "-15", Exact, "", "C"}}},
		{"served 4½ months", []want{{"4½", "4.5", "4.5", "4.5", Exact, "", "months"}}},
		{"stopped 6 ½ minutes after", []want{{"6 ½", "6.5", "6.5", "6.5", Exact, "", "minutes"}}},
		{"during a month and a half of stoppages", nil},
		{"cases rose by 1,200 to 15,400 and prices by 5 to 20 percent", []want{{"1,200", "1200", "1200", "1200", Exact, "", ""}, {"15,400", "15400", "15400", "15400", Exact, "", ""}, {"5 to 20 percent", "", "5", "20", Exact, UnitPercent, ""}}},
		{"unemployment rose by 2,000 to 2.81 million", []want{{"2,000", "2000", "2000", "2000", Exact, "", ""}, {"2.81 million", "2810000", "2810000", "2810000", Exact, "", ""}}},
		{"cut choices by 7 to 10 percent", []want{{"7 to 10 percent", "", "7", "10", Exact, "percent", ""}}},
		{"more than 490 liters of rain per square meter", []want{{"more than 490", "490", "490", "", Lower, "", "liters of rain per square meter"}}},
		{"70% of Gaza's population", []want{{"70%", "70", "70", "70", Exact, "percent", "population"}}},
		{"70 percent of the country's population", []want{{"70 percent", "70", "70", "70", Exact, "percent", "population"}}},
		{"1,000 homes and businesses in Louisiana", []want{{"1,000", "1000", "1000", "1000", Exact, "", "homes and businesses"}}},
		{"intercepted 3 pirate ships and seized arms", []want{{"3", "3", "3", "3", Exact, "", "pirate ships"}}},
		{"killing 3 people and injuring others", []want{{"3", "3", "3", "3", Exact, "", "people"}}},
		{"has offices in 15 countries and employs around 300 people", []want{{"15", "15", "15", "15", Exact, "", "countries"}, {"around 300", "300", "", "", Approx, "", "people"}}},
		{"a profit of $300 million a year earlier", []want{{"$300 million", "300000000", "300000000", "300000000", Exact, "USD", "profit"}}},
		{"340 children younger than 5 died", []want{{"340", "340", "340", "340", Exact, "", "children"}}},
		{"ran a mile and a half of road", nil},
		{"half of the voters", []want{{"half", "0.5", "0.5", "0.5", Exact, "", "voters"}}},
		{"spends around Rs 500 for each painting", []want{{"around Rs 500", "500", "", "", Approx, "INR", "for each painting"}}},
		{"tickets cost $15 each.", []want{{"$15", "15", "15", "15", Exact, "USD", "each"}}},
		{"they paid $5 apiece", []want{{"$5", "5", "5", "5", Exact, "USD", "apiece"}}},
		{"$15 for every one of them", []want{{"$15", "15", "15", "15", Exact, "USD", ""}}},
		{"a 50 square kilometer zone", []want{{"50", "50", "50", "50", Exact, "", "square kilometer"}}},
		{"took 2 1/2 hours", []want{{"2 1/2", "2.5", "2.5", "2.5", Exact, "", "hours"}}},
		{"sentenced to 2-1/2 years", []want{{"2-1/2", "2.5", "2.5", "2.5", Exact, "", "years"}}},
		{"averaging 16.8 points per game", []want{{"16.8", "16.8", "16.8", "16.8", Exact, "", "points per game"}}},
		{"averaged 10 rebounds a game", []want{{"10", "10", "10", "10", Exact, "", "rebounds a game"}}},
		{"paid the £71.6million fee", []want{{"£71.6million", "71600000", "71600000", "71600000", Exact, "GBP", "fee"}}},
		{"paid just short of $449,000", []want{{"just short of $449,000", "449000", "", "449000", Upper, "USD", ""}}},
		{"won 3 games a season ago", []want{{"3", "3", "3", "3", Exact, "", "games"}}},
		{"a 90.4 passer rating", []want{{"90.4", "90.4", "90.4", "90.4", Exact, "", "passer rating"}}},
		{"a bank shot over two defenders", []want{{"two", "2", "2", "2", Exact, "", "defenders"}}},
		{"averaging 3.8 yards per run", []want{{"3.8", "3.8", "3.8", "3.8", Exact, "", "yards per run"}}},
		{"as high as $184 million", []want{{"as high as $184 million", "184000000", "", "184000000", Upper, "USD", ""}}},
	} {
		checkFind(t, tc.in, tc.ws)
	}
}

func TestFindWords(t *testing.T) {
	for _, tc := range []struct {
		in string
		ws []want
	}{
		{"two brigades, totaling 6,000 troops", []want{
			{"two", "2", "2", "2", Exact, "", "brigades"},
			{"6,000", "6000", "6000", "6000", Exact, "", "troops"}}},
		{"a dozen drones", []want{{"a dozen", "12", "12", "12", Exact, "", "drones"}}},
		{"half a dozen", []want{{"half a dozen", "6", "6", "6", Exact, "", ""}}},
		{"tens of thousands of people", []want{{"tens of thousands", "20000", "20000", "", Lower, "", "people"}}},
		{"hundreds of civilians", []want{{"hundreds", "200", "200", "", Lower, "", "civilians"}}},
		{"half a million refugees", []want{{"half a million", "500000", "500000", "500000", Exact, "", "refugees"}}},
		{"a half-million refugees", []want{{"a half-million", "500000", "500000", "500000", Exact, "", "refugees"}}},
		{"one and a half million", []want{{"one and a half million", "1500000", "1500000", "1500000", Exact, "", ""}}},
		{"three hundred and twenty prisoners", []want{{"three hundred and twenty", "320", "320", "320", Exact, "", "prisoners"}}},
		{"Twenty-six people died", []want{{"Twenty-six", "26", "26", "26", Exact, "", "people"}}},
		{"two hundred and two thousand", []want{{"two hundred and two thousand", "202000", "202000", "202000", Exact, "", ""}}},
		{"4 thousand 3 hundred and 21", []want{{"4 thousand 3 hundred and 21", "4321", "4321", "4321", Exact, "", ""}}},
		{"13 lakh and 1 crore", []want{{"13 lakh", "1300000", "1300000", "1300000", Exact, "", ""}, {"1 crore", "10000000", "10000000", "10000000", Exact, "", ""}}},
		{"several thousand protesters", []want{{"several thousand", "3000", "", "", Approx, "", "protesters"}}},
		{"a few hundred people", []want{{"a few hundred", "300", "", "", Approx, "", "people"}}},
		{"three quarters billion dollars", []want{{"three quarters billion dollars", "750000000", "750000000", "750000000", Exact, "USD", ""}}},
	} {
		checkFind(t, tc.in, tc.ws)
	}
}

func TestFindQualifiersAndRanges(t *testing.T) {
	for _, tc := range []struct {
		in string
		ws []want
	}{
		{"around 10,000 soldiers", []want{{"around 10,000", "10000", "", "", Approx, "", "soldiers"}}},
		{"About 2000 people attended", []want{{"About 2000", "2000", "", "", Approx, "", "people"}}},
		{"killed 1500 people", []want{{"1500", "1500", "1500", "1500", Exact, "", "people"}}},
		{"an estimated 300 people", []want{{"an estimated 300", "300", "", "", Approx, "", "people"}}},
		{"He faces up to a $250,000 fine.", []want{{"up to a $250,000", "250000", "", "250000", Upper, "USD", ""}}},
		{"jewels estimated to be worth 2 million euros", []want{{"estimated to be worth 2 million euros", "2000000", "", "", Approx, "EUR", ""}}},
		{"Prices start at $44,000.", []want{{"start at $44,000", "44000", "44000", "", Lower, "USD", ""}}},
		{"Disney's $6.99-a-month service", []want{{"$6.99", "6.99", "6.99", "6.99", Exact, "USD", "a-month"}}},
		{"It costs $9.99 monthly.", []want{{"$9.99", "9.99", "9.99", "9.99", Exact, "USD", "monthly"}}},
		{"Damage was in the vicinity of $2 million.", []want{{"in the vicinity of $2 million", "2000000", "", "", Approx, "USD", ""}}},
		{"One in every 500 people is affected.", []want{{"One in every 500", "0.002", "0.002", "0.002", Exact, "", "people"}}},
		{"Four of the men were 18 years old.", []want{{"Four", "4", "4", "4", Exact, "", "men"}, {"18", "18", "18", "18", Exact, "", "years"}}},
		{"Police arrested 12 overnight and seized weapons.", []want{{"12", "12", "12", "12", Exact, "", ""}}},
		{"They worried about a 10% drop.", []want{{"10%", "10", "10", "10", Exact, "percent", ""}}},
		{"It cost 5B euros.", []want{{"5B euros", "5000000000", "5000000000", "5000000000", Exact, "EUR", ""}}},
		{"Deaths top 20,000.", []want{{"20,000", "20000", "20000", "20000", Exact, "", ""}}},
		{"FIVE OF 10 PEOPLE WERE HURT", []want{{"FIVE", "5", "5", "5", Exact, "", "PEOPLE"}, {"10", "10", "10", "10", Exact, "", "PEOPLE"}}},
		{"The $26 billion Sprint merger closed.", []want{{"$26 billion", "26000000000", "26000000000", "26000000000", Exact, "USD", ""}}},
		{"The engine makes 149 horsepower.", []want{{"149", "149", "149", "149", Exact, "", "horsepower"}}},
		{"~50 drones", []want{{"~50", "50", "", "", Approx, "", "drones"}}},
		{"up to 8,000 troops", []want{{"up to 8,000", "8000", "", "8000", Upper, "", "troops"}}},
		{"as many as 500 tanks", []want{{"as many as 500", "500", "", "500", Upper, "", "tanks"}}},
		{"fewer than 50 remain", []want{{"fewer than 50", "50", "", "50", Upper, "", ""}}},
		{"more than 3,000 soldiers", []want{{"more than 3,000", "3000", "3000", "", Lower, "", "soldiers"}}},
		{"in excess of 200 vehicles", []want{{"in excess of 200", "200", "200", "", Lower, "", "vehicles"}}},
		{"at least 12 people", []want{{"at least 12", "12", "12", "", Lower, "", "people"}}},
		{"500 or more", []want{{"500 or more", "500", "500", "", Lower, "", ""}}},
		{"10,000+ users", []want{{"10,000+", "10000", "10000", "", Lower, "", "users"}}},
		{"6,000 to 8,000 soldiers", []want{{"6,000 to 8,000", "", "6000", "8000", Exact, "", "soldiers"}}},
		{"7 000–8 000 troops", []want{{"7 000–8 000", "", "7000", "8000", Exact, "", "troops"}}},
		{"close to 40,000 and upwards of 500", []want{{"close to 40,000", "40000", "", "", Approx, "", ""}, {"upwards of 500", "500", "500", "", Lower, "", ""}}},
		{"between 5 and 7 days", []want{{"between 5 and 7", "", "5", "7", Exact, "", "days"}}},
		{"scores of 27-28", []want{{"27-28", "", "27", "28", Exact, "", ""}}},
		{"a 5-7% rise", []want{{"5-7%", "", "5", "7", Exact, UnitPercent, ""}}},
		{"$5-7 million", []want{{"$5-7 million", "", "5000000", "7000000", Exact, "USD", ""}}},
		{"between 5 and 7 million", []want{{"between 5 and 7 million", "", "5000000", "7000000", Exact, "", ""}}},
		{"more than 10 and less than 40", []want{{"more than 10 and less than 40", "", "10", "40", Exact, "", ""}}},
		{"about 5 to 7 percent", []want{{"about 5 to 7 percent", "", "5", "7", Approx, UnitPercent, ""}}},
		// A change is not a range.
		{"prices rose from 5% to 7%", []want{{"5%", "5", "5", "5", Exact, UnitPercent, ""}, {"7%", "7", "7", "7", Exact, UnitPercent, ""}}},
		{"sales rose 6.2% to $1.45 billion", []want{{"6.2%", "6.2", "6.2", "6.2", Exact, UnitPercent, ""}, {"$1.45 billion", "1450000000", "1450000000", "1450000000", Exact, "USD", ""}}},
	} {
		checkFind(t, tc.in, tc.ws)
	}
}

func TestFindPercentAndMoney(t *testing.T) {
	for _, tc := range []struct {
		in string
		ws []want
	}{
		{"5% of the vote", []want{{"5%", "5", "5", "5", Exact, UnitPercent, "vote"}}},
		{"5 percent", []want{{"5 percent", "5", "5", "5", Exact, UnitPercent, ""}}},
		{"five per cent", []want{{"five per cent", "5", "5", "5", Exact, UnitPercent, ""}}},
		{"3 percentage points", []want{{"3 percentage points", "3", "3", "3", Exact, UnitPercent, ""}}},
		{"$35m deal", []want{{"$35m", "35000000", "35000000", "35000000", Exact, "USD", ""}}},
		{"€2bn", []want{{"€2bn", "2000000000", "2000000000", "2000000000", Exact, "EUR", ""}}},
		{"£1.2bn", []want{{"£1.2bn", "1200000000", "1200000000", "1200000000", Exact, "GBP", ""}}},
		{"US$ 150 million", []want{{"US$ 150 million", "150000000", "150000000", "150000000", Exact, "USD", ""}}},
		{"c $ 16.4 million", []want{{"c $ 16.4 million", "16400000", "16400000", "16400000", Exact, "CAD", ""}}},
		{"approximately 35 million dollars", []want{{"approximately 35 million dollars", "35000000", "", "", Approx, "USD", ""}}},
		{"420 million rubles", []want{{"420 million rubles", "420000000", "420000000", "420000000", Exact, "RUB", ""}}},
		{"USD 200", []want{{"USD 200", "200", "200", "200", Exact, "USD", ""}}},
		{"50 cents", []want{{"50 cents", "0.5", "0.5", "0.5", Exact, "USD", ""}}},
		{"125 million australian dollars", []want{{"125 million australian dollars", "125000000", "125000000", "125000000", Exact, "AUD", ""}}},
		{"a fee of $100 Australian to", []want{{"$100 Australian", "100", "100", "100", Exact, "AUD", "fee"}}},
		{"a $2 billion Canadian acquisition", []want{{"$2 billion", "2000000000", "2000000000", "2000000000", Exact, "USD", ""}}},
		{"3 million pounds of new capital", []want{{"3 million pounds", "3000000", "3000000", "3000000", Exact, "GBP", "new capital"}}},
		{"$5 million Canadian dollars", []want{{"$5 million Canadian dollars", "5000000", "5000000", "5000000", Exact, "CAD", ""}}},
		{"He paid 58,000 pounds; the fish weighed 40 pounds; cocaine worth 5,000 pounds", []want{{"58,000 pounds", "58000", "58000", "58000", Exact, "GBP", ""}, {"40", "40", "40", "40", Exact, "", "pounds"}, {"5,000 pounds", "5000", "5000", "5000", Exact, "GBP", ""}}},
		{"capped at 29.4 million pounds of halibut", []want{{"29.4 million", "29400000", "29400000", "29400000", Exact, "", "pounds"}}},
		{"5 million pounds of public money", []want{{"5 million pounds", "5000000", "5000000", "5000000", Exact, "GBP", "public money"}}},
		{"30 million pounds and 300 pounds of cocaine", []want{
			{"30 million pounds", "30000000", "30000000", "30000000", Exact, "GBP", ""},
			{"300", "300", "300", "300", Exact, "", "pounds"}}},
		{"₹50 crore", []want{{"₹50 crore", "500000000", "500000000", "500000000", Exact, "INR", ""}}},
		{"hundreds of millions of dollars", []want{{"hundreds of millions of dollars", "200000000", "200000000", "", Lower, "USD", ""}}},
		{"1.5m people and a 100m sprint", []want{{"1.5m", "1500000", "1500000", "1500000", Exact, "", "people"}}},
		{"half of the respondents", []want{{"half", "0.5", "0.5", "0.5", Exact, "", "respondents"}}},
		{"more than half of voters", []want{{"more than half", "0.5", "0.5", "", Lower, "", "voters"}}},
		{"500 Bitcoin", []want{{"500", "500", "500", "500", Exact, "", "Bitcoin"}}},
		{"shares closed at 142.50p, up 0.4pc", []want{{"142.50p", "1.425", "1.425", "1.425", Exact, "GBP", ""}, {"0.4pc", "0.4", "0.4", "0.4", Exact, UnitPercent, ""}}},
		{"About one in five adults and 1 in 3 children", []want{
			{"About one in five", "0.2", "", "", Approx, "", "adults"},
			{"1 in 3", "0.3333333333333333", "0.3333333333333333", "0.3333333333333333", Exact, "", "children"}}},
		{"costs $1.7 trillion over 66 years", []want{{"$1.7 trillion", "1700000000000", "1700000000000", "1700000000000", Exact, "USD", ""}, {"66", "66", "66", "66", Exact, "", "years"}}},
		{"over 100 years old", []want{{"over 100", "100", "100", "", Lower, "", "years"}}},
		{"1 120-year-old photo", []want{{"1", "1", "1", "1", Exact, "", ""}, {"120", "120", "120", "120", Exact, "", "year-old"}}},
		{"Russia Loses 300 Tanks", []want{{"300", "300", "300", "300", Exact, "", "Tanks"}}},
		{"5 days and 100 years", []want{{"5", "5", "5", "5", Exact, "", "days"}, {"100", "100", "100", "100", Exact, "", "years"}}},
		// Shares with "out of": a small numerator only.
		{"nine out of ten doctors", []want{{"nine out of ten", "0.9", "0.9", "0.9", Exact, "", "doctors"}}},
		{"five out of three pieces", []want{{"five", "5", "5", "5", Exact, "", ""}, {"three", "3", "3", "3", Exact, "", "pieces"}}},
		{"30 out of 100 passengers", []want{{"30", "30", "30", "30", Exact, "", ""}, {"100", "100", "100", "100", Exact, "", "passengers"}}},
		// A fraction of a scale word is a figure.
		{"three quarters of a million people", []want{{"three quarters of a million", "750000", "750000", "750000", Exact, "", "people"}}},
		{"half of a billion dollars", []want{{"half of a billion dollars", "500000000", "500000000", "500000000", Exact, "USD", ""}}},
		{"a third of the troops", []want{{"a third", "0.3333333333333333", "0.3333333333333333", "0.3333333333333333", Exact, "", "troops"}}},
		// Finance shorthand for millions; the name Maud is not a currency.
		{"losses in excess of 30 MUSD", []want{{"in excess of 30 MUSD", "30000000", "30000000", "", Lower, "USD", ""}}},
		{"revenues of about MAUD 60", []want{{"about MAUD 60", "60000000", "", "", Approx, "AUD", ""}}},
		{"They lost 75 USD million", []want{{"75 USD million", "75000000", "75000000", "75000000", Exact, "USD", ""}}},
		{"Maud and 3 friends", []want{{"3", "3", "3", "3", Exact, "", "friends"}}},
		// Counted phrases with names, models and "US".
		{"Roughly 13,000 US troops remain", []want{{"Roughly 13,000", "13000", "", "", Approx, "", "US troops"}}},
		{"six AK-47 rifles", []want{{"six", "6", "6", "6", Exact, "", "AK-47 rifles"}}},
		{"two plainclothes police officers", []want{{"two", "2", "2", "2", Exact, "", "plainclothes police officers"}}},
		{"Two United States service members were killed", []want{{"Two", "2", "2", "2", Exact, "", "United States service members"}}},
		{"millions of Windows computers", []want{{"millions", "2000000", "2000000", "", Lower, "", "Windows computers"}}},
		{"sold 16.6 million vehicles", []want{{"16.6 million", "16600000", "16600000", "16600000", Exact, "", "vehicles"}}},
		// Labels, codes, specs and records are not counts.
		{"its fleet of roughly 400 737 Max jets", []want{{"roughly 400", "400", "", "", Approx, "", "737 Max jets"}}},
		{"Maybe 200 people came", []want{{"Maybe 200", "200", "", "", Approx, "", "people"}}},
		{"a $75.3 billion dollar hit on growth", []want{{"$75.3 billion", "75300000000", "75300000000", "75300000000", Exact, "USD", "hit"}}},
		{"provided $104 billion of high yield financing", []want{{"$104 billion", "104000000000", "104000000000", "104000000000", Exact, "USD", "high yield financing"}}},
		{"one of the better performers in the first three games", []want{{"one", "1", "1", "1", Exact, "", "better performers"}}},
		{"has won her last five games", []want{{"five", "5", "5", "5", Exact, "", "games"}}},
		{"was suspended for the next three games", []want{{"three", "3", "3", "3", Exact, "", "games"}}},
		{"Perhaps a dozen people were hurt", []want{{"Perhaps a dozen", "12", "", "", Approx, "", "people"}}},
		{"whether perhaps one won't reach the line", []want{{"one", "1", "1", "1", Exact, "", ""}}}, // a pronoun: no hedge
		{"a narrow area, perhaps 30 miles across", []want{{"perhaps 30", "30", "", "", Approx, "", "miles"}}},
		{"its popular 737 Max jet", nil},
		{"The 777 program is late", nil},
		{"when arrested in his early 20's", nil},
		{"the flaw affects IE 9 users", nil},
		{"told CNN 12 people were killed", []want{{"12", "12", "12", "12", Exact, "", "people"}}},
		{"in LA 12 people were shot", []want{{"12", "12", "12", "12", Exact, "", "people"}}},
		{"(in 2006 dollars)", nil},
		{"drove a large 4×4 car", nil},
		{"in the lower half of the first round", nil},
		{"following a 999 call and two 911 calls", []want{{"two", "2", "2", "2", Exact, "", ""}}},
		{"the 12200 block of 223rd Street", nil},
		{"3170 W. County Road", nil},
		{"32-bit versions of a .38-caliber revolver", nil},
		{"a large four-by-four car and a fourth-rounder", nil},
		{"compiled a mark of 122-147 (.454) after an 18-30 record", nil},
		{"Elena Rybakina beat Maria Sakkari 6-0, 6-7 (4-7), 7-6 (7-2)", nil},
		{"She lost 3-6, 6-7 to the champion", nil},
		{"between 20-30 people and 40-50 cars", []want{{"between 20-30", "", "20", "30", Exact, "", "people"}, {"40-50", "", "40", "50", Exact, "", "cars"}}},
		{"Boeing delivered 127 jets", []want{{"127", "127", "127", "127", Exact, "", "jets"}}},
		// Partitives name the noun after the whole; measures in the singular.
		{"Five of the six bullet casings", []want{{"Five", "5", "5", "5", Exact, "", "bullet casings"}, {"six", "6", "6", "6", Exact, "", "bullet casings"}}},
		{"buy 30 of Boeing's 787-9 Dreamliner jets", []want{{"30", "30", "30", "30", Exact, "", "787-9 Dreamliner jets"}}},
		{"win 18 of their next 23 games", []want{{"18", "18", "18", "18", Exact, "", "games"}, {"23", "23", "23", "23", Exact, "", "games"}}},
		{"winds of 55 mph", []want{{"55", "55", "55", "55", Exact, "", "mph"}}},
		{"thousands upon thousands of sellers", []want{{"thousands upon thousands", "2000", "2000", "", Lower, "", "sellers"}}},
		{"hundreds and hundreds of homes", []want{{"hundreds and hundreds", "200", "200", "", Lower, "", "homes"}}},
		{"rose from 43 to 66 per 100,000 people", []want{{"43", "43", "43", "43", Exact, "", "per 100,000 people"}, {"66", "66", "66", "66", Exact, "", "per 100,000 people"}}},
		{"new infections per 100,000 people are at 20.4", []want{{"20.4", "20.4", "20.4", "20.4", Exact, "", ""}}},
		{"there are 31 \"open outbreaks\" now", []want{{"31", "31", "31", "31", Exact, "", "open outbreaks"}}},
		{"net zero emissions by 2050 and net-zero by 2060", nil},
		{"Of the 281 available beds, 243 are taken", []want{{"281", "281", "281", "281", Exact, "", "available beds"}, {"243", "243", "243", "243", Exact, "", "available beds"}}},
		{"the Sixers went 0-for-9 in the quarter", nil},
		// A number after an index noun says which one, not how many.
		{"on days one and four of the conference", nil},
		{"In round three Klitschko was using his left", nil},
		{"in Game 7 they scored", nil},
		{"for weeks 40 people waited", []want{{"40", "40", "40", "40", Exact, "", "people"}}},
		{"the match lasted three rounds", []want{{"three", "3", "3", "3", Exact, "", "rounds"}}},
		// German, French and Spanish bounds and scale words.
		{"mehr als 3.000 Soldaten", []want{{"mehr als 3.000", "3000", "3000", "", Lower, "", "Soldaten"}}},
		{"rund 10.000 Soldaten", []want{{"rund 10.000", "10000", "", "", Approx, "", "Soldaten"}}},
		{"bis zu 12.000 Soldaten", []want{{"bis zu 12.000", "12000", "", "12000", Upper, "", "Soldaten"}}},
		{"1,5 Millionen Menschen", []want{{"1,5 Millionen", "1500000", "1500000", "1500000", Exact, "", "Menschen"}}},
		{"plus de 3 000 soldats", []want{{"plus de 3 000", "3000", "3000", "", Lower, "", "soldats"}}},
		{"unos 10.000 soldados", []want{{"unos 10.000", "10000", "", "", Approx, "", "soldados"}}},
		{"le bilan dépasse désormais 11 000 morts", []want{{"dépasse désormais 11 000", "11000", "11000", "", Lower, "", "morts"}}},
		{"la cifra superó los 5.000 heridos", []want{{"superó los 5.000", "5000", "5000", "", Lower, "", "heridos"}}},
		{"rund 12 Prozent", []want{{"rund 12 Prozent", "12", "", "", Approx, UnitPercent, ""}}},
		{"35 Billionen Euro Schulden", []want{{"35 Billionen Euro", "35e12", "35e12", "35e12", Exact, "EUR", ""}}},
		{"Spain has 157,000 cases and Italy 143,600, while", []want{{"157,000", "157000", "157000", "157000", Exact, "", "cases"}, {"143,600", "143600", "143600", "143600", Exact, "", "cases"}}},
		{"reached 44,947 megawatts, much lower than the 46,797 he saw", []want{{"44,947", "44947", "44947", "44947", Exact, "", "megawatts"}, {"46,797", "46797", "46797", "46797", Exact, "", "megawatts"}}},
		// A rate's base belongs to the rate and is no figure of its own.
		{"65.2 cases per 100,000 people in Italy", []want{{"65.2", "65.2", "65.2", "65.2", Exact, "", "cases per 100,000 people"}}},
		{"3 deaths per 1,000 live births", []want{{"3", "3", "3", "3", Exact, "", "deaths per 1,000 live births"}}},
		{"the rate is 20.4 per 100,000", []want{{"20.4", "20.4", "20.4", "20.4", Exact, "", "per 100,000"}}},
		{"around 24 burials each day", []want{{"around 24", "24", "", "", Approx, "", "burials each day"}}},
		// Temperatures: the scale is what the figure counts, as written.
		{"warmer by 1.43°C", []want{{"1.43", "1.43", "1.43", "1.43", Exact, "", "°C"}}},
		{"by 1.5 °C in the Arctic", []want{{"1.5", "1.5", "1.5", "1.5", Exact, "", "°C"}}},
		{"highs of 38C", []want{{"38", "38", "38", "38", Exact, "", "C"}}},
		{"a fever of 102°F", []want{{"102", "102", "102", "102", Exact, "", "°F"}}},
		{"about 20℃", []want{{"about 20", "20", "", "", Approx, "", "℃"}}},
		// Estimates with "or", hyphenated scales, changes from X to Y.
		{"two or three clans", []want{{"two or three", "", "2", "3", Approx, "", "clans"}}},
		{"10 or 100 times", []want{{"10", "10", "10", "10", Exact, "", ""}, {"100", "100", "100", "100", Exact, "", "times"}}},
		{"5,000-plus troops", []want{{"5,000-plus", "5000", "5000", "", Lower, "", "troops"}}},
		{"at 40 East Fifth Avenue and 520 Third Street", nil},
		{"they seek euro110 billion in loans", []want{{"euro110 billion", "110000000000", "110000000000", "110000000000", Exact, "EUR", "loans"}}},
		// what the money is: "in" and a bare noun phrase, but no time, place or determiner
		{"the storm did $5 billion in damage to homes", []want{{"$5 billion", "5000000000", "5000000000", "5000000000", Exact, "USD", "damage"}}},
		{"$200 million in private sector investment over five years", []want{{"$200 million", "200000000", "200000000", "200000000", Exact, "USD", "private sector investment"}, {"five", "5", "5", "5", Exact, "", "years"}}},
		{"$5 million in the first quarter", []want{{"$5 million", "5000000", "5000000", "5000000", Exact, "USD", ""}}},
		{"$5 million in Texas and $9 million in recent weeks", []want{{"$5 million", "5000000", "5000000", "5000000", Exact, "USD", ""}, {"$9 million", "9000000", "9000000", "9000000", Exact, "USD", ""}}},
		{"30 billion euros in savings mainly from cuts; $50 billion in annual Chinese purchases", []want{{"30 billion euros", "30000000000", "30000000000", "30000000000", Exact, "EUR", "savings"}, {"$50 billion", "50000000000", "50000000000", "50000000000", Exact, "USD", ""}}},
		{"40% of the population faces hunger, 10% of the population lives in poverty, 30% of the population centers were hit", []want{{"40%", "40", "40", "40", Exact, UnitPercent, "population"}, {"10%", "10", "10", "10", Exact, UnitPercent, "population"}, {"30%", "30", "30", "30", Exact, UnitPercent, "population centers"}}},
		{"Close to 90 percent of all the data traffic", []want{{"Close to 90 percent", "90", "", "", Approx, UnitPercent, "data"}}},
		{"About 40% of all of the voters", []want{{"About 40%", "40", "", "", Approx, UnitPercent, "voters"}}},
		{"cost the city $215,000 in court settlements", []want{{"$215,000", "215000", "215000", "215000", Exact, "USD", "court settlements"}}},
		{"they were $844 million in part due to rents", []want{{"$844 million", "844000000", "844000000", "844000000", Exact, "USD", ""}}},
		{"sued for $10 million in federal court, $61 billion in aid sought by Biden", []want{{"$10 million", "10000000", "10000000", "10000000", Exact, "USD", ""}, {"$61 billion", "61000000000", "61000000000", "61000000000", Exact, "USD", "aid"}}},
		{"worth the equivalent of $5 million", []want{{"$5 million", "5000000", "5000000", "5000000", Exact, "USD", ""}}},
		{"plans to cut its workforce by 50 to 300 jobs", []want{{"50 to 300", "", "50", "300", Exact, "", "jobs"}}},
		{"a market value of about $2.9 trillion, a total of $5 billion", []want{{"about $2.9 trillion", "2900000000000", "", "", Approx, "USD", "market value"}, {"$5 billion", "5000000000", "5000000000", "5000000000", Exact, "USD", ""}}},
		{"Apple's budget of $5m and a fine of €20,000", []want{{"$5m", "5000000", "5000000", "5000000", Exact, "USD", "budget"}, {"€20,000", "20000", "20000", "20000", Exact, "EUR", "fine"}}},
		// a unit measures the stuff after "of"; a rate gives way to the owner of the money
		{"favoured a 25 basis point cut, a 10 basis point move", []want{{"25", "25", "25", "25", Exact, "", "basis point cut"}, {"10", "10", "10", "10", Exact, "", "basis point"}}},
		{"Earlier this week 40 people were evacuated; on day 3 rescuers left; that Python 3.5 would", []want{{"40", "40", "40", "40", Exact, "", "people"}}},
		{"seized 2.3 tonnes of cocaine hidden in bananas", []want{{"2.3", "2.3", "2.3", "2.3", Exact, "", "tonnes of cocaine"}}},
		{"up to 80 centimetres of fresh snow fell", []want{{"up to 80", "80", "", "80", Upper, "", "centimetres of fresh snow"}}},
		{"12 kg of Colombian cocaine, 300 bags of rice and flour", []want{{"12", "12", "12", "12", Exact, "", "kg of Colombian cocaine"}, {"300", "300", "300", "300", Exact, "", "bags of rice"}}},
		{"3.7 metric tons of illicit incendiaries, 30 cm of snow falls", []want{{"3.7", "3.7", "3.7", "3.7", Exact, "", "metric tons of illicit incendiaries"}, {"30", "30", "30", "30", Exact, "", "cm of snow"}}},
		{"Inflation edged up to 2.1 percent; prices rose up to 10 percent", []want{{"2.1 percent", "2.1", "2.1", "2.1", Exact, UnitPercent, ""}, {"up to 10 percent", "10", "", "10", Upper, UnitPercent, ""}}},
		{"released 15 tonnes of carbon dioxide; 2 tonnes of cocaine hidden", []want{{"15", "15", "15", "15", Exact, "", "tonnes of carbon dioxide"}, {"2", "2", "2", "2", Exact, "", "tonnes of cocaine"}}},
		{"Fines can go up to $10,000; the 5 percent fee paid by buyers", []want{{"up to $10,000", "10000", "", "10000", Upper, "USD", ""}, {"5 percent", "5", "5", "5", Exact, UnitPercent, "fee"}}},
		{"the water came up to 90 centimetres", []want{{"90", "90", "90", "90", Exact, "", "centimetres"}}},
		{"2 million tonnes of liquefied natural gas", []want{{"2 million", "2000000", "2000000", "2000000", Exact, "", "tonnes of liquefied natural gas"}}},
		{"within 50 feet of homes, 10 km of Kyiv, 80 metres of the border", []want{{"50", "50", "50", "50", Exact, "", "feet"}, {"10", "10", "10", "10", Exact, "", "km"}, {"80", "80", "80", "80", Exact, "", "metres"}}},
		{"with an estimated street value of $140 million", []want{{"$140 million", "140000000", "140000000", "140000000", Exact, "USD", "street value"}}},
		{"its full-year dividend of 11.4 pence a share", []want{{"11.4 pence", "0.114", "0.114", "0.114", Exact, "GBP", "full-year dividend"}}},
		{"costing it 3 million euros a day in lost production; $70 per barrel", []want{{"3 million euros", "3000000", "3000000", "3000000", Exact, "EUR", "a day in lost production"}, {"$70", "70", "70", "70", Exact, "USD", "per barrel"}}},
		{"a 5-percent raise and a 10-per-cent cut", []want{{"5-percent", "5", "5", "5", Exact, UnitPercent, ""}, {"10-per-cent", "10", "10", "10", Exact, UnitPercent, ""}}},
		// what a percent measures, from the words after it
		{"bars can have customers up to 30% capacity indoors and venues can operate at 50% capacity", []want{{"up to 30%", "30", "", "30", Upper, UnitPercent, "capacity"}, {"50%", "50", "50", "50", Exact, UnitPercent, "capacity"}}},
		{"it rose from 3.9 per cent to 5.8 per cent alongside a rise", []want{{"3.9 per cent", "3.9", "3.9", "3.9", Exact, UnitPercent, ""}, {"5.8 per cent", "5.8", "5.8", "5.8", Exact, UnitPercent, ""}}},
		{"a 14 percent rise in first-quarter net profit; a 9 percent pay rise over two years", []want{{"14 percent", "14", "14", "14", Exact, UnitPercent, "first-quarter net profit"}, {"9 percent", "9", "9", "9", Exact, UnitPercent, "pay rise"}, {"two", "2", "2", "2", Exact, "", "years"}}},
		{"20% more powerful; it's 100 percent preventable; it's 100 percent fake news; the 40% sought by Fain; in the 25 percent range; the 9.4 per cent growth in circulation numbers", []want{{"20%", "20", "20", "20", Exact, UnitPercent, ""}, {"100 percent", "100", "100", "100", Exact, UnitPercent, ""}, {"100 percent", "100", "100", "100", Exact, UnitPercent, ""}, {"40%", "40", "40", "40", Exact, UnitPercent, ""}, {"25 percent", "25", "25", "25", Exact, UnitPercent, ""}, {"9.4 per cent", "9.4", "9.4", "9.4", Exact, UnitPercent, "circulation numbers"}}},
		{"nearly 40 percent more carbon dioxide than; its 5% stake; a 5 percent increase; shares rose 5 percent", []want{{"nearly 40 percent", "40", "", "", Approx, UnitPercent, "carbon dioxide"}, {"5%", "5", "5", "5", Exact, UnitPercent, "stake"}, {"5 percent", "5", "5", "5", Exact, UnitPercent, ""}, {"5 percent", "5", "5", "5", Exact, UnitPercent, ""}}},
		{"$4 million in total, $1 million in long-term bonds", []want{{"$4 million", "4000000", "4000000", "4000000", Exact, "USD", ""}, {"$1 million", "1000000", "1000000", "1000000", Exact, "USD", ""}}},
		// Review cases: real counts the label rules must keep, and names
		// that are not money.
		{"About 200 Democrats want tax cuts", []want{{"About 200", "200", "", "", Approx, "", "Democrats"}}},
		{"300 Wall Street executives attended", []want{{"300", "300", "300", "300", Exact, "", "Wall Street executives"}}},
		{"25 E. coli cases and 12 S. Korean soldiers", []want{{"25", "25", "25", "25", Exact, "", "E. coli cases"}, {"12", "12", "12", "12", Exact, "", "S. Korean soldiers"}}},
		{"Of the 239 aboard, 12 died", []want{{"239", "239", "239", "239", Exact, "", ""}, {"12", "12", "12", "12", Exact, "", ""}}},
		{"The Dow fell 253 Monday", []want{{"253", "253", "253", "253", Exact, "", ""}}},
		{"NASA'S MARS 2020 ROVER LANDS", nil},
		{"40-50 season ticket holders", []want{{"40-50", "", "40", "50", Exact, "", "season ticket holders"}}},
		{"Flight 17 or 18", []want{{"18", "18", "18", "18", Exact, "", ""}}},
		{"23 Somali and Yemeni sea brigands", []want{{"23", "23", "23", "23", Exact, "", "Somali and Yemeni sea brigands"}}},
		{"Pirates captured 22 Yemeni fishermen at sea.", []want{{"22", "22", "22", "22", Exact, "", "Yemeni fishermen"}}},
		{"Commandos recovered 12 AK 47 guns.", []want{{"12", "12", "12", "12", Exact, "", "AK 47 guns"}}},
		{"Two F 16 jets crashed.", []want{{"Two", "2", "2", "2", Exact, "", "F 16 jets"}}},
		{"Three gunmen opened fire on a specimen.", []want{{"Three", "3", "3", "3", Exact, "", "gunmen"}}},
		{"$53 million a week and $2.52 a share", []want{{"$53 million", "53000000", "53000000", "53000000", Exact, "USD", "a week"}, {"$2.52", "2.52", "2.52", "2.52", Exact, "USD", "a share"}}},
		// A money rate names its denominator.
		{"oil at $70 per barrel and power at $0.03/kWh", []want{{"$70", "70", "70", "70", Exact, "USD", "per barrel"}, {"$0.03", "0.03", "0.03", "0.03", Exact, "USD", "/kWh"}}},
		// A conversion in brackets keeps the bound of the figure it converts.
		{"up to $12.9bn (£10bn)", []want{{"up to $12.9bn", "12900000000", "", "12900000000", Upper, "USD", ""}, {"£10bn", "10000000000", "", "10000000000", Upper, "GBP", ""}}},
		{"about 55 mph (88.5 kph)", []want{{"about 55", "55", "", "", Approx, "", "mph"}, {"88.5", "88.5", "", "", Approx, "", "kph"}}},
		{"a $2.6-million deal", []want{{"$2.6-million", "2600000", "2600000", "2600000", Exact, "USD", "deal"}}},
		{"to increase the average efficiency of devices from 23% to 35%", []want{{"23%", "23", "23", "23", Exact, UnitPercent, ""}, {"35%", "35", "35", "35", Exact, UnitPercent, ""}}},
	} {
		checkFind(t, tc.in, tc.ws)
	}
}

func TestFindCounted(t *testing.T) {
	for _, tc := range []struct {
		in string
		ws []want
	}{
		{"8,000 of these North Korean forces", []want{{"8,000", "8000", "8000", "8000", Exact, "", "North Korean forces"}}},
		{"A total of 31 fire apparatus arrived", []want{{"31", "31", "31", "31", Exact, "", "fire apparatus"}}},
		{"eight of the Bluejays' 11 assists", []want{{"eight", "8", "8", "8", Exact, "", "assists"}, {"11", "11", "11", "11", Exact, "", "assists"}}},
		{"completed 29-of-34 passes", []want{{"29", "29", "29", "29", Exact, "", "passes"}}},
		{"close to 300,000 such routes", []want{{"close to 300,000", "300000", "", "", Approx, "", "routes"}}},
		{"between half and two-thirds of homes", []want{{"between half and two-thirds", "", "0.5", "0.6666666666666666", Exact, "", "homes"}}},
		{"with 8,000 of them deployed", []want{{"8,000", "8000", "8000", "8000", Exact, "", ""}}},
		{"around 10,000 soldiers, with 8,000 of them in Kursk", []want{
			{"around 10,000", "10000", "", "", Approx, "", "soldiers"},
			{"8,000", "8000", "8000", "8000", Exact, "", "soldiers"}}},
		{"10,000 soldiers.\nLater 8,000 of them left", []want{
			{"10,000", "10000", "10000", "10000", Exact, "", "soldiers"},
			{"8,000", "8000", "8000", "8000", Exact, "", ""}}},
		{"3 police officers killed, 2 wounded", []want{
			{"3", "3", "3", "3", Exact, "", "police officers"},
			{"2", "2", "2", "2", Exact, "", "wounded"}}},
		{"He said 30 of the 80 wounded remained in hospital.", []want{
			{"30", "30", "30", "30", Exact, "", "wounded"},
			{"80", "80", "80", "80", Exact, "", "wounded"}}},
		{"Inmates spend 23 of every 24 hours locked up.", []want{
			{"23", "23", "23", "23", Exact, "", "hours"},
			{"24", "24", "24", "24", Exact, "", "hours"}}},
		{"Five wounded soldiers and more than 1,300 federal and independent scientists.", []want{
			{"Five", "5", "5", "5", Exact, "", "wounded soldiers"},
			{"more than 1,300", "1300", "1300", "", Lower, "", "federal and independent scientists"}}},
		{"10,000 more troops", []want{{"10,000", "10000", "10000", "10000", Exact, "", "troops"}}},
		{"at 520 Third Street", nil}, // an address, not a count
		{"18 Northern California towns", []want{{"18", "18", "18", "18", Exact, "", "Northern California towns"}}},
		{"three quarters of voters", []want{{"three quarters", "0.75", "0.75", "0.75", Exact, "", "voters"}}},
		{"two-thirds of Ukrainians", []want{{"two-thirds", "0.6666666666666666", "0.6666666666666666", "0.6666666666666666", Exact, "", "Ukrainians"}}},
		{"about a quarter of the population", []want{{"about a quarter", "0.25", "", "", Approx, "", "population"}}},
		{"Two U.S. officials said", []want{{"Two", "2", "2", "2", Exact, "", "U.S. officials"}}},
		{"one mesh router feels fast", []want{{"one", "1", "1", "1", Exact, "", "mesh router"}}},
		{"12 road games overlooks", []want{{"12", "12", "12", "12", Exact, "", "road games"}}},
		{"a 32 yard defensive touchdown", []want{{"32", "32", "32", "32", Exact, "", "yard"}}},
		{"he scored 20 of his season-high 31 points", []want{{"20", "20", "20", "20", Exact, "", "points"}, {"31", "31", "31", "31", Exact, "", "points"}}},
		{"while two of the woman's children looked on", []want{{"two", "2", "2", "2", Exact, "", "children"}}},
		{"bids for some 60 of the embattled 737 Max jet", []want{{"some 60", "60", "", "", Approx, "", ""}}},
		{"a 24- to 30-foot dhow", []want{{"24- to 30", "", "24", "30", Exact, "", "foot"}}},
		{"about 28 degrees Celsius (82 degrees Fahrenheit)", []want{{"about 28", "28", "", "", Approx, "", "degrees Celsius"}, {"82", "82", "", "", Approx, "", "degrees Fahrenheit"}}},
		{"damage estimated at $US1 million", []want{{"estimated at $US1 million", "1000000", "", "", Approx, "USD", ""}}},
		{"nine alleged rules violations, including benefits", []want{{"nine", "9", "9", "9", Exact, "", "alleged rules violations"}}},
		{"263 daily news organizations", []want{{"263", "263", "263", "263", Exact, "", "daily news organizations"}}},
		{"one soldier was hurt", []want{{"one", "1", "1", "1", Exact, "", "soldier"}}},
		{"killed 1,000 armed men", []want{{"1,000", "1000", "1000", "1000", Exact, "", "armed men"}}},
	} {
		checkFind(t, tc.in, tc.ws)
	}
}

// TestFindNotQuantities lists figures that are years, dates, times, phone
// numbers, ranks, furniture, versions and names.
func TestFindNotQuantities(t *testing.T) {
	for _, in := range []string{
		"in 2024", "since 1950", "the 2024 elections", "the 1990s",
		"on October 27-28", "27-28 October", "Oct. 27", "5 May", "the 12th of March", "01.11.2024", "2024-11-01", "5/17/2018",
		"the 5500M chipset", "an RTX 3080M GPU", "a 3-in-1 charger",
		"a third-rate burglary", "a third-down back", "free-agent 1B Mark Teixeira", "the Block 1B rocket",
		"the RS-25 engine", "from zero to 60 mph", "from 0 to 100 km/h", "the 6-foot-9 forward", "dunked over 7-foot-7 Tacko Fall",
		"Cheeks is 284-286 lifetime", "Gonzaga (9-4) won", "South Florida (5-9, 0-2) lost", "a top 10 finish", "in the first half", "the five seed",
		"5.1 surround sound", "a quarter of a century", "a 360-degree camera", "streaming at 4k resolution",
		"at 07:50", "at 4 p.m.", "at 4pm", "10:30 GMT", "at 9 am", "at 3p.m.", "a 720p video",
		"call +7 495 123-45-67", "call 555-0100", "Rekening BCA 0061947069", "EVA 085920594986", "[x]1574096160[/x]",
		"TEL : +82 2 751 1500", "Tel.: +49 (0)69 380 795 200", "a 38mm watch",
		"the first round", "the 2nd round", "3rd place", "the 21st century",
		"3 MIN READ", "Updated 12 minutes ago", "posted 2 hours ago",
		"that is my two cents worth", "the one country, two systems formula", "his second pick-six", "the 100 meter freestyle", "the 200m butterfly",
		"version 1.2.3", "v2.0.1", "192.168.1.2",
		"G7 leaders", "COVID-19 cases", "F-16 jets", "Kim Jong-un", "Su-34", "MH17", "Tu-22M3",
		"a 5G network", "4K video", "180ml", "the 29km Road", "worth 35m to the club", "a 35m yacht", "a score of 5C", "Room 5C", "see page 12", "Article 5", "No. 10", "on day 1000 of the war", "in round 3",
		"the iPhone 15", "sold Boeing 787 jets", "the U.S. 2016 elections", "San Francisco, CA 94107", "2022-2024", "from 2004 to 2017", "since at least 2021", "talked about 2024 plans", "2022-23 season", "the one who left", "no one knows",
		"visit https://example.com/2024/10/27/story-123 now", "www.site.com/100",
		"for a third time", "one fifth round", "the third quarter", "1e999999",
		"whales on Ninety Mile Beach", "near Three Mile Island", "a one-two punch", "between the ages of 25 and 54",
		"workers ages 25 to 54", "until age 5", "died at the age of 70", "children aged 12 and 14",
	} {
		if got := Find(in); len(got) != 0 {
			t.Errorf("Find(%q) = %q..., want nothing", in, got[0].Text)
		}
	}
}

// TestFindSpaceGroupBeforeName: "400 737 Max jets" is not 400,737.
func TestFindSpaceGroupBeforeName(t *testing.T) {
	got := Find("roughly 400 737 Max jets")
	if len(got) == 0 || got[0].Text != "roughly 400" || *got[0].Value != 400 {
		t.Fatalf("Find = %+v, want roughly 400 first", got)
	}
}

// TestFindFurnitureLine: a number alone on a line of a page is furniture.
func TestFindFurnitureLine(t *testing.T) {
	page := "Share\n0\nComments\n 12 \n3 Comments\nTroops: 500 soldiers arrived."
	got := Find(page)
	if len(got) != 1 || got[0].Text != "500" {
		t.Fatalf("Find(page) = %+v, want only 500", got)
	}
}

func TestFindRobust(t *testing.T) {
	long := strings.Repeat("9", 400)
	for _, in := range []string{
		"", " ", "-", "$", "%", "$%", "a", "an", "and", "between", "from 5 to", "up to", "more than",
		long, "$" + long + " million", long + "." + long, "1e999999", "1" + strings.Repeat(",000", 200),
		strings.Repeat("1 ", 5000), strings.Repeat("one hundred and ", 500), strings.Repeat("thousand ", 300) + "one",
		"one " + strings.Repeat("million ", 400), "9" + strings.Repeat(" 999", 300),
		"Привет 5 мир 10,000 солдат", "日本 5000 人", "٣ ٤ 5", "\xff\xfe5\x00", "5\u00a0000\u202f000 people",
		strings.Repeat("x", 100000) + " 5 troops",
	} {
		for _, q := range Find(in) {
			for _, p := range []*float64{q.Value, q.Low, q.High} {
				if p != nil && (math.IsInf(*p, 0) || math.IsNaN(*p)) {
					t.Errorf("Find(%.40q) gave a non-finite value in %q", in, q.Text)
				}
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"around 10,000 North Korean soldiers", "between 5 and 7 million", "$5-7bn", "5-7%", "tens of thousands of",
		"one and a half million", "October 27-28", "01.11.2024 07:50", "1e999999", "US$ 150 million", "c $ 16.4",
		"three hundred and twenty", "more than 10 and less than 40", "8,000 of these forces", "€2bn", "12,34,567.89",
		"10 000 000", "-5", "half a dozen", "a 10-day truce", "3 MIN READ", "\n0\n",
		"quatre-vingt-dix-neuf", "vingt et un mille", "15 pour cent", "ciento veinte", "treinta y dos mil",
		"dreitausendfünfhundert", "vom 3. bis 5. Mai", "Unter 40 Verletzten waren", "5.000 millones", "1,500 Euro",
		"Le bilan est de 155 des", "40 % des", "$5 million in", "a market value of $", "rose by 1,200 to", "80-percent",
		"8,7 millions de", "2,1 Md€", "Fr. 250.–", "u$s 2.300", "deux millions et demi", "entre un 5% y un 7%", "tres cuartas partes",
		"zweieinhalb Millionen", "neun von zehn", "Millionen von", "a half-million", "2,4 Mrd. Euro", "mehrere Millionen",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"", "de", "fr", "es"} {
			checkFound(t, s, FindLang(s, lang))
		}
	})
}

// checkFound checks the invariants every Find result keeps: spans inside
// the text and in order, finite values, both bounds on a range.
func checkFound(t *testing.T, s string, qs []Quantity) {
	t.Helper()
	{
		prevEnd := -1
		for _, q := range qs {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %d:%d %q in %q", q.Start, q.End, q.Text, s)
			}
			if q.Start < prevEnd {
				t.Fatalf("overlapping quantities in %q", s)
			}
			prevEnd = q.End
			if q.NumStart < q.Start || q.NumEnd > q.End {
				t.Fatalf("figure span %d:%d outside %d:%d in %q", q.NumStart, q.NumEnd, q.Start, q.End, s)
			}
			if q.Counted != "" && (q.CountedStart < 0 || q.CountedEnd > len(s) || q.CountedStart > q.CountedEnd || s[q.CountedStart:q.CountedEnd] != q.Counted) {
				t.Fatalf("bad counted span in %q", s)
			}
			for _, p := range []*float64{q.Value, q.Low, q.High} {
				if p != nil && (math.IsInf(*p, 0) || math.IsNaN(*p)) {
					t.Fatalf("non-finite value in %q", s)
				}
			}
			if q.Value == nil && (q.Low == nil || q.High == nil) {
				t.Fatalf("range without both bounds in %q", s)
			}
		}
	}
}

// TestFindConcurrent: Find shares pooled buffers between calls; concurrent
// calls must still give each caller its own answer.
func TestFindConcurrent(t *testing.T) {
	texts := []string{"around 10,000 soldiers", "up to $35m", "5-7% of voters", "tens of thousands of people"}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = Find(s)[0].Text
	}
	done := make(chan string, 400)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for n := 0; n < 50; n++ {
				i := (g + n) % len(texts)
				if got := Find(texts[i])[0].Text; got != want[i] {
					done <- got + " != " + want[i]
					continue
				}
				done <- ""
			}
		}(g)
	}
	for n := 0; n < 400; n++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

// A scaled decimal comes out as the whole number it names, not with
// floating-point noise that would print as 16600000.000000002.
func TestFindScaledWholeNumber(t *testing.T) {
	for in, want := range map[string]float64{"16.6 million": 16600000, "1.15 billion": 1150000000, "$4.35bn": 4350000000} {
		qs := Find(in)
		if len(qs) != 1 || qs[0].Value == nil || *qs[0].Value != want {
			t.Errorf("Find(%q) = %+v, want exactly %v", in, qs, want)
		}
	}
}

// TestFindGerman: German number words, counted nouns after adjectives,
// and the German not-figures, read only when the text is said to be German.
func TestFindGerman(t *testing.T) {
	for _, tc := range []struct {
		in      string
		value   float64
		unit    string
		counted string
	}{
		{"registrierte 1.246 unerlaubte Einreisen", 1246, "", "unerlaubte Einreisen"},
		{"beschäftigt 12 engagierte Mitarbeiter", 12, "", "engagierte Mitarbeiter"},
		{"wurden sieben Menschen verletzt", 7, "", "Menschen"},
		{"Die Firma hat 175 Angestellte.", 175, "", "Angestellte"},
		{"Insgesamt wurden 1400 Dateien gestohlen.", 1400, "", "Dateien"},
		{"zwei Prozent des jährlichen Umsatzes", 2, "percent", "jährlichen Umsatzes"},
		{"stieg um 0,3 Prozentpunkte", 0.3, "percent", ""},
		{"kostet 600 US-Dollar", 600, "USD", ""},
		{"bald 60 Millionen Tonnen Kohle jährlich", 60e6, "", "Tonnen Kohle jährlich"},
		{"mehr als neun Geschäftsstellen in Asien", 9, "", "Geschäftsstellen"},
		{"(1,56 Euro/Preisstufe)", 1.56, "EUR", "/Preisstufe"},
		{"wird 81,05 Euro/Monat kosten", 81.05, "EUR", "/Monat"},
		{"eine 705-Euro-Miete", 705, "EUR", ""},
		{"300 Besucher pro Tag", 300, "", "Besucher pro Tag"},
		{"Es wurden 2056 Menschen in Deutschland befragt.", 2056, "", "Menschen"},
		{"12 Unfälle jährlich", 12, "", "Unfälle jährlich"},
		{"5 Corona-Fälle", 5, "", "Corona-Fälle"},
		{"120 baden-württembergische Gemeinden", 120, "", "baden-württembergische Gemeinden"},
		{"kostet unter 4 Euro", 4, "EUR", ""},
		{"es kamen gut 80 KMU", 80, "", "KMU"},
	} {
		got := FindLang(tc.in, "de")
		if len(got) != 1 || got[0].Value == nil || *got[0].Value != tc.value || got[0].Unit != tc.unit || got[0].Counted != tc.counted {
			t.Errorf("FindLang(%q, de) = %s, want %v %q %q", tc.in, dumpQ(got), tc.value, tc.unit, tc.counted)
		}
	}
	for _, in := range []string{
		"Der 33 Jahre alte Frenzel", "Mit 18 Jahren war sie Weltmeisterin", "die 10-Uhr-Pause", "um 10 Uhr", "der 28-Jährige",
		"bei 12-monatiger Nichtnutzung", "im Jahr 1990", "seit 2004", "§ 68 SGB V", "Nr. 4 SGB V", "mit 2-Faktor-Authentifizierung",
		"Die Frist endet am 30 Juni", "bis 30 Juni", "Artikel 5 des Grundgesetzes", "auf Seite 12 steht", "1990 fiel die Mauer.",
		"Ab 2004 galt das.", "etwa 10 Uhr", "Seit 1648 gilt der Vertrag.", "1648 endete der Krieg.", "beschloss, im Januar 1650 Truppen zu entsenden",
	} {
		if got := FindLang(in, "de"); len(got) != 0 {
			t.Errorf("FindLang(%q, de) = %s, want nothing", in, dumpQ(got))
		}
	}
	for _, tc := range []struct {
		in        string
		low, high float64
	}{
		{"eine Geldbuße von 200 bis 1000 Euro", 200, 1000},
		{"zwischen 5 und 7 Prozent", 5, 7},
		{"das dauert ein bis zwei Tage", 1, 2},
	} {
		got := FindLang(tc.in, "de")
		if len(got) != 1 || got[0].Low == nil || got[0].High == nil || *got[0].Low != tc.low || *got[0].High != tc.high {
			t.Errorf("FindLang(%q, de) = %s, want the range %v-%v", tc.in, dumpQ(got), tc.low, tc.high)
		}
	}
	for in, qual := range map[string]string{"kostet unter 4 Euro": Upper, "es kamen gut 80 KMU": Lower, "annähernd 300 Fälle": Approx,
		"fast 80 Menschen": Approx, "schätzungsweise 500 Menschen": Approx,
		"könnte der Schaden 2 Milliarden Euro übersteigen": Lower, "dass die Kosten 500 Millionen Euro überschreiten": Lower} {
		if got := FindLang(in, "de"); len(got) != 1 || got[0].Qualifier != qual {
			t.Errorf("FindLang(%q, de) = %s, want qualifier %s", in, dumpQ(got), qual)
		}
	}
	// a change from one figure to another is two figures, not a range
	for _, in := range []string{"el déficit pasó de 5 a 10 millones", "passant de près de 0 à 60.000 tweets", "a baissé de 23.1% en 2018 à 10% en 2019", "la part: 40 % en 2018 à 10 % en 2019"} {
		if got := FindLang(in, "es"); len(got) != 2 || got[0].Low != nil && got[0].High != nil && *got[0].Low != *got[0].High {
			t.Errorf("FindLang(%q) = %s, want two figures", in, dumpQ(got))
		}
	}
	for in, qual := range map[string]string{"une houle allant jusqu'à sept mètres": Upper, "jusqu’à 20 mètres": Upper, "de l'ordre de 80 %": Approx,
		"environ la moitié des salariés": Approx, "es casi la mitad de los votos": Approx,
		"es Alrededor del 59 % de la población": Approx, "es más del 50 % de los votos": Lower, "es menos del 10 % de los casos": Upper} {
		lang := "fr"
		if l, rest, ok := strings.Cut(in, " "); ok && l == "es" {
			lang, in = "es", rest
		}
		if got := FindLang(in, lang); len(got) != 1 || got[0].Qualifier != qual {
			t.Errorf("FindLang(%q, fr) = %s, want qualifier %s", in, dumpQ(got), qual)
		}
	}
	// the same words in English text are not German number words
	if got := Find("The elf hid 12 acht."); len(got) != 1 {
		t.Errorf("Find in English read German words: %s", dumpQ(got))
	}
}

func dumpQ(qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		v := "nil"
		if q.Value != nil {
			v = strconv.FormatFloat(*q.Value, 'g', -1, 64)
		}
		fmt.Fprintf(&b, "[%q %s %q %q] ", q.Text, v, q.Unit, q.Counted)
	}
	return b.String()
}

// TestFindFrenchSpanish: number words and "de" after a figure, read only
// when the text is said to be French or Spanish.
func TestFindFrenchSpanish(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		value    float64
		qual     string
		unit     string
		counted  string
	}{
		{"Au moins sept personnes ont été tuées.", "fr", 7, Lower, "", "personnes"},
		{"Il y a environ dix mille réfugiés.", "fr", 10000, Approx, "", "réfugiés"},
		{"Deux millions de personnes.", "fr", 2e6, Exact, "", "personnes"},
		{"Il a reçu 3 milliards d'euros.", "fr", 3e9, Exact, "EUR", ""},
		{"Il y a 300 millions de dollars.", "fr", 3e8, Exact, "USD", ""},
		{"Al menos siete personas murieron.", "es", 7, Lower, "", "personas"},
		{"Unos diez mil refugiados.", "es", 10000, Approx, "", "refugiados"},
		{"Costó dos millones de euros.", "es", 2e6, Exact, "EUR", ""},
		// "des", "del" hold the article; "de" after a percent sign is "of"
		{"Selon lui, 155 des victimes se trouvaient à Valence.", "fr", 155, Exact, "", "victimes"},
		{"40 % des électeurs ont voté.", "fr", 40, Exact, UnitPercent, "électeurs"},
		{"El 40 % de los votantes.", "es", 40, Exact, UnitPercent, "votantes"},
		{"El 87% de todos los glaciares de la península.", "es", 87, Exact, UnitPercent, "glaciares"},
		{"Le bilan est de 155 des", "fr", 155, Exact, "", ""},
		{"30 % du budget.", "fr", 30, Exact, UnitPercent, "budget"},
		{"Qu’importe que 80 % du glyphosate mondial soit produit.", "fr", 80, Exact, UnitPercent, "glyphosate mondial"},
		{"El 40 % del electorado votó.", "es", 40, Exact, UnitPercent, "electorado"},
		{"Protección Civil elevó a 211 la cifra total de la DANA.", "es", 211, Exact, "", ""},
		{"22 % de la population de cette région.", "fr", 22, Exact, UnitPercent, "population"},
		{"90 % de notre système immunitaire.", "fr", 90, Exact, UnitPercent, "système immunitaire"},
		{"L'armée a estimé à 12 000 le nombre de soldats.", "fr", 12000, Exact, "", "soldats"},
		{"El Ejército elevó a 242 la cifra oficial de secuestrados.", "es", 242, Exact, "", "secuestrados"},
	} {
		got := FindLang(tc.in, tc.lang)
		if len(got) != 1 || got[0].Value == nil || *got[0].Value != tc.value || got[0].Qualifier != tc.qual || got[0].Unit != tc.unit || got[0].Counted != tc.counted {
			t.Errorf("FindLang(%q, %s) = %s, want %v %s %q %q", tc.in, tc.lang, dumpQ(got), tc.value, tc.qual, tc.unit, tc.counted)
		}
	}
	if got := FindLang("Des dizaines de milliers de personnes ont manifesté.", "fr"); len(got) != 1 || got[0].Low == nil || *got[0].Low != 20000 {
		t.Errorf("tens of thousands in French: %s", dumpQ(got))
	}
	if got := Find("Il y a sept personnes."); len(got) != 0 {
		t.Errorf("French number words read in English text: %s", dumpQ(got))
	}
}

// TestFindLangWords: compound number words, decimal commas, percent and
// currency words, fractions and ordinals in German, French and Spanish.
func TestFindLangWords(t *testing.T) {
	for _, tc := range []struct {
		in, lang string
		value    float64
		unit     string
		counted  string
	}{
		// compound number words
		{"soixante-dix morts", "fr", 70, "", "morts"},
		{"quatre-vingts morts", "fr", 80, "", "morts"},
		{"quatre-vingt-dix-neuf ans", "fr", 99, "", "ans"},
		{"vingt et un soldats", "fr", 21, "", "soldats"},
		{"soixante et onze blessés", "fr", 71, "", "blessés"},
		{"dix-sept morts", "fr", 17, "", "morts"},
		{"mille personnes", "fr", 1000, "", "personnes"},
		{"cent personnes", "fr", 100, "", "personnes"},
		{"deux cent mille manifestants", "fr", 200000, "", "manifestants"},
		{"vingt et un mille morts", "fr", 21000, "", "morts"},
		{"mille deux cents soldats", "fr", 1200, "", "soldats"},
		{"ciento veinte soldados", "es", 120, "", "soldados"},
		{"mil personas", "es", 1000, "", "personas"},
		{"cien soldados", "es", 100, "", "soldados"},
		{"veintidós muertos", "es", 22, "", "muertos"},
		{"treinta y dos heridos", "es", 32, "", "heridos"},
		{"dos mil quinientos euros", "es", 2500, "EUR", ""},
		{"einundzwanzig Menschen", "de", 21, "", "Menschen"},
		{"zweihundert Soldaten", "de", 200, "", "Soldaten"},
		{"dreitausendfünfhundert Besucher", "de", 3500, "", "Besucher"},
		{"hunderteins Gäste", "de", 101, "", "Gäste"},
		{"Hundert Tage", "de", 100, "", "Tage"},
		// halves, shares and vague counts written in words
		{"zweieinhalb Millionen Menschen", "de", 2.5e6, "", "Menschen"},
		{"anderthalb Millionen Euro", "de", 1.5e6, "EUR", ""},
		{"eineinhalb Jahre", "de", 1.5, "", "Jahre"},
		{"eine halbe Million Menschen", "de", 5e5, "", "Menschen"},
		{"neun von zehn Ärzten", "de", 0.9, "", "Ärzten"},
		{"9 von 10 Ärzten", "de", 0.9, "", "Ärzten"},
		{"deux millions et demi de personnes", "fr", 2.5e6, "", "personnes"},
		{"trois milliards et demi de dollars", "fr", 3.5e9, "USD", ""},
		{"un demi-million de personnes", "fr", 5e5, "", "personnes"},
		{"neuf Français sur dix", "fr", 0.9, "", "Français"},
		{"neuf sur dix", "fr", 0.9, "", ""},
		{"dos millones y medio de personas", "es", 2.5e6, "", "personas"},
		{"un millón y medio de euros", "es", 1.5e6, "EUR", ""},
		{"nueve de cada diez médicos", "es", 0.9, "", "médicos"},
		{"vingt-cinq pour cent", "fr", 25, "percent", ""},
		{"veinticinco por ciento", "es", 25, "percent", ""},
		// a French plural scale after a decimal; abbreviated scales with a currency
		{"Le Louvre a accueilli 8,7 millions de visiteurs.", "fr", 8.7e6, "", "visiteurs"},
		{"un crédit de 12,5 millions de francs", "fr", 12.5e6, "CHF", "crédit"},
		{"un bénéfice net de 2,1 Md€, porté par", "fr", 2.1e9, "EUR", ""},
		{"2 Mds d'euros", "fr", 2e9, "EUR", ""},
		{"Der Bund stellt 2,4 Mrd. Euro bereit.", "de", 2.4e9, "EUR", ""},
		{"Die Abfindung beträgt 3,2 Mio. €.", "de", 3.2e6, "EUR", ""},
		{"Der Espresso kostet neu Fr. 5.20.", "de", 5.2, "CHF", ""},
		{"La taxe est de Fr. 250.– par an.", "fr", 250, "CHF", ""},
		{"la deuda se situó en 1,6 billones de euros", "es", 1.6e12, "EUR", ""},
		{"utilidades por 4.5 billones de pesos colombianos", "es", 4.5e12, "COP", ""},
		{"sumaron u$s 2.300 millones", "es", 2.3e9, "USD", ""},
		{"Las tres cuartas partes del territorio están en sequía.", "es", 0.75, "", "territorio"},
		// decimal comma and dot thousands
		{"5.000 millones de euros", "es", 5e9, "EUR", ""},
		{"1,500 Euro", "de", 1.5, "EUR", ""},
		{"3.125 Euro", "de", 3125, "EUR", ""},
		// percent and currency words
		{"15 pour cent des voix", "fr", 15, "percent", "voix"},
		{"el 15 por ciento de los votos", "es", 15, "percent", "votos"},
		{"10 millones de dólares", "es", 1e7, "USD", ""},
		{"300 millones de rublos", "es", 3e8, "RUB", ""},
		{"500 libras esterlinas", "es", 500, "GBP", ""},
		{"5 Millionen Rubel", "de", 5e6, "RUB", ""},
		{"100 Franken", "de", 100, "CHF", ""},
		// currencies before the euro
		{"1,1 Milliarden Mark", "de", 1.1e9, "DEM", ""},
		{"169.000 millones de pesetas", "es", 169e9, "ESP", ""},
		{"500 Mark", "de", 500, "", "Mark"}, // a bare "Mark" may be anything
		{"500 million marks", "en", 5e8, "DEM", ""},
		// fractions and articles
		{"ein Drittel der Befragten", "de", 1.0 / 3, "", "Befragten"},
		{"Die Hälfte der Stimmen", "de", 0.5, "", "Stimmen"},
		{"la mitad de los votos", "es", 0.5, "", "votos"},
		{"medio millón de personas", "es", 500000, "", "personas"},
		{"media docena de muertos", "es", 6, "", "muertos"},
		{"una docena de huevos", "es", 12, "", "huevos"},
		{"tres cuartos de la población", "es", 0.75, "", "población"},
		{"un tercio de los votos", "es", 1.0 / 3, "", "votos"},
		{"un tiers des votes", "fr", 1.0 / 3, "", "votes"},
		{"3 millions d'habitants", "fr", 3e6, "", "habitants"},
		{"3 milliards d'euros", "fr", 3e9, "EUR", ""},
		// "einer von vier" is a share
		{"Doch einer von vier Hackerangriffen wird nicht gemeldet.", "de", 0.25, "", "Hackerangriffen"},
		// function words end the counted phrase
		{"2 209 Français ont été localisés", "fr", 2209, "", "Français"},
		{"Twitter Lite llegará a 24 países nuevos, 11 de ellos de América Latina", "es", 24, "", "países"},
		// French capitalises a people: a count, not a model number
		{"Selon lui, 393 Français.", "fr", 393, "", "Français"},
		// neuf is nine before what it counts
		{"Il y a neuf blessés.", "fr", 9, "", "blessés"},
		// unter as among, and as a bound
		{"Unter 40 Verletzten waren drei Kinder", "de", 40, "", "Verletzten"},
		// what a unit measures, other and new, currencies named in French and Spanish
		{"transporta 20 toneladas de café", "es", 20, "", "toneladas de café"},
		{"une vague de 20 tonnes de haut", "fr", 20, "", "tonnes"},
		{"a 500 kilómetros de las costas", "es", 500, "", "kilómetros"},
		{"deux autres coauteurs ont été condamnés", "fr", 2, "", "coauteurs"},
		{"Ils marchaient avec 300 drapeaux.", "fr", 300, "", "drapeaux"},
		// what an amount is of, and Swiss thousands
		{"Es entstand ein Sachschaden von 10’000 Franken", "de", 10000, "CHF", "Sachschaden"},
		{"Es wurden 10 Tonnen Weizen geliefert", "de", 10, "", "Tonnen Weizen"},
		{"Er braucht 100 Liter Wasser am Tag", "de", 100, "", "Liter Wasser"},
		{"10 Tonnen Ende März geliefert", "de", 10, "", "Tonnen"},
		{"SDRs im Wert von 650 Milliarden Dollar", "de", 6.5e11, "USD", "SDRs"},
		{"un préjudice de 21.930,54 euros", "fr", 21930.54, "EUR", "préjudice"},
		{"Die Aktie hat einen Wert von 50 Euro", "de", 50, "EUR", ""},
		{"le chômage a baissé de 3 %", "fr", 3, "percent", ""},
		{"Los precios subieron un 4 % en marzo frente a febrero.", "es", 4, "percent", ""},
		{"aumentó 17 toneladas con respecto a febrero", "es", 17, "", "toneladas"},
		{"Das Stadion fasst 80'000 Zuschauer", "de", 80000, "", "Zuschauer"},
		{"1'250'000 Franken", "de", 1250000, "CHF", ""},
		{"a total of 12'000 soldiers", "", 12000, "", "soldiers"},
		{"que cuentan 1’396.342 víctimas", "es", 1396342, "", "víctimas"},
		{"38 % des Français font confiance à la télévision", "fr", 38, "percent", "Français"},
		{"tres otros muertos", "es", 3, "", "muertos"},
		{"cinco nuevos casos de covid", "es", 5, "", "nuevos casos"},
		{"pagó 3.300 soles", "es", 3300, "PEN", ""},
		{"une amende de 300.000.000 GNF", "fr", 3e8, "GNF", "amende"},
		{"150 000 francs CFA", "fr", 150000, "XOF", ""},
		{"20 millones de pesos argentinos", "es", 2e7, "ARS", ""},
		{"300 pesos chilenos", "es", 300, "CLP", ""},
		{"5.000 colones", "es", 5000, "CRC", ""},
		{"3.300 PEN", "es", 3300, "PEN", ""},
		{"1 cop was hurt", "", 1, "", "cop"},
		// shares: "de cada", "sur"
		{"uno de cada cinco niños sufre hambre", "es", 0.2, "", "niños"},
		{"huit véhicules sur dix étaient garés", "fr", 0.8, "", "véhicules"},
		{"un Français sur trois", "fr", 1.0 / 3, "", "Français"},
		{"Un sur dix a voté", "fr", 0.1, "", ""},
		// a degree sign is a temperature without an article before it
		{"Hacía 8° en la ciudad.", "es", 8, "", ""},
		// "a las N" before a noun is no clock time, nor is a duration
		{"entregaron ayuda a las 20 familias", "es", 20, "", "familias"},
		{"la huelga duró 17 horas", "es", 17, "", "horas"},
	} {
		got := FindLang(tc.in, tc.lang)
		if len(got) == 0 || got[0].Value == nil || math.Abs(*got[0].Value-tc.value) > 1e-9 || got[0].Unit != tc.unit || got[0].Counted != tc.counted || got[0].Qualifier != Exact {
			t.Errorf("FindLang(%q, %s) = %s, want %v %q %q exact", tc.in, tc.lang, dumpQ(got), tc.value, tc.unit, tc.counted)
		}
	}
	for _, tc := range []struct{ in, lang string }{
		{"un véhicule neuf", "fr"}, {"Quoi de neuf ?", "fr"}, {"un logement neuf à Lyon", "fr"}, {"un logement neuf sur la côte", "fr"},
		{"Mengenangaben in Millionen Tonnen", "de"},
		{"Am 3. Dezember", "de"}, {"Vom 3. bis 5. Mai", "de"}, {"3.-5. Mai", "de"}, {"der 2. Weltkrieg", "de"},
		{"zum 5. Mal", "de"}, {"Geöffnet von 9 bis 17 Uhr", "de"}, {"im Jahr zweitausend", "de"}, {"la media de edad", "es"},
		// clock times
		{"se congregarán a las cinco de la tarde frente al Palacio", "es"}, {"empezó a las 17 horas", "es"}, {"hasta las diez", "es"},
		{"llegó a la una", "es"}, {"abrió desde las 8 y hasta las 14 en el Congreso", "es"}, {"la manifestation a commencé à 18 heures", "fr"}, {"vers 14 h", "fr"}, {"à six heures du matin", "fr"},
		// ordinals, labels and numbers of a year
		{"Se realizará el 8° Congreso de Educación", "es"}, {"l'acte 8 des gilets jaunes", "fr"}, {"la ruta 188 y el artículo 5", "es"},
		{"el proyecto de ley N° 464-2021", "es"}, {"el equipo ganó 3 a 1", "es"}, {"On Nov. 8 Ron DeSantis won.", ""}, {"Lyon s'impose 3 à 1", "fr"}, {"la Resolución Ministerial 531-2021. En este", "es"}, {"Ley 5-2021-PCM", "es"},
	} {
		if got := FindLang(tc.in, tc.lang); len(got) != 0 {
			t.Errorf("FindLang(%q, %s) = %s, want nothing", tc.in, tc.lang, dumpQ(got))
		}
	}
	for _, tc := range []struct {
		in, lang  string
		low, high float64
		counted   string
	}{
		{"entre deux et trois mille personnes", "fr", 2000, 3000, "personnes"},
		{"entre 20 et 30 morts", "fr", 20, 30, "morts"},
		{"entre veinte y treinta muertos", "es", 20, 30, "muertos"},
		{"500-2000 people came", "", 500, 2000, "people"}, // a range may end on a figure that reads as a year
		{"attendance at 500-2000.", "", 500, 2000, ""},    // and the end of an English sentence
		{"on a perdu deux à trois mètres", "fr", 2, 3, "mètres"},
		{"de 5 a 10 heridos", "es", 5, 10, "heridos"},
		{"une baisse de 1 % à 1,5 % des ventes", "fr", 1, 1.5, "ventes"},
		{"entre 1 % et 1,5 % des ventes", "fr", 1, 1.5, "ventes"},
	} {
		got := FindLang(tc.in, tc.lang)
		if len(got) != 1 || got[0].Low == nil || got[0].High == nil || *got[0].Low != tc.low || *got[0].High != tc.high || got[0].Counted != tc.counted {
			t.Errorf("FindLang(%q, %s) = %s, want the range %v-%v of %q", tc.in, tc.lang, dumpQ(got), tc.low, tc.high, tc.counted)
		}
	}
	// approximate counts and vague ones
	for _, tc := range []struct {
		in, lang, qual string
		value          float64
		counted        string
	}{
		{"une dizaine d'enfants", "fr", Approx, 10, "enfants"},
		{"une centaine de manifestants", "fr", Approx, 100, "manifestants"},
		{"environ une vingtaine de blessés", "fr", Approx, 20, "blessés"},
		{"une douzaine de morts", "fr", Approx, 12, "morts"}, // like "une dizaine": about twelve
		{"un taux inférieur à 9 % d'ici à la fin de l'année", "fr", Upper, 9, ""},
		{"un déficit supérieur à 5 %", "fr", Lower, 5, ""},
		{"una inflación inferior al 2%", "es", Upper, 2, ""},
		{"un centenar de heridos", "es", Approx, 100, "heridos"},
		{"un millar de personas", "es", Approx, 1000, "personas"},
		{"des milliers d'enfants", "fr", Lower, 2000, "enfants"},
		{"Millones de personas se manifestaron", "es", Lower, 2e6, "personas"},
		{"des dizaines de morts", "fr", Lower, 24, "morts"},
		{"decenas de heridos", "es", Lower, 24, "heridos"},
		{"des dizaines de milliers de personnes", "fr", Lower, 20000, "personnes"},
		{"Zehntausende Menschen", "de", Lower, 20000, "Menschen"},
		{"Hunderttausende Flüchtlinge", "de", Lower, 200000, "Flüchtlinge"},
		{"Millionen Menschen", "de", Lower, 2e6, "Menschen"},
		{"über eine Millionen Nutzern", "de", Lower, 1e6, "Nutzern"},
		{"Tausende von Menschen", "de", Lower, 2000, "Menschen"},
		{"Presque 70 % des sondés", "fr", Approx, 70, "sondés"},
		{"Autour de 8 000 spectateurs", "fr", Approx, 8000, "spectateurs"},
		{"au plus 450 personnes", "fr", Upper, 450, "personnes"},
		{"au maximum 1 500 euros", "fr", Upper, 1500, ""},
		{"Au minimum 300 lits", "fr", Lower, 300, "lits"},
		{"como máximo 50 personas", "es", Upper, 50, "personas"},
		{"No más de 30 personas", "es", Upper, 30, "personas"},
		{"Por lo menos 40 heridos", "es", Lower, 40, "heridos"},
		{"Ca. 1.800 Wohnungen", "de", Approx, 1800, "Wohnungen"},
		{"max. 20 Personen", "de", Upper, 20, "Personen"},
		{"mind. 5 Jahre", "de", Lower, 5, "Jahre"},
		{"eine Rückgewinnung von min. 35 Prozent", "de", Lower, 35, "Rückgewinnung"},
		{"Millionen von Hungernden", "de", Lower, 2e6, "Hungernden"},
		{"mehrere Millionen Dollar", "de", Approx, 3e6, ""},
	} {
		got := FindLang(tc.in, tc.lang)
		v := 0.0
		if len(got) == 1 && got[0].Value != nil {
			v = *got[0].Value
		} else if len(got) == 1 && got[0].Low != nil {
			v = *got[0].Low
		}
		if len(got) != 1 || v != tc.value || got[0].Qualifier != tc.qual || got[0].Counted != tc.counted {
			t.Errorf("FindLang(%q, %s) = %s, want %s %v %q", tc.in, tc.lang, dumpQ(got), tc.qual, tc.value, tc.counted)
		}
	}
	// "de ellos" is of them: the count shares the noun before it
	if got := FindLang("Llegará a 24 países nuevos, 11 de ellos de América Latina", "es"); len(got) != 2 || got[1].Counted != "países" {
		t.Errorf("11 de ellos: %s", dumpQ(got))
	}
	// "$A2 billion" is Australian, "Shs14.6 trillion" Ugandan
	for _, c := range []struct {
		in, unit, qual string
		value          float64
	}{
		{"the company would spend about $A2 billion expanding", "AUD", Approx, 2e9},
		{"collected Shs14.6 trillion in taxes", "UGX", Exact, 14.6e12},
	} {
		if got := FindLang(c.in, "en"); len(got) != 1 || *got[0].Value != c.value || got[0].Unit != c.unit || got[0].Qualifier != c.qual {
			t.Errorf("%s: %s", c.in, dumpQ(got))
		}
	}
	// "entre el 58,3% y el 60,7%": the same with definite articles
	if got := FindLang("Obtuvo entre el 58,3% y el 60,7% de los votos.", "es"); len(got) != 1 || got[0].Low == nil || *got[0].Low != 58.3 || *got[0].High != 60.7 {
		t.Errorf("entre el 58,3%% y el 60,7%%: %s", dumpQ(got))
	}
	// "einer Boeing 737 Max 8": a model number, in any language
	if got := FindLang("Beim Absturz einer Boeing 737 Max 8 sind alle 157 Menschen ums Leben gekommen.", "de"); len(got) != 1 || *got[0].Value != 157 {
		t.Errorf("Boeing 737 Max 8: %s", dumpQ(got))
	}
	// "entre un 5% y un 7%": a range of percents with their articles
	if got := FindLang("Las tarifas subirán entre un 5% y un 7%.", "es"); len(got) != 1 || got[0].Low == nil || *got[0].Low != 5 || *got[0].High != 7 || got[0].Unit != UnitPercent {
		t.Errorf("entre un 5%% y un 7%%: %s", dumpQ(got))
	}
	// "mind." is a German bound only
	if got := FindLang("He had a brilliant mind. 3 books followed.", ""); len(got) != 1 || got[0].Qualifier != Exact {
		t.Errorf("English mind. 3: %s", dumpQ(got))
	}
	if got := FindLang("The talks lasted 45 min. 3 officers were hurt.", ""); len(got) != 2 || got[1].Qualifier != Exact {
		t.Errorf("English min. 3: %s", dumpQ(got))
	}
	// "MD" alone is no billion
	if got := FindLang("5 MD", "fr"); len(got) != 1 || *got[0].Value != 5 {
		t.Errorf("5 MD: %s", dumpQ(got))
	}
	// a share takes a small first term; a larger one is a count of its own
	if got := FindLang("Die Partei (16 von 217 Sitzen im Parlament)", "de"); len(got) != 2 || *got[0].Value != 16 || got[1].Counted != "Sitzen" {
		t.Errorf("16 von 217 Sitzen: %s", dumpQ(got))
	}
	if got := FindLang("Die Partei gewann 3 von 217 Sitzen.", "de"); len(got) != 2 || *got[0].Value != 3 {
		t.Errorf("3 von 217 Sitzen: %s", dumpQ(got))
	}
	// "von 19 auf 7 Prozent" is a change, not a share of one in nineteen
	for _, q := range FindLang("Es gilt ein von 19 auf 7 Prozent reduzierter Steuersatz. Die Quote stieg von 3 auf 5 Prozent.", "de") {
		if q.Value != nil && *q.Value < 1 {
			t.Errorf("a change read as a share: %s", dumpQ([]Quantity{q}))
		}
	}
	// "die Millionen": an amount named before, no vague count
	if got := FindLang("Die Millionen flossen nach Zypern.", "de"); len(got) != 0 {
		t.Errorf("Die Millionen: %s", dumpQ(got))
	}
	// each word added must be smaller: "trois quatre" is no seven
	for _, q := range FindLang("les paris trois quatre", "fr") {
		if q.Value != nil && *q.Value == 7 {
			t.Errorf("two adjacent number words were summed: %s", dumpQ([]Quantity{q}))
		}
	}
	// a figure after a German ordinal date is still read
	if got := FindLang("Am 3. Dezember starben nach Angaben der Polizei 40 Menschen.", "de"); len(got) != 1 || *got[0].Value != 40 {
		t.Errorf("German date and figure: %s", dumpQ(got))
	}
	if got := FindLang("Unter 5 Prozent der Befragten sind dafür", "de"); len(got) != 1 || got[0].Qualifier != Upper {
		t.Errorf("unter before a percent is a bound: %s", dumpQ(got))
	}
	// English text keeps its own reading of the same strings
	if got := Find("It cost 1,500 euros."); len(got) != 1 || *got[0].Value != 1500 {
		t.Errorf("English 1,500: %s", dumpQ(got))
	}
}

// The word lists are written over several lines: no entry may hold a line
// break ("these\nthose" once kept both words out of nounStop).
func TestWordListsSplitAtLineBreaks(t *testing.T) {
	for name, m := range map[string]map[string]bool{"nounStop": nounStop, "notMoneyIn": notMoneyIn} {
		for w := range m {
			if strings.ContainsAny(w, " \n\t") {
				t.Errorf("%s holds %q", name, w)
			}
		}
	}
	for _, w := range []string{"these", "those", "according", "including", "percent", "within"} {
		if !nounStop[w] {
			t.Errorf("nounStop lacks %q", w)
		}
	}
}

func TestDollarOf(t *testing.T) {
	for host, want := range map[string]string{"www.eltiempo.com.co": "COP", "www.clarin.com.ar": "ARS", "elpais.com": "", "www.nytimes.com": "", "": ""} {
		if got := DollarOf(host); got != want {
			t.Errorf("DollarOf(%q) = %q, want %q", host, got, want)
		}
	}
	if got := FindStyled("El contrato costó $5.000 millones y US$2 millones.", "es", Style{Dollar: "COP"}); len(got) != 2 || got[0].Unit != "COP" || got[1].Unit != "USD" {
		t.Errorf("FindStyled with a peso style = %s, want COP then USD", dumpQ(got))
	}
}

func TestDocStyle(t *testing.T) {
	for _, tc := range []struct {
		text, lang string
		want       []float64
	}{
		{"La población penitenciaria es de 13,762 internos.", "es", []float64{13762}},
		{"identificó más de 1,400 millones de soles", "es", []float64{1.4e9}},
		{"El PIB creció 2,5 % y se crearon 1,500 empleos.", "es", []float64{2.5, 1.5}},       // a decimal comma elsewhere: the Spain reading
		{"Son 14.372,4 millones y 2,300 toneladas.", "es", []float64{14372.4e6, 2.3}},        // likewise
		{"Le pays compte 1,000,000 habitants et 1,500 soldats.", "fr", []float64{1e6, 1500}}, // only the English reading fits the first
		{"Il y a 1,500 soldats.", "fr", []float64{1.5}},                                      // French alone keeps its decimal comma
		{"Das kostet 1,500 Euro.", "de", []float64{1.5}},
		{"pagó 0,125 por acción", "es", []float64{0.125}},
	} {
		got := FindLang(tc.text, tc.lang)
		if len(got) != len(tc.want) {
			t.Errorf("FindLang(%q, %s) = %s, want %v", tc.text, tc.lang, dumpQ(got), tc.want)
			continue
		}
		for i, w := range tc.want {
			if v := got[i].Value; v == nil || math.Abs(*v-w) > 1e-6*math.Abs(w) {
				t.Errorf("FindLang(%q, %s)[%d] = %s, want %v", tc.text, tc.lang, i, dumpQ(got), w)
			}
		}
	}
	// the style is read from the whole document, not from each paragraph
	if st := DocStyle("El PIB creció 2,5 %.\nSe crearon 1,500 empleos.", "es"); st.CommaThousands {
		t.Errorf("DocStyle: a decimal comma in one paragraph holds for the next")
	}
	if got := FindStyled("Se crearon 1,500 empleos.", "es", Style{}); len(got) != 1 || *got[0].Value != 1.5 {
		t.Errorf("FindStyled with the Spain style = %s, want 1.5", dumpQ(got))
	}
}

// TestFindRegionalMoney: currencies African and South Asian papers write as
// letters before the figure, crore written "cr", "north of" and "-odd";
// a capital letter before a figure with no scale word is a name.
func TestFindRegionalMoney(t *testing.T) {
	for _, tc := range []struct {
		in        string
		value     float64
		unit, qal string
	}{
		{"Eskom needs R3.2 billion to repair the units.", 3.2e9, "ZAR", Exact},
		{"The county lost Sh2 billion through tenders.", 2e9, "KES", Exact},
		{"The state approved N2.5 billion for roads.", 2.5e9, "NGN", Exact},
		{"The assembly approved GH¢5 million for classrooms.", 5e6, "GHS", Exact},
		{"The budget allocates Tk 500 crore for meals.", 5e9, "BDT", Exact},
		{"A KSh 500 fine was imposed.", 500, "KES", Exact},
		{"The flats will cost Rs 1,000 cr.", 1e10, "INR", Exact},
		{"It seeks a valuation north of $500 million.", 5e8, "USD", Lower},
		{"The island's 5,000-odd residents depend on the ferry.", 5000, "", Approx},
	} {
		got := FindLang(tc.in, "")
		if len(got) != 1 || got[0].Value == nil || math.Abs(*got[0].Value-tc.value) > 1e-6*tc.value || got[0].Unit != tc.unit || got[0].Qualifier != tc.qal {
			t.Errorf("Find(%q) = %s, want %v %s %s", tc.in, dumpQ(got), tc.value, tc.unit, tc.qal)
		}
	}
	for _, in := range []string{"Staff must wear N95 masks.", "R2 was hit twice.", "The N 5 bus leaves.", "She worked on the experiment R3B.", "at a resolution of R02B11"} {
		for _, q := range Find(in) {
			if q.Unit != "" {
				t.Errorf("Find(%q) read money: %s", in, dumpQ([]Quantity{q}))
			}
		}
	}
}
