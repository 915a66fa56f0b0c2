package plaintext

import (
	"math"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// readMeta fills the title, publication date and outlet of r from the
// page's lines and the line model's decisions.
// It returns the title's line index (-1 for none) and the first line of
// the article as the line model found it.
func readMeta(r *Result, lines []line, keep []bool, pageURL string) (titleLine, firstLine int) {
	if len(lines) == 0 {
		r.Outlet = outletFromURL(pageURL)
		return -1, -1
	}
	first, last := -1, -1
	for i, k := range keep {
		if k {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		first, last = 0, len(lines)-1
	}
	slashDayFirst := guessSlashOrder(lines, pageURL)
	hits := make([]*dateHit, len(lines))
	for i := range lines {
		if !lines[i].mayHoldDate() {
			continue
		}
		if h, ok := findDateIn(lines[i].text, slashDayFirst); ok {
			hits[i] = &h
		}
	}
	ti := findTitle(r, lines, hits, first)
	findPublished(r, lines, hits, keep, ti, first, last, pageURL)
	r.Outlet = outletFromURL(pageURL)
	if r.Outlet == "" {
		r.Outlet = outletFromPage(lines)
	}
	return ti, first
}

// mayHoldDate is a cheap test before the date patterns run. Lines of
// more than 24 words are sentences, never datelines (see dateDominated).
func (l *line) mayHoldDate() bool {
	if l.digits < 4 || l.words > 24 {
		return false
	}
	for j, t := range l.tokens {
		if len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) && isNumber(t) {
			return true
		}
		if j >= 2 && len(t) == 2 && isNumber(t) && isNumber(l.tokens[j-1]) && isNumber(l.tokens[j-2]) {
			return true // 01.11.24
		}
	}
	return false
}

// hasMonthName reports whether s names a month, before the (slow)
// month-name patterns run.
func hasMonthName(s string) bool {
	start := -1
	for i, r := range s {
		letter := isTokenRune(r) && (r < '0' || r > '9')
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if _, ok := monthNames[strings.ToLower(s[start:i])]; ok {
				return true
			}
			start = -1
		}
	}
	if start >= 0 {
		_, ok := monthNames[strings.ToLower(s[start:])]
		return ok
	}
	return false
}

// looksDated is the line-model feature: the line holds a year.
func looksDated(l *line) bool {
	for _, t := range l.tokens {
		if len(t) == 4 && isNumber(t) && (t[:2] == "19" || t[:2] == "20") {
			return true
		}
	}
	return false
}

// dateDominated reports whether the date (and its time) is what the line
// is about: a dateline or byline rather than a headline or a sentence
// that mentions a date.
func dateDominated(l *line, h *dateHit) bool {
	rest := l.text[:h.start] + " " + l.text[min(h.end, len(l.text)):]
	n := 0
	for _, t := range strings.Fields(rest) {
		if !hasLetter(t) {
			continue
		}
		w := strings.ToLower(strings.Trim(t, ".,:;|()[]»«-–—"))
		if publishedWords[w] || updatedWords[w] || datelineWords[w] || isZoneLike(t) {
			continue
		}
		n++
	}
	return n <= 8
}

func hasLetter(s string) bool {
	for _, r := range s {
		if isTokenRune(r) && (r < '0' || r > '9') {
			return true
		}
	}
	return false
}

// datelineWords are the small words of datelines and bylines.
var datelineWords = set("at by am pm a.m p.m uhr h um à le de el")

