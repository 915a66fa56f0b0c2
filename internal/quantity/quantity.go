// Package quantity finds quantities in running text: counts, ranges,
// qualified figures ("about 10,000", "more than 500"), percents and money,
// together with the noun phrase they count ("10,000 North Korean soldiers").
//
// Figures may be written with digits and any common grouping ("10,000",
// "10.000", "10 000", "12,34,567", "1.5 million", "$35m", "€2bn", "8k"), or
// in words ("three hundred and twenty", "a dozen", "half a million",
// "two-thirds", "one in five"). Conventions for the value fields:
//
//   - ranges ("6,000 to 8,000", "5-7%", "between 5 and 7") have Value nil and
//     Low, High set; a scale or unit written once applies to both ends
//     ("$5-7 million");
//   - vague plurals are lower bounds at twice their base: "hundreds" is
//     Low=200, "tens of thousands" Low=20,000, "dozens" Low=24;
//   - "several thousand", "a few hundred" are approximate 3,000 and 300;
//   - fractions and shares are values below 1 ("two-thirds of voters" =
//     0.667, "one in five adults" = 0.2), counted "voters", "adults";
//   - percents keep the figure as written (5% is 5, Unit "percent");
//   - money is in the main unit of its ISO 4217 code (cents and pence are
//     0.01 USD and GBP); "$" alone is USD.
//
// Figures that are not quantities are skipped: years ("in 2024"), dates
// ("October 27-28", "01.11.2024"), clock times, phone and account numbers,
// ordinals ("2nd"), page furniture ("3 MIN READ", "12 minutes ago", a number
// alone on a line of a multi-line page), versions, labels ("Article 5") and
// numbers inside names ("G7", "COVID-19", "F-16", "iPhone 15").
//
// It is a hand-written scanner, not a set of regular expressions: one pass
// over the text to cut tokens, then a left-to-right parse that looks ahead a
// bounded number of tokens, so time is linear in the text length.
package quantity

import "strings"

// Qualifier values.
const (
	Approx = "approx" // about, around, some, nearly, an estimated, ~ ...
	Upper  = "upper"  // up to, as many as, fewer than, under, at most ...
	Lower  = "lower"  // more than, over, at least, in excess of ...
	Exact  = "exact"  // no qualifier, or a range
)

// Unit values besides ISO 4217 currency codes.
const (
	UnitCount   = ""
	UnitPercent = "percent"
)

// Quantity is one figure found in text.
type Quantity struct {
	Text       string   // the matched text incl. qualifier and unit, e.g. "around 10,000", "$35m"
	Start, End int      // byte offsets into the input: Text == input[Start:End]
	Value      *float64 // point value; nil for a range
	Low, High  *float64 // bounds: range → both; "up to"/upper → High=value; "more than"/lower → Low=value;
	// exact → Low=High=value; approx → both nil
	Qualifier string // "approx" | "upper" | "lower" | "exact"
	Unit      string // "" for a count, "percent", or an ISO 4217 code ("USD","EUR","GBP","JPY","RUB",...)
	Counted   string // the counted noun phrase: "North Korean soldiers", "troops", "Bitcoin"; "" if none
	// CountedStart, CountedEnd are the offsets of Counted in the input (0,0 when none).
	CountedStart, CountedEnd int
	// NumStart, NumEnd are the offsets of the bare figure(s) inside Text,
	// without qualifier words, currency or percent signs ("10,000" in
	// "around $10,000"; "6,000 to 8,000" for a range).
	NumStart, NumEnd int
}

// IsRange reports whether q is a range ("6,000 to 8,000") rather than a point.
func (q Quantity) IsRange() bool { return q.Value == nil && q.Low != nil && q.High != nil }

// IsMoney reports whether q is an amount of money (its unit is a
// currency).
func (q Quantity) IsMoney() bool { return q.Unit != "" && q.Unit != UnitPercent }

// IsLength reports whether q counts a length or distance ("150 nautical
// miles", "58km", "2,000 feet").
func (q Quantity) IsLength() bool {
	w := strings.ToLower(q.Counted)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	return distanceWords[w] && w != "k" || lengthWords[w]
}

// lengthWords are the lengths that distanceWords (the units of races)
// leaves out.
var lengthWords = map[string]bool{"feet": true, "foot": true, "ft": true, "kilometres": true, "kilometers": true, "mi": true}
