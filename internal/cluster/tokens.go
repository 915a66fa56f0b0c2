package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

func foldRunes(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range strings.ToLower(w) {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldTable maps accented Latin letters to plain ASCII, so that
// "Zelénskyy" and "Zelenskyy" or "Köln" and "Koln" meet.
var foldTable = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ą': "a", 'ă': "a",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i",
	'ñ': "n", 'ń': "n", 'ň': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'ý': "y", 'ÿ': "y", 'ž': "z", 'ź': "z", 'ż': "z", 'š': "s", 'ś': "s", 'ş': "s", 'ș': "s",
	'ř': "r", 'ł': "l", 'ğ': "g", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'ţ': "t", 'ț': "t", 'ť': "t",
	'’': "'", '‘': "'",
}

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
