package timex

import (
	"strings"
	"time"
	"unicode/utf8"

	"newsdesk/internal/textproc"

	dps "github.com/markusmobius/go-dateparser"
	dpdate "github.com/markusmobius/go-dateparser/date"
)

// go-dateparser knows month names in some two hundred locales. We use it
// only where our English grammar has nothing to say, and only on short
// candidate spans: it is slow, and on whole sentences it invents dates
// ("October 27-28" becomes the year 1928).

var dp = &dps.Parser{}

// maxFallbackTries caps the go-dateparser calls per Find, so text built to
// look like foreign dates cannot make Find slow.
const maxFallbackTries = 16

// dpParse calls go-dateparser and turns a panic inside it into "no date".
func dpParse(cfg *dps.Configuration, s string) (d dpdate.Date, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	if len(s) > 80 {
		return dpdate.Date{}, false
	}
	d, err := dp.Parse(cfg, s)
	if err != nil || d.IsZero() {
		return dpdate.Date{}, false
	}
	return d, true
}

// parseFallback resolves a whole phrase the grammar did not understand, such
// as a date written in another language. It accepts only results whose
// numbers are visible in the phrase, so day numbers never turn into years.
func parseFallback(phrase string, ref time.Time) (Date, bool) {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" || len(phrase) > 80 {
		return Date{}, false
	}
	nums := numbersIn(phrase)
	hasLetters := false
	for _, r := range phrase {
		if r > 0x7f || (r|0x20 >= 'a' && r|0x20 <= 'z') {
			hasLetters = true
			break
		}
	}
	if !hasLetters || allEnglish(phrase) {
		// Digits only, or only words our English grammar knows: it has
		// had its say, and go-dateparser would guess ("10 days" → a day
		// in October).
		return Date{}, false
	}
	cfg := &dps.Configuration{
		CurrentTime:         ref,
		PreferredDateSource: dps.Past,
		PreferredDayOfMonth: dps.First,
		DefaultTimezone:     time.UTC,
	}
	res, ok := dpParse(cfg, phrase)
	if !ok {
		return Date{}, false
	}
	t := res.Time
	d := Date{Date: date(t.Year(), int(t.Month()), t.Day()), Precision: Day}
	switch res.Period {
	case dpdate.Month:
		d.Date, d.Precision = date(t.Year(), int(t.Month()), 1), Month
	case dpdate.Year:
		d.Date, d.Precision = date(t.Year(), 1, 1), Year
	}
	// Every number in the phrase must be the day, the month or the year of
	// the result; a year that is not written must be near the reference.
	yearWritten := false
	for _, n := range nums {
		switch {
		case n == t.Year():
			yearWritten = true
		case n == t.Day() && d.Precision == Day, n == int(t.Month()):
		default:
			return Date{}, false
		}
	}
	if len(nums) == 0 {
		// Purely verbal phrases ("hier", "vorgestern"): relative words in
		// other languages; keep them only close to the reference.
		if absDays(d.Date, ref) > 400 {
			return Date{}, false
		}
	} else if !yearWritten && (t.Year() < ref.Year()-1 || t.Year() > ref.Year()+1) {
		return Date{}, false
	}
	d.Future = d.Date.After(date(ref.Year(), int(ref.Month()), ref.Day()))
	return d, true
}

// numbersIn lists the digit runs of s (capped at 9 digits).
func numbersIn(s string) []int {
	var out []int
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		v, j := 0, i
		for j < len(s) && isDigit(s[j]) {
			if j-i < 9 {
				v = v*10 + int(s[j]-'0')
			}
			j++
		}
		out = append(out, v)
		i = j
	}
	return out
}

// fallbackSpans finds full dates written with a month name the English
// lexicon does not know: "25. Oktober 2024", "25 de octubre de 2024",
// "le 3 mars 2024", "ottobre 25, 2024". Each candidate needs a day number,
// a word and a four-digit year close together, so the slow parser runs
// rarely.
func (m *matcher) fallbackSpans(found []Date) []Date {
	var out []Date
	toks := m.toks
	covered := func(start, end int) bool {
		for _, d := range found {
			if start < d.End && end > d.Start {
				return true
			}
		}
		return false
	}
	isDay := func(t *token) bool { return t.kind == tNum && t.digits <= 2 && t.num >= 1 && t.num <= 31 }
	isYear := func(t *token) bool { return t.kind == tNum && t.digits == 4 && t.num >= 1000 && t.num < 3000 }
	isName := func(t *token) bool {
		return t.kind == tWord && t.cls.kind == wNone && len(t.text) >= 3
	}
	isFiller := func(t *token) bool { // "de", "del", "di", "."
		return (t.kind == tWord && len(t.text) <= 3 && !t.upper && t.cls.kind == wNone) || (t.kind == tPunct && (t.text == "." || t.text == ","))
	}
	tries := 0
	for i := 0; i+2 < len(toks) && tries < maxFallbackTries; i++ {
		var end, dayNum int
		switch {
		case isDay(&toks[i]):
			dayNum = toks[i].num
			// day [.|de] name [de|,] year
			j := i + 1
			if isFiller(&toks[j]) {
				j++
			}
			if j >= len(toks) || !isName(&toks[j]) {
				continue
			}
			j++
			if j < len(toks) && isFiller(&toks[j]) {
				j++
			}
			if j >= len(toks) || !isYear(&toks[j]) {
				continue
			}
			end = j + 1
		case isName(&toks[i]) && toks[i].cls.kind == wNone:
			// name day [,] year
			j := i + 1
			if !isDay(&toks[j]) {
				continue
			}
			dayNum = toks[j].num
			j++
			if j < len(toks) && toks[j].kind == tPunct && toks[j].text == "," {
				j++
			}
			if j >= len(toks) || !isYear(&toks[j]) {
				continue
			}
			end = j + 1
		default:
			continue
		}
		start, stop := toks[i].start, toks[end-1].end
		if covered(start, stop) {
			continue
		}
		span := m.s[start:stop]
		tries++
		cfg := &dps.Configuration{CurrentTime: m.ref, StrictParsing: true, DefaultTimezone: time.UTC}
		res, ok := dpParse(cfg, span)
		if !ok {
			continue
		}
		t := res.Time
		y := toks[end-1].num
		if t.Year() != y || t.Day() != dayNum || res.Period != dpdate.Day {
			continue // "3 Tage 2024": a relative phrase, not a date
		}
		d := Date{Text: span, Start: start, End: stop, Date: date(t.Year(), int(t.Month()), t.Day()), Precision: Day}
		d.Future = d.Date.After(m.ref)
		out = append(out, d)
		i = end - 1
	}
	return out
}

func sortByStart(ds []Date) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Start < ds[j-1].Start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// allEnglish reports whether s lacks a word our grammar does not know: every
// word of three letters or more is in the lexicon or is an English stopword.
func allEnglish(s string) bool {
	toks := lex(s, nil, false)
	for k := range toks {
		t := &toks[k]
		if t.kind != tWord || t.cls.kind != wNone || utf8.RuneCountInString(t.text) < 3 {
			continue
		}
		if !textproc.IsStopword("en", strings.ToLower(t.text)) {
			return false
		}
	}
	return true
}
