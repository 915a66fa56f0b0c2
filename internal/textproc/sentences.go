// Package textproc holds the small text helpers every stage shares:
// sentence splitting with offsets, word tokens, stopwords and normalisation.
package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a piece of a text with its byte offsets: Text == src[Start:End].
type Span struct {
	Start, End int
	Text       string
}

// abbreviations that end with a period but do not end a sentence
// (compared lower-case, without the final period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "maj": true,
	"adm": true, "cmdr": true, "supt": true, "insp": true, "det": true, "no": true, "vs": true,
	"etc": true, "e.g": true, "i.e": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "a.m": true, "p.m": true,
	"mt": true, "ft": true, "fig": true, "vol": true, "ca": true, "est": true, "dept": true,
	"univ": true, "assn": true, "bros": true, "nr": true, "bzw": true, "z.b": true, "dh": true,
	// after a figure or before one: "2,4 Mrd. Euro", "120 Mio. Franken",
	// "Fr. 250", "Rs. 500"
	"mio": true, "mrd": true, "md": true, "mds": true, "fr": true, "rs": true,
}

// figureAbbreviations are lower-case abbreviations of a bound that do not
// end a sentence before a figure ("max. 4 Personen", "mind. 5 Jahre",
// "min. 3"), and are words elsewhere ("changed my mind. He left", "his
// son Max. The funeral").
var figureAbbreviations = map[string]bool{"max": true, "min": true, "mind": true}

// scaleAbbreviations close a figure ("5,4 Mrd."), which may close its
// sentence: they end one when a common opener follows ("5,4 Mrd. Das
// Unternehmen …"), and not before the currency or noun of the figure
// ("2,4 Mrd. Euro", "120 Mio. Menschen").
var scaleAbbreviations = map[string]bool{"mio": true, "mrd": true, "md": true, "mds": true}

// terminalAbbreviations may end a sentence as well as an abbreviation.
var terminalAbbreviations = map[string]bool{
	"a.m": true, "p.m": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true,
	"bros": true,
}

// Sentences splits text into sentences. Line breaks always end a sentence
// (extracted article text keeps one paragraph per line); inside a line a
// sentence ends at . ! ? (and closing quotes or brackets after them) when
// the next word starts like a new sentence and the period does not end a
// known abbreviation, an initial or a number.
func Sentences(text string) []Span {
	var out []Span
	emit := func(start, end int) {
		// trim spaces inside [start,end)
		for start < end {
			r, n := utf8.DecodeRuneInString(text[start:])
			if !unicode.IsSpace(r) {
				break
			}
			start += n
		}
		for end > start {
			r, n := utf8.DecodeLastRuneInString(text[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
		if end > start {
			out = append(out, Span{Start: start, End: end, Text: text[start:end]})
		}
	}
	start := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			emit(start, i)
			i++
			start = i
			continue
		}
		if c == '.' || c == '!' || c == '?' {
			j := i + 1
			// absorb runs of terminal punctuation and closing quotes/brackets
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if r == '.' || r == '!' || r == '?' || r == '"' || r == '\'' || r == ')' || r == ']' || r == '”' || r == '’' || r == '»' || r == '…' {
					j += n
					continue
				}
				break
			}
			if j < len(text) && (text[j] == ' ' || text[j] == '\t') && endsSentence(text, start, i, j) {
				emit(start, j)
				start = j
			}
			i = j
			continue
		}
		i++
	}
	emit(start, len(text))
	return out
}

// endsSentence decides whether the punctuation at text[p] (with the closing
// run ending at j) ends the sentence that started at start.
func endsSentence(text string, start, p, j int) bool {
	// next non-space rune
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘«([¿¡-–—", next) || unicode.Is(unicode.Han, next) || unicode.Is(unicode.Hiragana, next)) {
		return false
	}
	if text[p] != '.' || j > p+1 {
		return true
	}
	// the word before the period
	w := p
	for w > start {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		w -= n
	}
	word := strings.ToLower(text[w:p])
	if word == "" {
		return true
	}
	if figureAbbreviations[word] && text[w] >= 'a' && text[w] <= 'z' && k < len(text) && text[k] >= '0' && text[k] <= '9' {
		return false
	}
	if abbreviations[word] {
		// "by 6:40 a.m. The building", "Apple Inc. It said": these may
		// also end a sentence, when a common opener follows
		return (terminalAbbreviations[word] || scaleAbbreviations[word]) && isOpener(text[k:])
	}
	// single letter initials: "J. Smith", and dotted acronyms "U.S."
	if utf8.RuneCountInString(word) == 1 && unicode.IsLetter([]rune(word)[0]) {
		return false
	}
	if len(word) <= 2 && strings.Trim(word, "0123456789") == "" && monthAhead(text[k:]) {
		return false // "am 9. November 2021": a German ordinal date
	}
	if strings.ContainsAny(word, "0123456789") && !strings.HasSuffix(word, "a.m") && !strings.HasSuffix(word, "p.m") {
		return true // "down 1.8%. Lowe's reports": a number, not an acronym (but "3p.m. Monday" goes on)
	}
	if strings.Contains(word, ".") {
		// "U.S." followed by a capital is ambiguous; treat a dotted acronym
		// as a sentence end only if the next word is a common sentence opener.
		return isOpener(text[k:])
	}
	return true
}

// monthNames are the months in German (which writes "9. November"), with
// the English names that are the same words.
var monthNames = map[string]bool{"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true,
	"juni": true, "juli": true, "august": true, "september": true, "oktober": true, "november": true, "dezember": true}

// monthAhead reports a German month name opening s.
func monthAhead(s string) bool {
	end := strings.IndexAny(s, " ,.;\n")
	if end < 0 {
		end = len(s)
	}
	return monthNames[strings.ToLower(s[:end])]
}

var openers = []string{"The ", "A ", "An ", "It ", "He ", "She ", "They ", "We ", "I ", "In ", "But ", "This ", "That ", "There ", "On ", "At ", "As ", "And ", "\"", "“",
	// German, French and Spanish articles and pronouns that open a sentence
	"Der ", "Die ", "Das ", "Es ", "Er ", "Sie ", "Wir ", "Im ", "Damit ", "Dabei ", "Auch ", "Le ", "La ", "Les ", "Il ", "Elle ", "El ", "Los ", "Las ", "„", "«"}

func isOpener(s string) bool {
	for _, o := range openers {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}
