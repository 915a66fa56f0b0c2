package plaintext

import (
	"strings"
	"testing"
)

func TestIsCommentsHeading(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"34 Comments", true},
		{"34 responses to “Coach says the team needed the win”", true},
		{"Leave a comment", true},
		{"Join the discussion", true},
		{"Kommentare", true},
		{"Comments from officials were not immediately available.", false},
		{"The mayor declined to comment on the plan for the new bridge", false},
		{"Latest News", false},
	} {
		ls := splitLines(tc.text)
		if len(ls) != 1 {
			t.Fatalf("%q: %d lines", tc.text, len(ls))
		}
		features(ls) // sets token flags
		if got := isCommentsHeading(&ls[0]); got != tc.want {
			t.Errorf("isCommentsHeading(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestCommentsPrior(t *testing.T) {
	page := strings.Join([]string{
		"Headline of the story",
		"The council voted on Tuesday to close the old bridge for repairs that will take most of next year.",
		"12 Comments",
		"reader42 says:",
		"This is the best decision the council has made in a very long time, and it is overdue.",
	}, "\n")
	ls := splitLines(page)
	rows := features(ls)
	pr := make([]float64, len(ls))
	priors(ls, rows, pr)
	for i, want := range []bool{false, false, false, true, true} {
		if got := pr[i] < 0; got != want {
			t.Errorf("line %d %q: prior %.1f, want penalised=%v", i, ls[i].text, pr[i], want)
		}
	}
	// no heading before the article has begun: nothing penalised
	ls = splitLines("12 Comments\n" + ls[1].text + "\n" + ls[4].text)
	rows = features(ls)
	pr = make([]float64, len(ls))
	priors(ls, rows, pr)
	for i, p := range pr {
		if p != 0 {
			t.Errorf("comment heading before the article: line %d prior %.1f, want 0", i, p)
		}
	}
}

func TestEchoes(t *testing.T) {
	mk := func(s string) *line {
		ls := splitLines(s)
		if len(ls) != 1 {
			t.Fatalf("splitLines(%q) gave %d lines", s, len(ls))
		}
		return &ls[0]
	}
	title := mk("USA: North Korea has sent 10,000 soldiers")
	if !echoes(mk("North Korea has sent around 10,000 soldiers to Russia to fight in Ukraine in the coming weeks, officials said."), title) {
		t.Error("a lede restating the headline is not an echo")
	}
	if echoes(mk("Sign up for our weekly newsletter and get the best stories delivered to your inbox every morning."), title) {
		t.Error("an unrelated teaser counts as an echo")
	}
}
