// Package cluster groups articles into stories as they arrive and marks
// near-duplicates (syndicated or lightly edited copies).
//
// Articles are analysed once into Features (Prepare: stemmed terms with
// title and lede boosted, capitalised names, numbers, years and dates, a
// near-duplicate signature) and then added in publication order. Each new
// article joins the active story it is most similar to, or starts a new
// one. Similarity mixes the cosine of TF-IDF vectors of terms, of names
// and of numbers and dates; names and numbers carry across languages,
// which is what lets a German and an English report of one event meet.
// Recent stories weigh more. Active stories are bounded in number and age,
// so memory stays flat over an endless stream. A periodic pass merges
// stories that converged. Finish then regroups every article from scratch
// with the final statistics (agglomerative, most similar groups first), so
// the final stories hardly depend on the order the articles came in.
//
// Results are deterministic: the same articles in the same order give the
// same stories.
package cluster

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"time"
)

// Assignment is where an article went.
type Assignment struct {
	ID    string `json:"id"`
	Story string `json:"story"`
	// DuplicateOf is the ID of the earliest article this one copies, ""
	// when it is an original report. A copy belongs to the story of its
	// original; it counts as a source but not as an independent report.
	DuplicateOf string `json:"duplicate_of"`
	// Overlap is the estimated share of this article's text found in
	// DuplicateOf (0 when not a duplicate).
	Overlap float64 `json:"overlap"`
}

// Config tunes the clusterer. DefaultConfig gives tuned values; a zero
// field in a Config passed to New takes the default.
type Config struct {
	// Threshold is the similarity an article needs to join a story.
	Threshold float64
	// MergeThreshold is the similarity at which two stories merge.
	MergeThreshold float64
	// SplitThreshold: the periodic pass splits a story in two when its
	// halves are less similar than this (keep it under MergeThreshold).
	SplitThreshold float64
	// FinishJoin and FinishMerge steer Finish, which regroups all the
	// articles from scratch without regard to their order: a group of m
	// articles joins another of at least m when their similarity reaches
	// FinishMerge - (FinishMerge-FinishJoin)/m, so a single article needs
	// FinishJoin and two large stories nearly FinishMerge (the centroid
	// of a large story is smoother, so its similarities run higher).
	FinishJoin, FinishMerge float64
	// Weights of the three kinds of evidence (renormalised over the kinds
	// the article has).
	WeightTerms, WeightEntities, WeightNumbers float64
	// RecencyHalfLife halves a story's score per this much time between
	// its latest article and the new one.
	RecencyHalfLife time.Duration
	// MaxActive bounds the number of stories kept in memory; MaxAge drops
	// stories with no article for this long (relative to the newest
	// publication time seen).
	MaxActive int
	MaxAge    time.Duration
	// DuplicateOverlap is the share of an article's text found in an
	// earlier one that makes it a copy; DuplicateWindow is how many recent
	// articles are searched.
	DuplicateOverlap float64
	DuplicateWindow  int
	// PassEvery runs the merge pass (and eviction) every this many articles.
	PassEvery int
	// MaxCandidates bounds how many stories are scored per article.
	MaxCandidates int
	// Stream, when true, keeps no per-article history: memory is flat, and
	// Finish only runs a final merge pass over the active stories and
	// returns nil. Use Resolve to follow merged story IDs.
	Stream bool
}

