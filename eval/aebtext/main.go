// Command aebtext scores the plain-text main-text model on the article
// extraction benchmark's pages flattened to plain text
// (../shared/eval/aeb-text), and trains that model.
//
//	go run ./eval/aebtext              # shipped model on all pages + k-fold CV
//	go run ./eval/aebtext -gate        # same, exit 1 when a score is under its floor
//	go run ./eval/aebtext -train       # retrain and rewrite internal/extract/plaintext/model.json
//
// The cross-validated figure is the honest one: each fold is scored by a
// model that never saw its pages. The shipped model's score on all pages
// is optimistic, since it was trained on them.
package main

import (
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract/plaintext"
	"newsdesk/internal/extract/plaintext/shingle"
)

// Floors for -gate, a little under the measured figures (BENCHMARKS.md).
// Measured 2026-11-22 (defaults: 120 trees of depth 4, min leaf weight 16,
// comment, comment-thread, glued-teaser and story-card priors): 5-fold CV
// P 0.9335 R 0.9450 F1 0.9392 (0.9322 / 0.9325 / 0.9324 before one fold's
// smoothing choice flipped, see BENCHMARKS.md); shipped model on all pages
// P 0.9616 R 0.9644 F1 0.9630. Training is deterministic, so the figures
// repeat; the floors stay under the lower of the two.
const (
	floorCVF1        = 0.930
	floorCVPrecision = 0.928
	floorShippedF1   = 0.958
)

type page struct {
	id, url, text, gold string
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "aebtext:", err)
		os.Exit(1)
	}
}

func run() error {
	var (
		gate  = flag.Bool("gate", false, "exit non-zero when a score is under its floor")
		train = flag.Bool("train", false, "train on all pages and write the model file")
		out   = flag.String("out", "", "model file to write with -train (default: internal/extract/plaintext/model.json in the repo)")
		folds = flag.Int("folds", 5, "cross-validation folds (0 skips cross-validation)")
		data  = flag.String("data", "", "directory holding aeb/ and aeb-text/ (default: ../shared/eval beside the repo)")
		worst = flag.Int("worst", 0, "list the N pages with the lowest cross-validated overlap")
		file  = flag.String("file", "", "print the shipped model's line decisions for this plain-text file")
		show  = flag.String("show", "", "print the line decisions for the page with this id (prefix)")
	)
	// Training options start at the shipped model's; the flags override
	// them for experiments.
	opt := plaintext.DefaultTrainOptions()
	flag.IntVar(&opt.Rounds, "rounds", opt.Rounds, "boosting rounds (experiments)")
	flag.IntVar(&opt.Depth, "depth", opt.Depth, "tree depth (experiments)")
	flag.Float64Var(&opt.LearnRate, "rate", opt.LearnRate, "learning rate (experiments)")
	flag.IntVar(&opt.TuneFolds, "tunefolds", opt.TuneFolds, "inner folds used to tune smoothing (experiments)")
	flag.Float64Var(&opt.Lambda, "lambda", opt.Lambda, "L2 penalty on leaf values (experiments)")
	flag.Float64Var(&opt.MinChild, "minchild", opt.MinChild, "minimum hessian weight per leaf (experiments)")
	flag.Float64Var(&opt.Subsample, "subsample", opt.Subsample, "share of pages each tree sees, 0 or 1: all (experiments)")
	flag.Float64Var(&opt.ColSample, "colsample", opt.ColSample, "share of features each tree may use, 0 or 1: all (experiments)")
	flag.Uint64Var(&opt.Seed, "seed", opt.Seed, "seed for -subsample/-colsample draws (experiments)")
	flag.Parse()
	if *file != "" {
		b, err := os.ReadFile(*file)
		if err != nil {
			return err
		}
		m := plaintext.DefaultModel()
		if m == nil {
			return errors.New("the shipped model.json does not fit this build")
		}
		showPage(m, page{id: *file, text: string(b)})
		return nil
	}

	root, err := evaldata.RepoRoot()
	if err != nil {
		return err
	}
	dir := *data
	if dir == "" {
		if p := evaldata.Find("aeb-text/pages"); p != "" {
			dir = filepath.Dir(filepath.Dir(p))
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "aeb-text", "pages")); dir == "" || err != nil {
		fmt.Println("skipped: ../shared/eval missing (no aeb-text pages found beside the repository or under -data)")
		return nil
	}
	pages, err := load(dir)
	if err != nil {
		return err
	}

	if *train {
		start := time.Now()
		m, err := plaintext.Train(trainPages(pages), opt)
		if err != nil {
			return err
		}
		b, err := plaintext.MarshalModel(m)
		if err != nil {
			return err
		}
		path := *out
		if path == "" {
			path = filepath.Join(root, "internal", "extract", "plaintext", "model.json")
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("writing the model: %w", err)
		}
		fmt.Printf("trained on %d pages in %.1fs: %d trees, bias %.2f, switch %.2f -> %s\n",
			len(pages), time.Since(start).Seconds(), len(m.Trees), m.Bias, m.Switch, path)
		return nil
	}

	if *show != "" {
		for i, p := range pages {
			if len(p.id) >= len(*show) && p.id[:len(*show)] == *show {
				// score it with a model that never saw it, as in cross-validation
				var tr []plaintext.TrainPage
				for j, q := range pages {
					if j%*folds != i%*folds {
						tr = append(tr, plaintext.TrainPage{Text: q.text, Gold: q.gold})
					}
				}
				m, err := plaintext.Train(tr, opt)
				if err != nil {
					return err
				}
				showPage(m, p)
			}
		}
		return nil
	}

	failed := false
	check := func(name string, got, floor float64) {
		if got < floor {
			fmt.Printf("GATE FAIL: %s %.4f is under its floor %.4f\n", name, got, floor)
			failed = true
		}
	}

	// Shipped model on every page.
	m := plaintext.DefaultModel()
	if m == nil {
		fmt.Println("the shipped model.json does not fit this build: run go run ./eval/aebtext -train")
		failed = true
	} else {
		scoreShipped(m, pages, check)
	}

	if *folds >= 2 {
		start := time.Now()
		cv := crossValidate(pages, *folds, opt, *worst)
		fmt.Printf("%d-fold cross-validation (each page scored by a model that never saw it), %.1fs\n", *folds, time.Since(start).Seconds())
		printScores(cv)
		check("cross-validated F1", cv.F1, floorCVF1)
		check("cross-validated precision", cv.Precision, floorCVPrecision)
	}

	// Baseline for context.
	all := make([]shingle.Match, len(pages))
	for i, p := range pages {
		all[i] = shingle.Compare(p.gold, p.text)
	}
	b := shingle.Summarise(all)
	fmt.Printf("baseline, every line kept: P %.4f R %.4f F1 %.4f\n", b.Precision, b.Recall, b.F1)

	if *gate && failed {
		return errors.New("quality gate failed")
	}
	return nil
}

