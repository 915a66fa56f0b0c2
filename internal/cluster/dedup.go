package cluster

import (
	"math"
	"slices"
)

// Near-duplicate detection.
//
// Each article gets a Signature: a MinHash of its word 4-shingles (32
// values; bands of 4 values are the LSH keys that find candidates) and the
// hashes of its long sentences (a copied paragraph shares whole sentences
// even when the rest was rewritten). An article copies an earlier one when
// the estimated share of its text found in the earlier one (containment)
// reaches Config.DuplicateOverlap.

const (
	minhashSize   = 32
	bandRows      = 4
	bands         = minhashSize / bandRows
	shingleWords  = 4
	maxSentHashes = 64 // sentence hashes kept per article (the smallest)
	minSentWords  = 6  // shorter sentences ("Read more.") are not evidence
	minBodyTokens = 12 // a shorter body is signed together with the title
)

// Signature is an article's near-duplicate fingerprint.
type Signature struct {
	MinHash   [minhashSize]uint32
	Shingles  int      // number of distinct shingles (approximate for huge texts)
	Sentences []uint64 // hashes of normalised long sentences, sorted, at most maxSentHashes
}

var minhashSeeds = func() [minhashSize]uint64 {
	var s [minhashSize]uint64
	x := uint64(0x6e657773646573b) // fixed seed: results never depend on the run
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix64(x)
	}
	return s
}()

// sign computes the Signature of an article from its body tokens (copies
// are often re-titled, so the title counts only when the body is too short
// to say anything). Case and punctuation do not matter; numbers do.
func sign(title, body []token) Signature {
	var sig Signature
	for i := range sig.MinHash {
		sig.MinHash[i] = math.MaxUint32
	}
	if len(body) >= minBodyTokens {
		title = nil
	}
	words := make([]uint64, 0, len(title)+len(body))
	for _, t := range title {
		words = append(words, hashString('w', t.fold))
	}
	for _, t := range body {
		words = append(words, hashString('w', t.fold))
	}
	if len(words) == 0 {
		return sig
	}
	k := shingleWords
	if len(words) < k {
		k = len(words)
	}
	seen := make(map[uint64]struct{}, len(words))
	for i := 0; i+k <= len(words); i++ {
		h := uint64(0)
		for j := 0; j < k; j++ {
			h = mix64(h ^ words[i+j] + uint64(j))
		}
		if _, dup := seen[h]; dup {
			continue
		}
		seen[h] = struct{}{}
		for s := range sig.MinHash {
			v := uint32(mix64(h^minhashSeeds[s]) >> 32)
			if v < sig.MinHash[s] {
				sig.MinHash[s] = v
			}
		}
	}
	sig.Shingles = len(seen)

	// sentence hashes (the title, when used, is one line of its own)
	var sents []uint64
	collect := func(toks []token) {
		start := 0
		for i := 1; i <= len(toks); i++ {
			if i < len(toks) && toks[i].sentence == toks[start].sentence {
				continue
			}
			if i-start >= minSentWords {
				h := uint64(1469598103934665603)
				for _, t := range toks[start:i] {
					h = mix64(h ^ hashString('w', t.fold))
				}
				sents = append(sents, h)
			}
			start = i
		}
	}
	collect(title)
	collect(body)
	slices.Sort(sents)
	sents = uniq(sents)
	if len(sents) > maxSentHashes {
		sents = sents[:maxSentHashes]
	}
	sig.Sentences = sents
	return sig
}

