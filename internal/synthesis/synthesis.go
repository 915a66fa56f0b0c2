// Package synthesis assembles one story's report from its articles, their
// claims and their near-duplicate links: figures (reconcile), timeline,
// summary and outlets. Every line it produces cites an article path.
package synthesis

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"newsdesk/internal/model"
	"newsdesk/internal/reconcile"
	"newsdesk/internal/report"
	"newsdesk/internal/summary"
	"newsdesk/internal/textproc"
	"newsdesk/internal/timeline"
)

// Copy says that an article is a near-duplicate of another.
type Copy struct {
	Of      string // path of the original
	Overlap float64
}

// Input is everything known about one story.
type Input struct {
	ID       string
	Title    string // representative title; chosen here when empty
	Articles []*model.Article
	Claims   []reconcile.Claim // claims of those articles (Path set)
	Copies   map[string]Copy   // by article path
}

// Build returns the story's report.
func Build(in Input) report.Story {
	arts := append([]*model.Article(nil), in.Articles...)
	sort.SliceStable(arts, func(i, j int) bool { return articleBefore(arts[i], arts[j]) })

	st := report.Story{ID: in.ID, Title: in.Title}
	if st.Title == "" {
		st.Title = Title(arts)
	}
	st.Articles = []report.Article{}
	for _, a := range arts {
		ra := report.Article{ID: a.ID, Path: a.Path, URL: a.URL, Outlet: a.Outlet, Published: a.PublishedString(), Title: a.Title, Language: a.Language, Flags: flagNames(a)}
		if c, ok := in.Copies[a.Path]; ok {
			ra.DuplicateOf, ra.Overlap = c.Of, c.Overlap
		}
		st.Articles = append(st.Articles, ra)
	}

	claims := append([]reconcile.Claim(nil), in.Claims...)
	for i := range claims {
		if c, ok := in.Copies[claims[i].Path]; ok {
			claims[i].DuplicateOf = c.Of
		}
	}
	st.Figures = []report.Figure{}
	for _, f := range reconcile.Build(claims) {
		st.Figures = append(st.Figures, figure(f))
	}

	// Near-duplicate copies repeat their original's sentences: the timeline
	// and the summary read the originals, and a timeline entry cites the
	// copies of the originals it cites.
	originals := make([]*model.Article, 0, len(arts))
	copiesOf := map[string][]string{}
	for _, a := range arts {
		if c, ok := in.Copies[a.Path]; ok {
			copiesOf[c.Of] = append(copiesOf[c.Of], a.Path)
			continue
		}
		originals = append(originals, a)
	}
	if len(originals) == 0 {
		originals = arts
	}

	st.Timeline = []report.Event{}
	for _, e := range timeline.Build(originals, timeline.Options{}) {
		ev := report.Event{Date: formatDate(e.Date, e.Precision), Precision: e.Precision, Text: e.Text}
		if !e.Until.IsZero() {
			ev.Until = formatDate(e.Until, e.Precision)
		}
		cited := map[string]bool{}
		for _, s := range e.Sources {
			for _, p := range append([]string{s.Path}, copiesOf[s.Path]...) {
				if !cited[p] {
					cited[p] = true
					ev.Sources = append(ev.Sources, p)
				}
			}
		}
		st.Timeline = append(st.Timeline, ev)
	}

	dups := map[string]string{}
	for p, c := range in.Copies {
		dups[p] = c.Of
	}
	st.Summary = []report.Sentence{}
	for _, s := range summary.Build(originals, summary.Options{DuplicateOf: dups}) {
		st.Summary = append(st.Summary, report.Sentence{Text: s.Text, Source: s.Path})
	}
	st.Outlets = outlets(arts, in.Copies)
	return st
}

func articleBefore(a, b *model.Article) bool {
	az, bz := a.Published.IsZero(), b.Published.IsZero()
	if az != bz {
		return bz
	}
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	return a.Path < b.Path
}

func flagNames(a *model.Article) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, f := range a.Flags {
		if !seen[f.Name] {
			seen[f.Name] = true
			out = append(out, f.Name)
		}
	}
	return out
}

func formatDate(t time.Time, precision string) string {
	switch precision {
	case "year":
		return t.Format("2006")
	case "month":
		return t.Format("2006-01")
	}
	return t.Format("2006-01-02")
}

