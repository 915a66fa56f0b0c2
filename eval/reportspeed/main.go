// Command reportspeed measures the story report over a large store: how long
// `newsdesk report` takes over N stored articles (default 10,000) and how
// long one story page (`newsdesk story ID`) takes.
//
// The store is built without running the extractor on every document
// (extraction speed is measured by eval/aeb and eval/ingestspeed): the 181
// aeb-text pages of ../shared/eval and the five pages of samples/kursk are
// extracted once, then replayed round after round with their publication
// dates shifted by -shift days per round and a per-copy salt in the raw
// bytes, so that every stored document has its own content hash.
//
//	go run ./eval/reportspeed              # 10,000 articles, every figure
//	go run ./eval/reportspeed -n 2000      # a smaller store
//	go run ./eval/reportspeed -gate        # CI: 2,000 articles, correctness and generous bounds
//
// It prints, separately: building the store; the cold report (claims
// computed for every article, clustering, stories stored, synthesis,
// rendering as JSON and text); the warm report (claims cached: the steady
// state of `newsdesk report` over an existing store) with its peak heap;
// StoryReport for the largest and a typical story (median and p95 of
// -calls calls) and once for every story; and, unless -gate or -nobinary,
// the real binary's `newsdesk report --format json` and `newsdesk story`.
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
	"newsdesk/internal/model"
	"newsdesk/internal/pipeline"
	"newsdesk/internal/report"
	"newsdesk/internal/store"
	"newsdesk/internal/store/sqlite"
)

// Gate bounds. They are sanity bounds, far from the targets (10,000
// articles in 10 s, a story page in 50 ms), so that a loaded CI machine
// never trips them; they catch a report that became many times slower or
// wrong, not a small regression.
const (
	gateN              = 1000
	gateWarmReport     = 20 * time.Second // warm report of gateN articles
	gateStoryReportP95 = 2 * time.Second  // p95 of StoryReport, largest story of gateN articles
)

func main() {
	gate := flag.Bool("gate", false, "CI mode: "+fmt.Sprint(gateN)+" articles; check correctness and generous time bounds, exit 1 on failure")
	n := flag.Int("n", 10000, "articles in the store (ignored with -gate)")
	shift := flag.Int("shift", 1, "days added to every publication date per replay round")
	calls := flag.Int("calls", 50, "StoryReport calls per timed story")
	warmRuns := flag.Int("warm", 3, "warm report runs (the best and median are printed)")
	nobinary := flag.Bool("nobinary", false, "do not build and time the newsdesk binary")
	keep := flag.String("keep", "", "build the store in this file and keep it (default: a temporary file, removed)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the first warm report to this file")
	storyprofile := flag.String("storyprofile", "", "write a CPU profile of the largest story's StoryReport calls to this file")
	storyID := flag.String("story", "", "also time this story ID (-storyprofile then profiles it instead of the largest)")
	db := flag.String("db", "", "time an existing store (made with -keep) instead of building one: warm figures only")
	flag.Parse()
	if *gate {
		*n = gateN
		*nobinary = true
		*warmRuns = 1
		*calls = 10
	}

	root := repoRoot()
	shared := ""
	if p := evaldata.Find("aeb-text/pages"); p != "" {
		shared = filepath.Dir(filepath.Dir(p))
	}
	if shared == "" {
		fmt.Println("reportspeed: skipped: ../shared/eval missing")
		return
	}
	ctx := context.Background()
	if err := run(ctx, config{
		root: root, shared: shared, n: *n, shift: *shift, calls: *calls, warm: max(*warmRuns, 1),
		gate: *gate, binary: !*nobinary, keep: *keep, cpuprofile: *cpuprofile,
		db: *db, storyprofile: *storyprofile, story: *storyID,
	}); err != nil {
		fmt.Fprintln(os.Stderr, "reportspeed:", err)
		os.Exit(1)
	}
}

type config struct {
	root, shared     string
	n, shift, calls  int
	warm             int
	gate, binary     bool
	keep, cpuprofile string
	db, storyprofile string
	story            string
}

