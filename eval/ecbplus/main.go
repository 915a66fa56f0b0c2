// Command ecbplus scores story clustering on ECB+ (../shared/eval/ecbplus):
// all documents of a split are clustered together, in file order and in a
// fixed shuffled order, and scored with BCubed and pairwise precision,
// recall and F1 against the gold event clusters.
//
// Documents are built as title = first sentence, text = all sentences (one
// per line). doc_id, url and topic are never used as features.
//
// With -gate it exits 1 when a dev score is under its floor.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"

	"newsdesk/internal/cluster"
	"newsdesk/internal/evaldata"
)

// Floors for -gate, a little under the figures measured on dev (see
// BENCHMARKS.md, "Story clustering").
const (
	floorDevBCubedF1   = 0.895 // measured 0.904 (dfPrior 300)
	floorDevShuffledF1 = 0.905 // measured 0.916
)

type doc struct {
	DocID        string   `json:"doc_id"`
	Topic        any      `json:"topic"`
	EventCluster string   `json:"event_cluster"`
	Split        string   `json:"split"`
	Sentences    []string `json:"sentences"`
}

func main() {
	gate := flag.Bool("gate", false, "exit 1 when a dev score is under its floor")
	data := flag.String("data", "", "path to ecbplus/dev.jsonl (default: found from the working directory)")
	verbose := flag.Bool("v", false, "print the clusters of a split (see -show)")
	show := flag.String("show", "dev", "the split -v prints")
	cfg := cluster.DefaultConfig()
	flag.Float64Var(&cfg.Threshold, "threshold", cfg.Threshold, "join threshold")
	flag.Float64Var(&cfg.MergeThreshold, "merge", cfg.MergeThreshold, "merge threshold")
	flag.Float64Var(&cfg.SplitThreshold, "split", cfg.SplitThreshold, "split threshold")
	flag.Float64Var(&cfg.DuplicateOverlap, "dup", cfg.DuplicateOverlap, "share of text that makes a near-duplicate")
	flag.Float64Var(&cfg.FinishJoin, "fjoin", cfg.FinishJoin, "Finish: similarity for a single article to join a group")
	flag.Float64Var(&cfg.FinishMerge, "fmerge", cfg.FinishMerge, "Finish: similarity two large groups need to merge")
	flag.IntVar(&cfg.PassEvery, "every", cfg.PassEvery, "articles between periodic merge/split passes")
	nShuffles := flag.Int("shuffles", shuffles, "how many fixed random orders to average")
	flag.Float64Var(&cfg.WeightTerms, "wt", cfg.WeightTerms, "weight of terms")
	flag.Float64Var(&cfg.WeightEntities, "we", cfg.WeightEntities, "weight of names")
	flag.Float64Var(&cfg.WeightNumbers, "wn", cfg.WeightNumbers, "weight of numbers and dates")
	flag.Parse()

	path := *data
	if path == "" {
		path = findData()
	}
	if path == "" {
		fmt.Println("ecbplus: skipped: ../shared/eval missing")
		return
	}
	docs, err := load(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ecbplus:", err)
		os.Exit(1)
	}
	fmt.Printf("ecbplus: %s\n", path)
	fmt.Printf("config: threshold %.3f merge %.3f split %.3f finish join %.3f merge %.3f weights terms %.2f names %.2f numbers %.2f\n",
		cfg.Threshold, cfg.MergeThreshold, cfg.SplitThreshold, cfg.FinishJoin, cfg.FinishMerge,
		cfg.WeightTerms, cfg.WeightEntities, cfg.WeightNumbers)
	var devF, devShufF float64
	for _, split := range []string{"train", "dev"} {
		var part []doc
		for _, d := range docs {
			if d.Split == split {
				part = append(part, d)
			}
		}
		if len(part) == 0 {
			continue
		}
		s := score(part, cfg, *verbose && split == *show)
		report(split, "file order", len(part), s)
		// the mean over a few fixed shuffles: the order must not matter much
		var mean scores
		lo, hi := 1.0, 0.0
		n := float64(*nShuffles)
		for seed := uint64(1); seed <= uint64(*nShuffles); seed++ {
			order := append([]doc(nil), part...)
			r := rand.New(rand.NewPCG(seed, 2))
			r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			s := score(order, cfg, false)
			mean.gold = s.gold
			mean.found += s.found
			mean.bP += s.bP / n
			mean.bR += s.bR / n
			mean.bF += s.bF / n
			mean.pP += s.pP / n
			mean.pR += s.pR / n
			mean.pF += s.pF / n
			lo, hi = min(lo, s.bF), max(hi, s.bF)
		}
		mean.found /= *nShuffles
		report(split, "shuffled", len(part), mean)
		fmt.Printf("%-5s shuffled BCubed F1 over %d orders: min %.3f max %.3f\n", split, *nShuffles, lo, hi)
		if split == "dev" {
			devF, devShufF = s.bF, mean.bF
		}
	}
	if *gate {
		fail := false
		if devF < floorDevBCubedF1 {
			fmt.Printf("FAIL: dev BCubed F1 %.3f under floor %.3f\n", devF, floorDevBCubedF1)
			fail = true
		}
		if devShufF < floorDevShuffledF1 {
			fmt.Printf("FAIL: dev shuffled BCubed F1 %.3f under floor %.3f\n", devShufF, floorDevShuffledF1)
			fail = true
		}
		if fail {
			os.Exit(1)
		}
		fmt.Println("gate: ok")
	}
}

