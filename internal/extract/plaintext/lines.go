package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	stops     int // tokens that are stop-words in some language (set by features)
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
	flags     []uint16 // per token, see wordFlags (set by features)
}

// splitLines returns the non-empty lines of page with their statistics.
func splitLines(page string) []line {
	out := make([]line, 0, strings.Count(page, "\n")+1) // one allocation: growing copies more
	arena := make([]string, 0, len(page)/6+1)
	ends := make([]int, 0, cap(out))
	prevBlank := true
	rest := page
	for i := 0; rest != "" || i == 0; i++ {
		r := rest
		if j := strings.IndexByte(rest, '\n'); j >= 0 {
			r, rest = rest[:j], rest[j+1:]
		} else {
			rest = ""
		}
		t := strings.TrimSpace(r)
		if t == "" || !hasVisible(t) {
			if len(out) > 0 {
				out[len(out)-1].blankBelow = true
			}
			prevBlank = true
			continue
		}
		l := line{text: t, raw: i, blankAbove: prevBlank}
		arena = l.measure(arena)
		ends = append(ends, len(arena))
		out = append(out, l)
		prevBlank = false
	}
	if len(out) > 0 {
		out[len(out)-1].blankBelow = true
	}
	flags := make([]uint16, len(arena))
	start := 0
	for i := range out {
		out[i].tokens = arena[start:ends[i]:ends[i]]
		out[i].flags = flags[start:ends[i]:ends[i]]
		start = ends[i]
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

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

func isTokenRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' }

// measure fills l's statistics and appends its tokens to arena.
func (l *line) measure(arena []string) []string {
	s := l.text
	if len(s) > maxLineBytes {
		s = s[:maxLineBytes]
	}
	// lower-case the line once; tokens are slices of it when the
	// lower-casing kept every byte offset (it nearly always does)
	low := s
	if hasUpper(s) {
		low = strings.ToLower(s)
	}
	sameLen := len(low) == len(s)
	start := -1
	capTok := false
	first := true
	flush := func(end int) {
		if start < 0 {
			return
		}
		var w string
		if sameLen {
			w = low[start:end]
		} else {
			w = strings.ToLower(s[start:end])
		}
		arena = append(arena, w)
		l.words++
		if capTok {
			l.capWords++
		}
		start = -1
	}
	var prev rune
	for i, r := range s {
		l.chars++
		var tokRune, up, letter, digit bool
		if r < 0x80 {
			up = 'A' <= r && r <= 'Z'
			letter = up || 'a' <= r && r <= 'z'
			digit = '0' <= r && r <= '9'
			tokRune = letter || digit || r == '_'
		} else {
			up = unicode.IsUpper(r)
			letter = unicode.IsLetter(r)
			digit = unicode.IsDigit(r)
			tokRune = letter || unicode.IsNumber(r)
		}
		if tokRune {
			if start < 0 {
				start = i
				capTok = up
			}
			l.wordChars++
		} else {
			flush(i)
		}
		switch {
		case up:
			l.upper++
			l.letters++
		case letter:
			l.letters++
		case digit:
			l.digits++
		}
		if first {
			first = false
			l.lower0 = letter && !up && unicode.IsLower(r)
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
	flush(len(s))
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
	l.urlish = strings.Contains(low, "http://") || strings.Contains(low, "https://") || strings.Contains(low, "www.") ||
		(strings.Contains(low, "@") && !strings.Contains(low, " @ "))
	if strings.Contains(low, "copyright") || strings.Contains(low, "all rights reserved") {
		l.copyright = true
	}
	return arena
}