func run(ctx context.Context, cfg config) error {
	fmt.Printf("reportspeed: %d articles, GOMAXPROCS=%d, %s/%s, %s\n", cfg.n, runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version())
	if cfg.gate {
		fmt.Printf("-gate checks: every article in exactly one story; the cold report (claims computed) and the warm report\n"+
			"  (claims from the cache) render the same JSON; StoryReport of the largest and the typical story equals its part of the full report;\n"+
			"  warm report of %d articles < %v; StoryReport p95 of the largest story < %v\n", gateN, gateWarmReport, gateStoryReportP95)
	}

	var failures []string
	fail := func(format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		failures = append(failures, msg)
		fmt.Println("FAIL:", msg)
	}

	var st *sqlite.Store
	var dbPath string
	var coldJSON []byte
	if cfg.db != "" {
		// An existing store (from -keep): warm figures only.
		dbPath = cfg.db
		var err error
		if st, err = sqlite.Open(ctx, dbPath); err != nil {
			return err
		}
		defer st.Close()
		_, extracted, _, err := st.CountDocuments(ctx)
		if err != nil {
			return err
		}
		cfg.n = extracted
		fmt.Printf("store: %s, %d articles (no cold run)\n", dbPath, cfg.n)
	} else {
		// 1. The corpus: real pages, extracted once.
		t0 := time.Now()
		corpus, err := loadCorpus(ctx, cfg)
		if err != nil {
			return err
		}
		fmt.Printf("corpus: %d real pages extracted in %v (not part of any figure below)\n", len(corpus), time.Since(t0).Round(time.Millisecond))

		// 2. The store.
		dbPath = cfg.keep
		if dbPath == "" {
			tmp, err := os.MkdirTemp("", "reportspeed")
			if err != nil {
				return fmt.Errorf("make a temporary directory: %w", err)
			}
			defer os.RemoveAll(tmp)
			dbPath = filepath.Join(tmp, "newsdesk.db")
		} else {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				if err := os.Remove(dbPath + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
					return fmt.Errorf("remove the old store %s: %w", dbPath, err)
				}
			}
		}
		if st, err = sqlite.Open(ctx, dbPath); err != nil {
			return err
		}
		defer st.Close()
		t0 = time.Now()
		rounds, err := buildStore(ctx, st, corpus, cfg.n, cfg.shift)
		if err != nil {
			return err
		}
		fi, _ := os.Stat(dbPath)
		var dbSize int64
		if fi != nil {
			dbSize = fi.Size()
		}
		fmt.Printf("store: %d articles (%d pages x %d rounds, dates +%d day(s) a round) written in %v, %.1f MiB\n",
			cfg.n, len(corpus), rounds, cfg.shift, time.Since(t0).Round(time.Millisecond), float64(dbSize)/(1<<20))

		// 3. Cold: claims computed for every article.
		runtime.GC()
		cold, js, err := timeReport(ctx, st, "")
		if err != nil {
			return err
		}
		coldJSON = js
		cold.print("cold report (claims computed for all articles)")
		fmt.Printf("cold report: peak heap %.1f MiB, %.1f MiB allocated\n", mib(cold.peakHeap), mib(cold.allocated))
		if cold.articles != cfg.n {
			fail("the cold report holds %d articles, want %d", cold.articles, cfg.n)
		}
	}

	// 4. Warm: claims cached; what `newsdesk report` costs over an existing store.
	var warms []phases
	var warmJSON []byte
	for i := range cfg.warm {
		runtime.GC()
		prof := ""
		if i == 0 {
			prof = cfg.cpuprofile
		}
		w, js, err := timeReport(ctx, st, prof)
		if err != nil {
			return err
		}
		warms = append(warms, w)
		warmJSON = js
	}
	slices.SortFunc(warms, func(a, b phases) int { return int(a.total() - b.total()) })
	warms[0].print(fmt.Sprintf("warm report, best of %d (claims cached: `newsdesk report` over the store)", len(warms)))
	if len(warms) > 1 {
		warms[len(warms)/2].print(fmt.Sprintf("warm report, median of %d", len(warms)))
	}
	fmt.Printf("warm report: %d articles, %d stories, peak heap %.1f MiB (live heap before %.1f MiB), %.1f MiB allocated\n",
		warms[0].articles, warms[0].stories, mib(warms[0].peakHeap), mib(warms[0].baseHeap), mib(warms[0].allocated))

	if warms[0].articles != cfg.n {
		fail("the warm report holds %d articles, want %d", warms[0].articles, cfg.n)
	}
	if coldJSON != nil && !bytes.Equal(coldJSON, warmJSON) {
		fail("the warm report (cached claims) differs from the cold one (%d vs %d bytes of JSON, first difference at byte %d)",
			len(warmJSON), len(coldJSON), firstDiff(coldJSON, warmJSON))
	}
	if cfg.gate && warms[0].total() > gateWarmReport {
		fail("warm report of %d articles took %v, bound %v", cfg.n, warms[0].total(), gateWarmReport)
	}

	// 5. One story page.
	recs, err := st.ListStories(ctx, store.ListOptions{})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return errors.New("no stories were stored")
	}
	sizes := make([]int, len(recs))
	total := 0
	for i, r := range recs {
		sizes[i] = r.Articles
		total += r.Articles
	}
	if total != cfg.n {
		fail("stored stories hold %d articles, want %d", total, cfg.n)
	}
	bySize := slices.Clone(recs)
	sort.SliceStable(bySize, func(i, j int) bool {
		if bySize[i].Articles != bySize[j].Articles {
			return bySize[i].Articles > bySize[j].Articles
		}
		return bySize[i].ID < bySize[j].ID
	})
	largest := bySize[0]
	typical := typicalStory(bySize)
	fmt.Printf("stories: %d; articles per story: median %d, p90 %d, max %d; typical story = the one holding the median article\n",
		len(recs), pct(sizes, 50), pct(sizes, 90), largest.Articles)

	picks := []struct {
		name string
		rec  store.StoryRecord
	}{{"largest", largest}, {"typical", typical}}
	profiled := "largest"
	if cfg.story != "" {
		rec, err := st.Story(ctx, cfg.story)
		if err != nil {
			return err
		}
		picks = append(picks, struct {
			name string
			rec  store.StoryRecord
		}{"chosen", *rec})
		profiled = "chosen"
	}
	for _, pick := range picks {
		prof := ""
		if pick.name == profiled {
			prof = cfg.storyprofile
		}
		ds, js, err := timeStory(ctx, st, pick.rec.ID, cfg.calls, prof)
		if err != nil {
			return err
		}
		fmt.Printf("story page, %s story %s (%d articles): StoryReport + JSON, %d calls: median %v, p95 %v, min %v; %v CPU a call\n",
			pick.name, pick.rec.ID, pick.rec.Articles, len(ds), pctDur(ds, 50).Round(time.Microsecond), pctDur(ds, 95).Round(time.Microsecond),
			ds[0].Round(time.Microsecond), lastStoryCPU.Round(time.Microsecond))
		if cfg.gate && pick.name == "largest" && pctDur(ds, 95) > gateStoryReportP95 {
			fail("StoryReport p95 of the largest story (%d articles) is %v, bound %v", pick.rec.Articles, pctDur(ds, 95), gateStoryReportP95)
		}
		if want, err := storyJSON(warmJSON, pick.rec.ID); err != nil {
			return err
		} else if !bytes.Equal(js, want) {
			fail("StoryReport(%s) differs from the story in the full report", pick.rec.ID)
		}
	}
	if !cfg.gate {
		var all []time.Duration
		var slowest store.StoryRecord
		var slowestTime time.Duration
		for _, r := range recs {
			ds, _, err := timeStory(ctx, st, r.ID, 1, "")
			if err != nil {
				return err
			}
			all = append(all, ds[0])
			if ds[0] > slowestTime {
				slowest, slowestTime = r, ds[0]
			}
		}
		slices.Sort(all)
		fmt.Printf("story page, every story once (%d stories): median %v, p95 %v, max %v (%s, %d articles)\n",
			len(all), pctDur(all, 50).Round(time.Microsecond), pctDur(all, 95).Round(time.Microsecond),
			all[len(all)-1].Round(time.Microsecond), slowest.ID, slowest.Articles)
	}

	// 6. The real binary, as users run it.
	if cfg.binary {
		if err := timeBinary(ctx, cfg.root, dbPath, largest.ID, typical.ID); err != nil {
			return err
		}
	}

	if len(failures) > 0 {
		if cfg.gate {
			fmt.Printf("reportspeed: FAIL (%d checks)\n", len(failures))
			os.Exit(1)
		}
		fmt.Printf("reportspeed: %d checks failed (see FAIL lines)\n", len(failures))
		return nil
	}
	fmt.Println("reportspeed: all checks passed")
	return nil
}

