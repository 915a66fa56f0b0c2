// Package summary chooses a story's extractive summary: 3 to 6 sentences
// quoted verbatim from its articles, chosen for coverage of the story,
// agreement across outlets and freshness, each citing its article.
package summary

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsdesk/internal/model"
	"newsdesk/internal/textproc"
	"newsdesk/internal/timex"
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
	pos      int     // sentence index in its article
	vec      vector  // tf-idf over the story's sentences, unit length
	words    []int32 // word numbers, sorted, with repeats
	root     int     // number of the article this one copies (itself if original)
	agree    int     // independent articles carrying a similar sentence
	score    float64
	weak     bool // AI-generated source
	betterAt bool // a similar sentence exists in a better-sourced article
}

// vector is a sparse vector over word numbers, sorted by word number.
// Numbered words and sorted vectors keep the all-pairs comparison of a
// large story's sentences cheap (no string hashing) and make every sum
// run in one fixed order.
type vector struct {
	ids []int32
	ws  []float64
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
	num := map[string]int32{} // word -> number
	var df []int              // by word number
	for _, a := range arts {
		// A sentence that repeats the title stays a candidate: a headline
		// fails usable (no final stop), and a plain-text page whose title
		// is its whole first sentence has its lede there.
		pos := 0
		for _, sp := range textproc.Sentences(a.Text) {
			if !usable(sp.Text) {
				continue
			}
			words := textproc.ContentWords(sp.Text, a.Language)
			if len(words) < 5 {
				continue
			}
			ids := make([]int32, len(words))
			for i, w := range words {
				id, ok := num[w]
				if !ok {
					id = int32(len(df))
					num[w] = id
					df = append(df, 0)
				}
				ids[i] = id
			}
			slices.Sort(ids)
			for i, id := range ids {
				if i == 0 || id != ids[i-1] {
					df[id]++
				}
			}
			all = append(all, &sent{art: a, span: sp, pos: pos, words: ids, weak: a.HasFlag(model.FlagAIGenerated)})
			pos++
		}
	}
	if len(all) == 0 {
		return nil
	}
	n := float64(len(all))
	centroid := make([]float64, len(df))
	for _, s := range all {
		for i, id := range s.words {
			w := math.Log(1 + n/float64(df[id]))
			if i > 0 && id == s.words[i-1] {
				s.vec.ws[len(s.vec.ws)-1] += w
				continue
			}
			s.vec.ids = append(s.vec.ids, id)
			s.vec.ws = append(s.vec.ws, w)
		}
		normalize(s.vec.ws)
		for i, id := range s.vec.ids {
			centroid[id] += s.vec.ws[i]
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
	roots := map[string]int{}
	for _, s := range all {
		r := root(s.art.Path)
		id, ok := roots[r]
		if !ok {
			id = len(roots)
			roots[r] = id
		}
		s.root = id
	}
	// Agreement: independent articles with a similar sentence. Sentences
	// with the same words, root and weak mark (wire copies of one another)
	// agree with exactly the same articles, so one representative of each
	// such class is compared. seen holds, for each class, the set of roots
	// it found a similar sentence in. Each pair is compared once, and not
	// at all when both sides already count the other's root and no
	// weak-source mark is left to set.
	classOf := map[string]int{}
	class := make([]int, len(all))
	var reps []*sent
	var key []byte
	for i, s := range all {
		key = binary.AppendUvarint(key[:0], uint64(s.root))
		if s.weak {
			key = append(key, 1)
		} else {
			key = append(key, 0)
		}
		for _, id := range s.words {
			key = binary.AppendUvarint(key, uint64(id))
		}
		c, ok := classOf[string(key)]
		if !ok {
			c = len(reps)
			classOf[string(key)] = c
			reps = append(reps, s)
		}
		class[i] = c
	}
	words := (len(roots) + 63) / 64
	seen := make([]uint64, len(reps)*words)
	has := func(i, r int) bool { return seen[i*words+r/64]&(1<<(r%64)) != 0 }
	for i, s := range reps {
		for j := i + 1; j < len(reps); j++ {
			t := reps[j]
			if t.root == s.root {
				continue
			}
			needS := !has(i, t.root) || (s.weak && !t.weak && !s.betterAt)
			needT := !has(j, s.root) || (t.weak && !s.weak && !t.betterAt)
			if !needS && !needT {
				continue
			}
			if cosine(s.vec, t.vec) >= 0.3 {
				seen[i*words+t.root/64] |= 1 << (t.root % 64)
				seen[j*words+s.root/64] |= 1 << (s.root % 64)
				if s.weak && !t.weak {
					s.betterAt = true
				}
				if t.weak && !s.weak {
					t.betterAt = true
				}
			}
		}
	}
	for i, s := range all {
		c := class[i]
		for _, w := range seen[c*words : (c+1)*words] {
			s.agree += bits.OnesCount64(w)
		}
		s.betterAt = reps[c].betterAt
	}
	// Freshness: rank of the article's publication among the story's.
	fresh := freshness(arts)
	for _, s := range all {
		var c float64
		for i, id := range s.vec.ids {
			c += s.vec.ws[i] * centroid[id]
		}
		s.score = c +
			0.15*math.Log1p(float64(s.agree)) +
			0.05*fresh[s.art] +
			0.1/float64(1+s.pos) // ledes summarise
		if s.weak {
			s.score *= 0.4
		}
	}
	order := append([]*sent(nil), all...)
	sort.SliceStable(order, func(i, j int) bool { return order[i].score > order[j].score })
	// Background ("Last month, the navy had sunk a mother ship") tells of
	// an earlier event, not this story's: such a sentence among the best
	// candidates loses half its score. Only the head of the ranking
	// is dated, which keeps big stories cheap.
	head := order[:min(len(order), 8*opt.Max)]
	for _, s := range head {
		if background(s.span.Text, s.art.Published) {
			s.score *= 0.5
		}
	}
	sort.SliceStable(head, func(i, j int) bool { return head[i].score > head[j].score })

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

// background reports whether a sentence opens by dating what it tells more
// than a week before its article's publication ("Last month, ...", "In
// 2019, ..."): history and context rather than the news. A date later in
// the sentence ("the lowest since 2009") does not make it background.
// Without a publication date only phrases relative to it ("Last month")
// count, resolved against a fixed day so the summary does not change with
// the calendar.
func background(text string, published time.Time) bool {
	ref := published
	if ref.IsZero() {
		ref = time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC)
	}
	ref = ref.UTC().Truncate(24 * time.Hour)
	n := min(len(text), 40)
	for n > 0 && n < len(text) && !utf8.RuneStart(text[n]) {
		n-- // do not cut a character in two
	}
	for _, d := range timex.Find(text[:n], timex.Context{Ref: ref}) {
		if d.Vague || d.Future || d.Date.IsZero() || d.Start > 12 {
			continue
		}
		if published.IsZero() && !relative(d.Text) {
			continue
		}
		if last := d.LastDay(); last.Before(ref.AddDate(0, 0, -7)) {
			return true
		}
	}
	return false
}

// relative reports whether a date phrase counts from the publication day
// rather than naming its date.
func relative(phrase string) bool {
	for _, r := range phrase {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return true
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

func normalize(v []float64) {
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

// cosine is the dot product of two unit vectors.
func cosine(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			s += a.ws[i] * b.ws[j]
			i++
			j++
		}
	}
	return s
}
