package summary

import (
	"strings"
	"testing"
	"time"

	"newsdesk/internal/model"
)

func art(id int64, path string, day int, text string, flags ...string) *model.Article {
	a := &model.Article{ID: id, Path: path, Text: text, Language: "en", Published: time.Date(2024, 3, day, 0, 0, 0, 0, time.UTC)}
	for _, f := range flags {
		a.Flags = append(a.Flags, model.Flag{Name: f})
	}
	return a
}

var arts = []*model.Article{
	art(1, "a", 10, "A powerful earthquake struck the mountain town of Velden on Sunday, killing at least 12 people.\n"+
		"Rescue teams from three provinces searched collapsed buildings through the night.\n"+
		"Subscribe to our newsletter for more stories like this one every day.\n"+
		"WHAT HAPPENS NEXT FOR THE TOWN?"),
	art(2, "b", 11, "At least 12 people were killed when a powerful earthquake struck the town of Velden on Sunday.\n"+
		"The regional governor said schools would stay closed for a week while engineers inspect them.\n"+
		"Aid agencies sent tents and blankets to families who spent the night outdoors."),
	art(3, "ai", 9, "Experts believe the disaster will change how the region prepares for future tremors forever.\n"+
		"The earthquake in Velden is a reminder of nature's power and unpredictability for everyone.", model.FlagAIGenerated),
}

func TestBuildIsVerbatimCitedAndClean(t *testing.T) {
	got := Build(arts, Options{})
	if len(got) < 3 || len(got) > 6 {
		t.Fatalf("got %d sentences, want 3 to 6: %+v", len(got), got)
	}
	texts := map[string]string{}
	for _, a := range arts {
		texts[a.Path] = a.Text
	}
	for _, s := range got {
		src := texts[s.Path]
		if src[s.Start:s.End] != s.Text {
			t.Errorf("%q is not the span [%d,%d) of %s", s.Text, s.Start, s.End, s.Path)
		}
		low := strings.ToLower(s.Text)
		if strings.Contains(low, "subscribe") || strings.HasSuffix(s.Text, "?") {
			t.Errorf("boilerplate or heading in summary: %q", s.Text)
		}
		if s.Path == "ai" {
			t.Errorf("summary quotes the AI-generated page although better-sourced sentences exist: %q", s.Text)
		}
	}
	// The two reports of the quake agree: one of them leads.
	if !strings.Contains(got[0].Text, "earthquake") {
		t.Errorf("summary does not lead with the agreed event: %q", got[0].Text)
	}
	// No two near-identical sentences.
	for i := range got {
		for j := i + 1; j < len(got); j++ {
			if got[i].Text == got[j].Text {
				t.Errorf("repeated sentence %q", got[i].Text)
			}
		}
	}
}

func TestBuildFallsBackToWeakSources(t *testing.T) {
	got := Build(arts[2:], Options{})
	if len(got) == 0 {
		t.Fatal("a story told only by an AI-generated page still gets a summary")
	}
}

func TestBuildEmpty(t *testing.T) {
	if got := Build(nil, Options{}); got != nil {
		t.Errorf("Build(nil) = %+v", got)
	}
	if got := Build([]*model.Article{art(1, "x", 1, "Short.")}, Options{}); len(got) != 0 {
		t.Errorf("a fragment is no summary: %+v", got)
	}
}
