package stories

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"newsdesk/internal/cluster"
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

func TestSamplePagesFormOneGroupWithClaims(t *testing.T) {
	arts := samplePages(t)
	groups := Groups(arts, Cluster(arts, cluster.DefaultConfig()))
	if len(groups) != 1 || len(groups[0].Articles) != 5 {
		t.Fatalf("got %d groups, want the five samples in one", len(groups))
	}
	claims, err := AllClaims(context.Background(), arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64][]model.Claim{}
	for i, a := range arts {
		byID[a.ID] = claims[i]
	}
	st := Synthesize(groups[0], byID)
	if len(st.Figures) == 0 || len(st.Timeline) == 0 || len(st.Summary) < 3 {
		t.Errorf("story lacks figures, timeline or summary: %d figures, %d events, %d summary sentences", len(st.Figures), len(st.Timeline), len(st.Summary))
	}
}

func TestEachVisitsEveryIndexOnce(t *testing.T) {
	seen := make([]int, 1000)
	if err := Each(context.Background(), len(seen), func(i int) { seen[i]++ }); err != nil {
		t.Fatal(err)
	}
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("index %d visited %d times", i, n)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Each(ctx, 10, func(int) {}); err == nil {
		t.Error("a cancelled context gives no error")
	}
}
