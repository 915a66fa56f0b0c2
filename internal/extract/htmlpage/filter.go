package htmlpage

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// furniture matches whole lines that are page furniture rather than
// article text: calls to action, newsletter boxes, share bars, related-link
// labels, copyright and reuse notes, reading-time badges. Only short lines
// are tested, so article sentences that merely contain these words stay.
var furniture = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`advertisement`, `advertising`, `anzeige`, `publicidad(?:e)?`, `sponsored(?: content)?`,
	`(?:story )?continues? (?:reading )?below`, `continue reading(?: below| the main story)?\.?`, `story continues below advertisement`,
	`(?:read|see|watch) (?:more|also|next)\b.*`, `(?:related|also read|more|most read|most popular|popular on|trending)(?: (?:news|stories|articles|coverage|posts?|videos?|on \S.*|from \S.*|reading))?\s*(?:(?::|…|\.\.\.).*)?`,
	`\[(?:related|read more|see also)\b.*\]`,
	`you (?:may|might) also (?:like|enjoy|be interested in)\b.*`, `recommended(?: for you)?:?`, `don'?t miss(?:\W*|\s*:.*|(?-i:[A-Z]).*)`,
	`sign up\b.*`, `subscribe\b.*`, `join (?:the |our |over |more than )?[\d,.]+k?\+? (?:other )?(?:readers|subscribers)\b.{0,80}`, `.*\b(?:sign up|subscribe|get|receive|join)\b.*\bnewsletters?\b.*`, `.*\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered)\b.*`, `(?:\S+ ){0,3}newsletters?`, `get (?:the latest|our|access to)\b.*`,
	`thanks? (?:you )?for (?:signing up|subscribing|reading)\b.*`, `sorry[!.]?`, `there was an error (?:processing|loading|submitting|with your)\b.*`, `an error (?:has )?occurred\b.{0,40}`, `please try again\b.{0,30}`,
	`keep an eye on your inbox\b.*`, `(?:follow|like) (?:us|@?\S+(?: \S+)?) on (?:facebook|twitter|instagram|x|youtube|linkedin)\b.*`,
	`.*\bclick here\b.{0,80}`, `share (?:this|on|via|it)\b.*`, `(?:like this story|enjoyed this)\b.*`,
	`(?:©|\(c\)|ⓒ).*`, `copyright\s*(?:©|\(c\)|\d{4}|by\b).*`, `.*\ball rights reserved\b.*`, `.*\ball rights (?:of|to) (?:the|this) \S+(?: \S+)? (?:are|is) reserved\b.*`, `reproduction (?:without|in whole or in part|is (?:not )?(?:allowed|permitted|prohibited))\b.*`, `this (?:copy|material|article) (?:is for your personal|may not be (?:published|reproduced))\b.*`,
	`.*\b\d+\s*(?:min(?:ute)?s?|minutos?|minuten) (?:read|de leitura|lesezeit)\b.*`, `(?:tempo de leitura|reading time|lesezeit)\b.*`,
	`(?:photo|image|picture|video|foto|bild|credit|source)s?\s*(?:credit)?\s*:.{0,120}`, `.*(?:^|/|\(|\s[-–—|]\s)\s*(?:getty images|shutterstock|afp via getty images?)\)?\s*`,
	`\(?(?:reporting|additional reporting|writing|editing) by\b.*`, `.*\bcontributed (?:reporting|to this (?:report|story))\b.*`,
	`write to \S.*\bat \S+@\S+.*`, `\S+@\S+\.\w+`,
	`(?:filed under|tags?|topics?|categories|posted in)\s*:.*`, `_{3,}|-{3,}|\*{3,}|={3,}`,
	`(?:updated|published|posted|last updated|first published)(?: on| at)?\s*:?\s*\d.{0,60}`,
	`(?:follow|email|e-mail|contact|reach|write to|tweet)\b.{0,160}(?:twitter|facebook|instagram|linkedin|youtube|@\w|https?://|\S+@\S+).*`,
	`have a (?:news )?tip\b.*`, `listen (?:to|live|back)\b.{0,120}`,
	`we(?: want|'d love| would love) to hear (?:what you think|from you)\b.*`, `give us (?:your )?feedback\b.*`,
	`this (?:post|article|page|story) (?:contains|may contain|includes) (?:references to products|affiliate links?)\b.*`,
	`we (?:recommend the best products|may (?:earn|receive) (?:a )?(?:commission|compensation))\b.*`,
	`never miss (?:a|the|an)\b.{0,40}\b(?:news|story|stories|update|updates|sign(?:ing)? up|subscrib\w*)\b.*`, `do you want to be informed\b.*`,
	`get (?:the )?.{0,40}\b(?:daily|weekly|morning|evening) (?:edition|briefing|newsletter|digest|email)\b.*`,
	`(?:you must|please) (?:log|sign) in\b.*`, `.{0,80}\bcomments? (?:are|is|will be) (?:closed|moderated|reviewed)\b.*`, `.*\bmoderating (?:all )?comments\b.*`,
	`if you (?:enjoyed|liked|value) (?:this|our)\b.*`, `citation\s*:.*`, `(?:most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories))\b.{0,30}`, `this (?:article|story|page|link) has been sent to\b.*`, `(?:leggi anche|lesen sie auch|lire aussi|leia também|lea también|läs även|les også)\b.*`, `\(?(?:leggi anche|lesen sie auch|lire aussi|leia também|lea también|läs även)\b.*`, `atenção\s*:.*coment.*`, `.*\bcomentários?\b.{0,40}\bmoderador.*`,
}, "|") + `)$`)

