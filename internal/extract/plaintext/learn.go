package plaintext

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"newsdesk/internal/extract/plaintext/shingle"
)

// TrainPage is one training example: a full page of plain text and the
// gold article text found in it.
type TrainPage struct {
	Text string
	Gold string
}

// TrainOptions are the knobs of the learner. The zero value is not useful;
// start from DefaultTrainOptions.
type TrainOptions struct {
	Rounds    int     // boosting rounds (trees)
	Depth     int     // tree depth
	LearnRate float64 // shrinkage
	Lambda    float64 // L2 penalty on leaf values
	MinChild  float64 // minimum hessian weight in a leaf
	Bins      int     // candidate thresholds per feature (<= 255)
	// TuneFolds is the number of inner folds whose held-out log-odds are
	// used to choose the smoothing Bias and Switch; below 2 tunes on the
	// training pages' own (optimistic) log-odds.
	TuneFolds int
	// Subsample is the share of training pages each tree sees and ColSample
	// the share of features it may split on (stochastic boosting; 0 or 1:
	// all). Seed makes the draws repeatable.
	Subsample float64
	ColSample float64
	Seed      uint64
}

// DefaultTrainOptions are the options the shipped model is trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Rounds: 120, Depth: 4, LearnRate: 0.2, Lambda: 1, MinChild: 16, Bins: 48, TuneFolds: 3}
}

// LabelLines marks the lines of page that belong to the gold article: a
// line is in when at least half of its 4-token shingles occur in the gold
// text. A line shorter than four tokens is judged by the shingles it forms
// with the ends of its neighbouring lines, as the benchmark's token stream
// runs across lines. It returns the page's non-empty lines and labels.
func LabelLines(page, gold string) ([]string, []bool) {
	lines := splitLines(page)
	labels := labelLines(lines, gold)
	texts := make([]string, len(lines))
	for i := range lines {
		texts[i] = lines[i].text
	}
	return texts, labels
}

func labelLines(lines []line, gold string) []bool {
	gs := shingle.Counts(shingle.Tokens(gold))
	toks := make([][]string, len(lines))
	for i := range lines {
		toks[i] = shingle.Tokens(lines[i].text)
	}
	out := make([]bool, len(lines))
	for i, t := range toks {
		if len(t) == 0 {
			continue
		}
		var w []string
		lo := 0
		if len(t) < shingle.N {
			if i > 0 {
				p := toks[i-1]
				p = p[max(0, len(p)-(shingle.N-1)):]
				w = append(w, p...)
				lo = len(p)
			}
			w = append(w, t...)
			if i+1 < len(toks) {
				nx := toks[i+1]
				w = append(w, nx[:min(len(nx), shingle.N-1)]...)
			}
		} else {
			w = t
		}
		hi := lo + len(t)
		total, hit := 0, 0
		for a := 0; a+shingle.N <= len(w); a++ {
			if a >= hi || a+shingle.N <= lo {
				continue
			}
			total++
			if gs[strings.Join(w[a:a+shingle.N], " ")] > 0 {
				hit++
			}
		}
		if total == 0 { // too few tokens around to form a shingle
			total = 1
			if gs[strings.Join(w, " ")] > 0 {
				hit = 1
			}
		}
		out[i] = 2*hit >= total
	}
	return out
}

// prepared is a training page turned into features, labels, weights and
// what the metric needs.
type prepared struct {
	rows   [][]float64
	labels []bool
	weight []float64
	toks   [][]string     // metric tokens per line
	gold   map[string]int // gold shingles
	prior  []float64      // fixed log-odds adjustments (see priors)
}

func prepare(p TrainPage) prepared {
	lines := splitLines(p.Text)
	rows := features(lines)
	prior := make([]float64, len(lines))
	priors(lines, rows, prior)
	pp := prepared{
		prior:  prior,
		rows:   rows,
		labels: labelLines(lines, p.Gold),
		weight: make([]float64, len(lines)),
		toks:   make([][]string, len(lines)),
		gold:   shingle.Counts(shingle.Tokens(p.Gold)),
	}
	sum := 0.0
	for i := range lines {
		pp.toks[i] = shingle.Tokens(lines[i].text)
		pp.weight[i] = 1 + float64(len(pp.toks[i]))
		sum += pp.weight[i]
	}
	// every page weighs the same in total, as in the metric; the mean line
	// weight over the training set is set to 1 later
	for i := range pp.weight {
		pp.weight[i] /= sum
	}
	return pp
}

