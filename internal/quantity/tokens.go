package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/internal/textproc"
)

// Token kinds.
const (
	kWord = iota + 1 // a run of letters (and inner apostrophes)
	kNum             // a run of digits with inner '.' or ',' separators
	kSym             // any other single non-space rune
)

// Gap kinds: what separates a token from the one before it.
const (
	gapNone  = iota // glued to the previous token
	gapSpace        // spaces or tabs
	gapLine         // a line break: quantities never span it
)

type token struct {
	s, e int    // byte offsets
	kind uint8  // kWord, kNum, kSym
	gap  uint8  // gapNone, gapSpace, gapLine
	low  string // lower-cased text for words, the rune for symbols, the digits for numbers
	// words marks a figure token that compound made from number words
	// ("einundzwanzig", "soixante-dix"): its low is the digits
	words bool
	// approx marks a figure token that stands for an approximate count
	// ("une dizaine", "un centenar"): about ten, about a hundred
	approx bool
}

// tokenize splits text into words, numbers and symbols. URLs are skipped
// whole: numbers inside them are never quantities.
func tokenize(text string, toks []token) []token {
	lowText := textproc.LowerASCII(text)
	gap := uint8(gapLine)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t':
			if gap < gapSpace {
				gap = gapSpace
			}
			i++
			continue
		case c == '\n' || c == '\r' || c == '\f' || c == '\v':
			gap = gapLine
			i++
			continue
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(text) && isDigit(text[i+1]) && gap != gapNone:
			j := i + 1
			apos := false // Swiss thousands: "80’000", "10'000"
			for j < len(text) {
				d := text[j]
				if isDigit(d) || (d == ',' || d == '.') && j+1 < len(text) && isDigit(text[j+1]) {
					j++
					continue
				}
				if n := swissGroup(text, j); n > 0 {
					j += n
					apos = true
					continue
				}
				break
			}
			low := text[i:j]
			if apos {
				// "80’000" is 80000; in "1’396.342" (Colombia) the apostrophe
				// marks the millions and the dot the thousands: one grouping
				sep := ""
				if k := strings.LastIndexAny(low, ".,"); k >= 0 && len(low)-k == 4 {
					sep = low[k : k+1]
				}
				low = strings.NewReplacer("'", sep, "’", sep).Replace(low)
			}
			toks = append(toks, token{s: i, e: j, kind: kNum, gap: gap, low: low})
			gap = gapNone
			i = j
			continue
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j := wordEnd(text, i)
				if isURLStart(text, i, j) {
					i = skipNonSpace(text, j)
					gap = gapSpace
					continue
				}
				toks = append(toks, token{s: i, e: j, kind: kWord, gap: gap, low: wordLower(text, lowText, i, j)})
				gap = gapNone
				i = j
				continue
			}
			toks = append(toks, token{s: i, e: i + 1, kind: kSym, gap: gap, low: text[i : i+1]})
			gap = gapNone
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			gap = gapLine
			i += size
		case unicode.IsSpace(r):
			if gap < gapSpace {
				gap = gapSpace
			}
			i += size
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := wordEnd(text, i)
			toks = append(toks, token{s: i, e: j, kind: kWord, gap: gap, low: wordLower(text, lowText, i, j)})
			gap = gapNone
			i = j
		default:
			toks = append(toks, token{s: i, e: i + size, kind: kSym, gap: gap, low: text[i : i+size]})
			gap = gapNone
			i += size
		}
	}
	return toks
}

// wordEnd returns the end of the word starting at i: letters, marks and
// apostrophes between letters.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				j++
				continue
			}
			if c == '\'' && j > i && j+1 < len(text) && isASCIILetter(text[j+1]) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || r == '’' && j+size < len(text) && isASCIILetter(text[j+size]) {
			j += size
			continue
		}
		break
	}
	return j
}

func isURLStart(text string, i, j int) bool {
	w := text[i:j]
	if strings.EqualFold(w, "http") || strings.EqualFold(w, "https") {
		return strings.HasPrefix(text[j:], "://")
	}
	return strings.EqualFold(w, "www") && j < len(text) && text[j] == '.'
}

func skipNonSpace(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return i
		}
		i++
	}
	return i
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// wordLower returns the lower-cased word text[i:j], sliced from lowText
// when the word is ASCII.
func wordLower(text, lowText string, i, j int) string {
	for k := i; k < j; k++ {
		if text[k] >= utf8.RuneSelf {
			return strings.ToLower(text[i:j])
		}
	}
	return lowText[i:j]
}

// lower lower-cases s, allocating only when s has upper-case letters.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// isUpperInitial reports whether the word starts with an upper-case letter.
func isUpperInitial(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// swissGroup returns the length of a Swiss thousands separator at j, just
// after a digit (an apostrophe, straight or curly), when three digits and
// no fourth follow it: "80’000", "1'250'000". It returns 0 otherwise
// ("the 1990's").
func swissGroup(text string, j int) int {
	n := 0
	switch {
	case text[j] == '\'':
		n = 1
	case strings.HasPrefix(text[j:], "’"):
		n = len("’")
	default:
		return 0
	}
	k := j + n
	if k+3 > len(text) || !isDigit(text[k]) || !isDigit(text[k+1]) || !isDigit(text[k+2]) || k+3 < len(text) && isDigit(text[k+3]) {
		return 0
	}
	return n
}
