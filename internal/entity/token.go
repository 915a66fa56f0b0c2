package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	Word   uint8 = iota // letters (and digits glued to letters), inner - ' . kept: "Jong-un", "U.S.", "G7"
	Number              // digits with inner separators: "10,000", "1.5"
	Poss                // a possessive ending split off a word: "'s", "’s", "'"
	Punct               // any other single non-space rune
)

// Token is one token of a text with its byte offsets: Text == s[Start:End].
type Token struct {
	Text       string
	Lower      string // Text in lower case (for words)
	Start, End int
	Kind       uint8
	Upper      bool // a Word starting with an upper-case letter
	Caps       bool // a Word with two or more letters, all upper-case ("NATO", "U.S.")
}

// MaxTokens bounds the work done on one pathological text.
const MaxTokens = 1 << 18

// Tokenize splits s into tokens. It never fails: invalid UTF-8 and unknown
// runes become punctuation tokens.
func Tokenize(s string) []Token {
	// about one token per five bytes of prose
	return AppendTokens(make([]Token, 0, min(len(s)/5+8, MaxTokens)), s)
}

// AppendTokens is Tokenize appending to toks (to reuse its memory).
func AppendTokens(toks []Token, s string) []Token {
	i := 0
	openSingle := false // a single quote opened a quotation on this line
	for i < len(s) && len(toks) < MaxTokens {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if c == '\n' {
				openSingle = false
			}
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isDigit(c):
			j := i + 1
			for j < len(s) {
				if isDigit(s[j]) {
					j++
					continue
				}
				if (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1]) {
					j += 2
					continue
				}
				break
			}
			// digits glued to letters ("G7" is handled by the word branch;
			// "5G", "3MIN") make one word
			if j < len(s) && isLetterAt(s, j) {
				j = scanWord(s, j)
				toks = append(toks, mkWord(s, i, j))
			} else {
				toks = append(toks, Token{Text: s[i:j], Start: i, End: j, Kind: Number})
			}
			i = j
		case unicode.IsLetter(r):
			if k := elidedBefore(s, i); k > i {
				// "Quai d’Orsay", "Côte d'Ivoire": the elided "d’" apart,
				// so that the name after it is a name
				toks = append(toks, mkWord(s, i, k))
				i = k
				continue
			}
			j := scanWord(s, i)
			// split a possessive ending off: "NATO's", "Reuters'"
			if k := possessiveAt(s, i, j); k > i {
				toks = append(toks, mkWord(s, i, k))
				toks = append(toks, Token{Text: s[k:j], Start: k, End: j, Kind: Poss})
			} else {
				toks = append(toks, mkWord(s, i, j))
			}
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			kind := Punct
			if (r == '\'' || r == '’') && i+n < len(s) && s[i+n] == 's' && (i+n+1 == len(s) || !isLetterAt(s, i+n+1)) &&
				len(toks) > 0 && toks[len(toks)-1].End == i && toks[len(toks)-1].Caps && strings.HasSuffix(toks[len(toks)-1].Text, ".") {
				// "the U.K.'s Interoute": the possessive of a dotted name
				toks = append(toks, Token{Text: s[i : i+n+1], Start: i, End: i + n + 1, Kind: Poss})
				i += n + 1
				continue
			}
			if r == '\'' || r == '’' || r == '‘' {
				switch {
				case i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\t' || s[i-1] == '(':
					openSingle = true // an opening quote
				case !openSingle && s[i-1] == 's' && len(toks) > 0 && toks[len(toks)-1].End == i && toks[len(toks)-1].Kind == Word &&
					(i+n == len(s) || s[i+n] == ' '):
					kind = Poss // "the prosecutors' office", "Reuters' reporters"
				default:
					openSingle = false
				}
			}
			toks = append(toks, Token{Text: s[i : i+n], Start: i, End: i + n, Kind: kind})
			i += n
		}
	}
	return toks
}

