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