// phases is one timed report run.
type phases struct {
	update, synth, json, text time.Duration
	cpu                       time.Duration
	articles, stories         int
	baseHeap, peakHeap        uint64
	allocated                 uint64
}

func (p phases) total() time.Duration { return p.update + p.synth + p.json + p.text }

func (p phases) print(name string) {
	fmt.Printf("%s: %v total (%v CPU) = UpdateStories %v + Report %v + JSON %v + text %v\n",
		name, p.total().Round(time.Millisecond), p.cpu.Round(time.Millisecond), p.update.Round(time.Millisecond),
		p.synth.Round(time.Millisecond), p.json.Round(time.Millisecond), p.text.Round(time.Millisecond))
}

// timeReport runs what `newsdesk report` runs over an existing store
// (UpdateStories, Report, rendering) and returns the JSON it rendered.
func timeReport(ctx context.Context, st *sqlite.Store, cpuprofile string) (phases, []byte, error) {
	var p phases
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	p.baseHeap = ms.HeapAlloc
	alloc0 := ms.TotalAlloc
	peak := newPeakSampler()
	if cpuprofile != "" {
		stop, err := startProfile(cpuprofile)
		if err != nil {
			return p, nil, err
		}
		defer stop()
	}
	cpu0 := evaldata.CPUTime()
	t := time.Now()
	s, err := pipeline.UpdateStories(ctx, st)
	if err != nil {
		peak.stop()
		return p, nil, err
	}
	p.update = time.Since(t)
	t = time.Now()
	r, err := s.Report(ctx)
	if err != nil {
		peak.stop()
		return p, nil, err
	}
	p.synth = time.Since(t)
	var js bytes.Buffer
	t = time.Now()
	err = report.WriteJSON(&js, r)
	p.json = time.Since(t)
	if err != nil {
		peak.stop()
		return p, nil, err
	}
	t = time.Now()
	err = report.WriteText(io.Discard, r)
	p.text = time.Since(t)
	p.cpu = evaldata.CPUTime() - cpu0
	p.peakHeap = peak.stop()
	runtime.ReadMemStats(&ms)
	p.allocated = ms.TotalAlloc - alloc0
	if err != nil {
		return p, nil, err
	}
	p.stories = len(r.Stories)
	for _, s := range r.Stories {
		p.articles += len(s.Articles)
	}
	return p, js.Bytes(), nil
}

