package cluster

import (
	"cmp"
	"math"
	"slices"
)

// The three kinds of evidence a story is compared on.
const (
	vTerms = iota
	vEntities
	vNumbers
	nKinds
)

// dfTable counts in how many articles each feature occurred, in a fixed
// number of hashed buckets, so memory does not grow with the archive.
// Every dfHalfLife articles all counts are halved: the statistics follow
// the news of the last months rather than of all time, and 16-bit counts
// never overflow.
type dfTable struct {
	n      float64
	added  int
	counts []uint16
}

const (
	dfPrior    = 300 // virtual articles in every idf; the middle of the train plateau (BENCHMARKS.md)
	dfBits     = 20
	dfHalfLife = 50000
)

func newDFTable() *dfTable { return &dfTable{counts: make([]uint16, 1<<dfBits)} }

// idf is ln((n+1)/(df+1)) + 1 for the feature id; logN is ln(n+1).
func (t *dfTable) idf(id uint64, logN float64) float64 {
	return logN - logTable[t.counts[id&(1<<dfBits-1)]] + 1
}

// logTable caches ln(df+1) for every 16-bit df.
var logTable = func() []float64 {
	l := make([]float64, 1<<16)
	for i := range l {
		l[i] = math.Log(float64(i) + 1)
	}
	return l
}()

func (t *dfTable) add(f *Features) {
	t.n++
	for _, l := range [][]Feature{f.Terms, f.Entities, f.Numbers} {
		for _, x := range l {
			if c := &t.counts[x.ID&(1<<dfBits-1)]; *c < math.MaxUint16 {
				*c++
			}
		}
	}
	t.added++
	if t.added%dfHalfLife == 0 {
		for i := range t.counts {
			t.counts[i] /= 2
		}
		t.n /= 2
	}
}

// docVec is an article's weighted, L2-normalised feature vectors.
type docVec [nKinds][]Feature

// vectorize weighs f's counts by inverse document frequency:
// (1 + ln count) * idf, keeps the strongest maxDocTerms terms, and
// normalises each kind to unit length.
func vectorize(f *Features, df *dfTable, maxDocTerms int) docVec {
	var v docVec
	// dfPrior virtual articles that share none of the features smooth the
	// idf of a small collection: five reports of one event alone would
	// otherwise give the event's own words the lowest weights and split it.
	logN := math.Log(df.n + 1 + dfPrior)
	for k, l := range [nKinds][]Feature{f.Terms, f.Entities, f.Numbers} {
		out := make([]Feature, len(l))
		for i, x := range l {
			tf := 1.0
			if x.W > 1 {
				tf += math.Log(float64(x.W))
			}
			out[i] = Feature{x.ID, float32(tf * df.idf(x.ID, logN))}
		}
		keep := len(out)
		if k == vTerms {
			keep = min(keep, maxDocTerms)
		}
		out = arrange(out, keep, [nKinds]int{queryTerms, queryEntities, queryNumbers}[k])
		if n2 := sqNorm(out); n2 > 0 {
			inv := float32(1 / math.Sqrt(n2))
			for i := range out {
				out[i].W *= inv
			}
		}
		v[k] = out
	}
	return v
}

// centroid is the sum of a story's article vectors of one kind.
type centroid struct {
	w     map[uint64]float32
	norm2 float64
}

func (c *centroid) dot(v []Feature) float64 {
	var s float64
	for _, x := range v {
		s += float64(c.w[x.ID]) * float64(x.W)
	}
	return s
}

// cos is the cosine between the unit vector v and the centroid.
func (c *centroid) cos(v []Feature) float64 {
	if c.norm2 <= 0 || len(v) == 0 {
		return 0
	}
	return c.dot(v) / math.Sqrt(c.norm2)
}

// add adds sign*v to the centroid, keeping norm2 exact.
func (c *centroid) add(v []Feature, sign float32) {
	if c.w == nil {
		c.w = make(map[uint64]float32, 2*len(v))
	}
	for _, x := range v {
		old := c.w[x.ID]
		nw := old + sign*x.W
		c.norm2 += float64(nw)*float64(nw) - float64(old)*float64(old)
		if nw > 1e-6 || nw < -1e-6 {
			c.w[x.ID] = nw
		} else {
			delete(c.w, x.ID)
		}
	}
	if c.norm2 < 0 {
		c.norm2 = 0
	}
}

// trim keeps the n heaviest weights so a long-running story stays small.
func (c *centroid) trim(n int) {
	if len(c.w) <= n {
		return
	}
	all := make([]Feature, 0, len(c.w))
	for id, w := range c.w {
		all = append(all, Feature{id, w})
	}
	sortStrongest(all)
	clear(c.w)
	c.norm2 = 0
	for _, x := range all[:n] {
		c.w[x.ID] = x.W
		c.norm2 += float64(x.W) * float64(x.W)
	}
}

// cosCentroids is the cosine between two centroids.
func cosCentroids(a, b *centroid) float64 {
	if a.norm2 <= 0 || b.norm2 <= 0 {
		return 0
	}
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	// Map order is random; summing fixed-point products makes the total
	// independent of it, so results are the same on every run.
	var s int64
	for id, w := range a.w {
		s += int64(float64(w) * float64(b.w[id]) * (1 << 40))
	}
	return float64(s) / (1 << 40) / math.Sqrt(a.norm2*b.norm2)
}

// sortStrongest orders features by weight, heaviest first, ties by ID.
func sortStrongest(l []Feature) {
	slices.SortFunc(l, func(a, b Feature) int {
		switch {
		case a.W > b.W:
			return -1
		case a.W < b.W:
			return 1
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// arrange keeps the keep strongest of the ID-sorted features l (ties by
// ID) and puts the head strongest first, strongest first, followed by the
// rest in ID order. It avoids sorting the whole vector by weight.
func arrange(l []Feature, keep, head int) []Feature {
	if keep < len(l) {
		ws := make([]float32, len(l))
		for i, x := range l {
			ws[i] = x.W
		}
		slices.Sort(ws)
		cut := ws[len(ws)-keep] // the keep-th largest weight
		above := 0
		for _, w := range ws {
			if w > cut {
				above++
			}
		}
		ties := keep - above // features equal to cut that fit, lowest IDs first
		out := l[:0]
		for _, x := range l {
			if x.W > cut || (x.W == cut && ties > 0) {
				if x.W == cut {
					ties--
				}
				out = append(out, x)
			}
		}
		l = out
	}
	head = min(head, len(l))
	if head == 0 {
		return l
	}
	// pick the head strongest by insertion into a small buffer
	top := make([]int, 0, head)
	stronger := func(a, b Feature) bool { return a.W > b.W || (a.W == b.W && a.ID < b.ID) }
	for i, x := range l {
		if len(top) == head && !stronger(x, l[top[head-1]]) {
			continue
		}
		if len(top) < head {
			top = append(top, i)
		} else {
			top[head-1] = i
		}
		for j := len(top) - 1; j > 0 && stronger(l[top[j]], l[top[j-1]]); j-- {
			top[j], top[j-1] = top[j-1], top[j]
		}
	}
	out := make([]Feature, 0, len(l))
	for _, i := range top {
		out = append(out, l[i])
	}
	for i, x := range l {
		if !slices.Contains(top, i) {
			out = append(out, x)
		}
	}
	return out
}

// sqNorm is the squared Euclidean norm of a feature vector.
func sqNorm(f []Feature) float64 {
	var n2 float64
	for _, x := range f {
		n2 += float64(x.W) * float64(x.W)
	}
	return n2
}
