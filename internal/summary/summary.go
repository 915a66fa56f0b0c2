// Package summary chooses a story's extractive summary: 3 to 6 sentences
// quoted verbatim from its articles, chosen for coverage of the story,
// agreement across outlets and freshness, each citing its article.
package summary

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"newsdesk/internal/model"
	"newsdesk/internal/textproc"
)

// Sentence is one summary sentence with its source span.
type Sentence struct {
	ArticleID  int64
	Path       string
	Text       string
	Start, End int // offsets in the article text
}

// Options tune Build.
type Options struct {
	Min, Max int // defaults 3 and 6
	// DuplicateOf maps an article path to the path it copies, so that a wire
	// copy does not count as an independent confirmation.
	DuplicateOf map[string]string
}

type sent struct {
	art      *model.Article
	span     textproc.Span
	pos      int // sentence index in its article
	vec      map[string]float64
	words    []string
	agree    int // independent articles carrying a similar sentence
	score    float64
	weak     bool // AI-generated source
	betterAt bool // a similar sentence exists in a better-sourced article
}

// Build returns the summary of one story's articles.
func Build(articles []*model.Article, opt Options) []Sentence {
	if opt.Min <= 0 {
		opt.Min = 3
	}
	if opt.Max <= 0 {
		opt.Max = 6
	}
	arts := append([]*model.Article(nil), articles...)
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Path < arts[j].Path })

	var all []*sent
	df := map[string]int{}
	for _, a := range arts {
		title := textproc.Fold(strings.TrimSpace(a.Title))
		pos := 0
		for _, sp := range textproc.Sentences(a.Text) {
			if !usable(sp.Text) || textproc.Fold(sp.Text) == title {
				continue
			}
			words := textproc.ContentWords(sp.Text, a.Language)
			if len(words) < 5 {
				continue
			}
			all = append(all, &sent{art: a, span: sp, pos: pos, words: words, weak: a.HasFlag(model.FlagAIGenerated)})
			pos++
			seen := map[string]bool{}
			for _, w := range words {
				if !seen[w] {
					df[w]++
					seen[w] = true
				}
			}
		}
	}
	if len(all) == 0 {
		return nil
	}
	n := float64(len(all))
	centroid := map[string]float64{}
	for _, s := range all {
		s.vec = map[string]float64{}
		for _, w := range s.words {
			s.vec[w] += math.Log(1 + n/float64(df[w]))
		}
		normalize(s.vec)
		for w, v := range s.vec {
			centroid[w] += v
		}
	}
	normalize(centroid)

	root := func(p string) string {
		for i := 0; i < 8; i++ {
			q, ok := opt.DuplicateOf[p]
			if !ok || q == p {
				break
			}
			p = q
		}
		return p
	}
	// Agreement: independent articles with a similar sentence.
	for _, s := range all {
		others := map[string]bool{}
		for _, t := range all {
			if t.art == s.art || root(t.art.Path) == root(s.art.Path) {
				continue
			}
			if cosine(s.vec, t.vec) >= 0.3 {
				others[root(t.art.Path)] = true
				if s.weak && !t.weak {
					s.betterAt = true
				}
			}
		}
		s.agree = len(others)
	}
	// Freshness: rank of the article's publication among the story's.
	fresh := freshness(arts)
	for _, s := range all {
		s.score = cosine(s.vec, centroid) +
			0.15*math.Log1p(float64(s.agree)) +
			0.05*fresh[s.art] +
			0.1/float64(1+s.pos) // ledes summarise
		if s.weak {
			s.score *= 0.4
		}
	}
	order := append([]*sent(nil), all...)
	sort.SliceStable(order, func(i, j int) bool { return order[i].score > order[j].score })

	want := opt.Max
	if len(arts) <= 2 {
		want = opt.Min + 1
	}
	var chosen []*sent
	pick := func(allowWeak bool) {
		for _, s := range order {
			if len(chosen) >= want {
				return
			}
			if s.weak && (!allowWeak || s.betterAt) {
				continue
			}
			redundant := false
			for _, c := range chosen {
				if c == s || cosine(c.vec, s.vec) >= 0.35 {
					redundant = true
					break
				}
			}
			if !redundant {
				chosen = append(chosen, s)
			}
		}
	}
	pick(false)
	if len(chosen) < opt.Min {
		pick(true) // only weak sources cover the rest of the story
	}
	out := make([]Sentence, 0, len(chosen))
	for _, s := range chosen {
		out = append(out, Sentence{ArticleID: s.art.ID, Path: s.art.Path, Text: s.span.Text, Start: s.span.Start, End: s.span.End})
	}
	return out
}

// usable rejects sentences that make poor summary lines: questions,
// headings, fragments, and page furniture that slipped through.
func usable(s string) bool {
	if len(s) < 40 || len(s) > 400 {
		return false
	}
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":") {
		return false
	}
	last := []rune(strings.TrimRight(s, "\"'”’)]» "))
	if len(last) == 0 || !strings.ContainsRune(".!", last[len(last)-1]) {
		return false // headings and fragments end without punctuation
	}
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 || float64(upper)/float64(letters) > 0.5 {
		return false
	}
	low := strings.ToLower(s)
	for _, b := range boilerplate {
		if strings.Contains(low, b) {
			return false
		}
	}
	return true
}

var boilerplate = []string{
	"subscribe", "newsletter", "cookie", "click here", "read more", "sign up", "all rights reserved",
	"follow us", "generated with ai", "generative ai", "this article has been", "your feed",
	"share this", "advertisement", "min read", "javascript",
}

func freshness(arts []*model.Article) map[*model.Article]float64 {
	sorted := append([]*model.Article(nil), arts...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Published.Before(sorted[j].Published) })
	out := map[*model.Article]float64{}
	for i, a := range sorted {
		if len(sorted) > 1 {
			out[a] = float64(i) / float64(len(sorted)-1)
		}
	}
	return out
}

func normalize(v map[string]float64) {
	var s float64
	for _, x := range v {
		s += x * x
	}
	if s == 0 {
		return
	}
	s = math.Sqrt(s)
	for k := range v {
		v[k] /= s
	}
}

func cosine(a, b map[string]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var s float64
	for k, x := range a {
		s += x * b[k]
	}
	return s
}