func printScores(s shingle.Scores) {
	fmt.Printf("  precision %.4f  recall %.4f  F1 %.4f  (pages %d, empty output %d)\n",
		s.Precision, s.Recall, s.F1, s.Pages, s.Empty)
}

func crossValidate(pages []page, k int, opt plaintext.TrainOptions, worst int) shingle.Scores {
	ms := make([]shingle.Match, len(pages))
	defer func() {
		if worst <= 0 {
			return
		}
		order := make([]int, len(pages))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return ms[order[a]].TP < ms[order[b]].TP })
		for _, i := range order[:min(worst, len(order))] {
			fmt.Printf("  worst: %s tp %.3f fp %.3f fn %.3f %s\n", pages[i].id[:12], ms[i].TP, ms[i].FP, ms[i].FN, pages[i].url)
		}
	}()
	// folds train in parallel, one per core; each writes only its own pages
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for f := 0; f < k; f++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var tr []plaintext.TrainPage
			for i, p := range pages {
				if i%k != f {
					tr = append(tr, plaintext.TrainPage{Text: p.text, Gold: p.gold})
				}
			}
			m, err := plaintext.Train(tr, opt)
			if err != nil {
				panic(err)
			}
			for i, p := range pages {
				if i%k == f {
					ms[i] = shingle.Compare(p.gold, m.Extract(p.text, p.url).Text)
				}
			}
		}()
	}
	wg.Wait()
	return shingle.Summarise(ms)
}

func trainPages(pages []page) []plaintext.TrainPage {
	out := make([]plaintext.TrainPage, len(pages))
	for i, p := range pages {
		out[i] = plaintext.TrainPage{Text: p.text, Gold: p.gold}
	}
	return out
}

func showPage(m *plaintext.Model, p page) {
	texts, odds, keep := m.Lines(p.text)
	_, gold := plaintext.LabelLines(p.text, p.gold)
	r := m.Extract(p.text, p.url)
	fmt.Printf("== %s %s\ntitle: %q\npublished: %v %s (%q)\noutlet: %q\n", p.id, p.url, r.Title, r.Published, r.PublishedPrecision, r.PublishedSource, r.Outlet)
	for i, t := range texts {
		mark := "  "
		switch {
		case keep[i] && gold[i]:
			mark = "++"
		case keep[i]:
			mark = "FP"
		case gold[i]:
			mark = "FN"
		}
		if len(t) > 110 {
			t = t[:110] + "…"
		}
		fmt.Printf("%s %6.2f %s\n", mark, odds[i], t)
	}
	fmt.Printf("score: %+v\n", shingle.Compare(p.gold, r.Text))
}

