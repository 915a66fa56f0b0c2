package quantity

import (
	"math"
	"strconv"
	"strings"
)

// digitInfo describes how a figure written with digits was read.
type digitInfo struct {
	plainInt bool // digits only, no separators
	ndigits  int  // number of digits when plainInt
	leading0 bool // starts with "0" and has more digits ("0100")
	dotThou  bool // read "1.500" as a thousands group (European style)
}

// parseDigits reads a run of digits with '.' and ',' separators, deciding
// which separator marks thousands and which the decimal point:
//
//	10,000  1,234,567  12,34,567 (Indian)  10.000 (European)  1.5  2,5  1,234.56  1.234,56
//
// It reports ok=false for runs that are not one number (IP addresses,
// version numbers, "22,24,26").
func parseDigits(s string) (v float64, info digitInfo, ok bool) {
	var seps [64]byte
	nsep := 0
	var groups [64]int
	glen := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' || c == ',' {
			if nsep >= len(seps) {
				return 0, info, false
			}
			seps[nsep] = c
			groups[nsep] = glen
			nsep++
			glen = 0
			continue
		}
		glen++
	}
	last := glen
	if nsep == 0 {
		info.plainInt = true
		info.ndigits = len(s)
		info.leading0 = len(s) > 1 && s[0] == '0'
		return finite(s, -1, 0, info)
	}
	if s[0] == '.' { // ".08"
		if nsep != 1 {
			return 0, info, false
		}
		return finite(s, 0, '.', info)
	}
	first := groups[0]
	allSame := true
	for i := 1; i < nsep; i++ {
		if seps[i] != seps[0] {
			allSame = false
		}
	}
	thousands := func(from, to int) bool { // groups[from..to) are all 3 long
		for i := from; i < to; i++ {
			if groups[i] != 3 {
				return false
			}
		}
		return true
	}
	indian := func(to int) bool { // 12,34,567: first 1-2, then 2s, then 3
		if first < 1 || first > 2 {
			return false
		}
		for i := 1; i < to; i++ {
			if groups[i] != 2 {
				return false
			}
		}
		return true
	}
	if allSame {
		sep := seps[0]
		if nsep == 1 {
			if last == 3 && first <= 3 && !(first == 1 && s[0] == '0') {
				if sep == ',' {
					return finite(s, -1, ',', info)
				}
				info.dotThou = true // "10.000"; the caller may re-read it as 10.0 before "%"
				return finite(s, -1, '.', info)
			}
			return finite(s, nsep-1, 0, info) // "1.5", "2,5"
		}
		if first <= 3 && first >= 1 && thousands(1, nsep) && last == 3 {
			return finite(s, -1, sep, info)
		}
		if sep == ',' && indian(nsep) && last == 3 {
			return finite(s, -1, sep, info)
		}
		return 0, info, false
	}
	// Mixed separators: the last one is the decimal point, all earlier ones
	// must be the other kind and group thousands.
	dec := seps[nsep-1]
	for i := 0; i < nsep-1; i++ {
		if seps[i] == dec {
			return 0, info, false
		}
	}
	if groups[nsep-1] != 3 {
		return 0, info, false
	}
	if !(first >= 1 && first <= 3 && thousands(1, nsep)) && !(dec == '.' && indian(nsep-1)) {
		return 0, info, false
	}
	return finite(s, nsep-1, seps[0], info)
}

// decimalComma are the languages (ISO 639-1) whose figures group
// thousands with a dot or a space and mark decimals with a comma.
var decimalComma = map[string]bool{
	"de": true, "fr": true, "es": true, "it": true, "pt": true, "nl": true, "ru": true, "uk": true, "pl": true,
	"cs": true, "sk": true, "sl": true, "hr": true, "sr": true, "bs": true, "bg": true, "ro": true, "hu": true,
	"tr": true, "el": true, "sv": true, "da": true, "nb": true, "nn": true, "no": true, "fi": true, "et": true,
	"lv": true, "lt": true, "id": true, "vi": true, "ca": true, "gl": true, "eu": true,
}

// parseDigits reads a figure in the text's convention: where the language
// writes a decimal comma, one comma is the decimal point even before three
// digits ("1,500 Euro" is one and a half).
func (p *parser) parseDigits(s string) (float64, digitInfo, bool) {
	if p.decComma && strings.Count(s, ",") == 1 && strings.IndexByte(s, '.') < 0 && s[0] != ',' &&
		!(p.commaThou && len(s)-strings.IndexByte(s, ',') == 4) {
		return finite(s, 0, 0, digitInfo{})
	}
	if !p.decComma && !p.de && !p.ro && strings.Count(s, ",") == 1 && strings.IndexByte(s, '.') < 0 {
		if i := strings.IndexByte(s, ','); i > 0 && len(s)-i-1 >= 4 {
			return 0, digitInfo{}, false // "about 10,0000 employees": a mistyped group, neither 10 nor a sure 100,000
		}
	}
	return parseDigits(s)
}

