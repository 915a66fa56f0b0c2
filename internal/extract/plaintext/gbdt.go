package plaintext

import (
	"encoding/json"
	"fmt"
	"math"
)

// Model is the learned line model: boosted regression trees over the line
// features, giving the log-odds that a line belongs to the article, and a
// smoothing step that decides the whole page at once.
type Model struct {
	Features []string `json:"features"`
	Base     float64  `json:"base"`
	Trees    []Tree   `json:"trees"`
	// Context is the second stage: trees over the line scores of each
	// line's neighbourhood (see contextRows). Nil means none.
	Context *Ensemble `json:"context,omitempty"`
	// Smoothing: a two-state (furniture/article) Viterbi pass where the
	// emission is the tree log-odds plus Bias and each change of state
	// costs Switch.
	Bias   float64 `json:"bias"`
	Switch float64 `json:"switch"`
	// Trained records how the model was made, for people reading the file.
	Trained string `json:"trained,omitempty"`

	flat  []flatNode // all trees, for fast scoring
	roots []int32
}

// flatNode is a tree node laid out for scoring: children are absolute
// indexes into Model.flat; feature -1 marks a leaf.
type flatNode struct {
	thresh  float64
	value   float64
	feature int32
	left    int32
	right   int32
}

// compile lays the trees out in one slice.
func (m *Model) compile() {
	m.flat, m.roots = compileTrees(m.Trees)
	if m.Context != nil {
		m.Context.flat, m.Context.roots = compileTrees(m.Context.Trees)
	}
}

func compileTrees(trees []Tree) ([]flatNode, []int32) {
	var flat []flatNode
	var roots []int32
	for _, t := range trees {
		off := int32(len(flat))
		roots = append(roots, off)
		for i := range t.Feature {
			flat = append(flat, flatNode{thresh: t.Thresh[i], value: t.Value[i], feature: int32(t.Feature[i]),
				left: off + int32(t.Left[i]), right: off + int32(t.Right[i])})
		}
	}
	return flat, roots
}

// scoreTrees sums the compiled trees over every row, tree by tree so that
// each tree stays in cache while the rows stream past.
func scoreTrees(flat []flatNode, roots []int32, base float64, rows [][]float64) []float64 {
	out := make([]float64, len(rows))
	for i := range out {
		out[i] = base
	}
	for _, root := range roots {
		for i, x := range rows {
			nd := &flat[root]
			for nd.feature >= 0 {
				if x[nd.feature] <= nd.thresh {
					nd = &flat[nd.left]
				} else {
					nd = &flat[nd.right]
				}
			}
			out[i] += nd.value
		}
	}
	return out
}

// Tree is one regression tree in flat form. Node 0 is the root; a node
// with Feature < 0 is a leaf holding Value.
type Tree struct {
	Feature []int     `json:"f"`
	Thresh  []float64 `json:"t"`
	Left    []int     `json:"l"`
	Right   []int     `json:"r"`
	Value   []float64 `json:"v"`
}

func (t *Tree) eval(x []float64) float64 {
	n := 0
	for t.Feature[n] >= 0 {
		if x[t.Feature[n]] <= t.Thresh[n] {
			n = t.Left[n]
		} else {
			n = t.Right[n]
		}
	}
	return t.Value[n]
}

// scoreAll is score for every row, tree by tree so that each tree stays
// in cache while the rows stream past.
func (m *Model) scoreAll(rows [][]float64) []float64 {
	if len(m.roots) != len(m.Trees) { // not compiled: a model being trained
		out := make([]float64, len(rows))
		for i, x := range rows {
			out[i] = m.score(x)
		}
		return out
	}
	return scoreTrees(m.flat, m.roots, m.Base, rows)
}

