// Package model holds the plain values that flow between newsdesk's stages.
// Stages take and return these types; only internal/store persists them.
package model

import "time"

// Document is one raw input exactly as the user gave it or as it was fetched.
// The bytes are kept forever so that any later stage can be re-run.
type Document struct {
	Hash      string    // hex SHA-256 of Raw; the document's identity
	Path      string    // path as given on the command line, or the URL when fetched
	URL       string    // canonical URL when known
	Raw       []byte    // the bytes as received (after gzip decoding of .gz files)
	Received  time.Time // when newsdesk first saw these bytes
	MediaType string    // "text/html" or "text/plain", detected from content
}

// Provenance flag names.
const (
	FlagAIGenerated = "ai-generated"
	FlagTranslated  = "translated"
	FlagSyndicated  = "syndicated"
	FlagOpinion     = "opinion"
	FlagUpdated     = "updated"
)

// Flag is a provenance flag with the line of the page that shows it.
type Flag struct {
	Name     string `json:"name"`
	Evidence string `json:"evidence"`
}

// Article is the extracted content of one Document.
type Article struct {
	ID      int64  // store ID; 0 until stored
	DocHash string // Document.Hash
	Path    string // as given (or URL for fetched pages)
	URL     string
	Title   string
	Text    string // main text, paragraphs separated by "\n"

	// Published is the publication time. PublishedPrecision says how much of
	// it is known: "" (unknown), "day" or "minute" (a clock time is known).
	Published          time.Time
	PublishedPrecision string
	PublishedSource    string // the line or tag the date came from

	Author   string
	Outlet   string
	Language string // ISO 639-1, "" when unknown
	Flags    []Flag
	Removed  []string // lines dropped as page furniture, in page order
}

// Precision values for dates.
const (
	PrecisionMinute = "minute"
	PrecisionDay    = "day"
	PrecisionMonth  = "month"
	PrecisionYear   = "year"
)

// PublishedString renders Published as the JSON output wants it: RFC 3339
// when a clock time is known, YYYY-MM-DD when only the day is, else "".
func (a *Article) PublishedString() string {
	if a.Published.IsZero() {
		return ""
	}
	if a.PublishedPrecision == PrecisionMinute {
		return a.Published.Format(time.RFC3339)
	}
	return a.Published.Format("2006-01-02")
}

// HasFlag reports whether the article carries the named provenance flag.
func (a *Article) HasFlag(name string) bool {
	for _, f := range a.Flags {
		if f.Name == name {
			return true
		}
	}
	return false
}
