package cluster

import (
	"slices"
	"time"
)

// Variant returns a copy of f as if it were a different article of a
// different world: every feature and signature value is renamed by salt
// (consistently, so articles renamed with the same salt still resemble
// each other exactly as much as the originals did), the ID gets a suffix
// and the publication time is shifted. Benchmarks use it to replay a small
// real corpus as an endless stream without it turning into copies of
// itself.
func Variant(f *Features, salt uint64, id string, shift time.Duration) Features {
	g := Features{ID: id, Published: f.Published.Add(shift), Language: f.Language}
	rename := func(l []Feature) []Feature {
		out := make([]Feature, len(l))
		for i, x := range l {
			out[i] = Feature{mix64(x.ID ^ salt), x.W}
		}
		sortFeatures(out)
		return out
	}
	g.Terms, g.Entities, g.Numbers = rename(f.Terms), rename(f.Entities), rename(f.Numbers)
	g.Sig.Shingles = f.Sig.Shingles
	for i, v := range f.Sig.MinHash {
		g.Sig.MinHash[i] = uint32(mix64(uint64(v)^salt) >> 32)
	}
	g.Sig.Sentences = make([]uint64, len(f.Sig.Sentences))
	for i, h := range f.Sig.Sentences {
		g.Sig.Sentences[i] = mix64(h ^ salt)
	}
	slices.Sort(g.Sig.Sentences)
	return g
}
