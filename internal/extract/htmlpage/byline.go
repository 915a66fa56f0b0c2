package htmlpage

import (
	"strings"
	"unicode/utf8"
)

// chooseTitle picks the page's headline. The extractor's guess (extracted)
// is usually right, but on some pages it takes a section heading ("Allergies
// Health Center"), a greeting in the sidebar ("Hi, I'm Nicolas.") or one
// half of a title written with a dash. The page's own <title>, og:title and
// first <h1> are the witnesses it is checked against. names are the outlet
// and the hosts the page is known by.
func (m *pageMeta) chooseTitle(extracted string, names ...string) string {
	if extracted == "" {
		return m.bestTitle()
	}
	docTitle := stripSiteSuffix(m.title, m.siteName)
	sites := append([]string{m.siteName}, names...)
	// The visible headline and the <title> agree, and the guess is
	// neither: the guess came from elsewhere on the page. The <title>
	// keeps the punctuation a kicker and headline lose when the <h1>'s
	// spans are read as one line.
	if h := normText(m.h1); h != "" && h != normText(extracted) && wordCount(m.h1) >= 3 {
		switch h {
		case normText(docTitle):
			return docTitle
		case normText(m.title):
			return m.title
		}
	}
	// The guess is a short phrase that neither the <title> nor og:title
	// contains, while they hold a longer headline once the site's name is
	// taken off: trust them.
	if g := normText(extracted); g != "" && !strings.Contains(normText(m.title), g) && !strings.Contains(normText(m.ogTitle), g) {
		alt := stripOutletName(m.bestTitle(), sites...)
		if wordCount(extracted) <= 5 && wordCount(alt) >= 3 && wordCount(alt) > wordCount(extracted) {
			return alt
		}
	}
	// The guess is the tail of an og:title written "Head - Tail" whose
	// head is a real part of the headline, not the site's name. (A <title>
	// often starts with the site's name, so only og:title is read so.)
	if whole, ok := tailOf(m.ogTitle, extracted, sites); ok {
		return whole
	}
	return extracted
}

// tailOf reports whether part is what follows a dash or bar in full, with
// a head of three words or more that does not name the site; it returns
// full with a trailing site name taken off.
func tailOf(full, part string, names []string) (string, bool) {
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		i := strings.Index(full, sep)
		if i <= 0 {
			continue
		}
		head, tail := full[:i], full[i+len(sep):]
		if normText(tail) != normText(part) || wordCount(head) < 3 || namesSite(head, names) {
			continue
		}
		return strings.TrimSpace(full), true
	}
	return "", false
}

// namesSite reports whether s is the site's name (or a host's first label)
// rather than words of a headline.
func namesSite(s string, names []string) bool {
	t := normText(s)
	for _, n := range names {
		if k := siteKey(n); len(k) >= 3 && (t == k || wordCount(s) <= 3 && strings.Contains(t, k)) {
			return true
		}
	}
	return false
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// shareWords are the buttons that extractors sometimes read into a byline
// ("Alex Perry SHARE SHARE TWEET SHARE EMAIL").
var shareWords = map[string]bool{
	"share": true, "tweet": true, "email": true, "e-mail": true, "print": true, "comment": true,
	"comments": true, "facebook": true, "twitter": true, "whatsapp": true, "linkedin": true, "follow": true,
}

// placeholderAuthors are values of author fields that name no one: form
// labels, template defaults, headings and the word "author" itself.
var placeholderAuthors = map[string]bool{
	"username": true, "user": true, "admin": true, "administrator": true, "author": true, "authors": true,
	"by": true, "unknown": true, "authoritycontrol": true, "作者": true, "autor": true, "auteur": true,
	"autore": true, "writer": true, "name": true, "yourname": true, "null": true, "undefined": true,
}

// cleanAuthor drops share buttons from the end of a byline and refuses a
// placeholder; it returns "" when nothing is left.
func cleanAuthor(s string) string {
	f := strings.Fields(s)
	for len(f) > 0 && shareWords[strings.ToLower(strings.Trim(f[len(f)-1], ".,:;|"))] {
		f = f[:len(f)-1]
	}
	s = strings.Join(f, " ")
	if placeholderAuthors[normText(s)] || utf8.RuneCountInString(s) > 120 {
		return ""
	}
	return s
}

// chooseAuthor prefers the extractor's byline and falls back on the
// author the page declares in its metadata.
func (m *pageMeta) chooseAuthor(extracted string) string {
	if a := cleanAuthor(extracted); a != "" {
		return a
	}
	return cleanAuthor(m.author)
}