// score is the model's log-odds for one feature row.
func (m *Model) score(x []float64) float64 {
	if len(m.roots) != len(m.Trees) {
		s := m.Base
		for i := range m.Trees {
			s += m.Trees[i].eval(x)
		}
		return s
	}
	s := m.Base
	flat := m.flat
	for _, n := range m.roots {
		nd := &flat[n]
		for nd.feature >= 0 {
			if x[nd.feature] <= nd.thresh {
				nd = &flat[nd.left]
			} else {
				nd = &flat[nd.right]
			}
		}
		s += nd.value
	}
	return s
}

// LoadModel parses a model file and checks it fits this code's features.
func LoadModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("reading plain-text line model: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	m.compile()
	return &m, nil
}

func (m *Model) check() error {
	if len(m.Features) != len(featureNames) {
		return fmt.Errorf("plain-text line model has %d features, this build computes %d: retrain it", len(m.Features), len(featureNames))
	}
	for i, f := range m.Features {
		if f != featureNames[i] {
			return fmt.Errorf("plain-text line model feature %d is %q, this build computes %q: retrain it", i, f, featureNames[i])
		}
	}
	if err := checkTrees(m.Trees, len(featureNames)); err != nil {
		return err
	}
	if m.Context != nil {
		return checkTrees(m.Context.Trees, nContext)
	}
	return nil
}

func checkTrees(trees []Tree, nFeat int) error {
	for ti, t := range trees {
		n := len(t.Feature)
		if n == 0 || len(t.Thresh) != n || len(t.Left) != n || len(t.Right) != n || len(t.Value) != n {
			return fmt.Errorf("plain-text line model tree %d is malformed", ti)
		}
		for i := range n {
			if t.Feature[i] >= nFeat {
				return fmt.Errorf("plain-text line model tree %d uses unknown feature %d", ti, t.Feature[i])
			}
			if t.Feature[i] >= 0 && (t.Left[i] <= i || t.Right[i] <= i || t.Left[i] >= n || t.Right[i] >= n) {
				return fmt.Errorf("plain-text line model tree %d has a bad link at node %d", ti, i)
			}
		}
	}
	return nil
}

// Decide returns, for each line, whether it belongs to the article.
func (m *Model) decide(lines []line, rows [][]float64) []bool {
	n := len(rows)
	keep := make([]bool, n)
	if n == 0 {
		return keep
	}
	// Viterbi over two states; emission of "in" is the log-odds, of "out"
	// is zero.
	return smooth(m.emissions(lines, rows), m.Switch)
}

// emissions are the final log-odds per line: the line trees, then the
// context stage, plus the fixed priors and Bias.
func (m *Model) emissions(lines []line, rows [][]float64) []float64 {
	em := m.scoreAll(rows)
	if m.Context != nil {
		buf := rowPool.Get().(*rowBuf)
		em = m.Context.scores(contextRowsInto(em, rows, buf))
		if cap(buf.flat) <= 1<<20 { // keep no giant buffers around
			rowPool.Put(buf)
		}
	}
	pr := make([]float64, len(rows))
	priors(lines, rows, pr)
	for i := range em {
		em[i] += pr[i] + m.Bias
	}
	return em
}

// smooth runs the Viterbi pass and, when it keeps nothing, runs it again
// with the scores lifted so that the most article-like stretch is kept.
func smooth(em []float64, sw float64) []bool {
	keep := viterbi(em, sw)
	best := math.Inf(-1)
	for _, e := range em {
		best = max(best, e)
	}
	for _, k := range keep {
		if k {
			return keep
		}
	}
	// Nothing looked like an article. A page is given to us because it
	// holds one, so keep the most article-like stretch: lift the scores
	// until the best line is in.
	lift := 2*sw + 0.5 - best
	lifted := make([]float64, len(em))
	for i := range em {
		lifted[i] = em[i] + lift
	}
	return viterbi(lifted, sw)
}

