package cluster

import (
	"sort"
	"time"
)

// Finish regroups all the articles added so far from scratch, with the
// statistics of the whole collection and without regard to their order
// (see Config.FinishJoin), and returns every article's final assignment,
// in the order the articles were added. Each final story keeps the story
// ID most of its articles had from Add (each ID at most once; a story
// none can name gets a new ID). A near-duplicate follows its original.
//
// With Config.Stream it only merges converged active stories and returns
// nil; use Resolve on the IDs Add returned.
//
// Finish may be called again later, and articles may still be added after
// it (an archive clustered in runs: Load, add the new articles, Finish,
// Save).
func (c *Clusterer) Finish() []Assignment {
	if c.cfg.Stream {
		c.lastPass = -1
		c.mergePass()
		c.rebuildIndex()
		return nil
	}
	c.refine()
	out := make([]Assignment, len(c.history))
	for i, r := range c.history {
		st := c.resolve(r.story)
		if r.dupIdx >= 0 {
			st = c.resolve(c.history[r.dupIdx].story)
		}
		out[i] = Assignment{ID: r.id, Story: StoryID(st), DuplicateOf: r.dupOf, Overlap: r.overlap}
	}
	return out
}

// refine regroups every original article with the statistics of the
// whole collection (agglomerate), keeping the story IDs the articles
// mostly had, and rebuilds the stories from their articles.
func (c *Clusterer) refine() {
	// vectors with the final document frequencies
	vecs := make([]docVec, len(c.history))
	for i := range c.history {
		r := &c.history[i]
		if r.dupIdx < 0 {
			vecs[i] = vectorize(r.f, c.df, maxDocTerms)
		}
		r.story = c.resolve(r.story)
	}
	c.regroup(c.agglomerate(vecs))
	// rebuild every story from its articles; the stories hold the final
	// vectors and know their articles, so the stream can go on after
	// Finish
	clear(c.active)
	for i := range c.history {
		r := &c.history[i]
		if r.dupIdx >= 0 {
			continue
		}
		s, ok := c.active[r.story]
		if !ok {
			s = &story{idx: r.story, lang: r.f.Language}
			c.active[r.story] = s
		}
		c.addTo(s, &vecs[i], r.f.Published)
		r.v = vecs[i]
		s.members = append(s.members, i)
	}
	c.lastPass = c.seq
	c.rebuildIndex()
}

// removeFrom takes an article vector out of story s.
func (c *Clusterer) removeFrom(s *story, v *docVec) {
	for k := range v {
		s.vec[k].add(v[k], -1)
	}
	s.n--
}

// Run clusters docs in publication order (stable for equal times, so
// input order decides among them) and returns the final assignments in
// input order.
func Run(docs []Doc, cfg Config) []Assignment {
	cfg.Stream = false
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return docs[order[a]].Published.Before(docs[order[b]].Published) })
	feats := PrepareAll(docs)
	c := New(cfg)
	for _, i := range order {
		c.AddFeatures(&feats[i])
	}
	final := c.Finish()
	out := make([]Assignment, len(docs))
	for n, i := range order {
		out[i] = final[n]
	}
	return out
}

// splitStories tries to bisect each story in ids, whose original articles
// (indexes into history) are members[id], and returns the number of
// articles moved to new stories.
func (c *Clusterer) splitStories(ids []int, members map[int][]int, vec func(i int) *docVec) int {
	moved := 0
	for _, idx := range ids {
		m := members[idx]
		if len(m) < minSplitSize {
			continue
		}
		inB := c.bisect(m, vec)
		if inB == nil {
			continue
		}
		a, b := c.active[idx], c.newStory()
		b.lang = a.lang
		var keepA []int
		for n, i := range m {
			if !inB[n] {
				keepA = append(keepA, i)
				continue
			}
			r := &c.history[i]
			c.removeFrom(a, vec(i))
			c.addTo(b, vec(i), r.f.Published)
			r.story = b.idx
			b.members = append(b.members, i)
			moved++
		}
		a.members = keepA
	}
	return moved
}

// streamSplit runs the split pass during the stream (history mode only:
// it needs the articles' vectors) on the stories that changed since the
// previous pass.
func (c *Clusterer) streamSplit() {
	if c.cfg.Stream {
		return
	}
	var ids []int
	members := map[int][]int{}
	for _, idx := range c.activeIDs() {
		s := c.active[idx]
		if s.lastSeq > c.lastPass && len(s.members) >= minSplitSize {
			ids = append(ids, idx)
			members[idx] = s.members
		}
	}
	c.splitStories(ids, members, func(i int) *docVec { return &c.history[i].v })
}

const (
	minSplitSize = 4
	bisectRounds = 6
)

// bisect splits the articles m (indexes into history) in two with 2-means
// seeded by the article least like the whole and the article least like
// that one. It returns which articles go to the second half, or nil when
// the halves are similar enough to stay together.
func (c *Clusterer) bisect(m []int, vec func(i int) *docVec) []bool {
	whole := &story{}
	for _, i := range m {
		whole.vec = addVec(whole.vec, vec(i))
	}
	far := func(s *story) int {
		best, bestSc := -1, 2.0
		for n, i := range m {
			if sc := c.score(vec(i), "", s, timeZero); sc < bestSc {
				best, bestSc = n, sc
			}
		}
		return best
	}
	sa := m[far(whole)]
	one := &story{}
	one.vec = addVec(one.vec, vec(sa))
	sb := m[far(one)]
	if sa == sb {
		return nil
	}
	A, B := &story{}, &story{}
	A.vec = addVec(A.vec, vec(sb))
	B.vec = addVec(B.vec, vec(sa))
	inB := make([]bool, len(m))
	for round := 0; round < bisectRounds; round++ {
		changed := false
		for n, i := range m {
			b := c.score(vec(i), "", B, timeZero) > c.score(vec(i), "", A, timeZero)
			if b != inB[n] || round == 0 {
				changed = true
			}
			inB[n] = b
		}
		nA, nB := 0, 0
		A, B = &story{}, &story{}
		for n, i := range m {
			if inB[n] {
				B.vec = addVec(B.vec, vec(i))
				nB++
			} else {
				A.vec = addVec(A.vec, vec(i))
				nA++
			}
		}
		if nA == 0 || nB == 0 {
			return nil
		}
		if !changed {
			break
		}
	}
	if c.storySim(A, B) >= c.cfg.SplitThreshold {
		return nil
	}
	return inB
}

var timeZero time.Time

func addVec(dst [nKinds]centroid, v *docVec) [nKinds]centroid {
	for k := range v {
		dst[k].add(v[k], 1)
	}
	return dst
}
