// Package timeline builds a story's dated developments: sentences whose
// dates resolve against their article's publication time, merged across
// outlets when they report the same development, ordered by the date of
// the event rather than the date of publication.
package timeline

import (
	"sort"
	"strings"
	"time"

	"newsdesk/internal/model"
	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
)

// Entry is one dated development with the sentences that report it.
type Entry struct {
	Date      time.Time
	Until     time.Time // zero unless the development spans days
	Precision string    // day | month | year
	Text      string    // verbatim sentence from Sources[0]
	Sources   []Source  // first is the one quoted
}

// Source is one article's sentence behind an entry.
type Source struct {
	ArticleID  int64
	Path       string
	Start, End int // offsets of the sentence in the article text
	Text       string
}

// Options tune Build.
type Options struct {
	MaxEntries int // 0 means 15
}

type candidate struct {
	date      timex.Date
	art       *model.Article
	span      textproc.Span
	words     []string
	numbers   []string
	fromLede  bool
	weakSrc   bool // source is AI-generated
	published time.Time
}

// Build returns the timeline of the given articles of one story.
func Build(articles []*model.Article, opt Options) []Entry {
	if opt.MaxEntries <= 0 {
		opt.MaxEntries = 15
	}
	var cands []candidate
	for _, a := range articles {
		cands = append(cands, candidates(a)...)
	}
	// Deterministic order: by publication, then article, then offset.
	sort.SliceStable(cands, func(i, j int) bool {
		ci, cj := cands[i], cands[j]
		if !ci.published.Equal(cj.published) {
			return ci.published.Before(cj.published)
		}
		if ci.art.Path != cj.art.Path {
			return ci.art.Path < cj.art.Path
		}
		return ci.span.Start < cj.span.Start
	})
	var groups [][]candidate
	for _, c := range cands {
		placed := false
		for gi := range groups {
			if sameDevelopment(groups[gi][0], c) {
				groups[gi] = append(groups[gi], c)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []candidate{c})
		}
	}
	entries := make([]Entry, 0, len(groups))
	for _, g := range groups {
		entries = append(entries, toEntry(g))
	}
	// Keep the best-supported developments when there are too many, then
	// order by the date of the event.
	if len(entries) > opt.MaxEntries {
		sort.SliceStable(entries, func(i, j int) bool {
			return support(entries[i]) > support(entries[j])
		})
		entries = entries[:opt.MaxEntries]
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if !entries[i].Date.Equal(entries[j].Date) {
			return entries[i].Date.Before(entries[j].Date)
		}
		return precisionRank(entries[i].Precision) > precisionRank(entries[j].Precision)
	})
	return entries
}

func support(e Entry) int {
	n := distinctArticles(e.Sources) * 2
	if e.Precision == timex.Day {
		n++
	}
	return n
}

func distinctArticles(ss []Source) int {
	seen := map[string]bool{}
	for _, s := range ss {
		seen[s.Path] = true
	}
	return len(seen)
}

func precisionRank(p string) int {
	switch p {
	case timex.Day:
		return 3
	case timex.Month:
		return 2
	case timex.Year:
		return 1
	}
	return 0
}

