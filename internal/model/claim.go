package model

import "time"

// Claim is one figure an article reports: a quantity with what it counts,
// where, who says so and as of when, cited to the sentence it came from.
type Claim struct {
	Path string // the article's path (Article.Path)

	// The quantity as the sentence states it.
	Quantity  string   // as written, e.g. "around 10,000"
	Value     *float64 // point value; nil for a range
	Low, High *float64 // bounds (see quantity.Quantity)
	Qualifier string   // "approx" | "upper" | "lower" | "exact"
	Unit      string   // "" for a count, "percent", or an ISO 4217 code
	Counted   string   // what is counted: "North Korean soldiers"; may be ""

	// Scope is the place the figure applies to as written, with its
	// preposition: "in Russia", "to the Kursk region"; "" when none is given.
	Scope string

	// Speaker is who makes the claim, resolved within the article to the
	// fullest name it gives ("Antony Blinken", "Pentagon"); "" when the
	// claim is unattributed ("reports suggest"). SpeakerRole is the role or
	// organisation the text gives for a person ("US Secretary of State").
	// SpeakerKind is "person", "org" or "place" ("" when unknown).
	Speaker     string
	SpeakerRole string
	SpeakerKind string

	// AsOf is the day the figure is reported to hold (UTC midnight); zero
	// when the text does not say. AsOfSource says where it came from:
	// "sentence" (a date in the sentence), "previous" (a date carried from an
	// earlier sentence: "on the same day"), "published" (reported as current
	// on the publication day) or "".
	AsOf       time.Time
	AsOfSource string
	// Period is the month or year the figure holds for when the text
	// dates it no closer than that ("in December 2003": "2003-12"; "in
	// 2017": "2017"); AsOf is then zero.
	Period string `json:",omitempty"`

	Quoted bool // the figure is inside a direct quote of the speaker

	// Role is what happened to what is counted, when the sentence says so
	// next to the figure: "killed", "injured", "missing", "arrested",
	// "evacuated", "rescued", "shot"; "" otherwise.
	Role string `json:",omitempty"`

	// Object names what an amount of money is when nothing is counted:
	// "bailout" for "a $110 billion bailout", "loss" for "lost $304.7
	// million"; "" otherwise.
	Object string `json:",omitempty"`

	// Holder is whose a game statistic is, by the last word of the name
	// before it ("Teixeira" for "Mark Teixeira had 33 homers"); "" for
	// other figures.
	Holder string `json:",omitempty"`

	// Update is set when the figure is told as a new level of one that
	// moved: "the death toll rose to 13".
	Update bool `json:",omitempty"`

	// Total is set when the figure is a running total ("so far", "to
	// date", "this year") rather than one event's count.
	Total bool `json:",omitempty"`

	// Sentence is the sentence the claim came from; Start and End are its
	// byte offsets in the article text. QuantityStart and QuantityEnd are
	// the offsets of Quantity in the article text.
	Sentence                   string
	Start, End                 int
	QuantityStart, QuantityEnd int
}

// AsOfString renders AsOf as YYYY-MM-DD, or "" when unknown.
func (c *Claim) AsOfString() string {
	if c.AsOf.IsZero() {
		return ""
	}
	return c.AsOf.Format("2006-01-02")
}
