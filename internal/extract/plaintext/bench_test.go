package plaintext

import (
	"os"
	"path/filepath"
	"testing"

	"newsdesk/internal/evaldata"
)

// evalDir finds ../shared/eval beside the repository root, walking up from
// the package directory; it skips the test when the data is absent.
func evalDir(tb testing.TB) string {
	return filepath.Dir(filepath.Dir(evaldata.Require(tb, "aeb-text/pages")))
}

func loadAebText(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(evalDir(tb), "aeb-text", "pages", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skip("skipped: no aeb-text pages")
	}
	var pages []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	return pages
}

// BenchmarkExtract runs Extract over every aeb-text page; pages/s is
// reported per core (b.RunParallel uses GOMAXPROCS goroutines).
func BenchmarkExtract(b *testing.B) {
	pages := loadAebText(b)
	bytes := 0
	for _, p := range pages {
		bytes += len(p)
	}
	b.SetBytes(int64(bytes / len(pages)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			Extract(pages[i%len(pages)], "")
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
