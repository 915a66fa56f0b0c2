package plaintext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/internal/evaldata"
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

func oneLine(t *testing.T, s string) *line {
	t.Helper()
	ls := splitLines(s)
	if len(ls) != 1 {
		t.Fatalf("splitLines(%q) gave %d lines", s, len(ls))
	}
	features(ls)
	return &ls[0]
}

func TestIsCommentAuthor(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Milan Griffes on September 12, 2018 at 4:47 pm said:", true},
		{"joetoronto says:", true},
		{"Bob. Just Bob. says:", true},
		{"The ministry said:", false}, // a statement quoted in the story
		{"The statement says:", false},
		{"On 12 March 2020 the WHO said:", false},
		{"In a tweet on Jan. 6, 2021, Trump wrote:", false},
		{"In a statement on Monday, the spokesman for the ministry of defence said:", false},
		{"She says the plan will work.", false},
	} {
		if got, _ := isCommentAuthor(oneLine(t, tc.text)); got != tc.want {
			t.Errorf("isCommentAuthor(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIsGluedTeaser(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left the restaurant without paying.", true},
		{"The 4 Best Vegan Spots In Detroit Hoodline crunched the numbers to find the top vegan spots around Detroit.", true},
		{"Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says the risk continues.", false},
		{"Berrien County Health Department officials said Monday the victim was one of two people who contracted it.", false},
		{"Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported", false}, // a headline alone
		{"“The Lord Of The Rings” director Peter Jackson said on Monday that filming would resume.", false},
	} {
		if got := isGluedTeaser(oneLine(t, tc.text)); got != tc.want {
			t.Errorf("isGluedTeaser(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestThreadAndCardPriors checks the two page-level priors: a readers'
// comment thread confirmed by two author lines is out from its first
// author line, and a list of story cards with bylines after the article
// loses its headlines, bylines and time stamps, while a single sign-off
// byline keeps the paragraph above it.
func TestThreadAndCardPriors(t *testing.T) {
	body := "The council voted on Tuesday to close the old bridge for repairs that will take most of next year."
	check := func(name string, page []string, penalised []bool) {
		t.Helper()
		ls := splitLines(strings.Join(page, "\n"))
		rows := features(ls)
		pr := make([]float64, len(ls))
		priors(ls, rows, pr)
		for i, want := range penalised {
			if got := pr[i] < 0; got != want {
				t.Errorf("%s: line %d %q: prior %.1f, want penalised=%v", name, i, ls[i].text, pr[i], want)
			}
		}
	}
	check("thread", []string{
		"Headline of the story", body,
		"Jane on September 12, 2018 at 4:47 pm said:",
		"I think the bridge should have been closed years ago, it was never safe for anyone.",
		"Sam on September 13, 2018 at 9:02 am said:",
	}, []bool{false, false, true, true, true})
	check("one author line is no thread", []string{
		"Headline of the story", body,
		"Jane on September 12, 2018 at 4:47 pm said:",
		"I think the bridge should have been closed years ago, it was never safe for anyone.",
	}, []bool{false, false, false, false})
	check("cards", []string{
		"Headline of the story", body,
		"Mayor opens the new library", "By STAFF WRITER", "11/20/2019 01:14 PM",
		"Storm closes schools", "By REUTERS", "11/20/2019 10:08 AM",
	}, []bool{false, false, true, true, true, true, true, true})
	check("two quoted statements are no thread", []string{
		"Headline of the story", body,
		"The statement says:",
		"We will rebuild the bridge and reopen it to traffic before the end of the coming spring.",
		"The petition says:",
		"We want the bridge rebuilt as it was, with the old stone arches and the lamps restored.",
	}, []bool{false, false, false, false, false, false})
	check("handles need three", []string{
		"Headline of the story", body,
		"joetoronto says:", "Great news for the town, finally someone listened to the people here.",
		"v2787 says:", "About time they did something about that bridge, it was a danger for years.",
		"margoadams says:",
	}, []bool{false, false, true, true, true, true, true})
	check("sentences starting with By are no cards", []string{
		"Headline of the story", body,
		"By Tuesday, the death toll had risen to 40.",
		"Rescue teams were still searching the river banks downstream of the old bridge for survivors.",
		"By midday, hundreds had gathered outside the town hall.",
	}, []bool{false, false, false, false, false})
	check("sign-off", []string{
		"Headline of the story", body, "The work starts in March and the bridge should reopen in spring.", "By Jane Doe",
	}, []bool{false, false, false, false})
}

// A text without a headline opens with its lede; taken as the title, that
// full sentence still stays in the body, while a real headline does not.
func TestLedeTitleStaysInBody(t *testing.T) {
	lede := "A fire that caused more than $1 million in damage to Alaska Gov. Sarah Palin's church in Wasilla, Alaska, may have been set by an arsonist, investigators say."
	page := lede + "\nFlames and smoke were coming from the church on Friday evening when as many as 30 to 40 volunteer firefighters arrived at the three-story structure.\n\"We are definitely treating it as suspicious and as potential arson at this point,\" the fire chief told the newspaper on Saturday.\nInvestigators said they had no leads yet as far as the intent or motive for the fire was concerned.\n"
	r := Extract(page, "")
	if !strings.HasPrefix(r.Text, lede) {
		t.Errorf("the lede was dropped from the body (title %q):\n%s", r.Title, r.Text)
	}
	headline := "Fire damages Palin's church in Wasilla"
	r = Extract(headline+"\n"+page, "")
	if r.Title != headline {
		t.Errorf("title = %q, want the headline %q", r.Title, headline)
	}
	if strings.Contains(r.Text, headline) {
		t.Errorf("the headline %q stayed in the body", headline)
	}
}

// A headline-shaped first line is the title even when a dated line and a
// short body follow, and a body sentence echoing its words is not.
func TestHeadlineFirstLineIsTitle(t *testing.T) {
	headline := "Quake on Iran's Qeshm island leaves 7 dead"
	page := headline + "\n\nPublished: 27 November 2005\n\nAn earthquake hit Qeshm island in southern Iran on Sunday. At least seven people were killed and 40 were injured, state television reported.\n\nThe quake destroyed several villages on the island, which lies in the Strait of Hormuz.\n"
	r := Extract(page, "")
	if r.Title != headline {
		t.Errorf("title = %q, want the headline %q", r.Title, headline)
	}
}

// The <title> line atop a scraped page ("Headline - BBC News") shown again
// as the page's headline, far above the text and among menu lines, is the
// title; a repeated player notice next to the text is not. The page is
// the BBC article of the aeb-text set.
func TestTitleEchoAmongMenus(t *testing.T) {
	dir := evaldata.Require(t, "aeb-text/pages")
	b, err := os.ReadFile(filepath.Join(dir, "c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := Extract(string(b), "")
	if want := "Julian Assange: Sweden drops rape investigation"; r.Title != want {
		t.Errorf("title = %q, want %q", r.Title, want)
	}
}
