package claim

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/extract"
	"newsdesk/internal/model"
)

// repoRoot is the repository root, where samples/ lives.
func repoRoot(t testing.TB) string {
	root, err := evaldata.RepoRoot()
	if err != nil {
		t.Skip("skipped:", err)
	}
	return root
}

// samplePages extracts the bundled sample pages with the real extractor.
func samplePages(t testing.TB) map[string]*model.Article {
	files, _ := filepath.Glob(filepath.Join(repoRoot(t), "samples", "kursk", "*.txt"))
	if len(files) == 0 {
		t.Fatal("samples/kursk is missing: the sample pages ship with the repository")
	}
	out := map[string]*model.Article{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(context.Background(), extract.Input{Path: f, Data: data})
		if err != nil {
			t.Fatalf("extracting %s: %v", f, err)
		}
		out[filepath.Base(f)[:3]] = a
	}
	return out
}

// TestSamplePages checks the claims the task asks for on the five sample
// pages (issue 3). Figures the extractor dropped, or furniture it kept, are
// reported as skips that name the extraction problem, not as claim failures.
func TestSamplePages(t *testing.T) {
	pages := samplePages(t)
	rows := []struct {
		page      string
		value     float64
		qualifier string
		speakers  []string // any of these (substring); nil = no speaker
		date      string
		needle    string // text of the sentence, to tell extraction losses apart
	}{
		{"000", 10000, "approx", []string{"Blinken", "U.S."}, "", "around 10,000 North Korean soldiers"},
		{"000", 8000, "exact", []string{"Blinken"}, "", "8,000 of these North Korean forces"},
		{"000", 3000, "lower", []string{"White House"}, "2024-10-25", "more than 3,000 soldiers"},
		{"001", 10000, "approx", []string{"Department of Defense"}, "2024-10-28", "according to the US Department of Defense"},
		{"002", 10000, "approx", []string{"Blinken"}, "2024-10-31", "approximately 10,000 North Korean troops"},
		{"002", 8000, "upper", []string{"Blinken"}, "2024-10-31", "up to 8,000 of these"},
		{"003", 12000, "upper", nil, "2024-10-23", "up to 12,000 soldiers"},
		{"003", 6000, "exact", []string{"Ukraine"}, "", "totaling 6,000 troops"},
		{"004", 10000, "approx", []string{"Singh", "Pentagon"}, "", "around 10,000"},
	}
	var skipped []string
	for _, r := range rows {
		a := pages[r.page]
		if a == nil {
			t.Errorf("page %s missing", r.page)
			continue
		}
		claims := FromArticle(a)
		var cands []model.Claim
		for _, c := range claims {
			if c.Value != nil && *c.Value == r.value && c.Qualifier == r.qualifier {
				cands = append(cands, c)
			}
		}
		if !strings.Contains(a.Text, r.needle) {
			skipped = append(skipped, r.page+": the extracted text lacks "+strconv.Quote(r.needle)+" (extraction dropped the sentence)")
			continue
		}
		if len(cands) == 0 {
			t.Errorf("page %s: no %s claim of %v in%s", r.page, r.qualifier, r.value, dump(claims))
			continue
		}
		ok, dateOK := false, false
		for _, c := range cands {
			if !speakerMatches(c.Speaker, r.speakers) {
				continue
			}
			ok = true
			if r.date == "" || c.AsOfString() == r.date {
				dateOK = true
			}
		}
		switch {
		case !ok:
			t.Errorf("page %s: %v %s: no candidate with speaker %v:%s", r.page, r.value, r.qualifier, r.speakers, dump(cands))
		case !dateOK && a.Published.IsZero():
			skipped = append(skipped, r.page+": as-of "+r.date+" not checked, the extractor found no publication date")
		case !dateOK:
			t.Errorf("page %s: %v %s: as_of want %s:%s", r.page, r.value, r.qualifier, r.date, dump(cands))
		}
	}
	// figures from menus and link lists must not appear (the extractor
	// drops those lines; the claim stage must not bring them back)
	for page, a := range pages {
		for _, c := range FromArticle(a) {
			if c.Value == nil {
				continue
			}
			switch v := *c.Value; {
			case v == 500 && strings.Contains(c.Counted, "Bitcoin"), v == 35e6, v == 100000, v == 30000:
				skipped = append(skipped, page+": the extracted text keeps page furniture: "+c.Sentence)
			}
		}
	}
	if len(skipped) > 0 {
		// The samples ship with the repository and the real extractor runs
		// on them, so an extraction problem is a failure, not a skip.
		t.Errorf("extraction problems on the sample pages:\n  %s", strings.Join(skipped, "\n  "))
	}
}

func speakerMatches(got string, want []string) bool {
	if want == nil {
		return got == ""
	}
	for _, w := range want {
		if strings.Contains(got, w) {
			return true
		}
	}
	return false
}

// TestSampleSpeakers checks speakers carried across sentences on the sample
// pages: a role alone, a pronoun and a surname resolve to the full name
// given earlier in the article.
func TestSampleSpeakers(t *testing.T) {
	pages := samplePages(t)
	rows := []struct {
		page, verbContext, want string
	}{
		{"002", "said the US Secretary of State", "Antony Blinken"},
		{"002", "Blinken continued", "Antony Blinken"},
		{"004", "She declined to confirm", "Sabrina Singh"},
		{"004", "Singh added", "Sabrina Singh"},
		{"003", "Budanov stated", "Kyrylo Budanov"},
		{"003", "He stated, \"All of us", "Volodymyr Zelensky"},
		{"001", "according to Rutte", "Mark Rutte"},
	}
	var skipped []string
	for _, r := range rows {
		a := pages[r.page]
		at := strings.Index(a.Text, r.verbContext)
		if at < 0 {
			skipped = append(skipped, r.page+": extracted text lacks "+strconv.Quote(r.verbContext))
			continue
		}
		an := analyse(a.Text)
		found := false
		for _, p := range an.paras {
			for i, c := range p.cues {
				off := p.toks[c.Verb].Start
				if off < at || off >= at+len(r.verbContext) {
					continue
				}
				found = true
				if p.speakers[i].Name != r.want {
					t.Errorf("page %s %q: speaker %q (phrase %q), want %q", r.page, r.verbContext, p.speakers[i].Name, c.Phrase, r.want)
				}
			}
		}
		if !found {
			t.Errorf("page %s: no attribution found in %q", r.page, r.verbContext)
		}
	}
	if len(skipped) > 0 {
		// The samples ship with the repository and the real extractor runs
		// on them, so an extraction problem is a failure, not a skip.
		t.Errorf("extraction problems on the sample pages:\n  %s", strings.Join(skipped, "\n  "))
	}
}
