package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGroupThreshold(t *testing.T) {
	for _, tc := range []struct {
		m    int
		want float64
	}{
		{1, 0.2}, {2, 0.4}, {4, 0.5}, {1000, 0.5996},
	} {
		if got := groupThreshold(0.2, 0.6, tc.m); got < tc.want-1e-3 || got > tc.want+1e-3 {
			t.Errorf("groupThreshold(0.2, 0.6, %d) = %.4f, want %.4f", tc.m, got, tc.want)
		}
	}
}

// ecbDocs reads the ECB+ documents of one split, or skips.
func ecbDocs(t *testing.T, split string) []Doc {
	t.Helper()
	path := filepath.Join(filepath.Dir(repoRoot(t)), "shared", "eval", "ecbplus", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("skipped: ../shared/eval/ecbplus missing (needs the shared evaluation data next to the repo)")
	}
	defer f.Close()
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct {
			Split     string   `json:"split"`
			Sentences []string `json:"sentences"`
		}
		if json.Unmarshal(sc.Bytes(), &d) == nil && d.Split == split && len(d.Sentences) > 0 {
			docs = append(docs, Doc{ID: fmt.Sprint(len(docs)), Title: d.Sentences[0], Text: strings.Join(d.Sentences, "\n")})
		}
	}
	return docs
}

// The final stories hardly depend on the order the articles came in: the
// same collection in file order and in a shuffled order puts nearly every
// pair of articles on the same side (together or apart).
func TestFinishIsNearlyOrderIndependent(t *testing.T) {
	docs := ecbDocs(t, "dev")
	a := Run(docs, DefaultConfig())
	perm := rand.New(rand.NewPCG(7, 7)).Perm(len(docs))
	shuffled := make([]Doc, len(docs))
	for i, p := range perm {
		shuffled[i] = docs[p]
	}
	bs := Run(shuffled, DefaultConfig())
	b := make([]Assignment, len(docs))
	for i, p := range perm {
		b[p] = bs[i]
	}
	pairs, differ := 0, 0
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			pairs++
			if (a[i].Story == a[j].Story) != (b[i].Story == b[j].Story) {
				differ++
			}
		}
	}
	share := float64(differ) / float64(pairs)
	t.Logf("%d of %d pairs differ", differ, pairs)
	if share > 0.01 {
		t.Errorf("%d of %d article pairs (%.1f%%) grouped differently in another order, want at most 1%%",
			differ, pairs, 100*share)
	}
}

func TestMainYear(t *testing.T) {
	y := func(s string) uint64 { return hashString(kindYear, s) }
	for _, tc := range []struct {
		name string
		f    []Feature
		want int
	}{
		{"none", []Feature{{hashString(kindNumber, "12"), 1}}, 0},
		{"one", []Feature{{y("2008"), 0.5}, {hashString(kindNumber, "12"), 1}}, 2008},
		{"dominant", []Feature{{y("2008"), 0.8}, {y("1999"), 0.2}}, 2008},
		{"split", []Feature{{y("2008"), 0.5}, {y("2012"), 0.5}}, 0},
	} {
		v := newSparse(tc.f)
		if got := mainYear(&v); got != tc.want {
			t.Errorf("%s: mainYear = %d, want %d", tc.name, got, tc.want)
		}
	}
}
