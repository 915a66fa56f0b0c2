package cluster

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
)

// repoRoot is the repository root, where samples/ lives.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := evaldata.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func readPages(t *testing.T, dir string) []Doc {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	var docs []Doc
	for _, p := range names {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(context.Background(), extract.Input{Path: p, Data: data})
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		docs = append(docs, Doc{ID: p, Title: a.Title, Text: a.Text, Published: a.Published,
			Language: a.Language, Outlet: a.Outlet, URL: a.URL})
	}
	return docs
}

// The five sample pages report one story; mixed with 181 unrelated pages
// they must still form one story, with no intruder.
func TestSamplePagesFormOneStory(t *testing.T) {
	root := repoRoot(t)
	pagesDir := filepath.Join(filepath.Dir(root), "shared", "eval", "aeb-text", "pages")
	if _, err := os.Stat(pagesDir); err != nil {
		t.Skip("skipped: ../shared/eval/aeb-text missing (needs the shared evaluation data next to the repo)")
	}
	kursk := readPages(t, filepath.Join(root, "samples", "kursk"))
	if len(kursk) != 5 {
		t.Fatalf("found %d sample pages, want 5", len(kursk))
	}
	others := readPages(t, pagesDir)
	docs := append(append([]Doc(nil), kursk...), others...)
	got := Run(docs, DefaultConfig())
	story := got[0].Story
	for i := range kursk {
		if got[i].Story != story {
			t.Errorf("sample %s in story %s, first sample in %s", filepath.Base(kursk[i].ID), got[i].Story, story)
		}
	}
	for i := len(kursk); i < len(docs); i++ {
		if got[i].Story == story {
			t.Errorf("unrelated page %s (%q) joined the sample story", filepath.Base(docs[i].ID), docs[i].Title)
		}
	}
}

// The five sample pages alone (a tiny collection, where every word of the
// event is in every article) still form one story.
func TestSamplePagesAloneFormOneStory(t *testing.T) {
	kursk := readPages(t, filepath.Join(repoRoot(t), "samples", "kursk"))
	got := Run(kursk, DefaultConfig())
	for i, a := range got {
		if a.Story != got[0].Story {
			t.Errorf("sample %s in story %s, first sample in %s", filepath.Base(kursk[i].ID), a.Story, got[0].Story)
		}
	}
}
