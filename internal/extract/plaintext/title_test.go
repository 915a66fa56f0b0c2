package plaintext

import (
	"strings"
	"testing"
)

// titleAt runs the metadata reader on page with the line model's decision
// fixed: the article starts at the non-empty line first and runs to the
// end. It returns the title and its line index, so that the title rules
// are checked apart from what the model learned.
func titleAt(t *testing.T, page string, first int) (string, int) {
	t.Helper()
	ls := splitLines(page)
	if first < 0 || first >= len(ls) {
		t.Fatalf("first line %d of a page of %d lines", first, len(ls))
	}
	features(ls) // sets the token flags findTitle reads
	keep := make([]bool, len(ls))
	for i := first; i < len(ls); i++ {
		keep[i] = true
	}
	var r Result
	ti, _ := readMeta(&r, ls, keep, "")
	return r.Title, ti
}

// indexOf returns the index of the first non-empty line of page that is s.
func indexOf(t *testing.T, page, s string) int {
	t.Helper()
	for i, l := range splitLines(page) {
		if l.text == s {
			return i
		}
	}
	t.Fatalf("no line %q in the page", s)
	return -1
}

// bodyLines is a short article: three paragraphs of prose.
var bodyLines = []string{
	"The city council voted on Tuesday to close the old harbour bridge for repairs that will take most of next year, the mayor said.",
	"Engineers found cracks in two of the bridge's supports during an inspection in the spring, and traffic has been limited since then.",
	"A ferry service will run every twenty minutes while the bridge is closed, and the council said fares would be kept low for residents.",
}

// storyLines is a longer article, long enough for the line model to find
// it among the page's furniture.
var storyLines = []string{
	"The harbour bridge will close to all traffic for a year from March so that engineers can replace two of its cracked supports, the city council said on Tuesday.",
	"The council voted by 31 votes to 12 to approve the repairs, which are expected to cost about 40 million euros and will be paid for partly by the regional government.",
	"Engineers found the cracks during an inspection last spring, and lorries heavier than 7.5 tonnes have been banned from the bridge since then.",
	"\"We cannot keep the bridge open and make it safe at the same time,\" the mayor told reporters after the vote. \"A year is a long time, but the alternative is worse.\"",
	"A ferry will run every twenty minutes between the two banks while the bridge is closed, and residents will pay half the usual fare.",
	"Shop owners in the old town said they feared losing customers. \"Half of our trade comes across that bridge,\" said the head of the local traders' association.",
	"The bridge, which opened in 1932, carries about 25,000 vehicles a day. It was last closed for repairs in 1987, for six weeks.",
	"The opposition said the council had known about the problem for years and should have acted sooner, a charge the mayor rejected.",
}

// menu returns n lines of site navigation: sections, two-word links and
// share buttons, none of them headline-shaped.
func menu(n int) []string {
	items := []string{"Home", "News", "World", "Sport", "Business", "Local News", "Weather", "Culture", "Opinion",
		"Video", "Travel Guide", "Podcasts", "Science", "Health", "Share", "Facebook", "Twitter", "Email", "Newsletters", "Contact Us"}
	out := make([]string, n)
	for i := range out {
		out[i] = items[i%len(items)]
	}
	return out
}

func joinPage(parts ...[]string) string {
	var all []string
	for _, p := range parts {
		all = append(all, p...)
	}
	return strings.Join(all, "\n")
}

// TestTitleSectionSuffix checks that a <title>-like first line loses, with
// the site's name, the one-word section and the date written between it and
// the headline.
func TestTitleSectionSuffix(t *testing.T) {
	for _, c := range []struct{ first, want string }{
		{"Prefeitura anuncia novo plano de mobilidade urbana para a zona leste - 21/12/2018 - Cotidiano - Folha", "Prefeitura anuncia novo plano de mobilidade urbana para a zona leste"},
		{"Prefeitura anuncia novo plano de mobilidade urbana - Cotidiano - Folha", "Prefeitura anuncia novo plano de mobilidade urbana"},
		// a short headline is no dateline when its date is in the suffix
		{"Prefeitura anuncia novo plano de mobilidade urbana - 21/12/2018 - Cotidiano - Folha", "Prefeitura anuncia novo plano de mobilidade urbana"},
		{"Stadtrat beschließt die Sperrung der alten Brücke - 21. 12. 2018 - Lokales - Kurier", "Stadtrat beschließt die Sperrung der alten Brücke"},
		{"Council votes to close the old harbour bridge - 2018 12 21 - Example Times", "Council votes to close the old harbour bridge"},
		// a question is no section name
		{"Council votes to close the old harbour bridge - Why? - Example Times", "Council votes to close the old harbour bridge - Why?"},
	} {
		page := joinPage([]string{c.first, "Subscribe", "Log in"}, bodyLines)
		got, ti := titleAt(t, page, 3)
		if got != c.want || ti != 0 {
			t.Errorf("first line %q: title %q (line %d), want %q (line 0)", c.first, got, ti, c.want)
		}
	}
}