func uniq(s []uint64) []uint64 {
	if len(s) == 0 {
		return s
	}
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

// bandKeys returns the LSH keys of a signature: one per band of rows.
func (s *Signature) bandKeys() [bands]uint64 {
	var keys [bands]uint64
	for b := 0; b < bands; b++ {
		h := uint64(b) + 1
		for r := 0; r < bandRows; r++ {
			h = mix64(h ^ uint64(s.MinHash[b*bandRows+r]))
		}
		keys[b] = h
	}
	return keys
}

// Overlap estimates the share of a's text that is also in b (between 0 and
// 1): the larger of the shingle containment, estimated from the MinHash
// Jaccard similarity and the two sizes, and the share of a's long sentences
// found in b.
func Overlap(a, b *Signature) float64 {
	if a.Shingles == 0 || b.Shingles == 0 {
		return 0
	}
	eq := 0
	for i := range a.MinHash {
		if a.MinHash[i] == b.MinHash[i] {
			eq++
		}
	}
	j := float64(eq) / minhashSize
	na, nb := float64(a.Shingles), float64(b.Shingles)
	c := j * (na + nb) / ((1 + j) * na)
	if c > 1 {
		c = 1
	}
	if len(a.Sentences) > 0 {
		shared := 0
		i, k := 0, 0
		for i < len(a.Sentences) && k < len(b.Sentences) {
			switch {
			case a.Sentences[i] == b.Sentences[k]:
				shared++
				i++
				k++
			case a.Sentences[i] < b.Sentences[k]:
				i++
			default:
				k++
			}
		}
		if s := float64(shared) / float64(len(a.Sentences)); s > c && len(a.Sentences) >= 2 {
			c = s
		}
	}
	return c
}

// dupEntry is one recent article in the near-duplicate index.
type dupEntry struct {
	seq   int64
	id    string
	story int
	root  string // the article it copies, "" when original
	sig   Signature
	keys  [bands]uint64
}

// dupIndex finds earlier near-duplicates among recent articles. It keeps
// two generations of postings: articles go into the current one, and when
// that holds size/2 articles the older generation is dropped whole. So
// the window is between size/2 and size articles, and no posting is ever
// deleted one by one. Posting lists are capped (keeping the earliest
// articles, which are the ones a copy should point to), so 10,000
// identical articles cost no more than a few.
type dupIndex struct {
	size     int
	n        int // articles in the current generation
	cur, old map[uint64][]*dupEntry
}

const maxPostings = 16

// postedSentences is how many sentence hashes (the smallest) an indexed
// article is listed under; a new article looks up all of its own, so a
// copy of any of them finds the original.
const postedSentences = 8

func newDupIndex(size int) *dupIndex {
	return &dupIndex{size: size, cur: map[uint64][]*dupEntry{}, old: map[uint64][]*dupEntry{}}
}

// find returns the earliest indexed article that sig copies with at least
// minOverlap, and the overlap; nil when none.
func (x *dupIndex) find(sig *Signature, keys *[bands]uint64, minOverlap float64) (*dupEntry, float64) {
	if sig.Shingles == 0 {
		return nil, 0
	}
	var best *dupEntry
	bestOv := 0.0
	check := func(l []*dupEntry) {
		for _, e := range l {
			if best != nil && e.seq >= best.seq {
				continue
			}
			if ov := Overlap(sig, &e.sig); ov >= minOverlap {
				best, bestOv = e, ov
			}
		}
	}
	for _, m := range []map[uint64][]*dupEntry{x.old, x.cur} {
		for _, k := range keys {
			check(m[k])
		}
		for _, h := range sig.Sentences {
			check(m[h])
		}
	}
	return best, bestOv
}

// add indexes e.
func (x *dupIndex) add(e *dupEntry) {
	if x.size <= 0 || e.sig.Shingles == 0 {
		return
	}
	if x.n >= x.size/2 {
		x.old, x.cur, x.n = x.cur, make(map[uint64][]*dupEntry, len(x.cur)), 0
	}
	x.n++
	for _, k := range e.keys {
		x.post(k, e)
	}
	for _, h := range e.sig.Sentences[:min(len(e.sig.Sentences), postedSentences)] {
		x.post(h, e)
	}
}

func (x *dupIndex) post(k uint64, e *dupEntry) {
	l := x.cur[k]
	if len(l) >= maxPostings || len(x.old[k]) >= maxPostings {
		return
	}
	if len(l) > 0 && l[len(l)-1] == e {
		return
	}
	x.cur[k] = append(l, e)
}
