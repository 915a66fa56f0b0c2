package stories

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"newsdesk/internal/extract"
	"newsdesk/internal/model"
)

// samplePages extracts the bundled sample pages.
func samplePages(t testing.TB) []*model.Article {
	t.Helper()
	files, err := filepath.Glob("../../samples/kursk/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("sample pages: %v (%d files)", err, len(files))
	}
	sort.Strings(files)
	var arts []*model.Article
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(context.Background(), extract.Input{Path: "samples/kursk/" + filepath.Base(f), Data: data})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		a.ID = int64(i + 1)
		arts = append(arts, a)
	}
	return arts
}
