// Package timex finds date expressions in news text and resolves them against
// the article's publication time: explicit dates ("25 October 2024",
// "2024-10-31"), partial dates ("on October 25", "Oct. 5"), ranges
// ("October 27-28") and relative phrases ("Monday", "last weekend",
// "two days ago", "in the coming days").
package timex

import "time"

// Date is one resolved date expression.
type Date struct {
	Text       string    // the phrase as found, e.g. "on October 25", "last weekend"
	Start, End int       // byte offsets into the searched text (Resolve: 0,len)
	Date       time.Time // first day (UTC midnight) of the referenced day/month/year
	Until      time.Time // last day of a range ("October 27-28" → Oct 28); zero when not a range
	Precision  string    // "day" | "month" | "year"
	Vague      bool      // "in the coming days", "recently", "soon": direction only, Date = ref day
	Future     bool      // the phrase points after the reference time
}

// Precision values.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// Context is what Find knows about the text around a sentence.
type Context struct {
	Ref      time.Time // the article's publication time (or the best known reference)
	Previous *Date     // the last date resolved earlier in the article, for "the same day", "that day"
}

// Resolve resolves one whole phrase against ref. It reports false when the
// phrase is not a date expression it understands.
func Resolve(phrase string, ref time.Time) (Date, bool) {
	return Date{}, false
}

// Find returns all date expressions in text (typically one sentence), in
// order of appearance, resolved against ctx.
func Find(text string, ctx Context) []Date {
	return nil
}
