// Command aeb scores newsdesk's HTML extraction on the Zyte article
// extraction benchmark (../shared/eval/aeb): shingle precision, recall and
// F1 of the extracted main text against the gold article bodies, plus the
// extraction speed in pages per second.
//
//	go run ./eval/aeb            # print scores
//	go run ./eval/aeb -gate      # exit 1 when a score is under its floor
//	go run ./eval/aeb -mode trafilatura   # go-trafilatura alone, for reference
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
	"newsdesk/internal/extract/htmlpage"
	"newsdesk/internal/model"
)

// Floors for -gate: a little under the figures measured when they were set.
const (
	floorF1        = 0.975
	floorPrecision = 0.967
	floorRecall    = 0.980
)

var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d)/(\d\d)/`)

type page struct {
	index int
	id    string
	url   string
	gold  string
	html  []byte
}

func main() {
	dataDir := flag.String("data", "", "benchmark directory (default: ../shared/eval/aeb beside the repo)")
	gate := flag.Bool("gate", false, "exit 1 when a score is under its floor")
	mode := flag.String("mode", "newsdesk", "extractor: newsdesk (extract.Extract) or trafilatura (go-trafilatura alone)")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "pages extracted at once")
	worst := flag.Int("worst", 0, "list the N pages with the lowest F1")
	dump := flag.String("dump", "", "write each page's extracted text to this directory")
	flag.Parse()

	if *dataDir == "" {
		*dataDir = findData()
	}
	if *dataDir == "" {
		fmt.Println("aeb: skipped: ../shared/eval missing")
		return
	}
	pages, err := load(*dataDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "aeb:", err)
		os.Exit(1)
	}

	removed := make([][]string, len(pages))
	arts := make([]*model.Article, len(pages))
	var run func(p page) (string, error)
	switch *mode {
	case "newsdesk":
		run = func(p page) (string, error) {
			a, err := extract.Extract(context.Background(), extract.Input{Path: p.id, URL: p.url, Data: p.html, Kind: "html"})
			if err != nil {
				return "", err
			}
			removed[p.index] = a.Removed
			arts[p.index] = a
			return a.Text, nil
		}
	case "trafilatura":
		run = func(p page) (string, error) { return htmlpage.TrafilaturaOnly(p.html, p.url) }
	default:
		fmt.Fprintf(os.Stderr, "aeb: unknown -mode %q\n", *mode)
		os.Exit(2)
	}

	texts := make([]string, len(pages))
	errs := make([]error, len(pages))
	cpuStart := evaldata.CPUTime()
	start := time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(1, *workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				texts[i], errs[i] = run(pages[i])
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	cpu := evaldata.CPUTime() - cpuStart

	scores := make([]pageScore, len(pages))
	empty := make([]bool, len(pages))
	failed := 0
	for i, p := range pages {
		if errs[i] != nil {
			failed++
		}
		empty[i] = strings.TrimSpace(texts[i]) == ""
		scores[i] = match(p.gold, texts[i])
		if *dump != "" {
			_ = os.MkdirAll(*dump, 0o755)
			_ = os.WriteFile(filepath.Join(*dump, p.id+".txt"), []byte(texts[i]), 0o644)
			_ = os.WriteFile(filepath.Join(*dump, p.id+".removed"), []byte(strings.Join(removed[i], "\n")), 0o644)
		}
	}
	t := aggregate(scores, empty)
	rate := float64(len(pages)) / elapsed.Seconds()

	fmt.Printf("aeb (%s, %d pages, %d empty, %d errors)\n", *mode, t.Pages, t.Empty, failed)
	fmt.Printf("  precision %.4f  recall %.4f  F1 %.4f\n", t.P, t.R, t.F1)
	perCPU := float64(len(pages)) / cpu.Seconds()
	fmt.Printf("  speed %.1f pages/s wall (%d workers, GOMAXPROCS %d, %s); %.1f pages per CPU-second (%s CPU)\n",
		rate, *workers, runtime.GOMAXPROCS(0), elapsed.Round(time.Millisecond), perCPU, cpu.Round(time.Millisecond))
	fmt.Printf("precision=%.4f recall=%.4f f1=%.4f pages_per_second=%.1f pages_per_cpu_second=%.1f\n", t.P, t.R, t.F1, rate, perCPU)

	if *mode == "newsdesk" {
		var title, date, minute, outlet, lang int
		for _, a := range arts {
			if a == nil {
				continue
			}
			if a.Title != "" {
				title++
			}
			if !a.Published.IsZero() {
				date++
			}
			if a.PublishedPrecision == model.PrecisionMinute {
				minute++
			}
			if a.Outlet != "" {
				outlet++
			}
			if a.Language != "" {
				lang++
			}
		}
		// URLs with a /YYYY/MM/DD/ path give a rough check of the dates.
		var withURLDate, agree int
		for i, a := range arts {
			m := urlDate.FindStringSubmatch(pages[i].url)
			if a == nil || m == nil {
				continue
			}
			ud, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
			if err != nil {
				continue
			}
			withURLDate++
			if !a.Published.IsZero() {
				d := a.Published.Sub(ud)
				if d > -36*time.Hour && d < 48*time.Hour {
					agree++
				}
			}
		}
		n := float64(len(pages))
		fmt.Printf("  published within a day of the URL's /YYYY/MM/DD/: %d of %d pages\n", agree, withURLDate)
		fmt.Printf("  metadata found: title %.1f%%, published %.1f%% (with time %.1f%%), outlet %.1f%%, language %.1f%%\n",
			100*float64(title)/n, 100*float64(date)/n, 100*float64(minute)/n, 100*float64(outlet)/n, 100*float64(lang)/n)
	}

	if *worst > 0 {
		idx := make([]int, len(pages))
		for i := range idx {
			idx[i] = i
		}
		f1 := func(s pageScore) float64 {
			p, r := s.precision(), s.recall()
			if p+r == 0 {
				return 0
			}
			return 2 * p * r / (p + r)
		}
		sort.Slice(idx, func(a, b int) bool { return f1(scores[idx[a]]) < f1(scores[idx[b]]) })
		for _, i := range idx[:min(*worst, len(idx))] {
			s := scores[i]
			fmt.Printf("  %.3f P %.3f R %.3f %s %s", f1(s), s.precision(), s.recall(), pages[i].id[:12], pages[i].url)
			if errs[i] != nil {
				fmt.Printf(" (error: %v)", errs[i])
			}
			fmt.Println()
		}
	}

	if *gate && *mode == "newsdesk" {
		var under []string
		if t.F1 < floorF1 {
			under = append(under, fmt.Sprintf("F1 %.4f < %.3f", t.F1, floorF1))
		}
		if t.P < floorPrecision {
			under = append(under, fmt.Sprintf("precision %.4f < %.3f", t.P, floorPrecision))
		}
		if t.R < floorRecall {
			under = append(under, fmt.Sprintf("recall %.4f < %.3f", t.R, floorRecall))
		}
		if len(under) > 0 {
			fmt.Println("aeb: FAIL:", strings.Join(under, "; "))
			os.Exit(1)
		}
		fmt.Println("aeb: gate passed")
	}
}

// findData walks up from the working directory looking for shared/eval/aeb
// beside the repository root.
func findData() string {
	if p := evaldata.Find("aeb/ground-truth.json"); p != "" {
		return filepath.Dir(p)
	}
	return ""
}

func load(dir string) ([]page, error) {
	gold, err := evaldata.AEBGold(dir)
	if err != nil {
		return nil, err
	}
	pages := make([]page, 0, len(gold))
	for _, g := range gold {
		b, err := readGz(filepath.Join(dir, "html", g.ID+".html.gz"))
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			return nil, err
		}
		pages = append(pages, page{index: len(pages), id: g.ID, url: g.URL, gold: g.Body, html: b})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("no pages found in %s", dir)
	}
	return pages, nil
}

func readGz(path string) ([]byte, error) {
	f, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}
