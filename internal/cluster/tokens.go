package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/internal/textproc"
)

// token is one word or number of a text, as the analyser sees it.
type token struct {
	text      string // original spelling
	fold      string // lower-cased, diacritics removed
	lower     string // lower-cased with diacritics (for stopword lists)
	cap       bool   // starts with an upper-case letter
	number    bool   // starts with a digit
	sentStart bool   // first token of a sentence (or of a line)
	sentence  int    // index of the sentence the token is in
}

// maxTokens bounds the work done on one article: a 5 MB page is analysed
// from its first maxTokens words, which is far more than any news report
// needs to be placed in a story.
const maxTokens = 60000

// tokenize splits s into word and number tokens. Numbers keep inner
// separators ("10,000", "1.5"); words keep inner apostrophes and hyphens.
// A sentence ends at . ! ? followed by a space, or at a line break.
func tokenize(s string) []token {
	var out []token
	sentence := 0
	sentStart := true
	i := 0
	for i < len(s) && len(out) < maxTokens {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			switch r {
			case '\n', '\r':
				if !sentStart {
					sentence++
				}
				sentStart = true
			case '.', '!', '?', '…', '。', '\uFF01', '\uFF1F':
				if i+n >= len(s) || s[i+n] == ' ' || s[i+n] == '\n' || s[i+n] == '"' || s[i+n] == '\'' {
					if !sentStart {
						sentence++
					}
					sentStart = true
				}
			}
			i += n
			continue
		}
		start := i
		isNum := unicode.IsDigit(r)
		i += n
		for i < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r2) {
				i += n2
				continue
			}
			// inner joiners: digits keep , . and words keep ' ’ -
			if i+n2 < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+n2:])
				if isNum && (r2 == ',' || r2 == '.') && unicode.IsDigit(next) {
					i += n2
					continue
				}
				if !isNum && (r2 == '\'' || r2 == '’' || r2 == '-') && isWordRune(next) {
					i += n2
					continue
				}
			}
			break
		}
		text := s[start:i]
		fold := foldWord(text)
		lower := fold
		if !isASCII(text) {
			lower = strings.ToLower(text)
		}
		out = append(out, token{
			text:      text,
			fold:      fold,
			lower:     lower,
			cap:       unicode.IsUpper(r),
			number:    isNum,
			sentStart: sentStart,
			sentence:  sentence,
		})
		sentStart = false
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// foldWord lower-cases w, removes diacritics and a trailing possessive.
func foldWord(w string) string {
	ascii := true
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	var f string
	switch {
	case ascii && lower:
		f = w
	case ascii:
		f = strings.ToLower(w)
	default:
		f = foldRunes(w)
	}
	if strings.HasSuffix(f, "'s") {
		f = f[:len(f)-2]
	} else if strings.HasSuffix(f, "’s") {
		f = f[:len(f)-len("’s")]
	}
	return f
}

// foldRunes folds non-ASCII words the way every stage does.
func foldRunes(w string) string { return textproc.Fold(w) }

// hashString is 64-bit FNV-1a of kind followed by s: the identity of a
// feature. Kinds keep terms, entities and numbers apart.
func hashString(kind byte, s string) uint64 {
	h := uint64(14695981039346656037)
	h ^= uint64(kind)
	h *= 1099511628211
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix64(h)
}

// mix64 is the SplitMix64 finaliser: it spreads the bits of x.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