// elidedBefore returns the end of an elided "l'" (either apostrophe) at
// i that stands before a capitalised word ("selon l’Élysée"), or of a
// "d'" between two ("Quai d’Orsay", "Côte d'Ivoire"; but not "secrétaire
// d'État", a title), or i.
func elidedBefore(s string, i int) int {
	if s[i] != 'd' && s[i] != 'l' || i > 0 && isLetterAt(s, i-1) {
		return i
	}
	if s[i] == 'd' && !capitalisedBefore(s, i) {
		return i
	}
	k := i + 1
	switch {
	case k < len(s) && s[k] == '\'':
		k++
	case strings.HasPrefix(s[k:], "’"):
		k += len("’")
	default:
		return i
	}
	if k >= len(s) {
		return i
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	if !unicode.IsUpper(r) {
		return i
	}
	return k
}

// capitalisedBefore reports whether the word before the space before i
// starts with a capital.
func capitalisedBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return false
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
		if i-k > 64 {
			return false
		}
	}
	if k == j {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsUpper(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetterAt(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return (c|0x20) >= 'a' && (c|0x20) <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// lastIsLetter reports whether s ends in a letter.
func lastIsLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func isWordByte(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return (c|0x20) >= 'a' && (c|0x20) <= 'z' || isDigit(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r), n
}

// scanWord returns the end of the word starting at i: letters, digits and
// marks, with inner joiners (- ' ’ .) kept when a word rune follows, and a
// final period kept after dotted initials ("U.S.", "D.C.").
func scanWord(s string, i int) int {
	j := i
	dotted := false
	for j < len(s) {
		if ok, n := isWordByte(s, j); ok {
			j += n
			continue
		}
		if strings.HasPrefix(s[j:], "\ufffd") && j > i && lastIsLetter(s[:j]) && j+3 < len(s) && s[j+3] >= 'a' && s[j+3] <= 'z' {
			// a replacement character between letters stands for a letter
			// a broken encoding lost ("S\ufffdnchez"); before a capital
			// it was a space ("up\ufffdDemocrats")
			j += 3
			continue
		}
		// joiners
		jn := 0
		switch {
		case s[j] == '-' || s[j] == '\'' || s[j] == '.':
			jn = 1
		case j+3 <= len(s) && s[j:j+3] == "’":
			jn = 3
		case s[j] == '&' && j > i && isUpperByte(s[j-1]) && j+1 < len(s) && isUpperByte(s[j+1]):
			jn = 1 // "PG&E", "AT&T", "S&P"
		}
		if jn > 0 && j+jn < len(s) {
			if ok, _ := isWordByte(s, j+jn); ok {
				if s[j] == '.' {
					dotted = true
				}
				j += jn
				continue
			}
		}
		break
	}
	// "U.S." keeps its final period when it is a run of single letters
	if dotted && j < len(s) && s[j] == '.' && singleLetterDots(s[i:j]) {
		j++
	}
	// a middle initial keeps its period: "Mary E. Lovely"
	if !dotted && j == i+1 && s[i] >= 'A' && s[i] <= 'Z' && j+2 < len(s) && s[j] == '.' && s[j+1] == ' ' && s[j+2] >= 'A' && s[j+2] <= 'Z' {
		j++
	}
	return j
}

// singleLetterDots reports whether w looks like "U.S" or "D.C" (single
// letters joined by periods).
func singleLetterDots(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			if n != 1 {
				return false
			}
			n = 0
			continue
		}
		n++
	}
	return n == 1
}

// possessiveAt returns the offset where a possessive ending of the word
// s[i:j] starts, or i when there is none.
func possessiveAt(s string, i, j int) int {
	w := s[i:j]
	switch {
	case len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-2:] == "'S"):
		return j - 2
	case len(w) > 4 && w[len(w)-4:] == "’s":
		return j - 4
	}
	return i
}

func mkWord(s string, i, j int) Token {
	t := Token{Text: s[i:j], Start: i, End: j, Kind: Word}
	t.Lower = lowerWord(t.Text)
	r, _ := utf8.DecodeRuneInString(t.Text)
	t.Upper = unicode.IsUpper(r) || arabicArticleName(t.Text)
	if t.Upper {
		letters, upper := 0, 0
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		t.Caps = letters >= 2 && upper == letters
	}
	return t
}

// arabicArticleName reports a name written with a lower-case Arabic
// article: "al-Harbi", "el-Sisi", "ash-Sharaa", "al-Qaeda".
func arabicArticleName(w string) bool {
	if len(w) < 4 || w[0] != 'a' && w[0] != 'e' || w[2] != '-' && w[3] != '-' {
		return false
	}
	for _, a := range []string{"al-", "el-", "ash-"} { // (not "at-Risk", "as-Is", "ad-Hoc")
		if len(w) > len(a)+1 && strings.HasPrefix(w, a) {
			return isUpperByte(w[len(a)])
		}
	}
	return false
}

// lowerWord lower-cases w without allocating when it is already lower-case ASCII.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
