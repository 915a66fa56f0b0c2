package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/internal/textproc"
)

// maxLineBytes caps how much of one line is examined for features. Longer
// lines (minified junk, a whole article without newlines) are still kept or
// removed whole; only their statistics are read from the first part.
const maxLineBytes = 8 << 10

// line is one non-empty line of a page and the statistics the line model
// and the metadata readers share.
type line struct {
	text       string // trimmed
	raw        int    // index among all input lines
	blankAbove bool
	blankBelow bool

	chars     int // runes
	words     int // \w+ tokens
	stops     int // tokens that are stop-words in some language
	capWords  int // tokens starting with an upper-case letter
	upper     int // upper-case letters
	letters   int
	digits    int
	punct     int // , ; : . ! ?
	commas    int
	quotes    int
	sentEnds  int // sentence-ending punctuation followed by space or end
	wordChars int // runes inside tokens
	lower0    bool
	bullet    bool
	terminal  bool // ends like a sentence
	colonEnd  bool
	ellipsis  bool
	separator bool // | » › · breadcrumb or share-bar separators
	urlish    bool
	copyright bool
	tokens    []string // lower-cased \w+ tokens (first maxLineBytes)
}

// splitLines returns the non-empty lines of page with their statistics.
func splitLines(page string) []line {
	raws := strings.Split(page, "\n")
	out := make([]line, 0, len(raws)/2+1)
	prevBlank := true
	for i, r := range raws {
		t := strings.TrimSpace(r)
		if t == "" || !hasVisible(t) {
			if len(out) > 0 {
				out[len(out)-1].blankBelow = true
			}
			prevBlank = true
			continue
		}
		l := line{text: t, raw: i, blankAbove: prevBlank}
		l.measure()
		out = append(out, l)
		prevBlank = false
	}
	if len(out) > 0 {
		out[len(out)-1].blankBelow = true
	}
	return out
}

// hasVisible reports whether s holds anything but spaces and invisible
// format characters.
func hasVisible(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) && r != utf8.RuneError {
			return true
		}
	}
	return false
}

func isTokenRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' }

func (l *line) measure() {
	s := l.text
	if len(s) > maxLineBytes {
		s = s[:maxLineBytes]
	}
	var tok strings.Builder
	inTok := false
	capTok := false
	first := true
	flush := func() {
		if !inTok {
			return
		}
		w := strings.ToLower(tok.String())
		l.tokens = append(l.tokens, w)
		l.words++
		if capTok {
			l.capWords++
		}
		if textproc.IsAnyStopword(w) {
			l.stops++
		}
		tok.Reset()
		inTok = false
	}
	var prev rune
	for i, r := range s {
		l.chars++
		if isTokenRune(r) {
			if !inTok {
				inTok = true
				capTok = unicode.IsUpper(r)
			}
			tok.WriteRune(r)
			l.wordChars++
		} else {
			flush()
		}
		switch {
		case unicode.IsUpper(r):
			l.upper++
			l.letters++
		case unicode.IsLetter(r):
			l.letters++
		case unicode.IsDigit(r):
			l.digits++
		}
		if first {
			first = false
			l.lower0 = unicode.IsLower(r)
			switch r {
			case '•', '-', '*', '·', '▪', '►', '>', '»', '–', '—', '◦', '‣', '+':
				l.bullet = true
			}
		}
		switch r {
		case ',', ';', ':', '.', '!', '?', '。', '，':
			l.punct++
			if r == ',' || r == '，' {
				l.commas++
			}
		case '"', '“', '”', '«', '„':
			l.quotes++
		case '|', '›', '·', '»', '/':
			if prev == ' ' {
				l.separator = true
			}
		case '©':
			l.copyright = true
		}
		if (r == '.' || r == '!' || r == '?' || r == '。') && i+1 < len(s) && s[i+1] == ' ' {
			l.sentEnds++
		}
		prev = r
	}
	flush()
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l.text, "\"'”’»)]*"))
	switch last {
	case '.', '!', '?', '。', '！', '？':
		l.terminal = true
		l.sentEnds++
	case ':':
		l.colonEnd = true
	case '…':
		l.ellipsis = true
	}
	if strings.HasSuffix(l.text, "...") || strings.HasSuffix(l.text, "…") {
		l.ellipsis = true
	}
	low := strings.ToLower(s)
	l.urlish = strings.Contains(low, "http://") || strings.Contains(low, "https://") || strings.Contains(low, "www.") ||
		(strings.Contains(low, "@") && !strings.Contains(low, " @ "))
	if strings.Contains(low, "copyright") || strings.Contains(low, "all rights reserved") {
		l.copyright = true
	}
}
