package textproc

import (
	"strings"
	"unicode"
)

// Words returns the word tokens of s: maximal runs of letters and digits
// (with inner apostrophes, hyphens and periods kept when flanked by
// letters or digits), lower-cased.
func Words(s string) []string {
	var out []string
	forEachWord(s, func(start, end int) {
		out = append(out, strings.ToLower(s[start:end]))
	})
	return out
}

// WordSpans is Words with offsets and the original case.
func WordSpans(s string) []Span {
	var out []Span
	forEachWord(s, func(start, end int) {
		out = append(out, Span{Start: start, End: end, Text: s[start:end]})
	})
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func forEachWord(s string, f func(start, end int)) {
	start := -1
	prevWord := false
	runes := []rune(s)
	// byte offsets of each rune
	offs := make([]int, len(runes)+1)
	o := 0
	for i, r := range runes {
		offs[i] = o
		o += len(string(r))
	}
	offs[len(runes)] = o
	for i, r := range runes {
		w := isWordRune(r)
		if !w && prevWord && (r == '\'' || r == '’' || r == '-') && i+1 < len(runes) && isWordRune(runes[i+1]) {
			continue // inner joiner: "don't", "Kim Jong-un"
		}
		if w && start < 0 {
			start = i
		}
		if !w && start >= 0 {
			f(offs[start], offs[i])
			start = -1
		}
		prevWord = w
	}
	if start >= 0 {
		f(offs[start], offs[len(runes)])
	}
}

// Fold lower-cases s and strips diacritics from Latin letters so that
// "Zelenskyy", "Zelénskyy" and "ZELENSKYY" compare equal.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // nothing to strip; ToLower returns s itself when already lower
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		if f, ok := foldMap[r]; ok {
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

var foldMap = map[rune]string{
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

// LowerASCII lower-cases the ASCII letters of s and leaves every other byte
// as it is, so byte offsets into s hold in the result ("İ" is shorter in
// lower case). It returns s itself when there is nothing to change.
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// SpanishPreterite reports a lower-case word with the ending of a Spanish
// third-person preterite: "murió", "alertaron", "murieron". The claim,
// quantity and timex stages read it as a past verb; callers add their own
// length floor.
func SpanishPreterite(w string) bool {
	return strings.HasSuffix(w, "ó") || strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron")
}

// GermanInflected reports a lower-case word with an inflected German
// adjective's ending ("ukrainischen", "neue", "gemeldeten"); callers add
// their own length floor.
func GermanInflected(w string) bool {
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es")
}