func TestDateLike(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"21/12/2018", true},
		{"2018-12-21", true},
		{"21.12.2018", true},
		{"21. 12. 2018", true},
		{"2018 12 21", true},
		{"12/1", false}, // too few digits for a date
		{"21 Dec 2018", false},
		{"Esporte", false},
		{"10:30", false},
		{"", false},
	} {
		if got := dateLike(c.in); got != c.want {
			t.Errorf("dateLike(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	// a date written with spaces is several words, and goes only as a date
	for in, want := range map[string]string{
		"Stadtrat beschließt die Sperrung der alten Brücke - 21. 12. 2018": "Stadtrat beschließt die Sperrung der alten Brücke",
		"Council votes to close the old harbour bridge - 2018 12 21":       "Council votes to close the old harbour bridge",
		"Council votes to close the old harbour bridge - 21 Dec 2018":      "Council votes to close the old harbour bridge - 21 Dec 2018",
	} {
		if got := stripSectionSuffix(in); got != want {
			t.Errorf("stripSectionSuffix(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTitleEchoFarAbove checks the look-back window: the <title>'s
// headline shown again at the top of the page, more than 60 lines of
// navigation above the article, is still the title. The first line gives
// the same words once stripped, so the line index is what tells the echo
// won.
func TestTitleEchoFarAbove(t *testing.T) {
	headline := "Council votes to close the old harbour bridge"
	for _, gap := range []int{70, 120, 190} {
		page := joinPage([]string{headline + " - Example Times"}, menu(8), []string{headline}, menu(gap-1), bodyLines)
		first := len(splitLines(page)) - len(bodyLines)
		echo := indexOf(t, page, headline)
		if first-echo != gap {
			t.Fatalf("gap %d: the headline is %d lines above the text", gap, first-echo)
		}
		got, ti := titleAt(t, page, first)
		if got != headline || ti != echo {
			t.Errorf("gap %d: title %q (line %d), want %q (line %d)", gap, got, ti, headline, echo)
		}
	}
}

// TestTitleEchoBelowStart checks the look-below loop: when the article is
// taken to start on furniture a few lines above the headline, a
// word-for-word repeat of the <title>'s headline up to 15 lines further
// down is the title (checked by its index, as the first line gives the
// same words).
func TestTitleEchoBelowStart(t *testing.T) {
	headline := "Council votes to close the old harbour bridge"
	furniture := []string{"Photo: Jane Doe / Example Times", "Share this article", "Facebook", "Twitter", "Email",
		"Listen to this story", "Print", "Save for later", "Comments", "Text size", "Follow us", "Newsletter",
		"Most read", "Reading time: 3 minutes", "Advertisement"}
	for _, below := range []int{2, 7, 15} {
		page := joinPage([]string{headline + " - Example Times", "Home", "News", "Local News"},
			furniture[:below], []string{headline}, bodyLines)
		first := 4
		echo := indexOf(t, page, headline)
		if echo-first != below {
			t.Fatalf("below %d: the headline is %d lines below the start", below, echo-first)
		}
		got, ti := titleAt(t, page, first)
		if got != headline || ti != echo {
			t.Errorf("below %d: title %q (line %d), want %q (line %d)", below, got, ti, headline, echo)
		}
	}
}

// TestTitleEchoAmongMenusInline is the self-contained form of
// TestTitleEchoAmongMenus: the <title> line atop the page ("Headline -
// Site") shown again word for word among the navigation, far above the
// text, is the title; a player notice repeated next to the text and a
// caption sharing some of the headline's words are not.
func TestTitleEchoAmongMenusInline(t *testing.T) {
	headline := "Harbour bridge to close for a year of repairs"
	notice := "Media playback is unsupported on your device"
	page := joinPage(
		[]string{headline + " - Example News", "Homepage", "Accessibility links", "Skip to content"},
		menu(40),
		[]string{"Europe", headline, "21 November 2019", "Share this with Facebook", "Share this with Twitter", "Share this with Email"},
		menu(30),
		[]string{"Media caption Why the harbour bridge has to close for a year", notice},
		storyLines[:3],
		[]string{notice, "Media caption The ferry that will replace the bridge"},
		storyLines[3:],
		[]string{"Related Topics", "Local News", "Share this story", "More on this story"},
	)
	echo := indexOf(t, page, headline)
	// with the start fixed at the first paragraph and with the line
	// model's own start
	first := indexOf(t, page, storyLines[0])
	if got, ti := titleAt(t, page, first); got != headline || ti != echo {
		t.Errorf("start fixed: title %q (line %d), want %q (line %d)", got, ti, headline, echo)
	}
	if r := Extract(page, ""); r.Title != headline {
		t.Errorf("Extract (the line model's start): title %q, want %q", r.Title, headline)
	}
}
