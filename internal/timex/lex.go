package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // a run of letters (an apostrophe-s is a separate token)
	tNum          // a run of ASCII digits, maybe with an ordinal suffix ("25th")
	tNumex        // digits joined by . , / - : ("2024-10-31", "8,000", "27-28", "10:30")
	tPunct        // any other single non-space rune
	tAlnum        // digits glued to letters that are not an ordinal suffix ("3MIN", "5G")
)

type token struct {
	kind       int
	start, end int
	text       string
	cls        wordClass // for words: what the lexicon knows about it
	num        int       // tNum: the value (capped), ordinal or not
	digits     int       // tNum: number of digits
	ordinal    bool      // tNum with st/nd/rd/th
	upper      bool      // word starts with an upper-case letter
	spaceAfter bool      // whitespace follows the token
}

// maxTokens bounds the work on a single pathological line.
const maxTokens = 1 << 16

// lex splits s into tokens. It never fails; unknown runes become
// punctuation. romance reads the French and Spanish ordinals "1er", "1re"
// and "20º" as ordinal days; elsewhere they are figures glued to letters.
func lex(s string, toks []token, romance bool) []token {
	toks = toks[:0]
	i := 0
	for i < len(s) && len(toks) < maxTokens {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				if n := len(toks); n > 0 {
					toks[n-1].spaceAfter = true
				}
				i++
				continue
			case c >= '0' && c <= '9':
				i = lexNumber(s, i, &toks, romance)
				continue
			case (c|0x20) >= 'a' && (c|0x20) <= 'z':
				i = lexWord(s, i, &toks)
				continue
			default:
				toks = append(toks, token{kind: tPunct, start: i, end: i + 1, text: s[i : i+1]})
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			if k := len(toks); k > 0 {
				toks[k-1].spaceAfter = true
			}
			i += n
		case unicode.IsLetter(r):
			i = lexWord(s, i, &toks)
		default:
			toks = append(toks, token{kind: tPunct, start: i, end: i + n, text: s[i : i+n]})
			i += n
		}
	}
	return toks
}

func isLetterAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return (c|0x20) >= 'a' && (c|0x20) <= 'z', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r), n
}

func lexWord(s string, i int, toks *[]token) int {
	start := i
	for i < len(s) {
		ok, n := isLetterAt(s, i)
		if !ok {
			break
		}
		i += n
	}
	if i == start { // a lone combining mark or similar
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
		*toks = append(*toks, token{kind: tPunct, start: start, end: i, text: s[start:i]})
		return i
	}
	w := s[start:i]
	r, _ := utf8.DecodeRuneInString(w)
	*toks = append(*toks, token{kind: tWord, start: start, end: i, text: w, cls: lookup(w), upper: unicode.IsUpper(r)})
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lexNumber reads digits; digit groups joined by one of . , / - : (with no
// spaces) form a single tNumex token, so "8,000" or "3.5" can never be read
// as a day, while "2024-10-31" and "27-28" stay whole for the grammar.
func lexNumber(s string, i int, toks *[]token, romance bool) int {
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	kind := tNum
	for i+1 < len(s) && (s[i] == '.' || s[i] == ',' || s[i] == '/' || s[i] == '-' || s[i] == ':') && isDigit(s[i+1]) {
		kind = tNumex
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	t := token{kind: kind, start: start, end: i, text: s[start:i]}
	if kind == tNum {
		t.digits = i - start
		v := 0
		for j := start; j < i && j < start+9; j++ {
			v = v*10 + int(s[j]-'0')
		}
		if t.digits > 9 {
			v = 1 << 30
		}
		t.num = v
	}
	// Letters glued to the digits: an ordinal suffix or something else.
	// A date-like run keeps its letters apart ("2024-10-31T08:00").
	if i < len(s) && kind == tNum {
		if ok, _ := isLetterAt(s, i); ok {
			j := i
			for j < len(s) {
				ok, n := isLetterAt(s, j)
				if !ok {
					break
				}
				j += n
			}
			suf := s[i:j]
			// in French and Spanish text "1er", "1re" and "1º" are ordinals too
			if kind == tNum && (isOrdinalSuffix(suf) || romance && (t.num == 1 && (suf == "er" || suf == "re" || suf == "ère") || suf == "º")) {
				t.ordinal = true
			} else {
				t.kind = tAlnum
			}
			t.end = j
			t.text = s[start:j]
			i = j
		}
	}
	*toks = append(*toks, t)
	return i
}

func isOrdinalSuffix(s string) bool {
	if len(s) != 2 {
		return false
	}
	a, b := s[0]|0x20, s[1]|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}
