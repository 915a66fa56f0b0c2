// Package plaintext finds the article inside full-page plain text (a page
// copied out of a browser or dumped by a text scraper): it decides line by
// line what belongs to the article and what is page furniture, and reads
// the title, publication date and outlet from the page.
package plaintext

import (
	"strings"
	"time"
)

// Result is what Extract finds in a page.
type Result struct {
	Title              string
	Text               string   // kept lines, one paragraph per line
	Removed            []string // lines dropped as furniture, in page order
	Published          time.Time
	PublishedPrecision string // "", "day" or "minute"
	PublishedSource    string // the line the date came from
	Outlet             string
}

// Extract returns the article found in page. pageURL may be empty.
// PLACEHOLDER: keeps every non-empty line; replaced by the learned line model.
func Extract(page, pageURL string) Result {
	var r Result
	var kept []string
	for _, l := range strings.Split(page, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if r.Title == "" {
			r.Title = l
		}
		kept = append(kept, l)
	}
	r.Text = strings.Join(kept, "\n")
	return r
}
