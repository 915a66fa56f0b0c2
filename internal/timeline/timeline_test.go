package timeline

import (
	"testing"
	"time"

	"newsdesk/internal/model"
)

func art(id int64, path, published, text string, flags ...string) *model.Article {
	a := &model.Article{ID: id, Path: path, Text: text, Language: "en"}
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			panic(err)
		}
		a.Published, a.PublishedPrecision = t, model.PrecisionDay
	}
	for _, f := range flags {
		a.Flags = append(a.Flags, model.Flag{Name: f})
	}
	return a
}

func TestBuildMergesAndOrdersByEventDate(t *testing.T) {
	a := art(1, "a", "2024-03-10",
		"The storm flooded the coastal town of Marlow on Saturday, officials said.\n"+
			"The mayor declared an emergency on March 1 after heavy rain hit the region for days.\n"+
			"Residents have been without power since March 2.")
	b := art(2, "b", "2024-03-11",
		"Officials said the storm flooded the coastal town of Marlow on Saturday and cut the roads.\n"+
			"Repairs will start next month, the council said.")
	got := Build([]*model.Article{b, a}, Options{})
	if len(got) < 2 {
		t.Fatalf("got %d entries: %+v", len(got), got)
	}
	if got[0].Date.Format("2006-01-02") != "2024-03-01" {
		t.Errorf("first entry on %s, want the earliest event 2024-03-01", got[0].Date.Format("2006-01-02"))
	}
	var flood *Entry
	for i := range got {
		if got[i].Date.Format("2006-01-02") == "2024-03-09" {
			flood = &got[i]
		}
		for _, s := range got[i].Sources {
			if s.Text == "" || s.Path == "" {
				t.Errorf("entry %q has an empty source", got[i].Text)
			}
		}
		if got[i].Text == "Residents have been without power since March 2." {
			t.Errorf("a 'since' date is a background, not a development: %+v", got[i])
		}
	}
	if flood == nil {
		t.Fatalf("no entry for Saturday 2024-03-09: %+v", got)
	}
	if len(flood.Sources) != 2 {
		t.Errorf("the flood is reported by both articles, got sources %+v", flood.Sources)
	}
	if flood.Sources[0].Path != "a" {
		t.Errorf("the earliest report is quoted first, got %s", flood.Sources[0].Path)
	}
}

func TestBuildLedeDatedByPublication(t *testing.T) {
	a := art(1, "a", "2024-05-02", "The central bank raised its main interest rate by half a point to curb inflation.\nAnalysts expected a smaller move.")
	got := Build([]*model.Article{a}, Options{})
	if len(got) != 1 || got[0].Date.Format("2006-01-02") != "2024-05-02" {
		t.Fatalf("want the lede dated by publication, got %+v", got)
	}
	if got[0].Text != "The central bank raised its main interest rate by half a point to curb inflation." {
		t.Errorf("entry text %q is not the verbatim lede", got[0].Text)
	}
}

func TestBuildPrefersNonAISource(t *testing.T) {
	ai := art(1, "ai", "2024-03-10", "The storm flooded the coastal town of Marlow on Saturday, officials said.", model.FlagAIGenerated)
	human := art(2, "human", "2024-03-11", "Officials said the storm flooded the coastal town of Marlow on Saturday.")
	got := Build([]*model.Article{ai, human}, Options{})
	for _, e := range got {
		if e.Date.Format("2006-01-02") == "2024-03-09" && e.Sources[0].Path != "human" {
			t.Errorf("quoted %s, want the page that is not AI-generated", e.Sources[0].Path)
		}
	}
}

func TestBuildUndatedArticle(t *testing.T) {
	if got := Build([]*model.Article{art(1, "a", "", "It happened on Monday, police said.")}, Options{}); len(got) != 0 {
		t.Errorf("an article with no publication date cannot resolve relative dates, got %+v", got)
	}
}