// viterbi finds the in/out sequence maximising the summed emissions of the
// "in" lines minus sw for each change of state.
func viterbi(em []float64, sw float64) []bool {
	n := len(em)
	keep := make([]bool, n)
	if n == 0 {
		return keep
	}
	// back[i][s] = previous state chosen for state s at i
	back := make([][2]uint8, n)
	out, in := 0.0, em[0]-sw*0.0
	for i := 1; i < n; i++ {
		var nOut, nIn float64
		if out >= in-sw {
			nOut, back[i][0] = out, 0
		} else {
			nOut, back[i][0] = in-sw, 1
		}
		if in >= out-sw {
			nIn, back[i][1] = in, 1
		} else {
			nIn, back[i][1] = out-sw, 0
		}
		out, in = nOut, nIn+em[i]
		if math.IsInf(in, 0) || math.IsNaN(in) {
			in = out - 1
		}
	}
	s := uint8(0)
	if in > out {
		s = 1
	}
	for i := n - 1; i >= 0; i-- {
		keep[i] = s == 1
		if i > 0 {
			s = back[i][s]
		}
	}
	return keep
}

// Ensemble is a bare sum of trees over some feature rows.
type Ensemble struct {
	Base  float64 `json:"base"`
	Trees []Tree  `json:"trees"`

	flat  []flatNode
	roots []int32
}

func (e *Ensemble) scores(rows [][]float64) []float64 {
	if len(e.roots) == len(e.Trees) && len(e.roots) > 0 {
		return scoreTrees(e.flat, e.roots, e.Base, rows)
	}
	out := make([]float64, len(rows))
	for i, x := range rows {
		s := e.Base
		for t := range e.Trees {
			s += e.Trees[t].eval(x)
		}
		out[i] = s
	}
	return out
}

// contextNames name the context stage's features.
var contextNames = []string{
	"score", "prev", "next", "prev2", "next2", "mean3", "mean8", "mean20",
	"max_before5", "max_after5", "min2", "log_words", "terminal", "rel_pos", "pos_share_before", "pos_share_after",
}

const nContext = 16

// contextRows turns line scores into the context stage's features: each
// line's own score and the scores around it.
func contextRows(s []float64, rows [][]float64) [][]float64 {
	return contextRowsInto(s, rows, nil)
}

// contextRowsInto is contextRows writing into buf when it is not nil (the
// rows then live only as long as buf is not reused).
func contextRowsInto(s []float64, rows [][]float64, buf *rowBuf) [][]float64 {
	n := len(s)
	c := make([]float64, n)
	for i, v := range s {
		c[i] = math.Max(-10, math.Min(10, v))
	}
	get := func(i int) float64 {
		if i < 0 || i >= n {
			return -10
		}
		return c[i]
	}
	posBefore := make([]float64, n+1)
	for i := range c {
		posBefore[i+1] = posBefore[i] + b2f(c[i] > 0)
	}
	out, flat := buf.take(n, nContext) // every column is written below
	for i := range c {
		f := flat[i*nContext : (i+1)*nContext : (i+1)*nContext]
		f[0] = c[i]
		f[1], f[2], f[3], f[4] = get(i-1), get(i+1), get(i-2), get(i+2)
		for k, w := range []int{3, 8, 20} {
			sum := 0.0
			for j := i - w; j <= i+w; j++ {
				if j != i {
					sum += get(j)
				}
			}
			f[5+k] = sum / float64(2*w)
		}
		mb, ma, mn := -10.0, -10.0, 10.0
		for j := i - 5; j < i; j++ {
			mb = math.Max(mb, get(j))
		}
		for j := i + 1; j <= i+5; j++ {
			ma = math.Max(ma, get(j))
		}
		for j := i - 2; j <= i+2; j++ {
			mn = math.Min(mn, get(j))
		}
		f[8], f[9], f[10] = mb, ma, mn
		f[11], f[12], f[13] = rows[i][1], rows[i][3], rows[i][34]
		f[14] = ratio(int(posBefore[i]), max(1, int(posBefore[n])))
		f[15] = ratio(int(posBefore[n]-posBefore[i+1]), max(1, int(posBefore[n])))
		out[i] = f
	}
	return out
}
