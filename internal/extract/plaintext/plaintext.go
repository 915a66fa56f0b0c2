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
	var em []float64
	if m != nil {
		buf := rowPool.Get().(*rowBuf)
		em = m.emissions(lines, featuresInto(lines, buf))
		if cap(buf.flat) <= 1<<20 { // keep no giant buffers around
			rowPool.Put(buf)
		}
		keep = smooth(em, m.Switch)
	} else {
		keep = make([]bool, len(lines))
		for i := range keep {
			keep[i] = true
		}
	}
	var r Result
	ti, first := readMeta(&r, lines, keep, pageURL)
	if m != nil {
		keepLede(lines, keep, em, ti, first)
		// the headline is the Title; its copies in the body are captions
		// or repeats. A title that reads as a full sentence ("The Indian
		// navy has captured 23 Somalian pirates.") is the lede of a text
		// without a headline, and stays in the body.
		lede := ti >= 0 && lines[ti].terminal && lines[ti].words >= 8 &&
			strings.HasSuffix(lines[ti].text, ".") && keep[ti]
		for i := range lines {
			if keep[i] && r.Title != "" && lines[i].text == r.Title && !(lede && i == ti) {
				keep[i] = false
			}
		}
	}
	var kept []string
	for i := range lines {
		if keep[i] {
			kept = append(kept, lines[i].text)
		} else {
			r.Removed = append(r.Removed, lines[i].text)
		}
	}
	r.Text = strings.Join(kept, "\n")
	return r
}

// ledeFloor is how unlikely (in log-odds) a lede-shaped line may look to
// the line model and still be kept as the lede.
const ledeFloor = -2.0

// keepLede keeps the standfirst: sentence lines between the headline and
// the first line the model kept, such as a lede set above the dateline.
func keepLede(lines []line, keep []bool, em []float64, ti, first int) {
	if ti < 0 {
		return
	}
	// the headline may be printed twice (once as a caption); start after
	// its first copy
	start := ti
	for i := ti - 1; i >= 0 && i >= ti-8; i-- {
		if lines[i].text == lines[ti].text {
			start = i
		}
	}
	if first <= start {
		return
	}
	// only the line right under the headline, and not a photo caption
	i := start + 1
	if i >= first {
		return
	}
	l := &lines[i]
	media := false
	for _, f := range l.flags {
		if f&(1<<4) != 0 {
			media = true
		}
	}
	if em[i] > ledeFloor && l.terminal && l.words >= 12 && l.stops*5 >= l.words && !media &&
		!isByline(l) && !isBracketed(l) && !l.urlish && !l.bullet && echoes(l, &lines[ti]) {
		keep[i] = true
	}
}

// Lines returns the page's non-empty lines, the model's log-odds that
// each belongs to the article (before smoothing) and the final decision,
// for tools that show or score the line model.
func (m *Model) Lines(page string) (texts []string, logOdds []float64, keep []bool) {
	lines := splitLines(page)
	rows := features(lines)
	keep = m.decide(lines, rows)
	texts = make([]string, len(lines))
	logOdds = m.emissions(lines, rows)
	for i := range lines {
		texts[i] = lines[i].text
	}
	return texts, logOdds, keep
}

// echoes reports whether a lede candidate restates the headline: a news
// lede repeats the headline's facts, a standfirst or teaser often does not.
func echoes(l, title *line) bool {
	words := map[string]bool{}
	for _, t := range title.tokens {
		if len(t) > 2 {
			words[t] = true
		}
	}
	if len(words) == 0 {
		return false
	}
	shared := 0
	seen := map[string]bool{}
	for _, t := range l.tokens {
		if words[t] && !seen[t] {
			seen[t] = true
			shared++
		}
	}
	return float64(shared) >= 0.5*float64(len(words))
}
