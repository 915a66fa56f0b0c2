// Command ingestspeed measures how fast newsdesk extracts pages and how fast
// it ingests them into the SQLite store, on the AEB pages as HTML
// (../shared/eval/aeb/html) and as flattened text
// (../shared/eval/aeb-text/pages). Ingest does everything extract does plus
// hashing, compressing and committing the raw bytes and the article, and
// should keep at least 80% of extract's pace.
//
//	go run ./eval/ingestspeed            # print pages/s and the ratio
//	go run ./eval/ingestspeed -gate      # exit 1 when a ratio is under its floor
//	go run ./eval/ingestspeed -rounds 3  # best of 3 runs each (less noise)
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"newsdesk/internal/extract"
	"newsdesk/internal/pipeline"
	"newsdesk/internal/source"
	"newsdesk/internal/store/sqlite"
)

// floorRatio is the -gate floor for ingest over extract speed, measured in
// pages per CPU-second: wall-clock rates on a shared 2-core machine swing
// with other load, CPU time much less. Wall-clock rates are printed too.
const floorRatio = 0.80

type dataset struct {
	name, dir string
}

func main() {
	gate := flag.Bool("gate", false, "exit 1 when ingest is slower than the floor relative to extract")
	rounds := flag.Int("rounds", 3, "timed runs of each mode; the best is kept")
	workers := flag.Int("workers", 0, "extraction goroutines (default GOMAXPROCS)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the ingest runs to this file")
	flag.Parse()

	root := findShared()
	if root == "" {
		fmt.Println("ingestspeed: skipped: ../shared/eval missing")
		return
	}
	sets := []dataset{
		{"aeb html", filepath.Join(root, "aeb", "html")},
		{"aeb-text", filepath.Join(root, "aeb-text", "pages")},
	}
	ctx := context.Background()
	fmt.Printf("ingestspeed: GOMAXPROCS=%d, workers=%d, best of %d rounds\n", runtime.GOMAXPROCS(0), max(*workers, runtime.GOMAXPROCS(0)), *rounds)
	failed := false
	var profiling *os.File
	for _, ds := range sets {
		if _, err := os.Stat(ds.dir); err != nil {
			fmt.Printf("%-9s skipped: %s missing\n", ds.name, ds.dir)
			continue
		}
		// Warm up: the first pages pay for compiling the extractor's patterns.
		if _, err := timeExtract(ctx, ds.dir, *workers); err != nil {
			fatal(err)
		}
		var x, in best
		for range *rounds {
			t, err := timeExtract(ctx, ds.dir, *workers)
			if err != nil {
				fatal(err)
			}
			x.add(t)
			if *cpuprofile != "" && profiling == nil {
				f, err := os.Create(*cpuprofile)
				if err != nil {
					fatal(err)
				}
				profiling = f
				defer func() { pprof.StopCPUProfile(); f.Close() }()
				if err := pprof.StartCPUProfile(f); err != nil {
					fatal(err)
				}
			}
			if t, err = timeIngest(ctx, ds.dir, *workers); err != nil {
				fatal(err)
			}
			in.add(t)
		}
		wallRatio, cpuRatio := in.wall/x.wall, in.cpu/x.cpu
		fmt.Printf("%-9s %d pages: extract %.1f pages/s (%.1f per CPU-second), ingest %.1f pages/s (%.1f per CPU-second)\n",
			ds.name, x.pages, x.wall, x.cpu, in.wall, in.cpu)
		fmt.Printf("%-9s ingest/extract: wall-clock ratio %.3f, CPU ratio %.3f (floor %.2f, on the CPU ratio)\n",
			ds.name, wallRatio, cpuRatio, floorRatio)
		if cpuRatio < floorRatio {
			failed = true
		}
	}
	if *gate && failed {
		fmt.Println("ingestspeed: FAIL: ingest is under its floor relative to extract")
		os.Exit(1)
	}
}

// timing is one timed run: wall-clock time and the CPU time the process
// used (user + system), which other load on the machine barely disturbs.
type timing struct {
	pages     int
	wall, cpu time.Duration
}

func (t timing) wallRate() float64 { return float64(t.pages) / t.wall.Seconds() }
func (t timing) cpuRate() float64  { return float64(t.pages) / t.cpu.Seconds() }

// best keeps the best rates seen over rounds.
type best struct {
	pages     int
	wall, cpu float64
}

func (b *best) add(t timing) {
	b.pages = t.pages
	b.wall = max(b.wall, t.wallRate())
	b.cpu = max(b.cpu, t.cpuRate())
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func timeExtract(ctx context.Context, dir string, workers int) (timing, error) {
	runtime.GC()
	rd := &source.Reader{}
	n := 0
	start, cpu0 := time.Now(), cpuTime()
	err := pipeline.ExtractAll(ctx, rd.Items(ctx, []string{dir}), extract.Extract, workers, func(x pipeline.Extracted) {
		n++
	})
	return timing{n, time.Since(start), cpuTime() - cpu0}, err
}

func timeIngest(ctx context.Context, dir string, workers int) (timing, error) {
	tmp, err := os.MkdirTemp("", "ingestspeed")
	if err != nil {
		return timing{}, err
	}
	defer os.RemoveAll(tmp)
	runtime.GC()
	start, cpu0 := time.Now(), cpuTime()
	st, err := sqlite.Open(ctx, filepath.Join(tmp, "bench.db"))
	if err != nil {
		return timing{}, err
	}
	rd := &source.Reader{}
	ing := &pipeline.Ingest{Store: st, Extract: extract.Extract, Workers: workers}
	sum, err := ing.Run(ctx, rd.Items(ctx, []string{dir}))
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	t := timing{sum.Ingested + sum.Failed, time.Since(start), cpuTime() - cpu0}
	if err != nil {
		return timing{}, err
	}
	if sum.Known != 0 {
		return timing{}, fmt.Errorf("fresh store reported %d pages as already known", sum.Known)
	}
	return t, nil
}

// findShared walks up from the working directory to the directory that
// holds shared/eval beside the repository.
func findShared() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		cand := filepath.Join(dir, "..", "shared", "eval")
		if st, err := os.Stat(filepath.Join(cand, "aeb")); err == nil && st.IsDir() {
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "ingestspeed:", err)
	os.Exit(1)
}