// finite converts s to a float, dropping the thousands separator thou and
// reading the separator with index decIdx (counting separators from 0) as the
// decimal point; the other separators group thousands. It rejects
// infinities.
func finite(s string, decIdx int, _ byte, info digitInfo) (float64, digitInfo, bool) {
	var buf [80]byte
	b := buf[:0]
	if len(s) > 400 {
		b = make([]byte, 0, len(s))
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' || c == ',' {
			if n == decIdx {
				b = append(b, '.')
			}
			n++
			continue
		}
		b = append(b, c)
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, info, false
	}
	return v, info, true
}

// Style is how one document writes its figures, read once from its whole
// text by DocStyle.
type Style struct {
	// CommaThousands: a comma before three digits groups thousands, though
	// the language writes a decimal comma. Mexican, Central American,
	// Peruvian and Caribbean Spanish write "13,762 internos" and "1,400
	// millones de soles" as English does.
	CommaThousands bool
	// Dollar is the currency a bare "$" stands for when it is not the US
	// dollar: pages from Colombia, Argentina, Mexico or Chile write their
	// pesos "$" ("US$" stays USD). See DollarOf.
	Dollar string
}

// pesoCountries are the country domains whose pages write their own
// currency with a bare "$".
var pesoCountries = map[string]string{"ar": "ARS", "cl": "CLP", "co": "COP", "mx": "MXN", "uy": "UYU", "do": "DOP", "cu": "CUP"}

// DollarOf returns the currency a bare "$" stands for on a page from host
// (a URL's host name), "" for the US dollar: "$" on eltiempo.com.co is
// the Colombian peso.
func DollarOf(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	i := strings.LastIndexByte(host, '.')
	if i < 0 {
		return ""
	}
	return pesoCountries[host[i+1:]]
}

// DocStyle reads how a text in language lang writes its figures. In a
// language with a decimal comma, a comma before three digits groups
// thousands when some figure of the text can only be read the English
// way ("1,000,000", "3,990.00") and none only the other way ("5,2 %",
// "1.000.000", "14.372,4"); in Spanish also when nothing says either way,
// since a writer of decimal commas rarely gives three decimals.
func DocStyle(text, lang string) Style {
	if !decimalComma[lang] {
		return Style{}
	}
	point, comma := false, false
	for i := 0; i < len(text); {
		if !isDigit(text[i]) || i > 0 && (isDigit(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
			i++
			continue
		}
		j := i
		for j < len(text) && (isDigit(text[j]) || (text[j] == '.' || text[j] == ',') && j+1 < len(text) && isDigit(text[j+1])) {
			j++
		}
		switch p, c := runStyle(text[i:j]); {
		case p:
			point = true
		case c:
			comma = true
		}
		if comma {
			return Style{}
		}
		i = j
	}
	return Style{CommaThousands: point || lang == "es"}
}

// runStyle reads one figure written with digits and separators: whether
// only the English reading fits it (point) or only the decimal-comma one
// (comma).
func runStyle(s string) (point, comma bool) {
	var seps []byte
	var groups []int
	n := 0
	for k := 0; k < len(s); k++ {
		if s[k] == '.' || s[k] == ',' {
			seps = append(seps, s[k])
			groups = append(groups, n)
			n = 0
			continue
		}
		n++
	}
	groups = append(groups, n)
	if len(seps) == 0 {
		return false, false
	}
	last := seps[len(seps)-1]
	inner := true // every group after the first but the last is three digits
	for k := 1; k < len(groups)-1; k++ {
		inner = inner && groups[k] == 3
	}
	same := true
	for _, c := range seps {
		same = same && c == seps[0]
	}
	switch {
	case len(seps) >= 2 && same && inner && groups[len(groups)-1] == 3:
		return seps[0] == ',', seps[0] == '.' // "1,000,000", "1.000.000"
	case len(seps) >= 2 && !same && inner && groups[len(groups)-2] == 3:
		return last == '.', last == ',' // "3,990.00", "14.372,4"
	case len(seps) == 1 && last == ',' && groups[1] <= 2 && groups[0] <= 3:
		return false, true // "5,2", "14,50"
	}
	return false, false
}
