// Package quantity finds quantities in running text: counts, ranges,
// qualified figures ("about 10,000", "more than 500"), percents and money,
// together with the noun phrase they count ("10,000 North Korean soldiers").
//
// It is a hand-written scanner, not a set of regular expressions, so that it
// runs in a single pass over the text and cannot backtrack.
package quantity

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
