// Command ingestspeed measures how fast newsdesk extracts pages and how fast
// it ingests them into the SQLite store, on the AEB pages as HTML
// (../shared/eval/aeb/html) and as flattened text
// (../shared/eval/aeb-text/pages). Ingest does everything extract does plus
// hashing, compressing and committing the raw bytes and the article, and
// should keep at least 80% of extract's pace.
//
//	go run ./eval/ingestspeed            # print pages/s and the ratio
//	go run ./eval/ingestspeed -gate      # exit 1 when a ratio is under its floor
//	go run ./eval/ingestspeed -rounds 8  # more rounds, less noise
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
	"newsdesk/internal/pipeline"
	"newsdesk/internal/source"
	"newsdesk/internal/store/sqlite"
)

// floorRatio is the -gate floor for ingest over extract speed in pages per
// CPU-second (user + system time), the median of paired rounds: wall-clock
// rates on a shared 2-core machine swing with other load, CPU time much
// less. Measured medians: 0.948 (html), 0.815 (text) at load average 15;
// the floor sits under the lower one to absorb the remaining noise.
// Wall-clock ratios are printed too.
const floorRatio = 0.75

type dataset struct {
	name, dir string
}

func main() {
	gate := flag.Bool("gate", false, "exit 1 when ingest is slower than the floor relative to extract")
	rounds := flag.Int("rounds", 4, "timed rounds (one extract run and one ingest run each)")
	workers := flag.Int("workers", 0, "extraction goroutines (default GOMAXPROCS)")
	only := flag.String("only", "", "run one set only: html or text")
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
	fmt.Printf("ingestspeed: GOMAXPROCS=%d, workers=%d, %d rounds\n", runtime.GOMAXPROCS(0), max(*workers, runtime.GOMAXPROCS(0)), *rounds)
	failed := false
	var profiling *os.File
	for _, ds := range sets {
		if *only != "" && !strings.Contains(ds.name, *only) {
			continue
		}
		if _, err := os.Stat(ds.dir); err != nil {
			fmt.Printf("%-9s skipped: %s missing\n", ds.name, ds.dir)
			continue
		}
		// Warm up: the first pages pay for compiling the extractor's patterns.
		if _, err := timeExtract(ctx, ds.dir, *workers); err != nil {
			fatal(err)
		}
		var x, in best
		var wallRatios, cpuRatios []float64
		for range *rounds {
			tx, err := timeExtract(ctx, ds.dir, *workers)
			if err != nil {
				fatal(err)
			}
			x.add(tx)
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
			ti, err := timeIngest(ctx, ds.dir, *workers)
			if err != nil {
				fatal(err)
			}
			in.add(ti)
			// Each round's two runs see about the same load, so their
			// ratio is steadier than a ratio of rates from different times.
			wallRatios = append(wallRatios, ti.wallRate()/tx.wallRate())
			cpuRatios = append(cpuRatios, ti.cpuRate()/tx.cpuRate())
		}
		wallRatio, cpuRatio := median(wallRatios), median(cpuRatios)
		fmt.Printf("%-9s %d pages: extract %.1f pages/s (%.1f per CPU-second), ingest %.1f pages/s (%.1f per CPU-second) [best rounds]\n",
			ds.name, x.pages, x.wall, x.cpu, in.wall, in.cpu)
		fmt.Printf("%-9s ingest/extract, median of %d paired rounds: wall-clock ratio %.3f, CPU ratio %.3f (floor %.2f, on the CPU ratio)\n",
			ds.name, len(cpuRatios), wallRatio, cpuRatio, floorRatio)
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

func median(v []float64) float64 {
	v = slices.Clone(v)
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

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

func timeExtract(ctx context.Context, dir string, workers int) (timing, error) {
	runtime.GC()
	rd := &source.Reader{}
	n := 0
	start, cpu0 := time.Now(), evaldata.CPUTime()
	err := pipeline.ExtractAll(ctx, rd.Items(ctx, []string{dir}), extract.Extract, workers, func(x pipeline.Extracted) {
		n++
	})
	return timing{n, time.Since(start), evaldata.CPUTime() - cpu0}, err
}

func timeIngest(ctx context.Context, dir string, workers int) (timing, error) {
	tmp, err := os.MkdirTemp("", "ingestspeed")
	if err != nil {
		return timing{}, err
	}
	defer os.RemoveAll(tmp)
	runtime.GC()
	start, cpu0 := time.Now(), evaldata.CPUTime()
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
	t := timing{sum.Ingested + sum.Failed, time.Since(start), evaldata.CPUTime() - cpu0}
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
	if p := evaldata.Find("aeb"); p != "" {
		return filepath.Dir(p)
	}
	return ""
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "ingestspeed:", err)
	os.Exit(1)
}