// timeStory times calls of what `newsdesk story ID --format json` runs once
// the store is open, sorted ascending, and returns the last rendering.
func timeStory(ctx context.Context, st *sqlite.Store, id string, calls int, cpuprofile string) ([]time.Duration, []byte, error) {
	if cpuprofile != "" {
		stop, err := startProfile(cpuprofile)
		if err != nil {
			return nil, nil, err
		}
		defer stop()
	}
	var ds []time.Duration
	var js bytes.Buffer
	cpu0 := evaldata.CPUTime()
	defer func() { lastStoryCPU = (evaldata.CPUTime() - cpu0) / time.Duration(max(calls, 1)) }()
	for range max(calls, 1) {
		js.Reset()
		t := time.Now()
		s, err := pipeline.StoryReport(ctx, st, id)
		if err != nil {
			return nil, nil, err
		}
		if err := report.WriteJSON(&js, &report.Report{Stories: []report.Story{*s}}); err != nil {
			return nil, nil, err
		}
		ds = append(ds, time.Since(t))
	}
	slices.Sort(ds)
	return ds, js.Bytes(), nil
}

// startProfile starts a CPU profile into path; stop ends it.
func startProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("write the CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start the CPU profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// lastStoryCPU is the process CPU time per call of the last timeStory.
var lastStoryCPU time.Duration

// storyJSON renders story id of a full JSON report alone, as `newsdesk
// story` would print it.
func storyJSON(full []byte, id string) ([]byte, error) {
	r, err := decodeReport(full)
	if err != nil {
		return nil, err
	}
	for _, s := range r.Stories {
		if s.ID == id {
			var b bytes.Buffer
			err := report.WriteJSON(&b, &report.Report{Stories: []report.Story{s}})
			return b.Bytes(), err
		}
	}
	return nil, fmt.Errorf("story %s is not in the full report", id)
}

var decoded struct {
	once sync.Once
	r    *report.Report
	err  error
}

func decodeReport(full []byte) (*report.Report, error) {
	decoded.once.Do(func() {
		decoded.r, decoded.err = parseReport(full)
	})
	return decoded.r, decoded.err
}

// typicalStory returns the story that holds the median article when the
// stories are ordered by size: the story a reader opening a random
// article's story most typically lands on.
func typicalStory(bySize []store.StoryRecord) store.StoryRecord {
	total := 0
	for _, r := range bySize {
		total += r.Articles
	}
	seen := 0
	for i := len(bySize) - 1; i >= 0; i-- {
		seen += bySize[i].Articles
		if 2*seen >= total {
			return bySize[i]
		}
	}
	return bySize[0]
}

func timeBinary(ctx context.Context, root, dbPath, largest, typical string) error {
	tmp, err := os.MkdirTemp("", "reportspeed-bin")
	if err != nil {
		return fmt.Errorf("make a temporary directory: %w", err)
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "newsdesk")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/newsdesk")
	build.Dir = root
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build the newsdesk binary: %w", err)
	}
	timeCmd := func(args ...string) (time.Duration, time.Duration, error) {
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Stdout = io.Discard
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		t := time.Now()
		err := cmd.Run()
		wall := time.Since(t)
		if err != nil {
			return 0, 0, fmt.Errorf("newsdesk %s: %w: %s", strings.Join(args, " "), err, stderr.String())
		}
		var cpu time.Duration
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
		return wall, cpu, nil
	}
	wall, cpu, err := timeCmd("report", "--db", dbPath, "--format", "json")
	if err != nil {
		return err
	}
	fmt.Printf("binary: newsdesk report --db FILE --format json > /dev/null: %v wall, %v CPU (whole process, claims cached)\n",
		wall.Round(time.Millisecond), cpu.Round(time.Millisecond))
	for _, pick := range []struct{ name, id string }{{"largest", largest}, {"typical", typical}} {
		var ds []time.Duration
		for range 5 {
			w, _, err := timeCmd("story", "--db", dbPath, "--format", "json", pick.id)
			if err != nil {
				return err
			}
			ds = append(ds, w)
		}
		slices.Sort(ds)
		fmt.Printf("binary: newsdesk story %s --format json (%s story), 5 runs: median %v, min %v (process start included)\n",
			pick.id, pick.name, pctDur(ds, 50).Round(time.Millisecond), ds[0].Round(time.Millisecond))
	}
	return nil
}