// Train learns a line model from pages. It is deterministic: the same
// pages and options give the same model.
func Train(pages []TrainPage, opt TrainOptions) (*Model, error) {
	if len(pages) == 0 {
		return nil, errors.New("training the plain-text line model: no pages")
	}
	pp := make([]prepared, len(pages))
	for i, p := range pages {
		pp[i] = prepare(p)
	}
	return trainPrepared(pp, opt)
}

func trainPrepared(pp []prepared, opt TrainOptions) (*Model, error) {
	m := fitTrees(pp, opt)
	folds := opt.TuneFolds
	if folds < 2 || len(pp) < folds {
		scores := make([][]float64, len(pp))
		for i := range pp {
			scores[i] = addPrior(m.scores(pp[i].rows), pp[i].prior)
		}
		m.Bias, m.Switch = tuneSmoothing(pp, scores)
		m.Trained = fmt.Sprintf("%d pages, %d trees of depth %d, rate %.3g, lambda %.3g, smoothing tuned in-sample",
			len(pp), opt.Rounds, opt.Depth, opt.LearnRate, opt.Lambda)
		return m, nil
	}
	inFold := func(i, f int) bool { return i%folds == f }
	// Held-out line scores from inner folds: what the line trees say about
	// pages they never saw, the input of the context stage.
	inner := opt
	inner.TuneFolds = 0
	held := make([][]float64, len(pp))
	for f := 0; f < folds; f++ {
		var tr []prepared
		for i := range pp {
			if !inFold(i, f) {
				tr = append(tr, pp[i])
			}
		}
		fm := fitTrees(tr, inner)
		for i := range pp {
			if inFold(i, f) {
				held[i] = fm.scores(pp[i].rows)
			}
		}
	}
	// The context stage learns from the held-out scores of each line's
	// neighbourhood; its own held-out scores choose the smoothing.
	ctx := make([][][]float64, len(pp))
	for i := range pp {
		ctx[i] = contextRows(held[i], pp[i].rows)
	}
	copt := contextOptions(opt)
	final := make([][]float64, len(pp))
	for f := 0; f < folds; f++ {
		var tp []prepared
		var tr [][][]float64
		for i := range pp {
			if !inFold(i, f) {
				tp = append(tp, pp[i])
				tr = append(tr, ctx[i])
			}
		}
		base, trees := fitEnsemble(tp, tr, nContext, copt)
		e := &Ensemble{Base: base, Trees: trees}
		for i := range pp {
			if inFold(i, f) {
				final[i] = addPrior(e.scores(ctx[i]), pp[i].prior)
			}
		}
	}
	base, trees := fitEnsemble(pp, ctx, nContext, copt)
	m.Context = &Ensemble{Base: base, Trees: trees}
	m.Bias, m.Switch = tuneSmoothing(pp, final)
	m.Trained = fmt.Sprintf("%d pages; line stage %d trees of depth %d, rate %.3g, lambda %.3g; context stage %d trees of depth %d on %d-fold held-out scores; smoothing tuned on held-out scores",
		len(pp), opt.Rounds, opt.Depth, opt.LearnRate, opt.Lambda, copt.Rounds, copt.Depth, folds)
	return m, nil
}

func contextOptions(opt TrainOptions) TrainOptions {
	c := opt
	c.Rounds = max(10, opt.Rounds/2)
	c.Depth = 3
	return c
}

func addPrior(s, prior []float64) []float64 {
	for i := range s {
		s[i] += prior[i]
	}
	return s
}

func (m *Model) scores(rows [][]float64) []float64 {
	s := make([]float64, len(rows))
	for i, x := range rows {
		s[i] = m.score(x)
	}
	return s
}