// maxFurnitureRunes bounds the lines the furniture patterns may remove.
const maxFurnitureRunes = 220

// filterLines drops page furniture that the main-text extractor let
// through. It returns the kept and the removed lines in page order.
func filterLines(lines []Line, titles []string, desc string, page pageIndex) (kept, removed []Line) {
	// Links were stripped by the extractor: take them from the page.
	for i, l := range lines {
		if o, ok := page.lookup(l); ok {
			lines[i].LinkChars = max(l.LinkChars, o.LinkChars)
			lines[i].Caption = l.Caption || o.Caption
		}
	}
	drop := make([]bool, len(lines))
	// The headline repeated at the top of the body.
	for i := 0; i < len(lines) && i < 3; i++ {
		if sameText(lines[i].Text, titles) {
			drop[i] = true
		}
	}
	// The standfirst under the headline, when it is the page's description
	// and not set as a paragraph.
	for i, seen := 0, 0; i < len(lines) && seen < 2; i++ {
		if drop[i] {
			continue
		}
		seen++
		if lines[i].Tag != atom.P && desc != "" && normText(lines[i].Text) == normText(desc) {
			drop[i] = true
		}
	}
	for i, l := range lines {
		if drop[i] {
			continue
		}
		if dateLine(l.Text) {
			drop[i] = true
			continue
		}
		if utf8.RuneCountInString(l.Text) <= maxFurnitureRunes && furniture.MatchString(l.Text) {
			drop[i] = true
			continue
		}
		if l.Caption && !contentLine(l) {
			drop[i] = true // a picture caption or credit
			continue
		}
		if linkLine(l) && l.Tag != atom.Li && shouting(l.Text) {
			drop[i] = true // an in-text promo: "CLICK HERE TO GET THE APP", a related headline
		}
	}
	dropLinkTail(lines, drop)
	// A closing marker in the second half of the text ("Featured image by
	// …", "Sign-up Successful!", "Editorial Disclaimer: …"): what follows
	// it is a promotion box or the site's notices, not the article.
	for i := len(lines) / 2; i < len(lines); i++ {
		if i > 0 && tailMarker.MatchString(lines[i].Text) {
			for k := i; k < len(lines); k++ {
				drop[k] = true
			}
			break
		}
	}
	// The writer's own bio closing the article: "I am a full-time freelance
	// writer in Asheville…", "Jane Doe is a senior reporter covering…".
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-4; i-- {
		// a first-person bio goes whole; one about a named writer only when
		// short and telling no news ("… who was arrested in March")
		firstPerson := strings.HasPrefix(lines[i].Text, "I am ") || strings.HasPrefix(lines[i].Text, "I'm ") || strings.HasPrefix(lines[i].Text, "I’m ")
		if t := lines[i].Text; !drop[i] && bioLine.MatchString(t) && (firstPerson || len(t) <= 300 && !bioNews.MatchString(t)) {
			drop[i] = true
		}
	}
	return splitDropped(lines, drop, nil)
}

// tailMarker matches a line after which a page carries no more article
// text.
var tailMarker = regexp.MustCompile(`(?i)^(?:(?:featured|top|header|lead|hero) (?:image|photo)(?: by\b| courtesy\b|:).{0,100}|sign-?up successful!?|editorial disclaimer:.*)$`)

// bioNews matches news told about a writer, which is article text: "…
// is a reporter for The Wall Street Journal who was arrested in March".
var bioNews = regexp.MustCompile(`\b(?:who|was|were|has been|had been|is being)\b`)

// bioLine matches a contributor's bio: a first-person or named subject that
// is a writer, reporter or editor, at the start of a line.
var bioLine = regexp.MustCompile(`^(?:I am|I'm|I’m|\p{Lu}[\p{L}.'’\-]+(?: \p{Lu}[\p{L}.'’\-]+){1,3} is) (?:a|an)(?: [\p{L}\-]+){0,3} (?:writer|journalist|reporter|editor|columnist|contributor|correspondent|blogger|author)\b`)