func load(dir string) ([]page, error) {
	gold, err := evaldata.AEBGold(filepath.Join(dir, "aeb"))
	if err != nil {
		return nil, err
	}
	var pages []page
	for _, g := range gold {
		t, err := os.ReadFile(filepath.Join(dir, "aeb-text", "pages", g.ID+".txt"))
		if err != nil {
			return nil, fmt.Errorf("reading page %s: %w", g.ID, err)
		}
		pages = append(pages, page{id: g.ID, url: g.URL, text: string(t), gold: g.Body})
	}
	return pages, nil
}

func scoreShipped(m *plaintext.Model, pages []page, check func(string, float64, float64)) {
	ms := make([]shingle.Match, len(pages))
	for i, p := range pages {
		r := m.Extract(p.text, p.url)
		ms[i] = shingle.Compare(p.gold, r.Text)
	}
	// speed: extraction alone, three passes, wall and CPU time (the CPU
	// figure holds up when other jobs share the machine)
	const passes = 3
	cpu0 := evaldata.CPUTime()
	start := time.Now()
	for range passes {
		for _, p := range pages {
			m.Extract(p.text, p.url)
		}
	}
	el := time.Since(start)
	cpu := evaldata.CPUTime() - cpu0
	s := shingle.Summarise(ms)
	fmt.Printf("shipped model, all %d pages (trained on them: optimistic)\n", len(pages))
	printScores(s)
	n := float64(passes * len(pages))
	fmt.Printf("  extraction on one goroutine: %.0f pages/s wall, %.0f pages per CPU-second\n", n/el.Seconds(), n/cpu.Seconds())
	check("shipped F1", s.F1, floorShippedF1)
	metaProxies(m, pages)
}

// metaProxies reports how often the title echoes the URL slug and the
// date read from the text agrees with a date in the URL. There is no gold
// title or date in this data set, so these are proxies, not scores.
func metaProxies(m *plaintext.Model, pages []page) {
	slugPages, slugOK := 0, 0
	datePages, dateOK, dateFound := 0, 0, 0
	var misses []string
	for _, p := range pages {
		r := m.Extract(p.text, p.url)
		if words := slugWords(p.url); len(words) >= 3 {
			slugPages++
			title := map[string]bool{}
			for _, t := range shingle.Tokens(strings.ToLower(r.Title)) {
				title[t] = true
			}
			hit := 0
			for _, w := range words {
				if title[w] {
					hit++
				}
			}
			if 10*hit >= 6*len(words) {
				slugOK++
			} else if len(misses) < 8 {
				misses = append(misses, fmt.Sprintf("%q for %s", r.Title, p.url))
			}
		}
		if ud, ok := urlDate(p.url); ok {
			datePages++
			if r.PublishedSource != "" && r.PublishedSource != p.url {
				dateFound++
				if d := r.Published.Sub(ud).Hours(); d > -36 && d < 36 {
					dateOK++
				}
			}
		}
	}
	fmt.Printf("  title echoes the URL slug (>=60%% of its words): %d/%d pages\n", slugOK, slugPages)
	for _, s := range misses {
		fmt.Println("    e.g.", s)
	}
	fmt.Printf("  pages with a date in the URL: %d; date read from the text: %d, of which within a day of the URL date: %d\n",
		datePages, dateFound, dateOK)
}

var reURLDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)`)

func urlDate(u string) (time.Time, bool) {
	m := reURLDate.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
	return t, err == nil
}

// slugWords returns the words of the last URL path segment that looks
// like a headline slug ("north-korea-sends-troops").
func slugWords(u string) []string {
	parsed, err := url.Parse(u)
	if err != nil {
		return nil
	}
	segs := strings.Split(strings.Trim(parsed.Path, "/"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		seg := strings.TrimSuffix(strings.TrimSuffix(segs[i], ".html"), ".htm")
		parts := strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return r == '-' || r == '_' })
		var words []string
		for _, w := range parts {
			if w != "" && strings.Trim(w, "0123456789") != "" {
				words = append(words, w)
			}
		}
		if len(words) >= 3 {
			return words
		}
	}
	return nil
}
