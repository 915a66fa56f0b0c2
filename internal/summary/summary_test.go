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

func TestBackground(t *testing.T) {
	pub := time.Date(2008, 12, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text      string
		published time.Time
		want      bool
	}{
		{"Last month, the navy said it had sunk a pirate mother vessel in the Gulf of Aden.", pub, true},
		{"In 2006, a similar raid freed 14 sailors.", pub, true},
		{"The navy captured 23 pirates on Saturday, officials said.", pub, false},
		{"The trial will open next month in Mombasa.", pub, false},
		{"Last month, the navy said it had sunk a pirate mother vessel.", time.Time{}, true},
		{"On Nov. 18, the navy said it had sunk a pirate mother vessel.", time.Time{}, false}, // no publication date to compare with
		{"Unemployment fell to its lowest level since 2009, the ministry said.", pub, false},  // a later date is a comparison
		{"The company, founded in 1998, cut 500 jobs on Friday.", pub, false},
	}
	for _, tt := range tests {
		if got := background(tt.text, tt.published); got != tt.want {
			t.Errorf("background(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A plain-text page whose title is its whole first sentence keeps that
// lede as a summary candidate, and background loses to the news.
func TestBuildKeepsLedeTitlesAndDemotesBackground(t *testing.T) {
	lede := "The navy captured 23 pirates who attacked a merchant vessel in the Gulf of Aden on Saturday."
	mk := func(id int64, path, text string) *model.Article {
		a := art(id, path, 14, text)
		a.Title = strings.SplitN(text, "\n", 2)[0]
		return a
	}
	got := Build([]*model.Article{
		mk(1, "a", lede+"\nLast month, the navy said it had sunk a pirate mother ship in the Gulf of Aden after a chase.\nThe pirates were handed over to the police in Mumbai, the navy said."),
		mk(2, "b", "The navy said it captured 23 pirates in the Gulf of Aden on Saturday after they attacked a vessel.\nLast month, the navy sank a pirate mother ship in the Gulf of Aden, officials said.\nCommandos seized rifles and a grenade launcher from the pirates."),
	}, Options{})
	if len(got) == 0 || got[0].Text != lede && !strings.Contains(got[0].Text, "captured 23 pirates") {
		t.Fatalf("first summary sentence = %+v, want the lede about the capture", got)
	}
	for i, s := range got {
		if strings.HasPrefix(s.Text, "Last month") && i < len(got)-1 {
			t.Errorf("background sentence ranked %d: %q in %+v", i, s.Text, got)
		}
	}
}