// splitDropped returns the lines not marked in drop, and removed with the
// marked ones added, both in page order.
func splitDropped(lines []Line, drop []bool, removed []Line) (kept, _ []Line) {
	for i, l := range lines {
		if drop[i] {
			removed = append(removed, l)
		} else {
			kept = append(kept, l)
		}
	}
	return kept, removed
}

var (
	dateWords = map[string]bool{}
	clockRe   = regexp.MustCompile(`^\d{1,2}[:.h]\d{2}$`)
	yearRe    = regexp.MustCompile(`^(?:19|20)\d{2}$`)
	bylineRe  = regexp.MustCompile(`^(?i:by|von|par|por|di|av|door)\s+\p{Lu}[\p{L}.'’\- ]{1,50}$`)
)

func init() {
	for _, w := range strings.Fields(`jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december
		mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday am pm a.m p.m gmt utc bst cet cest est edt pst pdt cst cdt et pt ist
		today yesterday updated update published posted last modified on at by de do da às em le el del il der den am um och kl uhr h
		janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
		segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo feira
		enero febrero marzo mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes
		januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
		janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato
		januari februari mars maj augusti måndag tisdag onsdag torsdag fredag lördag söndag`) {
		dateWords[w] = true
	}
}

// dateLine reports a line that only gives a date, a time or a byline:
// "5:45 AM PST 11/19/2019 by Patrick Shanley", "UPDATED: Tue., Nov. 19,
// 2019", "sexta-feira, 22 de outubro de 2010 às 20:13", "By Jane Doe".
func dateLine(s string) bool {
	if utf8.RuneCountInString(s) > 80 {
		return false
	}
	if bylineRe.MatchString(s) && !endsSentence(s) && len(strings.Fields(s)) <= 6 {
		return true
	}
	by := -1
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' || r == '·' || r == '•' || r == '(' || r == ')'
	})
	var dated bool
	other := 0
	for i, f := range fields {
		f = strings.Trim(f, ".:;-–—")
		switch {
		case f == "":
		case yearRe.MatchString(f) || dateNumber(f):
			dated = true
		case clockRe.MatchString(f):
		case dateWords[f]:
			if f == "by" && by < 0 {
				by = i
			}
			if len(f) > 3 && f != "updated" && f != "published" && f != "posted" && f != "update" {
				dated = true
			}
		case allDigits(f):
		default:
			if by >= 0 && i > by && i <= by+4 {
				continue // the name after "by"
			}
			other++
		}
	}
	return dated && other == 0
}