func figure(f reconcile.Figure) report.Figure {
	rf := report.Figure{Counted: f.Counted, Role: f.Role, Total: f.Total, Holder: f.Holder, Earlier: f.Earlier, Scope: f.Scope, Unit: f.Unit, Values: []report.Value{}}
	for i := range f.Values {
		v := &f.Values[i]
		rv := report.Value{Value: v.Value, Low: v.Low, High: v.High, Qualifier: v.Qualifier, Scope: v.Scope,
			Speakers: append([]string{}, v.Speakers...), Relation: v.Relation, Weak: append([]string{}, v.Weak...),
			Sources: v.Sources(), Copies: []string{}, Dates: []string{}, Evidence: []report.Quote{}}
		if rv.Scope == f.Scope {
			rv.Scope = ""
		}
		rv.Speaker = strings.Join(v.Speakers, "; ")
		for _, d := range v.AsOf {
			rv.Dates = append(rv.Dates, d.Format("2006-01-02"))
		}
		if len(rv.Dates) > 0 {
			rv.AsOf = rv.Dates[0]
		}
		rv.Period = v.Period
		if v.Related != nil {
			rv.Related = report.ValueString(report.Value{Value: v.Related.Value, Low: v.Related.Low, High: v.Related.High, Qualifier: v.Related.Qualifier}, f.Unit)
			if len(v.Related.AsOf) > 0 {
				rv.Related += " (" + v.Related.AsOf[0].Format("2006-01-02") + ")"
			} else if v.Related.Period != "" {
				rv.Related += " (" + v.Related.Period + ")"
			}
		}
		for _, c := range v.Claims {
			if c.DuplicateOf != "" {
				rv.Copies = append(rv.Copies, c.Path)
			}
			rv.Evidence = append(rv.Evidence, report.Quote{Source: c.Path, Text: c.Sentence, Start: c.Start, End: c.End})
		}
		rf.Values = append(rf.Values, rv)
	}
	return rf
}

// Title picks a story's representative title: the headline that shares
// the most words with the other headlines, preferring articles that are
// not flagged as AI-generated.
func Title(arts []*model.Article) string {
	arts = append([]*model.Article(nil), arts...)
	sort.SliceStable(arts, func(i, j int) bool { return articleBefore(arts[i], arts[j]) })
	best, bestScore := "", math.Inf(-1)
	// Each title's distinct content words, sorted, so that the all-pairs
	// comparison of a large story's titles allocates nothing.
	words := make([][]string, len(arts))
	for i, a := range arts {
		w := textproc.ContentWords(a.Title, a.Language)
		slices.Sort(w)
		words[i] = slices.Compact(w)
	}
	for i, a := range arts {
		if strings.TrimSpace(a.Title) == "" {
			continue
		}
		score := 0.0
		for j := range arts {
			if i != j {
				score += jaccard(words[i], words[j])
			}
		}
		if a.HasFlag(model.FlagAIGenerated) {
			score -= 10
		}
		if score > bestScore {
			best, bestScore = a.Title, score
		}
	}
	return best
}

// jaccard is the Jaccard similarity of two sorted sets of distinct words
// (textproc.Jaccard on sets).
func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func outlets(arts []*model.Article, copies map[string]Copy) []report.Outlet {
	byName := map[string]*report.Outlet{}
	var order []string
	var firstPub time.Time
	for _, a := range arts {
		if !a.Published.IsZero() && (firstPub.IsZero() || a.Published.Before(firstPub)) {
			firstPub = a.Published
		}
	}
	for _, a := range arts { // arts are in publication order
		name := a.Outlet
		if name == "" {
			// an unnamed outlet is its own outlet, not one shared bucket
			name = "(unnamed: " + a.Path + ")"
		}
		o, ok := byName[name]
		if !ok {
			o = &report.Outlet{Name: name, First: a.PublishedString(), Articles: []string{}, Flags: []string{}, CopiesOf: []string{}}
			byName[name] = o
			order = append(order, name)
		}
		o.Articles = append(o.Articles, a.Path)
		for _, f := range flagNames(a) {
			if !contains(o.Flags, f) {
				o.Flags = append(o.Flags, f)
			}
		}
		if c, ok := copies[a.Path]; ok && !contains(o.CopiesOf, c.Of) {
			o.CopiesOf = append(o.CopiesOf, c.Of)
		}
		if !firstPub.IsZero() && a.Published.Equal(firstPub) {
			o.FirstSeen = true
		}
	}
	out := make([]report.Outlet, 0, len(order))
	for _, n := range order {
		out = append(out, *byName[n])
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