// candidates returns an article's dated sentences. A sentence with a
// resolved, non-vague date is a candidate for that date. The lede (the
// first body sentence) with no date of its own is dated by the article's
// publication day: news ledes report what happened that day.
func candidates(a *model.Article) []candidate {
	ref := a.Published
	var out []candidate
	var prev *timex.Date
	weak := a.HasFlag(model.FlagAIGenerated)
	title := textproc.Fold(strings.TrimSpace(a.Title))
	ledeSeen := false
	for _, sp := range textproc.Sentences(a.Text) {
		if f := textproc.Fold(sp.Text); f == title || strings.Contains(title, f) {
			continue // the headline repeated in the body
		}
		var dates []timex.Date
		if !ref.IsZero() {
			dates = timex.Find(sp.Text, timex.Context{Ref: ref, Previous: prev, Lang: a.Language})
		}
		var best *timex.Date
		for i := range dates {
			d := dates[i]
			if d.Vague || d.Date.IsZero() || background(sp.Text, d) {
				continue // "since August" dates a background, not an event
			}
			if best == nil || precisionRank(d.Precision) > precisionRank(best.Precision) {
				best = &dates[i]
			}
		}
		// Words only matter for a dated sentence or before the lede; most
		// sentences are neither, and counting words is the costly part.
		var words []string
		substantive := false
		if (best != nil || !ledeSeen) && len(sp.Text) >= 40 && !anaphoric(sp.Text) {
			words = textproc.ContentWords(sp.Text, a.Language)
			substantive = len(words) >= 5
		}
		if best != nil {
			prev = best
			if substantive && len(words)-len(textproc.ContentWords(best.Text, a.Language)) >= 4 {
				out = append(out, candidate{date: *best, art: a, span: sp, words: words, numbers: numbers(sp.Text), weakSrc: weak, published: ref})
			}
		} else if !ledeSeen && substantive && !ref.IsZero() {
			d := timex.Date{Date: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC), Precision: timex.Day}
			out = append(out, candidate{date: d, art: a, span: sp, words: words, numbers: numbers(sp.Text), fromLede: true, weakSrc: weak, published: ref})
		}
		if substantive {
			ledeSeen = true
		}
	}
	return out
}

// anaphoric reports whether a sentence leans on the one before it ("He
// stated this on Tuesday"): on its own in a timeline it says nothing.
func anaphoric(sentence string) bool {
	f := strings.Fields(sentence)
	if len(f) == 0 {
		return true
	}
	switch strings.ToLower(strings.Trim(f[0], "\"“'‘(")) {
	case "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its":
		return true
	}
	return false
}

// background reports whether a date only dates a state of affairs
// ("occupied since August", "until June") rather than an event.
func background(sentence string, d timex.Date) bool {
	p := strings.ToLower(d.Text)
	for _, w := range []string{"since ", "until ", "till ", "for "} {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	before := strings.Fields(strings.ToLower(sentence[:max(0, min(d.Start, len(sentence)))]))
	if len(before) > 0 {
		switch strings.Trim(before[len(before)-1], ",;(") {
		case "since", "until", "till", "through":
			return true
		}
	}
	return false
}

func numbers(s string) []string {
	var out []string
	for _, w := range textproc.Words(s) {
		if w[0] >= '0' && w[0] <= '9' {
			out = append(out, w)
		}
	}
	return out
}

// sameDevelopment reports whether two dated sentences report the same
// development: the same date at the same precision, and enough shared
// content words (or the same figures).
func sameDevelopment(a, b candidate) bool {
	if a.date.Precision != b.date.Precision || !a.date.Date.Equal(b.date.Date) {
		return false
	}
	if a.art == b.art {
		return false
	}
	sim := textproc.Jaccard(a.words, b.words)
	if sim >= 0.25 {
		return true
	}
	shared := 0
	for _, n := range a.numbers {
		for _, m := range b.numbers {
			if n == m && len(n) >= 3 {
				shared++
			}
		}
	}
	return shared > 0 && sim >= 0.12
}

func toEntry(g []candidate) Entry {
	// Quote the best source: not AI-generated, explicitly dated over
	// lede-dated, then the earliest published.
	best := 0
	for i := 1; i < len(g); i++ {
		if better(g[i], g[best]) {
			best = i
		}
	}
	order := append([]candidate{g[best]}, append(append([]candidate{}, g[:best]...), g[best+1:]...)...)
	e := Entry{Date: g[best].date.Date, Until: g[best].date.Until, Precision: g[best].date.Precision, Text: g[best].span.Text}
	seen := map[string]bool{}
	for _, c := range order {
		if seen[c.art.Path] {
			continue
		}
		seen[c.art.Path] = true
		e.Sources = append(e.Sources, Source{ArticleID: c.art.ID, Path: c.art.Path, Start: c.span.Start, End: c.span.End, Text: c.span.Text})
	}
	return e
}

func better(a, b candidate) bool {
	if a.weakSrc != b.weakSrc {
		return !a.weakSrc
	}
	if a.fromLede != b.fromLede {
		return !a.fromLede
	}
	return a.published.Before(b.published)
}