// dateNumber matches 11/19/2019-style and 2019-11-19-style dates and
// numbers with ordinal suffixes.
func dateNumber(f string) bool {
	digits := 0
	for _, r := range f {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	// "11/19/2019", "2019-11-19", "19.11.2019", "23rd"; a bare number is
	// not a date.
	t := strings.TrimRight(f, "stndrh")
	if t == f && !strings.ContainsAny(f, "-./") {
		return false
	}
	return allDigits(strings.NewReplacer("-", "", ".", "", "/", "").Replace(t))
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// restoreEmbeds puts back embedded posts (tweets quoted by the article)
// that the main-text extractor dropped: page lines inside an embed that lie
// between two kept lines of the article go in after the kept line before
// them. Embeds outside the article's span (sidebars) stay out.
func restoreEmbeds(kept, page []Line, index pageIndex) []Line {
	pos := make([]int, len(kept)) // page position of each kept line, -1 if unknown
	first, last := -1, -1
	have := map[int]bool{}
	for i, l := range kept {
		pos[i] = -1
		if o, ok := index.lookup(l); ok {
			pos[i] = o.Pos
			have[o.Pos] = true
			if first < 0 || o.Pos < first {
				first = o.Pos
			}
			last = max(last, o.Pos)
		}
	}
	if first < 0 {
		return kept
	}
	var missing []Line
	for _, l := range page {
		if l.Embed && !l.Hidden && l.Pos > first && l.Pos < last && !have[l.Pos] {
			if _, ok := index.lookup(l); ok && index[normText(l.Text)].Pos == l.Pos {
				missing = append(missing, l)
			}
		}
	}
	if len(missing) == 0 {
		return kept
	}
	out := make([]Line, 0, len(kept)+len(missing))
	m := 0
	for i, l := range kept {
		out = append(out, l)
		if pos[i] < 0 {
			continue
		}
		// Embeds after this line and before the next kept line with a
		// known position.
		next := last + 1
		for j := i + 1; j < len(kept); j++ {
			if pos[j] >= 0 {
				next = pos[j]
				break
			}
		}
		for m < len(missing) && missing[m].Pos < pos[i] {
			m++ // before an earlier line: out of order, skip
		}
		for m < len(missing) && missing[m].Pos > pos[i] && missing[m].Pos < next {
			out = append(out, missing[m])
			m++
		}
	}
	return out
}

// dropLinkTail drops the lists of related stories that follow the last
// paragraph of the article: after it, once links make up a good share of
// the lines, everything from the first link on goes.
func dropLinkTail(lines []Line, drop []bool) {
	last := -1
	for i, l := range lines {
		if !drop[i] && contentLine(l) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	// A label such as "More Great WIRED Stories" after the last paragraph
	// heads a list of other stories: it and what follows go.
	for i := last + 1; i < len(lines); i++ {
		if !drop[i] && relatedLabel(lines[i].Text) {
			for j := i; j < len(lines); j++ {
				drop[j] = true
			}
			return
		}
	}
	first, links, total := -1, 0, 0
	for i := last + 1; i < len(lines); i++ {
		if drop[i] {
			continue
		}
		total++
		if linkLine(lines[i]) {
			links++
			if first < 0 {
				first = i
			}
		}
	}
	if links < 2 || links*5 < total*2 {
		return
	}
	for i := first; i < len(lines); i++ {
		drop[i] = true
	}
}

var relatedRe = regexp.MustCompile(`(?i)\b(?:related|more|popular|recommended|trending|also|latest|recent|top|further|other|next|editor'?s picks?|you (?:may|might))\b.*\b(?:stories|story|articles?|news|posts?|reads?|reading|videos?|coverage|content|links|headlines|topics|from|on|like)\b`)

// relatedLabel reports a short heading over a list of other stories.
func relatedLabel(s string) bool {
	return utf8.RuneCountInString(s) <= 60 && len(strings.Fields(s)) <= 7 && !endsSentence(s) && relatedRe.MatchString(s)
}

// contentLine reports a paragraph of article prose: long, ending like a
// sentence, mostly not links.
func contentLine(l Line) bool {
	n := utf8.RuneCountInString(l.Text)
	return n >= 100 && endsSentence(l.Text) && l.LinkChars*2 < n
}

// shouting reports a line of three or more words in capitals.
func shouting(s string) bool {
	if len(strings.Fields(s)) < 3 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	return upper > 0 && lower*10 <= upper
}

// linkLine reports a line that is wholly a link and reads like a headline
// of another story: related-article lists and in-text promos.
func linkLine(l Line) bool {
	letters := 0
	for _, r := range l.Text {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			letters++
		}
	}
	if letters == 0 {
		return false
	}
	return float64(l.LinkChars)/float64(letters) > 0.9 && !endsSentence(l.Text) &&
		!listItem.MatchString(l.Text)
}

// listItem matches lines that are items of the article's own lists:
// numbered entries and bare web addresses.
var listItem = regexp.MustCompile(`^(?:\d{1,3}[).:]\s|(?:https?://|www\.)\S+$)`)

func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’)» `)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?。！？:;", r)
}

// sameText reports whether line is one of the titles, ignoring case,
// punctuation and spacing.
func sameText(line string, titles []string) bool {
	n := normText(line)
	if n == "" {
		return false
	}
	for _, t := range titles {
		if t != "" && normText(t) == n {
			return true
		}
	}
	return false
}

func normText(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dropRepeatedRun drops a second copy of the article body: a run of three
// or more paragraphs, each of sentence length, that repeats an earlier run
// line for line (pages that print the body once in the HTML and again
// from their structured data). Shorter repeats stay: a refrain, a
// repeated question or a meal plan's recurring entries are the writer's.
func dropRepeatedRun(kept, removed []Line) ([]Line, []Line) {
	const minRunes = 70
	first := map[string]int{}
	for i, l := range kept {
		if utf8.RuneCountInString(l.Text) >= minRunes {
			if _, ok := first[l.Text]; !ok {
				first[l.Text] = i
			}
		}
	}
	drop := make([]bool, len(kept))
	for i := 0; i < len(kept); {
		j, ok := first[kept[i].Text]
		if !ok || j >= i {
			i++
			continue
		}
		n := 0 // the run's length: lines equal to those after the first copy
		for i+n < len(kept) && j+n < i && kept[i+n].Text == kept[j+n].Text && utf8.RuneCountInString(kept[i+n].Text) >= minRunes {
			n++
		}
		if n >= 3 {
			for k := i; k < i+n; k++ {
				drop[k] = true
			}
			i += n
			continue
		}
		i++
	}
	return splitDropped(kept, drop, removed)
}
