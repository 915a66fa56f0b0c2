// Package report holds the story report as users and the evaluation read
// it: the fixed JSON shape, and the text and Markdown renderings of it.
// It only formats; the synthesis packages fill it.
package report

// Report is the output of `newsdesk report` and `newsdesk story`.
type Report struct {
	Stories []Story `json:"stories"`
}

// Story is one story with everything newsdesk knows about it.
type Story struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Articles []Article  `json:"articles"`
	Figures  []Figure   `json:"figures"`
	Timeline []Event    `json:"timeline"`
	Summary  []Sentence `json:"summary"`
	Outlets  []Outlet   `json:"outlets"`
}

// Article is one source of a story.
type Article struct {
	ID          int64    `json:"id"`
	Path        string   `json:"path"`
	URL         string   `json:"url"`
	Outlet      string   `json:"outlet"`
	Published   string   `json:"published"`
	Title       string   `json:"title"`
	Language    string   `json:"language,omitempty"`
	Flags       []string `json:"flags"`
	DuplicateOf string   `json:"duplicate_of,omitempty"` // path of the article this one copies
	Overlap     float64  `json:"overlap,omitempty"`      // share of this article's text found in DuplicateOf
}

// Figure is one measured thing and the values reported for it.
type Figure struct {
	Counted string  `json:"counted"`
	Role    string  `json:"role,omitempty"`    // what befell what is counted: killed, injured, missing, arrested, evacuated, rescued, shot
	Total   bool    `json:"total,omitempty"`   // running totals ("so far", "this season"), apart from one event's counts
	Holder  string  `json:"holder,omitempty"`  // whose game statistic the figure is ("Teixeira")
	Earlier bool    `json:"earlier,omitempty"` // background: dated months before the reports (an earlier event's figure)
	Scope   string  `json:"scope"`
	Unit    string  `json:"unit,omitempty"`
	Values  []Value `json:"values"`
}

// Value is one reported value of a figure.
type Value struct {
	Value     *float64 `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier string   `json:"qualifier"`
	Scope     string   `json:"scope,omitempty"` // where the value applies, when narrower than the figure's
	Speaker   string   `json:"speaker"`         // speakers joined with "; ", "" when unattributed
	Speakers  []string `json:"speakers"`
	AsOf      string   `json:"as_of"`            // earliest as-of date, YYYY-MM-DD or ""
	Period    string   `json:"period,omitempty"` // YYYY-MM, YYYY or a span FROM/TO of either (or of days) the value holds for when no source gives a day
	Dates     []string `json:"as_of_dates"`
	Relation  string   `json:"relation"` // agree | evolves | conflicts | differs | single-source
	Related   string   `json:"related,omitempty"`
	Weak      []string `json:"weak"` // unattributed, ai-generated-only, syndicated-only
	Sources   []string `json:"sources"`
	Copies    []string `json:"copies"`   // sources that are near-duplicates of another source
	Evidence  []Quote  `json:"evidence"` // the sentence behind each source
}

// Quote is a verbatim sentence of a source with its offsets in the article text.
type Quote struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Event is one dated development of the story.
type Event struct {
	Date      string   `json:"date"` // YYYY-MM-DD, YYYY-MM or YYYY after precision
	Until     string   `json:"until,omitempty"`
	Precision string   `json:"precision"`
	Text      string   `json:"text"` // verbatim sentence from Sources[0]
	Sources   []string `json:"sources"`
}

// Sentence is one summary sentence, quoted verbatim from Source.
type Sentence struct {
	Text   string `json:"text"`
	Source string `json:"source"`
}

// Outlet is one outlet's part in the story.
type Outlet struct {
	Name      string   `json:"name"`
	First     string   `json:"first"` // earliest publication of the outlet in this story
	Articles  []string `json:"articles"`
	Flags     []string `json:"flags"`
	CopiesOf  []string `json:"copies_of"` // paths this outlet's articles copy
	FirstSeen bool     `json:"first_to_report"`
}
