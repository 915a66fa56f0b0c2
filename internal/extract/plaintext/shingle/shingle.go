// Package shingle implements the article-extraction benchmark's text
// overlap metric: \w+ tokens (case kept), overlapping 4-token shingles
// compared as multisets, per-page counts normalised to sum to one,
// precision averaged over pages with output, recall over pages with gold
// text, and F1 from the two means.
package shingle

import (
	"strings"
	"unicode"
)

// N is the shingle length the benchmark uses.
const N = 4

// Tokens returns the \w+ tokens of s (letters, numbers and underscore, as
// Python's Unicode \w), case kept.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// Counts returns the multiset of N-token shingles of a token list. A text
// shorter than N tokens is one shingle of all its tokens; no tokens give
// no shingles.
func Counts(tokens []string) map[string]int {
	m := make(map[string]int, len(tokens))
	if len(tokens) == 0 {
		return m
	}
	if len(tokens) < N {
		m[strings.Join(tokens, " ")]++
		return m
	}
	for i := 0; i+N <= len(tokens); i++ {
		m[strings.Join(tokens[i:i+N], " ")]++
	}
	return m
}

// Match is one page's normalised true positives, false positives and
// false negatives (summing to 1, or all 0 when both texts are empty).
type Match struct{ TP, FP, FN float64 }

// Compare scores a predicted text against the gold text of one page.
func Compare(gold, pred string) Match {
	return CompareCounts(Counts(Tokens(gold)), Counts(Tokens(pred)))
}

// CompareCounts is Compare on precomputed shingle multisets.
func CompareCounts(gold, pred map[string]int) Match {
	var tp, fp, fn float64
	for k, p := range pred {
		g := gold[k]
		tp += float64(min(g, p))
		if p > g {
			fp += float64(p - g)
		}
	}
	for k, g := range gold {
		if p := pred[k]; g > p {
			fn += float64(g - p)
		}
	}
	s := tp + fp + fn
	if s == 0 {
		return Match{}
	}
	return Match{tp / s, fp / s, fn / s}
}

// Scores are the benchmark's summary figures.
type Scores struct {
	Precision, Recall, F1 float64
	Pages                 int // pages scored
	Empty                 int // pages with no predicted text
}

// Summarise averages per-page matches the way the benchmark does.
func Summarise(ms []Match) Scores {
	var s Scores
	var p, r float64
	var np, nr int
	for _, m := range ms {
		s.Pages++
		if m.TP+m.FP > 0 {
			p += m.TP / (m.TP + m.FP)
			np++
		} else {
			s.Empty++
		}
		if m.TP+m.FN > 0 {
			r += m.TP / (m.TP + m.FN)
			nr++
		}
	}
	if np > 0 {
		s.Precision = p / float64(np)
	}
	if nr > 0 {
		s.Recall = r / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