// isZoneLike reports an all-capital word of 2-4 letters (EST, GMT, HKT).
func isZoneLike(t string) bool {
	t = strings.Trim(t, ".,:;|()[]")
	if len(t) < 2 || len(t) > 4 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

var (
	publishedWords = set("published publish posted date dated on publicado publicada publié publiée veröffentlicht veröffentlichung pubblicato gepubliceerd publicerad yayınlanma yayın tarihi opublikowano")
	updatedWords   = set("updated update modified last edited aktualisiert actualizado actualizada atualizado aggiornato bijgewerkt uppdaterad güncelleme güncellendi zaktualizowano")
)

// findPublished picks the publication date: a dateline or byline near the
// start of the article, preferring "published" over "updated". Dates in
// other stories' headlines, in link lists after the article, or in a page
// header clock when a dateline exists lose; with no good candidate the
// date stays empty rather than wrong.
func findPublished(r *Result, lines []line, hits []*dateHit, keep []bool, ti, first, last int, pageURL string) {
	start := first
	if ti >= 0 && ti < start {
		start = ti
	}
	ud, hasURLDate := urlDate(pageURL)
	bestScore := -1.0
	var best *dateHit
	bestLine := -1
	for i, h := range hits {
		if h == nil || i == ti {
			continue
		}
		l := &lines[i]
		if !dateDominated(l, h) || l.colonEnd || strings.Contains(l.text, "(@") {
			continue // a comment's "X on May 2, 2019 said:", a tweet's signature
		}
		score := 0.0
		for _, t := range l.tokens {
			if publishedWords[t] {
				score += 3
				break
			}
		}
		for _, t := range l.tokens {
			if updatedWords[t] {
				score -= 2
				break
			}
		}
		near := i >= first-25 && i <= first+3 || ti > 0 && i >= ti-3 && i <= ti+12
		switch {
		case near:
			score += 3 - 0.05*math.Abs(float64(i-first))
		case i < first:
			score -= 0.3 * float64(first-25-i)
		case i > last+2:
			score -= 6
		default: // inside the article body
			score -= 1
		}
		if ti >= 0 && i > ti {
			score += 1
		}
		if h.minute {
			score += 0.5
		}
		if hasURLDate {
			dd := h.t.Sub(ud).Hours()
			if dd > -36 && dd < 36 {
				score += 3
			} else {
				score -= 3
			}
		}
		if keep[i] && l.words > 12 {
			score -= 2
		}
		if score > bestScore {
			bestScore, best, bestLine = score, h, i
		}
	}
	switch {
	case best != nil:
		r.Published = best.t
		r.PublishedPrecision = "day"
		if best.minute {
			r.PublishedPrecision = "minute"
		}
		r.PublishedSource = lines[bestLine].text
	case hasURLDate:
		r.Published = ud
		r.PublishedPrecision = "day"
		r.PublishedSource = pageURL
	}
}

// guessSlashOrder decides how to read 01/02/2024 on this page: day first
// unless a slashed date on the page proves month first (02/13/2024) or
// the URL's date reads that way.
func guessSlashOrder(lines []line, pageURL string) bool {
	ud, hasURLDate := urlDate(pageURL)
	for i := range lines {
		l := &lines[i]
		if l.digits < 6 || !strings.Contains(l.text, "/") {
			continue
		}
		m := reSlas.FindStringSubmatchIndex(l.text)
		if m == nil {
			continue
		}
		a, b := atoi(l.text, m, 1), atoi(l.text, m, 2)
		switch {
		case a > 12 && b <= 12:
			return true
		case b > 12 && a <= 12:
			return false
		case hasURLDate && a <= 12 && b <= 12:
			if a == int(ud.Month()) && b == ud.Day() && a != b {
				return false
			}
			if b == int(ud.Month()) && a == ud.Day() {
				return true
			}
		}
	}
	return true
}

// findTitle picks the headline: a line of headline shape close before the
// article's first line, favoured when it echoes the page's first line
// (often the HTML <title>) or is repeated on the page. It returns the
// line's index, or -1.
func findTitle(r *Result, lines []line, hits []*dateHit, first int) int {
	n := len(lines)
	// the page's first line is often its <title>: "Headline - Site"
	head0 := stripSiteSuffix(lines[0].text)
	if head0 != lines[0].text {
		head0 = stripSectionSuffix(head0)
	}
	var page0 []string
	for _, t := range lines[0].tokens {
		page0 = append(page0, t)
	}
	if head0 != lines[0].text {
		page0 = page0[:min(len(page0), len(wordSpans(head0)))]
	}
	counts := map[string]int{}
	for i := range lines {
		counts[lines[i].text]++
	}
	shortRun := func(i int) int {
		c := 0
		for j := max(0, i-3); j <= min(n-1, i+3); j++ {
			if j != i && lines[j].words <= 4 && !lines[j].terminal {
				c++
			}
		}
		return c
	}
	bestScore := -1e9
	best := -1
	consider := func(i int) {
		l := &lines[i]
		if l.words < 2 || l.words > 40 || l.urlish || l.copyright || l.colonEnd || l.chars > 300 {
			return
		}
		if hits[i] != nil && dateDominated(l, hits[i]) && !(i == 0 && head0 != l.text && hits[i].start >= len(head0)) {
			return // a dateline; but a <title> line keeps its headline when the date is in the suffix cut off
		}
		score := 0.0
		if i == 0 {
			if head0 != l.text {
				score += 2.5
			} else if !l.terminal && l.words >= 4 && l.words <= 14 && !l.separator && len(l.text) > 0 && l.text[0] >= 'A' && l.text[0] <= 'Z' {
				score += 1.5 // a headline's shape opening the page: "Quake on Iran's Qeshm island leaves 7 dead"
			}
		} else if len(page0) > 0 && !(l.terminal && l.words > 15) {
			// (a long sentence echoing the first line is the lede)
			in := 0
			for _, t := range l.tokens {
				for _, u := range page0 {
					if t == u {
						in++
						break
					}
				}
			}
			p := ratio(in, l.words)
			rc := math.Min(1, ratio(in, len(page0)))
			if p+rc > 0 {
				if f := 2 * p * rc / (p + rc); f >= 0.5 && l.words >= 3 {
					score += 6 * f
				}
			}
			if in == l.words && l.words == len(page0) && l.words >= 3 && slices.Equal(l.tokens, page0) {
				// the page's <title> shown again as the headline: menus
				// around it and the distance to the text matter less
				score += 4
			}
		}
		if counts[l.text] > 1 {
			score += 1
		}
		d := first - i
		if d < 0 {
			d = -d
		}
		score += 3 - 1.2*math.Log1p(float64(d))
		if l.words < 3 {
			score -= 2
		}
		if l.sentEnds > 1 {
			score -= 2
		}
		if l.words > 20 {
			score -= 0.2 * float64(l.words-20)
		}
		if l.terminal && l.words > 18 {
			score -= 2 // a sentence: the standfirst, not the headline
		}
		kw := 0
		for _, f := range l.flags {
			if f&0x3f != 0 {
				kw++
			}
		}
		score -= 6 * ratio(kw, l.words)
		if hasDottedWord(l.text) && domainLike.MatchString(l.text) {
			score -= 2
		}
		if strings.ContainsAny(l.text, "|›»>#@") || l.separator {
			score -= 1
		}
		score -= 0.5 * float64(shortRun(i))
		if l.bullet || isByline(l) || isBracketed(l) {
			score -= 2
		}
		if score > bestScore {
			bestScore, best = score, i
		}
	}
	consider(0)
	for i := max(1, first-200); i <= min(n-1, first+1); i++ {
		consider(i)
	}
	// The line model may start the text on furniture just above the
	// headline; a word-for-word repeat of the <title>'s headline a few
	// lines further down is still a candidate.
	for i := first + 2; i < min(n, first+16); i++ {
		if len(page0) >= 3 && slices.Equal(lines[i].tokens, page0) {
			consider(i)
		}
	}
	if best < 0 {
		return -1
	}
	t := lines[best].text
	if best == 0 {
		t = head0
	}
	r.Title = strings.TrimSpace(t)
	return best
}

var siteSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}

