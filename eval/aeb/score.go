package main

import (
	"unicode"
)

// tokens splits s the way the benchmark's `\w+` regex does in Python:
// runs of letters, numbers and underscores, case kept.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles counts the overlapping n-token shingles of s. A text shorter
// than n tokens is one shingle, as in the benchmark.
func shingles(s string, n int) map[string]int {
	toks := tokens(s)
	m := map[string]int{}
	count := len(toks) - n + 1
	if count < 1 {
		count = 1
	}
	for i := 0; i < count; i++ {
		end := min(i+n, len(toks))
		key := ""
		for j, t := range toks[i:end] {
			if j > 0 {
				key += "\x00"
			}
			key += t
		}
		m[key]++
	}
	return m
}

// pageScore is one page's normalised true positives, false positives and
// false negatives (they sum to 1 unless both texts are empty).
type pageScore struct{ tp, fp, fn float64 }

func (s pageScore) precision() float64 {
	if s.tp+s.fp == 0 {
		return 0
	}
	return s.tp / (s.tp + s.fp)
}

func (s pageScore) recall() float64 {
	if s.tp+s.fn == 0 {
		return 0
	}
	return s.tp / (s.tp + s.fn)
}

// match scores predicted text against gold text with 4-token shingles.
func match(gold, pred string) pageScore {
	g, p := shingles(gold, 4), shingles(pred, 4)
	var tp, fp, fn int
	for k, gc := range g {
		pc := p[k]
		tp += min(gc, pc)
		fn += max(0, gc-pc)
	}
	for k, pc := range p {
		fp += max(0, pc-g[k])
	}
	sum := float64(tp + fp + fn)
	if sum == 0 {
		return pageScore{}
	}
	return pageScore{float64(tp) / sum, float64(fp) / sum, float64(fn) / sum}
}

// totals is the benchmark's aggregate: precision averaged over pages with
// output, recall over all pages, F1 from the two means.
type totals struct {
	P, R, F1 float64
	Pages    int
	Empty    int
}

func aggregate(scores []pageScore, empty []bool) totals {
	var t totals
	var np int
	for i, s := range scores {
		t.Pages++
		t.R += s.recall()
		if empty[i] {
			t.Empty++
			continue
		}
		np++
		t.P += s.precision()
	}
	if np > 0 {
		t.P /= float64(np)
	}
	if t.Pages > 0 {
		t.R /= float64(t.Pages)
	}
	if t.P+t.R > 0 {
		t.F1 = 2 * t.P * t.R / (t.P + t.R)
	}
	return t
}