// tuneSmoothing picks Bias and Switch maximising the benchmark F1 over the
// pages, given each line's log-odds (priors included).
func tuneSmoothing(pp []prepared, scores [][]float64) (bias, sw float64) {
	bestF := -1.0
	em := make([]float64, 0, 1024)
	for _, b := range []float64{-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2} {
		for _, s := range []float64{0, 0.5, 1, 2, 3, 4, 6, 8} {
			ms := make([]shingle.Match, len(pp))
			for i := range pp {
				em = em[:0]
				for _, v := range scores[i] {
					em = append(em, v+b)
				}
				keep := smooth(em, s)
				ms[i] = matchKept(&pp[i], keep)
			}
			f := shingle.Summarise(ms).F1
			if f > bestF+1e-9 {
				bestF, bias, sw = f, b, s
			}
		}
	}
	return bias, sw
}

func matchKept(p *prepared, keep []bool) shingle.Match {
	var toks []string
	for i, k := range keep {
		if k {
			toks = append(toks, p.toks[i]...)
		}
	}
	return shingle.CompareCounts(p.gold, shingle.Counts(toks))
}

// fitTrees boosts depth-limited regression trees on the logistic loss over
// binned features (histogram split finding).
func fitTrees(pp []prepared, opt TrainOptions) *Model {
	rows := make([][][]float64, len(pp))
	for i := range pp {
		rows[i] = pp[i].rows
	}
	m := &Model{Features: append([]string(nil), featureNames...)}
	m.Base, m.Trees = fitEnsemble(pp, rows, nFeatures, opt)
	return m
}

// fitEnsemble boosts trees on the given feature rows (one matrix per
// page) with the pages' labels and weights.
func fitEnsemble(pp []prepared, rows [][][]float64, nFeat int, opt TrainOptions) (float64, []Tree) {
	var X [][]float64
	var y, w []float64
	var page []int
	for pi, p := range pp {
		for i := range rows[pi] {
			X = append(X, rows[pi][i])
			y = append(y, b2f(p.labels[i]))
			w = append(w, p.weight[i])
			page = append(page, pi)
		}
	}
	n := len(X)
	m := &Model{}
	if n == 0 {
		return 0, nil
	}
	// mean weight 1
	sw, pos := 0.0, 0.0
	for i := range w {
		sw += w[i]
	}
	for i := range w {
		w[i] *= float64(n) / sw
		pos += w[i] * y[i]
	}
	prior := math.Min(math.Max(pos/float64(n), 1e-4), 1-1e-4)
	m.Base = math.Log(prior / (1 - prior))

	nb := opt.Bins
	if nb < 2 || nb > 255 {
		nb = 48
	}
	thr := make([][]float64, nFeat)
	bins := make([][]uint8, nFeat) // [feature][sample]
	col := make([]float64, n)
	for f := 0; f < nFeat; f++ {
		for i := range X {
			col[i] = X[i][f]
		}
		thr[f] = cutPoints(col, nb)
		b := make([]uint8, n)
		for i, v := range col {
			b[i] = uint8(sort.SearchFloat64s(thr[f], v)) // v <= thr[k] -> bin k
		}
		bins[f] = b
	}

	F := make([]float64, n)
	for i := range F {
		F[i] = m.Base
	}
	g := make([]float64, n)
	h := make([]float64, n)
	idx := make([]int, 0, n)
	rng := rand.New(rand.NewPCG(opt.Seed, uint64(nFeat)))
	usePage := make([]bool, len(pp))
	useFeat := make([]bool, nFeat)
	for r := 0; r < opt.Rounds; r++ {
		for k := range usePage {
			usePage[k] = opt.Subsample <= 0 || opt.Subsample >= 1 || rng.Float64() < opt.Subsample
		}
		for k := range useFeat {
			useFeat[k] = opt.ColSample <= 0 || opt.ColSample >= 1 || rng.Float64() < opt.ColSample
		}
		idx = idx[:0]
		for i := range F {
			p := 1 / (1 + math.Exp(-F[i]))
			g[i] = w[i] * (p - y[i])
			h[i] = w[i] * p * (1 - p)
			if usePage[page[i]] {
				idx = append(idx, i)
			}
		}
		if len(idx) == 0 {
			continue // a subsample that drew no page
		}
		t := growTree(idx, g, h, bins, thr, useFeat, opt)
		for i := range F {
			F[i] += t.eval(X[i])
		}
		m.Trees = append(m.Trees, t)
	}
	return m.Base, m.Trees
}