// stripSiteSuffix removes a trailing " | Site Name" from a <title>-like
// line when the rest is clearly longer.
func stripSiteSuffix(t string) string {
	for _, sep := range siteSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if len(strings.Fields(tail)) <= 5 && len(strings.Fields(head)) >= 3 {
			return strings.TrimSpace(head)
		}
	}
	return t
}

// stripSectionSuffix removes what often stands between a headline and
// the site's name in a <title>: a one-word section and a date ("Tite diz
// que errou … em 2012 - 21/12/2018 - Esporte").
func stripSectionSuffix(t string) string {
	for k := 0; k < 3; k++ {
		cut := false
		for _, sep := range siteSeparators {
			i := strings.LastIndex(t, sep)
			if i <= 0 {
				continue
			}
			head, tail := t[:i], strings.TrimSpace(t[i+len(sep):])
			if len(strings.Fields(head)) >= 3 && (len(strings.Fields(tail)) == 1 && !strings.ContainsAny(tail, "?!") || dateLike(tail)) {
				t, cut = strings.TrimSpace(head), true
				break
			}
		}
		if !cut {
			break
		}
	}
	return t
}

// dateLike: digits and date punctuation only ("21/12/2018", "2018-12-21").
func dateLike(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '/' || r == '.' || r == '-' || r == ' ':
		default:
			return false
		}
	}
	return digits >= 4
}

var domainLike = regexp.MustCompile(`(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|co\.uk|com\.br|com\.tr|de|fr|es|it|nl|se|ru|in|io|tv|us|uk|ca|au|br|tr|pl|ua)\b`)

// outletFromURL names the outlet by the page's host without "www.".
func outletFromURL(pageURL string) string {
	if pageURL == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "www2.", "m.", "amp.", "mobile."} {
		h = strings.TrimPrefix(h, p)
	}
	return h
}

var (
	reByOutlet = regexp.MustCompile(`(?:translated|published|provided|written|produced) by ((?:[A-Z][\w&.'-]*\s?){1,4})\s*$`)
	reCopy     = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?,?\s*([A-Z][\w&.' -]{1,40}?)(?:\.|,|\s+All rights|\s*$)`)
)

// outletFromPage finds the outlet's name in the page itself: a site name
// written as a domain near the top, a "- Site" suffix on the first line,
// a "translated by Site" credit or a copyright line.
func outletFromPage(lines []line) string {
	for i := 0; i < min(len(lines), 12); i++ {
		l := &lines[i]
		if l.words > 8 {
			continue
		}
		if m := domainLike.FindString(l.text); m != "" && !strings.Contains(strings.ToLower(l.text), "http") {
			return m
		}
	}
	if s := stripSiteSuffix(lines[0].text); s != lines[0].text {
		tail := strings.TrimSpace(lines[0].text[len(s):])
		tail = strings.TrimSpace(strings.TrimLeft(tail, "|-–—:·«»"))
		if tail != "" {
			return tail
		}
	}
	for i := range lines {
		if !strings.Contains(lines[i].text, "d by ") {
			continue
		}
		if m := reByOutlet.FindStringSubmatch(lines[i].text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	for i := len(lines) - 1; i >= max(0, len(lines)-40); i-- {
		if !lines[i].copyright {
			continue
		}
		if m := reCopy.FindStringSubmatch(lines[i].text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// hasDottedWord reports a '.' between two letters or digits ("site.com"),
// before the domain pattern runs.
func hasDottedWord(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '.' && s[i-1] != ' ' && s[i+1] != ' ' && s[i+1] != '.' {
			return true
		}
	}
	return false
}
