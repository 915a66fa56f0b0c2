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
	`you (?:may|might) also (?:like|enjoy|be interested in)\b.*`, `recommended(?: for you)?:?`, `don'?t miss:?.*`,
	`(?:sign|signing) up\b.*`, `subscribe\b.*`, `.*\bnewsletters?\b.{0,80}`, `get (?:the latest|our|access to)\b.*`,
	`thanks? (?:you )?for (?:signing up|subscribing|reading)\b.*`, `(?:sorry[!.]?|there was an error.*|an error has occurred.*|please try again.*)`,
	`keep an eye on your inbox\b.*`, `(?:follow|like) (?:us|@?\S+(?: \S+)?) on (?:facebook|twitter|instagram|x|youtube|linkedin)\b.*`,
	`.*\bclick here\b.{0,80}`, `share (?:this|on|via|it)\b.*`, `(?:like this story|enjoyed this)\b.*`,
	`(?:copyright|©|\(c\)|ⓒ).*`, `.*\ball rights reserved\b.*`, `this (?:copy|material|article) (?:is for your personal|may not be (?:published|reproduced))\b.*`,
	`.*\b\d+\s*(?:min(?:ute)?s?|minutos?|minuten) (?:read|de leitura|lesezeit)\b.*`, `(?:tempo de leitura|reading time|lesezeit)\b.*`,
	`(?:photo|image|picture|video|foto|bild|credit|source)s?\s*(?:credit)?\s*:.{0,120}`, `.*\b(?:getty images|shutterstock|afp via getty)\b.{0,40}`,
	`\(?(?:reporting|additional reporting|writing|editing) by\b.*`, `.*\bcontributed (?:reporting|to this (?:report|story))\b.*`,
	`write to \S.*\bat \S+@\S+.*`, `\S+@\S+\.\w+`,
	`(?:filed under|tags?|topics?|categories|posted in)\s*:.*`, `_{3,}|-{3,}|\*{3,}|={3,}`,
	`(?:updated|published|posted|last updated|first published)(?: on| at)?\s*:?\s*\d.{0,60}`,
}, "|") + `)$`)

// maxFurnitureRunes bounds the lines the furniture patterns may remove.
const maxFurnitureRunes = 220

// filterLines drops page furniture that the main-text extractor let
// through. It returns the kept and the removed lines in page order.
func filterLines(lines []Line, titles []string, page pageIndex) (kept, removed []Line) {
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
	for i, l := range lines {
		if drop[i] {
			continue
		}
		if utf8.RuneCountInString(l.Text) <= maxFurnitureRunes && furniture.MatchString(l.Text) {
			drop[i] = true
			continue
		}
		if linkLine(l) && shouting(l.Text) {
			drop[i] = true // an in-text promo: "CLICK HERE TO GET THE APP", a related headline
		}
	}
	dropLinkTail(lines, drop)
	for i, l := range lines {
		if drop[i] {
			removed = append(removed, l)
		} else {
			kept = append(kept, l)
		}
	}
	return kept, removed
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
	return float64(l.LinkChars)/float64(letters) > 0.9 && l.Tag != atom.Li && !endsSentence(l.Text) &&
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