// cutPoints returns up to nb-1 thresholds splitting the sorted values into
// bins of about equal count, midway between distinct values.
func cutPoints(col []float64, nb int) []float64 {
	s := append([]float64(nil), col...)
	sort.Float64s(s)
	var distinct []float64
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			distinct = append(distinct, v)
		}
	}
	var out []float64
	if len(distinct) <= nb {
		for i := 0; i+1 < len(distinct); i++ {
			out = append(out, (distinct[i]+distinct[i+1])/2)
		}
		return out
	}
	for k := 1; k < nb; k++ {
		j := k * len(s) / nb
		if j <= 0 || j >= len(s) {
			continue
		}
		a, b := s[j-1], s[j]
		if a == b {
			// move to the next change of value
			for j < len(s) && s[j] == a {
				j++
			}
			if j >= len(s) {
				continue
			}
			b = s[j]
		}
		c := (a + b) / 2
		if len(out) == 0 || c > out[len(out)-1] {
			out = append(out, c)
		}
	}
	return out
}

type nodeWork struct {
	node  int
	idx   []int
	depth int
}

func growTree(idx []int, g, h []float64, bins [][]uint8, thr [][]float64, useFeat []bool, opt TrainOptions) Tree {
	var t Tree
	add := func() int {
		t.Feature = append(t.Feature, -1)
		t.Thresh = append(t.Thresh, 0)
		t.Left = append(t.Left, 0)
		t.Right = append(t.Right, 0)
		t.Value = append(t.Value, 0)
		return len(t.Feature) - 1
	}
	root := add()
	queue := []nodeWork{{root, idx, 0}}
	var hg, hh [256]float64
	for len(queue) > 0 {
		nw := queue[0]
		queue = queue[1:]
		G, H := 0.0, 0.0
		for _, i := range nw.idx {
			G += g[i]
			H += h[i]
		}
		t.Value[nw.node] = -G / (H + opt.Lambda) * opt.LearnRate
		if nw.depth >= opt.Depth || H < 2*opt.MinChild {
			continue
		}
		parent := G * G / (H + opt.Lambda)
		bestGain, bestF, bestB := 1e-9, -1, 0
		for f := range bins {
			nb := len(thr[f]) + 1
			if nb < 2 || !useFeat[f] {
				continue
			}
			for b := 0; b < nb; b++ {
				hg[b], hh[b] = 0, 0
			}
			bf := bins[f]
			for _, i := range nw.idx {
				hg[bf[i]] += g[i]
				hh[bf[i]] += h[i]
			}
			gl, hl := 0.0, 0.0
			for b := 0; b < nb-1; b++ {
				gl += hg[b]
				hl += hh[b]
				gr, hr := G-gl, H-hl
				if hl < opt.MinChild || hr < opt.MinChild {
					continue
				}
				gain := gl*gl/(hl+opt.Lambda) + gr*gr/(hr+opt.Lambda) - parent
				if gain > bestGain {
					bestGain, bestF, bestB = gain, f, b
				}
			}
		}
		if bestF < 0 {
			continue
		}
		var li, ri []int
		for _, i := range nw.idx {
			if int(bins[bestF][i]) <= bestB {
				li = append(li, i)
			} else {
				ri = append(ri, i)
			}
		}
		l, r := add(), add()
		t.Feature[nw.node] = bestF
		t.Thresh[nw.node] = thr[bestF][bestB]
		t.Left[nw.node], t.Right[nw.node] = l, r
		queue = append(queue, nodeWork{l, li, nw.depth + 1}, nodeWork{r, ri, nw.depth + 1})
	}
	return t
}

// MarshalModel encodes a model as indented JSON with rounded numbers, the
// form it is kept in the repository.
func MarshalModel(m *Model) ([]byte, error) {
	c := *m
	c.Trees = roundTrees(m.Trees)
	if m.Context != nil {
		c.Context = &Ensemble{Base: m.Context.Base, Trees: roundTrees(m.Context.Trees)}
	}
	b, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("encoding plain-text line model: %w", err)
	}
	return b, nil
}

func roundTrees(ts []Tree) []Tree {
	out := make([]Tree, len(ts))
	for i, t := range ts {
		out[i] = Tree{Feature: t.Feature, Left: t.Left, Right: t.Right,
			Thresh: roundAll(t.Thresh), Value: roundAll(t.Value)}
	}
	return out
}

func roundAll(xs []float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.Round(x*1e6) / 1e6
	}
	return out
}