// shuffles is how many fixed random orders are averaged.
const shuffles = 10

func report(split, order string, n int, s scores) {
	fmt.Printf("%-5s %-10s docs %3d gold %2d found %3d  BCubed P %.3f R %.3f F1 %.3f  pairwise P %.3f R %.3f F1 %.3f\n",
		split, order, n, s.gold, s.found, s.bP, s.bR, s.bF, s.pP, s.pR, s.pF)
}

type scores struct {
	gold, found            int
	bP, bR, bF, pP, pR, pF float64
}

func score(docs []doc, cfg cluster.Config, verbose bool) scores {
	in := make([]cluster.Doc, len(docs))
	for i, d := range docs {
		title := ""
		if len(d.Sentences) > 0 {
			title = d.Sentences[0]
		}
		in[i] = cluster.Doc{ID: fmt.Sprint(i), Title: title, Text: strings.Join(d.Sentences, "\n")}
	}
	got := cluster.Run(in, cfg)
	pred := make([]string, len(docs))
	gold := make([]string, len(docs))
	for i := range docs {
		pred[i] = got[i].Story
		gold[i] = docs[i].EventCluster
	}
	if verbose {
		byStory := map[string][]int{}
		var order []string
		for i, p := range pred {
			if _, ok := byStory[p]; !ok {
				order = append(order, p)
			}
			byStory[p] = append(byStory[p], i)
		}
		for _, p := range order {
			fmt.Printf("%s:", p)
			for _, i := range byStory[p] {
				fmt.Printf(" %s", gold[i])
			}
			fmt.Println()
		}
	}
	return evaluate(pred, gold)
}

// evaluate computes BCubed and pairwise scores of pred against gold.
func evaluate(pred, gold []string) scores {
	var s scores
	n := len(pred)
	predSize, goldSize := map[string]int{}, map[string]int{}
	both := map[[2]string]int{}
	for i := 0; i < n; i++ {
		predSize[pred[i]]++
		goldSize[gold[i]]++
		both[[2]string{pred[i], gold[i]}]++
	}
	s.gold, s.found = len(goldSize), len(predSize)
	for i := 0; i < n; i++ {
		c := float64(both[[2]string{pred[i], gold[i]}])
		s.bP += c / float64(predSize[pred[i]])
		s.bR += c / float64(goldSize[gold[i]])
	}
	s.bP /= float64(n)
	s.bR /= float64(n)
	s.bF = f1(s.bP, s.bR)
	var tp, predPairs, goldPairs float64
	for _, c := range both {
		tp += float64(c * (c - 1) / 2)
	}
	for _, c := range predSize {
		predPairs += float64(c * (c - 1) / 2)
	}
	for _, c := range goldSize {
		goldPairs += float64(c * (c - 1) / 2)
	}
	if predPairs > 0 {
		s.pP = tp / predPairs
	}
	if goldPairs > 0 {
		s.pR = tp / goldPairs
	}
	s.pF = f1(s.pP, s.pR)
	return s
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func load(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open ECB+ data: %w", err)
	}
	defer f.Close()
	var docs []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// findData walks up from the working directory looking for
// shared/eval/ecbplus/dev.jsonl next to the repository.
func findData() string {
	return evaldata.Find("ecbplus/dev.jsonl")
}
