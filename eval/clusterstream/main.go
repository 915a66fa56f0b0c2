// Command clusterstream measures streaming story clustering over a long
// stream: articles per second for assignment alone (features are prepared
// up front) and peak heap, at checkpoints.
//
// The stream replays the shared real pages (ECB+ documents and the
// aeb-text pages) over and over: each replay round renames every feature
// with its own salt (cluster.Variant), so a round is a fresh set of
// stories with real statistics rather than copies of the previous round,
// and shifts publication dates by one day per round.
//
// Without flags it runs 1,000,000 articles (a few minutes). With -gate it
// runs a short stream of 50,000 articles and fails when the peak heap is
// over its ceiling (memory must not grow with the stream); it never gates
// on speed.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"newsdesk/internal/cluster"
	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
)

// ceilingHeapMiB is the -gate ceiling on peak heap for the short stream.
const ceilingHeapMiB = 400

func main() {
	gate := flag.Bool("gate", false, "short run; exit 1 when peak heap is over the ceiling")
	n := flag.Int("n", 1_000_000, "articles in the stream")
	memprofile := flag.String("memprofile", "", "write a heap profile at the end to this file")
	flag.Parse()
	if *gate {
		*n = 50_000
	}
	shared := findShared()
	if shared == "" {
		fmt.Println("clusterstream: skipped: ../shared/eval missing")
		return
	}
	base, err := corpus(shared)
	if err != nil {
		fmt.Fprintln(os.Stderr, "clusterstream:", err)
		os.Exit(1)
	}
	var ms runtime.MemStats
	fmt.Printf("clusterstream: corpus %d articles replayed to %d; GOMAXPROCS %d, %s\n", len(base), *n, runtime.GOMAXPROCS(0), runtime.Version())

	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("live heap before the stream (program, corpus, libraries): %.1f MiB\n", mib(ms.HeapAlloc))
	cfg := cluster.DefaultConfig()
	cfg.Stream = true
	c := cluster.New(cfg)
	checkpoints := []int{10_000, 50_000, 100_000, 250_000, 500_000, 750_000, 1_000_000}
	var peak uint64
	start := time.Now()
	var wall, cpu time.Duration // spent in assignment since the last checkpoint
	lastN := 0
	batch := make([]cluster.Features, 0, len(base))
	day := 24 * time.Hour
	done := 0
	next := 0
	for round := 0; done < *n; round++ {
		// prepare one replay round (not measured: analysis is a separate stage)
		batch = batch[:0]
		salt := uint64(round)*0x9e3779b97f4a7c15 + 1
		for i := range base {
			if done+len(batch) >= *n {
				break
			}
			batch = append(batch, cluster.Variant(&base[i], salt, fmt.Sprintf("r%d-%d", round, i),
				time.Duration(round)*day+time.Duration(i)*day/time.Duration(len(base))))
		}
		w0, c0 := time.Now(), evaldata.CPUTime()
		for i := range batch {
			c.AddFeatures(&batch[i])
		}
		wall += time.Since(w0)
		cpu += evaldata.CPUTime() - c0
		done += len(batch)
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
		for next < len(checkpoints) && (done >= checkpoints[next] || done == *n) {
			if done >= checkpoints[next] || done == *n {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				fmt.Printf("at %8d articles: %7.0f articles/cpu-s %7.0f articles/s (wall)  peak heap %6.1f MiB  live heap after GC %6.1f MiB\n",
					done, float64(done-lastN)/cpu.Seconds(), float64(done-lastN)/wall.Seconds(), mib(peak), mib(ms.HeapAlloc))
				wall, cpu, lastN = 0, 0, done
			}
			next++
			if done == *n {
				break
			}
		}
	}
	if *memprofile != "" {
		runtime.GC()
		if f, err := os.Create(*memprofile); err == nil {
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	c.Finish()
	fmt.Printf("total wall time %.1fs (including preparing replay rounds)\n", time.Since(start).Seconds())
	if *gate {
		if mib(peak) > ceilingHeapMiB {
			fmt.Printf("FAIL: peak heap %.1f MiB over ceiling %d MiB\n", mib(peak), ceilingHeapMiB)
			os.Exit(1)
		}
		fmt.Println("gate: ok")
	}
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

// corpus prepares the ECB+ documents and the aeb-text pages once.
func corpus(shared string) ([]cluster.Features, error) {
	var docs []cluster.Doc
	f, err := os.Open(filepath.Join(shared, "ecbplus", "dev.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("open ECB+ data: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct {
			Sentences []string `json:"sentences"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("read ECB+ data: %w", err)
		}
		if len(d.Sentences) == 0 {
			continue
		}
		docs = append(docs, cluster.Doc{ID: fmt.Sprint(len(docs)), Title: d.Sentences[0], Text: strings.Join(d.Sentences, "\n")})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read ECB+ data: %w", err)
	}
	pages, _ := filepath.Glob(filepath.Join(shared, "aeb-text", "pages", "*.txt"))
	sort.Strings(pages)
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read page: %w", err)
		}
		a, err := extract.Extract(context.Background(), extract.Input{Path: p, Data: data})
		if err != nil {
			continue
		}
		docs = append(docs, cluster.Doc{ID: fmt.Sprint(len(docs)), Title: a.Title, Text: a.Text})
	}
	// interleave the two sources so every stretch of the stream is mixed
	// (a fixed permutation: 7919 is prime and larger than the corpus)
	out := make([]cluster.Features, len(docs))
	for i := range docs {
		out[i] = cluster.Prepare(docs[(i*7919)%len(docs)])
	}
	return out, nil
}

// findShared walks up from the working directory to shared/eval.
func findShared() string {
	return evaldata.Find("")
}
