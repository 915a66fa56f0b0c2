package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"newsdesk/internal/evaldata"
)

// sharedEval finds ../shared/eval/<name> beside the repository root by
// walking up from the package directory.
func sharedEval(t testing.TB, name string) string {
	return evaldata.Require(t, name)
}

func aebPages(b testing.TB, n int) [][]byte {
	dir := filepath.Join(sharedEval(b, "aeb"), "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		b.Skipf("skipped: no pages in %s", dir)
	}
	sort.Strings(names)
	if n > 0 && len(names) > n {
		names = names[:n]
	}
	var pages [][]byte
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkExtractHTML extracts the AEB pages in parallel (one goroutine
// per GOMAXPROCS); pages/s is b.N pages over the elapsed time.
func BenchmarkExtractHTML(b *testing.B) {
	pages := aebPages(b, 0)
	ctx := context.Background()
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	b.SetBytes(total / int64(len(pages)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			_, _ = Extract(ctx, Input{Data: pages[i%len(pages)]})
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