// DefaultConfig returns the tuned defaults (see eval/ecbplus).
func DefaultConfig() Config {
	return Config{
		Threshold:        0.30,
		MergeThreshold:   0.5,
		SplitThreshold:   0.3,
		FinishJoin:       0.2,
		FinishMerge:      0.575,
		WeightTerms:      0.5,
		WeightEntities:   0.35,
		WeightNumbers:    0.15,
		RecencyHalfLife:  14 * 24 * time.Hour,
		MaxActive:        4000,
		MaxAge:           30 * 24 * time.Hour,
		DuplicateOverlap: 0.6,
		DuplicateWindow:  20000,
		PassEvery:        1000,
		MaxCandidates:    6,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	set := func(v *float64, def float64) {
		if *v == 0 {
			*v = def
		}
	}
	set(&c.Threshold, d.Threshold)
	set(&c.MergeThreshold, d.MergeThreshold)
	set(&c.SplitThreshold, d.SplitThreshold)
	set(&c.FinishJoin, d.FinishJoin)
	set(&c.FinishMerge, d.FinishMerge)
	if c.WeightTerms == 0 && c.WeightEntities == 0 && c.WeightNumbers == 0 {
		c.WeightTerms, c.WeightEntities, c.WeightNumbers = d.WeightTerms, d.WeightEntities, d.WeightNumbers
	}
	set(&c.DuplicateOverlap, d.DuplicateOverlap)
	if c.RecencyHalfLife == 0 {
		c.RecencyHalfLife = d.RecencyHalfLife
	}
	if c.MaxActive <= 0 {
		c.MaxActive = d.MaxActive
	}
	if c.MaxAge == 0 {
		c.MaxAge = d.MaxAge
	}
	if c.DuplicateWindow == 0 {
		c.DuplicateWindow = d.DuplicateWindow
	}
	if c.PassEvery <= 0 {
		c.PassEvery = d.PassEvery
	}
	if c.MaxCandidates <= 0 {
		c.MaxCandidates = d.MaxCandidates
	}
	return c
}

// Internal sizes.
const (
	maxDocTerms      = 60  // strongest terms of an article used for scoring
	maxCentroidTerms = 150 // weights kept per story and kind
	queryTerms       = 8   // strongest terms used to find candidate stories
	queryEntities    = 8   // strongest names used to find candidate stories
	queryNumbers     = 4   // strongest numbers and dates used to find candidate stories
	maxStoryPostings = 64  // stories listed per index key (the most recent)
	sweepEvery       = 8   // passes between index sweeps
	mergeCandidates  = 4   // stories compared with each changed story in a merge pass
)

type story struct {
	idx     int // creation number; the story ID is "s"+idx
	n       int // independent articles
	last    time.Time
	lastSeq int64
	first   time.Time
	vec     [nKinds]centroid
	keys    []uint64 // index keys of the latest article added
	members []int    // history indexes of its original articles (not in Stream mode)
	lang    string   // language of the story's first article
	stamp   uint64   // scratch for collect
	hits    int
}

// record is one article kept for Finish (not kept in Stream mode).
type record struct {
	id      string
	story   int
	dupOf   string
	dupIdx  int // index of the original in records, -1 when original
	overlap float64
	f       *Features
	v       docVec // the vector as assigned (for the split pass)
}

// Clusterer assigns articles to stories one at a time. It is not safe for
// concurrent use.
type Clusterer struct {
	cfg      Config
	df       *dfTable
	active   map[int]*story
	alias    map[int]int // merged story -> story it merged into
	index    map[uint64][]int
	dups     *dupIndex
	seq      int64
	nextIdx  int
	lastPass int64 // seq of the previous merge pass
	newest   time.Time
	history  []record
	byID     map[string]int // article ID -> index in history
	passes   int
	stamp    uint64   // scratch for collect
	cands    []*story // scratch for collect
}

// New returns an empty Clusterer.
func New(cfg Config) *Clusterer {
	cfg = cfg.withDefaults()
	return &Clusterer{
		cfg:     cfg,
		df:      newDFTable(),
		active:  map[int]*story{},
		alias:   map[int]int{},
		index:   map[uint64][]int{},
		dups:    newDupIndex(cfg.DuplicateWindow),
		nextIdx: 1,
		byID:    map[string]int{},
	}
}

// StoryID is the external name of story number idx.
func StoryID(idx int) string { return "s" + strconv.Itoa(idx) }

// Add analyses d and assigns it. Articles should come in publication
// order; see Run.
func (c *Clusterer) Add(d Doc) Assignment {
	f := Prepare(d)
	return c.AddFeatures(&f)
}

// AddFeatures assigns an already analysed article. The Clusterer keeps f
// (unless Config.Stream), so the caller must not change it afterwards.
func (c *Clusterer) AddFeatures(f *Features) Assignment {
	c.seq++
	if f.Published.After(c.newest) {
		c.newest = f.Published
	}
	a := Assignment{ID: f.ID}

	// near-duplicate of a recent article?
	keys := f.Sig.bandKeys()
	if orig, ov := c.dups.find(&f.Sig, &keys, c.cfg.DuplicateOverlap); orig != nil {
		a.DuplicateOf, a.Overlap = orig.id, math.Round(ov*1000)/1000
		st := c.resolve(orig.story)
		a.Story = StoryID(st)
		if s := c.active[st]; s != nil {
			s.last, s.lastSeq = later(s.last, f.Published), c.seq
		}
		c.remember(f, st, orig.id, a.Overlap)
		c.df.add(f)
		c.tick()
		return a
	}

	v := vectorize(f, c.df, maxDocTerms)
	c.df.add(f)
	best, score := c.bestStory(&v, f.Language, f.Published, -1)
	var s *story
	if best != nil && score >= c.cfg.Threshold {
		s = best
	} else {
		s = c.newStory()
		s.lang = f.Language
	}
	c.addTo(s, &v, f.Published)
	a.Story = StoryID(s.idx)
	c.dups.add(&dupEntry{seq: c.seq, id: f.ID, story: s.idx, sig: f.Sig, keys: keys})
	if !c.cfg.Stream {
		s.members = append(s.members, len(c.history))
	}
	c.remember(f, s.idx, "", 0)
	if !c.cfg.Stream {
		c.history[len(c.history)-1].v = v
	}
	c.tick()
	return a
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func (c *Clusterer) remember(f *Features, st int, dupOf string, ov float64) {
	if c.cfg.Stream {
		return
	}
	r := record{id: f.ID, story: st, dupOf: dupOf, dupIdx: -1, overlap: ov, f: f}
	if dupOf != "" {
		r.dupIdx = c.byID[dupOf]
	}
	if _, seen := c.byID[f.ID]; !seen {
		c.byID[f.ID] = len(c.history)
	}
	c.history = append(c.history, r)
}

func (c *Clusterer) tick() {
	if c.seq%int64(c.cfg.PassEvery) == 0 {
		c.pass()
	}
}

func (c *Clusterer) newStory() *story {
	s := &story{idx: c.nextIdx}
	c.nextIdx++
	c.active[s.idx] = s
	return s
}

// addTo adds an article vector to story s and posts its keys in the
// candidate index.
func (c *Clusterer) addTo(s *story, v *docVec, pub time.Time) {
	for k := range v {
		s.vec[k].add(v[k], 1)
		if len(s.vec[k].w) > 2*maxCentroidTerms {
			s.vec[k].trim(maxCentroidTerms)
		}
	}
	s.n++
	if s.first.IsZero() || (!pub.IsZero() && pub.Before(s.first)) {
		s.first = pub
	}
	s.last, s.lastSeq = later(s.last, pub), c.seq
	s.keys = queryKeys(v)
	for _, k := range s.keys {
		c.post(k, s.idx)
	}
}

func (c *Clusterer) post(k uint64, idx int) {
	l := c.index[k]
	// a story updated again is usually among the latest entries; an older
	// duplicate only counts twice for ranking candidates
	for _, x := range l[max(0, len(l)-8):] {
		if x == idx {
			return
		}
	}
	if len(l) >= maxStoryPostings {
		copy(l, l[1:])
		l[len(l)-1] = idx
		return
	}
	c.index[k] = append(l, idx)
}

// queryKeys are the features used to look up candidate stories: the
// strongest names, numbers and terms (each docVec kind starts with its
// strongest features, see arrange).
func queryKeys(v *docVec) []uint64 {
	keys := make([]uint64, 0, queryEntities+queryNumbers+queryTerms)
	for k, n := range [nKinds]int{vTerms: queryTerms, vEntities: queryEntities, vNumbers: queryNumbers} {
		for _, x := range v[k][:min(n, len(v[k]))] {
			keys = append(keys, x.ID)
		}
	}
	return keys
}

// bestStory returns the active story most similar to v (skipping story
// skip) and its score.
func (c *Clusterer) bestStory(v *docVec, lang string, pub time.Time, skip int) (*story, float64) {
	cands := c.collect(queryKeys(v), skip)
	var best *story
	bestScore := 0.0
	for _, s := range cands {
		sc := c.score(v, lang, s, pub)
		if sc > bestScore || (sc == bestScore && best != nil && s.idx < best.idx) {
			best, bestScore = s, sc
		}
	}
	return best, bestScore
}

// collect returns up to MaxCandidates active stories listed under keys
// (other than skip), those listed under most keys first, newer first on
// ties. Hit counts live on the stories themselves, marked with a fresh
// stamp per call, so counting allocates nothing.
func (c *Clusterer) collect(keys []uint64, skip int) []*story {
	c.stamp++
	cands := c.cands[:0]
	for _, k := range keys {
		for _, idx := range c.index[k] {
			idx = c.resolve(idx)
			if idx == skip {
				continue
			}
			s, ok := c.active[idx]
			if !ok {
				continue
			}
			if s.stamp != c.stamp {
				s.stamp, s.hits = c.stamp, 0
				cands = append(cands, s)
			}
			s.hits++
		}
	}
	slices.SortFunc(cands, func(a, b *story) int {
		if a.hits != b.hits {
			return b.hits - a.hits
		}
		return b.idx - a.idx
	})
	if len(cands) > c.cfg.MaxCandidates {
		cands = cands[:c.cfg.MaxCandidates]
	}
	c.cands = cands
	return cands
}

// score is the similarity of an article in language lang to a story: a
// weighted mean of the cosines per kind of evidence over the kinds the
// article has, damped by the time since the story's latest article.
// Between languages words rarely match, so terms weigh less and names,
// numbers and dates carry the decision.
func (c *Clusterer) score(v *docVec, lang string, s *story, pub time.Time) float64 {
	w := c.weights(lang, s.lang)
	var num, den float64
	for k := range v {
		if len(v[k]) == 0 {
			continue
		}
		num += w[k] * s.vec[k].cos(v[k])
		den += w[k]
	}
	if den == 0 {
		return 0
	}
	sc := num / den
	if !pub.IsZero() && !s.last.IsZero() {
		var gap time.Duration
		switch {
		case pub.After(s.last):
			gap = pub.Sub(s.last)
		case !s.first.IsZero() && pub.Before(s.first):
			gap = s.first.Sub(pub)
		}
		sc *= math.Exp2(-float64(gap) / float64(c.cfg.RecencyHalfLife))
	}
	return sc
}

// crossLanguageTerms scales the weight of terms between languages.
const crossLanguageTerms = 0.3

func (c *Clusterer) weights(a, b string) [nKinds]float64 {
	w := [nKinds]float64{c.cfg.WeightTerms, c.cfg.WeightEntities, c.cfg.WeightNumbers}
	if a != "" && b != "" && a != b {
		w[vTerms] *= crossLanguageTerms
	}
	return w
}

// storySim is the similarity of two stories' centroids.
func (c *Clusterer) storySim(a, b *story) float64 {
	w := c.weights(a.lang, b.lang)
	var num, den float64
	for k := 0; k < nKinds; k++ {
		if a.vec[k].norm2 == 0 || b.vec[k].norm2 == 0 {
			continue
		}
		num += w[k] * cosCentroids(&a.vec[k], &b.vec[k])
		den += w[k]
	}
	if den == 0 {
		return 0
	}
	return num / den
}

// resolve follows merges from story idx to the story it now belongs to.
func (c *Clusterer) resolve(idx int) int {
	for {
		to, ok := c.alias[idx]
		if !ok {
			return idx
		}
		idx = to
	}
}

// Resolve returns the current ID of a story ID returned earlier (stories
// merge). Unknown IDs come back unchanged.
func (c *Clusterer) Resolve(storyID string) string {
	if len(storyID) < 2 || storyID[0] != 's' {
		return storyID
	}
	idx, err := strconv.Atoi(storyID[1:])
	if err != nil {
		return storyID
	}
	return StoryID(c.resolve(idx))
}

// pass evicts old stories, merges stories that converged and rebuilds the
// candidate index from the active stories.
func (c *Clusterer) pass() {
	// eviction: too old, then too many (least recently updated first)
	ids := c.activeIDs()
	if !c.newest.IsZero() {
		for _, idx := range ids {
			s := c.active[idx]
			if !s.last.IsZero() && c.newest.Sub(s.last) > c.cfg.MaxAge {
				delete(c.active, idx)
			}
		}
	}
	if len(c.active) > c.cfg.MaxActive {
		ids = c.activeIDs()
		sort.Slice(ids, func(i, j int) bool { return c.active[ids[i]].lastSeq < c.active[ids[j]].lastSeq })
		for _, idx := range ids[:len(ids)-c.cfg.MaxActive] {
			delete(c.active, idx)
		}
	}
	c.streamSplit()
	c.mergePass()
	c.passes++
	if c.passes%sweepEvery == 0 {
		c.sweepIndex()
	}
	if c.cfg.Stream {
		c.pruneAliases()
	}
}

// sweepIndex drops index entries of stories that are gone and points
// entries of merged stories at the story they joined.
func (c *Clusterer) sweepIndex() {
	for k, l := range c.index {
		out := l[:0]
		for _, idx := range l {
			idx = c.resolve(idx)
			if _, ok := c.active[idx]; !ok {
				continue
			}
			dup := false
			for _, x := range out {
				if x == idx {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, idx)
			}
		}
		if len(out) == 0 {
			delete(c.index, k)
		} else {
			c.index[k] = out
		}
	}
}

// pruneAliases forgets merges into stories that are no longer active, so
// the alias table stays as small as the active window.
func (c *Clusterer) pruneAliases() {
	for from, to := range c.alias {
		if _, ok := c.active[c.resolve(to)]; !ok {
			delete(c.alias, from)
		}
	}
}

func (c *Clusterer) activeIDs() []int {
	ids := make([]int, 0, len(c.active))
	for idx := range c.active {
		ids = append(ids, idx)
	}
	sort.Ints(ids)
	return ids
}

// rebuildIndex reposts the strongest features of every active story.
func (c *Clusterer) rebuildIndex() {
	clear(c.index)
	for _, idx := range c.activeIDs() {
		s := c.active[idx]
		var v docVec
		for k := range s.vec {
			v[k] = strongest(&s.vec[k], 30)
		}
		s.keys = queryKeys(&v)
		for _, k := range s.keys {
			c.post(k, idx)
		}
	}
}

// strongest returns the n heaviest weights of a centroid.
func strongest(c *centroid, n int) []Feature {
	all := make([]Feature, 0, len(c.w))
	for id, w := range c.w {
		all = append(all, Feature{id, w})
	}
	sortStrongest(all)
	if len(all) > n {
		all = all[:n]
	}
	return all
}

// mergePass merges active stories whose centroids reached
// MergeThreshold, most similar pair first; the newer story joins the
// older. Only stories changed since the previous pass are examined.
func (c *Clusterer) mergePass() {
	type pair struct {
		i, j int
		sim  float64
	}
	var pairs []pair
	for _, i := range c.activeIDs() {
		a := c.active[i]
		// a one-article story was compared with every candidate when it
		// was created and fell under Threshold < MergeThreshold
		if a.lastSeq <= c.lastPass || (a.n < 2 && c.lastPass >= 0) {
			continue
		}
		for _, j := range c.candidates(a, i) {
			if sim := c.storySim(a, c.active[j]); sim >= c.cfg.MergeThreshold {
				pairs = append(pairs, pair{min(i, j), max(i, j), sim})
			}
		}
	}
	c.lastPass = c.seq
	sort.Slice(pairs, func(x, y int) bool {
		if pairs[x].sim != pairs[y].sim {
			return pairs[x].sim > pairs[y].sim
		}
		if pairs[x].i != pairs[y].i {
			return pairs[x].i < pairs[y].i
		}
		return pairs[x].j < pairs[y].j
	})
	for _, p := range pairs {
		i, j := c.resolve(p.i), c.resolve(p.j)
		if i == j {
			continue
		}
		if _, ok := c.active[i]; !ok {
			continue
		}
		if _, ok := c.active[j]; !ok {
			continue
		}
		c.merge(min(i, j), max(i, j))
	}
}

// candidates lists up to MaxCandidates active stories sharing index keys
// with story a (other than a itself), most shared keys first.
func (c *Clusterer) candidates(a *story, self int) []int {
	cands := c.collect(a.keys, self)
	if len(cands) > mergeCandidates {
		cands = cands[:mergeCandidates]
	}
	out := make([]int, len(cands))
	for n, s := range cands {
		out[n] = s.idx
	}
	return out
}

// merge moves story j into story i.
func (c *Clusterer) merge(i, j int) {
	a, b := c.active[i], c.active[j]
	for k := range a.vec {
		keys := make([]uint64, 0, len(b.vec[k].w))
		for id := range b.vec[k].w {
			keys = append(keys, id)
		}
		slices.Sort(keys)
		v := make([]Feature, len(keys))
		for n, id := range keys {
			v[n] = Feature{id, b.vec[k].w[id]}
		}
		a.vec[k].add(v, 1)
		if len(a.vec[k].w) > 2*maxCentroidTerms {
			a.vec[k].trim(maxCentroidTerms)
		}
	}
	a.n += b.n
	a.members = append(a.members, b.members...)
	a.last = later(a.last, b.last)
	if !b.first.IsZero() && (a.first.IsZero() || b.first.Before(a.first)) {
		a.first = b.first
	}
	if b.lastSeq > a.lastSeq {
		a.lastSeq = b.lastSeq
	}
	delete(c.active, j)
	c.alias[j] = i
}
