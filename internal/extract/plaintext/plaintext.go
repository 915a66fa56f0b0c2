// Package plaintext finds the article inside full-page plain text (a page
// copied out of a browser or dumped by a text scraper): it decides line by
// line what belongs to the article and what is page furniture, and reads
// the title, publication date and outlet from the page.
//
// The line decision is a learned model (boosted trees over line and
// neighbourhood features, then a two-state Viterbi smoothing pass). Its
// parameters live in model.json, made by `go run ./eval/aebtext -train`
// from the article-extraction benchmark's pages.
package plaintext

import (
	_ "embed"
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

//go:embed model.json
var modelJSON []byte

var defaultModel = func() *Model {
	m, err := LoadModel(modelJSON)
	if err != nil {
		// The shipped model is checked by the package tests; a build
		// with a stale model file must not take the process down.
		return nil
	}
	return m
}()

// DefaultModel returns the shipped line model, or nil when model.json does
// not fit this build (the tests catch that).
func DefaultModel() *Model { return defaultModel }

// Extract returns the article found in page. pageURL may be empty.
func Extract(page, pageURL string) Result {
	return defaultModel.Extract(page, pageURL)
}

// Extract is the package Extract with this model. A nil model keeps every
// line.
func (m *Model) Extract(page, pageURL string) Result {
	lines := splitLines(page)
	var keep []bool
	if m != nil {
		keep = m.decide(features(lines))
	} else {
		keep = make([]bool, len(lines))
		for i := range keep {
			keep[i] = true
		}
	}
	var r Result
	var kept []string
	for i := range lines {
		if keep[i] {
			kept = append(kept, lines[i].text)
		} else {
			r.Removed = append(r.Removed, lines[i].text)
		}
	}
	r.Text = strings.Join(kept, "\n")
	readMeta(&r, lines, keep, pageURL)
	return r
}

// Lines returns the page's non-empty lines and the model's decision for
// each, for tools that show or score the line model.
func (m *Model) Lines(page string) ([]string, []bool) {
	lines := splitLines(page)
	keep := m.decide(features(lines))
	texts := make([]string, len(lines))
	for i := range lines {
		texts[i] = lines[i].text
	}
	return texts, keep
}
