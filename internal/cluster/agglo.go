package cluster

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
	"sort"
	"strconv"
	"time"
)

// Settings of the order-independent regrouping that Finish starts with.
const (
	// aggloKeyCap: a feature listed among the strongest of more articles
	// than this links too much to say anything; it finds no candidates.
	aggloKeyCap = 400
	// aggloNeighbours: candidate pairs kept per article, those sharing
	// the most strong features first.
	aggloNeighbours = 40
	// aggloReach: groups less similar than this share of FinishJoin stop
	// being neighbours (their similarity is not recomputed as they grow).
	aggloReach = 0.5
	// Two groups that each mostly name one year (mainYearShare of the
	// weight of their years), and not the same, are likely two events of
	// the same kind (last year's storm, this year's): their similarity is
	// scaled by yearMismatch.
	mainYearShare = 0.7
	yearMismatch  = 0.8
)

// aggloNode is a group of articles during agglomeration.
type aggloNode struct {
	st    group
	size  int
	ver   int
	alive bool
	nbrs  []int // other nodes with a candidate pair, may hold stale ones
}

type aggloEdge struct {
	sim      float64
	a, b     int
	vera, vb int
}

type edgeHeap []aggloEdge

func (h edgeHeap) Len() int { return len(h) }
func (h edgeHeap) Less(i, j int) bool {
	if h[i].sim != h[j].sim {
		return h[i].sim > h[j].sim
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h edgeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *edgeHeap) Push(x any)   { *h = append(*h, x.(aggloEdge)) }
func (h *edgeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// agglomerate groups the original articles of the history from scratch,
// with the final statistics and without regard to the order they came
// in: every article starts alone, and the two most similar groups
// (cosine of their centroids, as storySim, damped by the time between
// them) merge first, as long as they reach groupThreshold. Only pairs of
// articles that share strong features are candidates, so the cost grows
// with the number of articles, not its square. It returns the group of
// every history record (-1 for copies; a group is named by one of its
// articles).
func (c *Clusterer) agglomerate(vecs []docVec) []int {
	join, merge := c.cfg.FinishJoin, c.cfg.FinishMerge
	n := len(c.history)
	nodes := make([]aggloNode, n)
	post := map[uint64][]int{}
	keys := make([][]uint64, n)
	for i := range c.history {
		r := &c.history[i]
		if r.dupIdx >= 0 {
			continue
		}
		nd := &nodes[i]
		nd.alive, nd.size = true, 1
		nd.st.lang = r.f.Language
		for k := range nd.st.vec {
			nd.st.vec[k] = newSparse(vecs[i][k])
		}
		nd.st.year = mainYear(&nd.st.vec[vNumbers])
		nd.st.first, nd.st.last = r.f.Published, r.f.Published
		keys[i] = queryKeys(&vecs[i])
		for _, k := range keys[i] {
			post[k] = append(post[k], i)
		}
	}
	// candidate pairs: articles sharing strong features
	hits := make([]int, n)
	var touched []int
	h := &edgeHeap{}
	for i := range c.history {
		if !nodes[i].alive {
			continue
		}
		touched = touched[:0]
		for _, k := range keys[i] {
			l := post[k]
			if len(l) > aggloKeyCap {
				continue
			}
			for _, j := range l {
				if j == i {
					continue
				}
				if hits[j] == 0 {
					touched = append(touched, j)
				}
				hits[j]++
			}
		}
		sort.Slice(touched, func(x, y int) bool {
			if hits[touched[x]] != hits[touched[y]] {
				return hits[touched[x]] > hits[touched[y]]
			}
			return touched[x] < touched[y]
		})
		for x, j := range touched {
			hits[j] = 0
			if x >= aggloNeighbours {
				continue
			}
			nodes[i].nbrs = append(nodes[i].nbrs, j)
			nodes[j].nbrs = append(nodes[j].nbrs, i)
		}
	}
	// score each candidate pair once; keep as neighbours only groups
	// within reach
	near := make([][]int, n)
	for i := range nodes {
		nd := &nodes[i]
		slices.Sort(nd.nbrs)
		for _, j := range slices.Compact(nd.nbrs) {
			if j < i {
				continue
			}
			sim := c.groupSim(&nd.st, &nodes[j].st)
			if sim >= aggloReach*join {
				near[i] = append(near[i], j)
				near[j] = append(near[j], i)
			}
			if sim >= min(join, merge) {
				*h = append(*h, aggloEdge{sim, i, j, 0, 0})
			}
		}
	}
	for i := range nodes {
		nodes[i].nbrs = near[i]
	}
	heap.Init(h)
	for h.Len() > 0 {
		e := heap.Pop(h).(aggloEdge)
		a, b := &nodes[e.a], &nodes[e.b]
		if !a.alive || !b.alive || a.ver != e.vera || b.ver != e.vb {
			continue
		}
		if e.sim < groupThreshold(join, merge, min(a.size, b.size)) {
			continue
		}
		// b joins a
		for k := range a.st.vec {
			a.st.vec[k] = a.st.vec[k].plus(&b.st.vec[k])
		}
		a.st.year = mainYear(&a.st.vec[vNumbers])
		a.size += b.size
		a.st.last = later(a.st.last, b.st.last)
		if !b.st.first.IsZero() && (a.st.first.IsZero() || b.st.first.Before(a.st.first)) {
			a.st.first = b.st.first
		}
		b.alive = false
		a.ver++
		nb := make([]int, 0, len(a.nbrs)+len(b.nbrs))
		for _, l := range [][]int{a.nbrs, b.nbrs} {
			for _, j := range l {
				j = aggloFind(nodes, j)
				if j != e.a && nodes[j].alive {
					nb = append(nb, j)
				}
			}
		}
		slices.Sort(nb)
		nb = slices.Compact(nb)
		b.nbrs = []int{e.a} // forwarding
		keep := nb[:0]
		for _, j := range nb {
			sim := c.groupSim(&a.st, &nodes[j].st)
			if sim < aggloReach*join {
				continue
			}
			keep = append(keep, j)
			if sim >= min(join, merge) {
				x, y := e.a, j
				if y < x {
					x, y = y, x
				}
				heap.Push(h, aggloEdge{sim, x, y, nodes[x].ver, nodes[y].ver})
			}
		}
		a.nbrs = keep
	}
	group := make([]int, n)
	for i := range group {
		group[i] = -1
		if c.history[i].dupIdx < 0 {
			group[i] = aggloFind(nodes, i)
		}
	}
	return group
}

// groupThreshold is the similarity two groups need to merge when the
// smaller has m articles: join for a single article, rising toward merge
// as centroids get smoother (see Config.FinishJoin).
func groupThreshold(join, merge float64, m int) float64 {
	return merge - (merge-join)/float64(m)
}

// aggloFind follows merged nodes to the live one.
func aggloFind(nodes []aggloNode, i int) int {
	for !nodes[i].alive && len(nodes[i].nbrs) == 1 {
		i = nodes[i].nbrs[0]
	}
	return i
}

// group is a set of articles during agglomeration: the sum of their
// vectors per kind, as ID-sorted sparse vectors (merging and comparing
// them is a linear walk, much cheaper than maps).
type group struct {
	vec         [nKinds]sparse
	year        int // the year the group mostly names, 0 when none stands out
	lang        string
	first, last time.Time
}

type sparse struct {
	f     []Feature // sorted by ID
	norm2 float64
}

func newSparse(v []Feature) sparse {
	f := slices.Clone(v)
	slices.SortFunc(f, func(a, b Feature) int { return cmp.Compare(a.ID, b.ID) })
	return sparse{f, sqNorm(f)}
}

// plus returns s+o, keeping the maxCentroidTerms heaviest weights once
// there are twice as many (as a story centroid does).
func (s *sparse) plus(o *sparse) sparse {
	out := make([]Feature, 0, len(s.f)+len(o.f))
	i, j := 0, 0
	for i < len(s.f) || j < len(o.f) {
		switch {
		case j == len(o.f) || (i < len(s.f) && s.f[i].ID < o.f[j].ID):
			out = append(out, s.f[i])
			i++
		case i == len(s.f) || o.f[j].ID < s.f[i].ID:
			out = append(out, o.f[j])
			j++
		default:
			out = append(out, Feature{s.f[i].ID, s.f[i].W + o.f[j].W})
			i++
			j++
		}
	}
	if len(out) > 2*maxCentroidTerms {
		sortStrongest(out)
		out = out[:maxCentroidTerms]
		slices.SortFunc(out, func(a, b Feature) int { return cmp.Compare(a.ID, b.ID) })
	}
	return sparse{out, sqNorm(out)}
}

func (s *sparse) cos(o *sparse) float64 {
	if s.norm2 <= 0 || o.norm2 <= 0 {
		return 0
	}
	var d float64
	i, j := 0, 0
	for i < len(s.f) && j < len(o.f) {
		switch {
		case s.f[i].ID < o.f[j].ID:
			i++
		case s.f[i].ID > o.f[j].ID:
			j++
		default:
			d += float64(s.f[i].W) * float64(o.f[j].W)
			i++
			j++
		}
	}
	return d / math.Sqrt(s.norm2*o.norm2)
}

// groupSim is the similarity of two groups, as storySim, damped by the
// time between them.
func (c *Clusterer) groupSim(a, b *group) float64 {
	w := c.weights(a.lang, b.lang)
	var num, den float64
	for k := 0; k < nKinds; k++ {
		if a.vec[k].norm2 == 0 || b.vec[k].norm2 == 0 {
			continue
		}
		num += w[k] * a.vec[k].cos(&b.vec[k])
		den += w[k]
	}
	if den == 0 {
		return 0
	}
	sc := num / den
	if a.year != 0 && b.year != 0 && a.year != b.year {
		sc *= yearMismatch
	}
	if a.first.IsZero() || b.first.IsZero() {
		return sc
	}
	var gap float64
	switch {
	case b.first.After(a.last):
		gap = float64(b.first.Sub(a.last))
	case a.first.After(b.last):
		gap = float64(a.first.Sub(b.last))
	}
	return sc * math.Exp2(-gap/float64(c.cfg.RecencyHalfLife))
}

// regroup gives every history record the story of its group: each group
// takes the story ID most of its articles had (earlier groups first,
// each ID once), or a new one.
func (c *Clusterer) regroup(group []int) {
	type vote struct{ story, n int }
	votes := map[int][]vote{}
	var order []int
	for i, g := range group {
		if g < 0 {
			continue
		}
		st := c.resolve(c.history[i].story)
		l, ok := votes[g]
		if !ok {
			order = append(order, g)
		}
		found := false
		for x := range l {
			if l[x].story == st {
				l[x].n++
				found = true
			}
		}
		if !found {
			l = append(l, vote{st, 1})
		}
		votes[g] = l
	}
	used := map[int]bool{}
	id := map[int]int{}
	for _, g := range order {
		l := votes[g]
		sort.Slice(l, func(x, y int) bool {
			if l[x].n != l[y].n {
				return l[x].n > l[y].n
			}
			return l[x].story < l[y].story
		})
		id[g] = -1
		for _, v := range l {
			if !used[v.story] {
				id[g] = v.story
				used[v.story] = true
				break
			}
		}
	}
	for _, g := range order {
		if id[g] < 0 {
			id[g] = c.nextIdx
			c.nextIdx++
		}
	}
	for i, g := range group {
		if g >= 0 {
			c.history[i].story = id[g]
		}
	}
}

// yearIDs maps the feature ID of each year 1900-2099 to the year.
var yearIDs = func() map[uint64]int {
	m := make(map[uint64]int, 200)
	for y := 1900; y < 2100; y++ {
		m[hashString(kindYear, strconv.Itoa(y))] = y
	}
	return m
}()

// mainYear is the year carrying most of the weight of the year features
// of a numbers vector, when it carries at least mainYearShare of it.
func mainYear(v *sparse) int {
	var total, best float64
	year := 0
	w := map[int]float64{}
	for _, x := range v.f {
		if y, ok := yearIDs[x.ID]; ok {
			w[y] += float64(x.W)
			total += float64(x.W)
		}
	}
	for y, x := range w {
		if x > best || (x == best && y < year) {
			best, year = x, y
		}
	}
	if total == 0 || best < mainYearShare*total {
		return 0
	}
	return year
}
