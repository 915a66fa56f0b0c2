package main

import "newsdesk/internal/extract/plaintext/shingle"

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

// match scores predicted text against gold text with the benchmark's
// 4-token shingles (internal/extract/plaintext/shingle).
func match(gold, pred string) pageScore {
	m := shingle.Compare(gold, pred)
	return pageScore{m.TP, m.FP, m.FN}
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
