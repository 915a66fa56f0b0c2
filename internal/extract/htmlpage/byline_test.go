package htmlpage

import "testing"

func TestChooseTitle(t *testing.T) {
	for _, c := range []struct {
		name      string
		meta      pageMeta
		extracted string
		names     []string
		want      string
	}{
		{"guess agrees with the page", pageMeta{title: "Sweden drops probe - BBC News", h1: "Sweden drops probe"}, "Sweden drops probe", nil, "Sweden drops probe"},
		{"section heading taken for the headline",
			pageMeta{title: "Babies Who Eat Peanuts Early May Avoid Allergy", h1: "Allergies Health Center"},
			"Allergies Health Center", nil, "Babies Who Eat Peanuts Early May Avoid Allergy"},
		{"h1 and title agree against a generic og:title",
			pageMeta{title: "Russia: Space ship malfunctions, breaks up over Siberia", ogTitle: "Yahoo News - Latest News & Headlines", h1: "Russia: Space ship malfunctions, breaks up over Siberia"},
			"Yahoo News", nil, "Russia: Space ship malfunctions, breaks up over Siberia"},
		{"kicker and headline run together in the h1: the title's punctuation",
			pageMeta{title: "Interne Unterlagen im Netz: Daten von Rheinmetall gehackt | tagesschau.de", siteName: "tagesschau.de", h1: "Interne Unterlagen im Netz Daten von Rheinmetall gehackt"},
			"Daten von Rheinmetall gehackt - Interne Unterlagen im Netz", nil, "Interne Unterlagen im Netz: Daten von Rheinmetall gehackt"},
		{"tail of an og:title",
			pageMeta{ogTitle: "How we designed Dropbox’s ATF - an async task framework"},
			"an async task framework", []string{"dropbox.tech"}, "How we designed Dropbox’s ATF - an async task framework"},
		{"tail after the site's name stays",
			pageMeta{ogTitle: "Sportsnet - Nadal keeps Spain alive"},
			"Nadal keeps Spain alive", []string{"sportsnet.ca"}, "Nadal keeps Spain alive"},
		// A head of three words or more is still the site's name when it
		// is the outlet's name or a host's label with a word or two around
		// it: the guess stays, the og:title's site part is not glued on.
		{"tail after a three-word head naming the host stays",
			pageMeta{ogTitle: "Sportsnet Tennis News - Nadal keeps Spain alive"},
			"Nadal keeps Spain alive", []string{"sportsnet.ca"}, "Nadal keeps Spain alive"},
		{"tail after the outlet's full name stays",
			pageMeta{ogTitle: "The Sydney Morning Herald | Ferry service suspended for a week"},
			"Ferry service suspended for a week", []string{"The Sydney Morning Herald", "smh.com.au"}, "Ferry service suspended for a week"},
		{"tail after a head that only mentions the host in a longer headline is joined",
			pageMeta{ogTitle: "Why Sportsnet dropped its tennis coverage - a memo to staff"},
			"a memo to staff", []string{"sportsnet.ca"}, "Why Sportsnet dropped its tennis coverage - a memo to staff"},
		{"a two-letter host label inside a word does not name the site",
			pageMeta{ogTitle: "Draft budget passes - what it means for you"},
			"what it means for you", []string{"ft.com"}, "Draft budget passes - what it means for you"},
		{"a title that is only the site's name once stripped does not win",
			pageMeta{title: "blog | Echte Demokratie Jetzt! Occupy", h1: "Echte Demokratie Jetzt! Occupy"},
			"Liebe Menschen Europas", []string{"echte-demokratie-jetzt.de"}, "Liebe Menschen Europas"},
		{"a long guess is kept", pageMeta{title: "Something else entirely here"}, "The mayor resigned after six years in office", nil, "The mayor resigned after six years in office"},
		{"no guess", pageMeta{title: "Headline words here - Site", siteName: "Site"}, "", nil, "Headline words here"},
	} {
		if got := c.meta.chooseTitle(c.extracted, c.names...); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestChooseAuthor(t *testing.T) {
	for _, c := range []struct{ extracted, declared, want string }{
		{"Jeffrey Gettleman", "Someone Else", "Jeffrey Gettleman"},
		{"Username", "", ""},
		{"Username", "Erin Cunningham", "Erin Cunningham"},
		{"作者", "肖春芳", "肖春芳"},
		{"Tech Insider Alex Perry SHARE SHARE TWEET SHARE EMAIL", "", "Tech Insider Alex Perry"},
		{"", "Daniel Kahn Gillmor", "Daniel Kahn Gillmor"},
		{"Admin", "", ""},
		{"Share", "", ""},
	} {
		m := pageMeta{author: c.declared}
		if got := m.chooseAuthor(c.extracted); got != c.want {
			t.Errorf("chooseAuthor(%q) with %q declared: got %q, want %q", c.extracted, c.declared, got, c.want)
		}
	}
}

func TestJSONLDAuthor(t *testing.T) {
	var m pageMeta
	m.addJSONLD(`{"@type":"NewsArticle","author":[{"@type":"Person","name":"Daniel Kahn Gillmor"},{"@type":"Person","name":"A. N. Other"}]}`)
	if m.author != "Daniel Kahn Gillmor; A. N. Other" {
		t.Errorf("JSON-LD author list: got %q", m.author)
	}
	m = pageMeta{}
	m.addJSONLD(`{"@type":"NewsArticle","author":"https://example.org/staff/1"}`)
	if m.author != "" {
		t.Errorf("a URL is not a name: got %q", m.author)
	}
}

// TestMetaAuthor reads the author from the page's meta tags: with no
// byline from the extractor, the declared author is the page's author.
func TestMetaAuthor(t *testing.T) {
	for _, c := range []struct{ name, head, want string }{
		{"meta author", `<meta name="author" content="Erin Cunningham">`, "Erin Cunningham"},
		{"article:author", `<meta property="article:author" content="Jeffrey Gettleman">`, "Jeffrey Gettleman"},
		{"dc.creator", `<meta name="DC.creator" content="Anna Schmidt">`, "Anna Schmidt"},
		{"byl", `<meta name="byl" content="By Keith Bradsher">`, "By Keith Bradsher"},
		{"parsely-author", `<meta name="parsely-author" content="Patrick Shanley">`, "Patrick Shanley"},
		{"sailthru.author", `<meta name="sailthru.author" content="Jane Doe">`, "Jane Doe"},
		{"itemprop author", `<meta itemprop="author" content="Alex Perry">`, "Alex Perry"},
		{"first declaration wins", `<meta name="author" content="Erin Cunningham"><meta name="parsely-author" content="Someone Else">`, "Erin Cunningham"},
		{"a profile URL is no name", `<meta property="article:author" content="https://www.facebook.com/someone">`, ""},
		{"a URL does not block the name after it", `<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Erin Cunningham">`, "Erin Cunningham"},
		{"a placeholder is no name", `<meta name="author" content="admin">`, ""},
		{"no author declared", `<meta name="description" content="A storm flooded the harbour.">`, ""},
	} {
		doc, err := parseForTest("<html><head><title>Storm floods the harbour</title>" + c.head + "</head><body><p>Text.</p></body></html>")
		if err != nil {
			t.Fatal(err)
		}
		m := readMeta(doc)
		if got := m.chooseAuthor(""); got != c.want {
			t.Errorf("%s: chooseAuthor with no byline = %q, want %q", c.name, got, c.want)
		}
	}
}