// page is one real extracted page, replayed to fill the store.
type page struct {
	raw     []byte
	article *model.Article
}

func loadCorpus(ctx context.Context, cfg config) ([]page, error) {
	var files []string
	for _, dir := range []string{filepath.Join(cfg.shared, "aeb-text", "pages"), filepath.Join(cfg.root, "samples", "kursk")} {
		m, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("no .txt pages in %s", dir)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	pages := make([]page, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				raw, err := os.ReadFile(files[i])
				if err != nil {
					errs[i] = err
					continue
				}
				rel, _ := filepath.Rel(cfg.root, files[i])
				a, err := extract.Extract(ctx, extract.Input{Path: rel, Data: raw})
				if err != nil {
					errs[i] = fmt.Errorf("extract %s: %w", files[i], err)
					continue
				}
				pages[i] = page{raw: raw, article: a}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []page
	for i, p := range pages {
		if errs[i] != nil {
			// A page the extractor refuses is not part of the corpus.
			fmt.Printf("corpus: skipping %s: %v\n", files[i], errs[i])
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, errors.New("no page could be extracted")
	}
	return out, nil
}

// buildStore writes n articles, copies of the corpus round after round:
// round k shifts every date by k*shift days and salts the raw bytes with
// the round, so each document has its own hash. It returns the number of
// rounds (the last may be partial).
func buildStore(ctx context.Context, st *sqlite.Store, corpus []page, n, shift int) (int, error) {
	const batch = 500
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	written := 0
	for written < n {
		end := min(written+batch, n)
		err := st.Update(ctx, func(w store.Writer) error {
			for i := written; i < end; i++ {
				round, p := i/len(corpus), corpus[i%len(corpus)]
				days := time.Duration(round*shift) * 24 * time.Hour
				raw := p.raw
				if round > 0 {
					raw = append(slices.Clip(p.raw), fmt.Sprintf("\n\n(reportspeed replay round %d)\n", round)...)
				}
				sum := sha256.Sum256(raw)
				doc := &model.Document{
					Hash: hex.EncodeToString(sum[:]), Raw: raw, MediaType: "text/plain",
					Path: replayPath(p.article.Path, round), Received: base.Add(days),
				}
				if _, err := w.PutDocument(ctx, doc, nil); err != nil {
					return err
				}
				a := *p.article
				a.ID, a.DocHash, a.Path = 0, doc.Hash, doc.Path
				if a.URL != "" && round > 0 {
					a.URL += fmt.Sprintf("#replay-%d", round)
				}
				if !a.Published.IsZero() {
					a.Published = a.Published.Add(days)
				}
				if _, err := w.PutArticle(ctx, &a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return 0, fmt.Errorf("build the store: %w", err)
		}
		written = end
	}
	return (n + len(corpus) - 1) / len(corpus), nil
}

func replayPath(path string, round int) string {
	if round == 0 {
		return path
	}
	return fmt.Sprintf("%s#replay-%d", path, round)
}

// peakSampler samples the heap until stopped and returns its peak.
type peakSampler struct {
	done chan struct{}
	out  chan uint64
}

func newPeakSampler() *peakSampler {
	p := &peakSampler{done: make(chan struct{}), out: make(chan uint64)}
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-p.done:
				p.out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

func (p *peakSampler) stop() uint64 {
	close(p.done)
	return <-p.out
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

func pct(v []int, p int) int {
	v = slices.Clone(v)
	slices.Sort(v)
	return v[min(len(v)-1, len(v)*p/100)]
}

// pctDur returns the p-th percentile of sorted durations (nearest rank).
func pctDur(ds []time.Duration, p int) time.Duration {
	i := (len(ds)*p + 99) / 100
	return ds[min(max(i-1, 0), len(ds)-1)]
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// repoRoot is the repository root, or the working directory outside it.
func repoRoot() string {
	if root, err := evaldata.RepoRoot(); err == nil {
		return root
	}
	return "."
}

func parseReport(js []byte) (*report.Report, error) {
	var r report.Report
	if err := json.Unmarshal(js, &r); err != nil {
		return nil, fmt.Errorf("read back the JSON report: %w", err)
	}
	return &r, nil
}
