package timex

import "strings"

// German dates are read by the English grammar: when the context says the
// text is German, German month and weekday names, "heute", "gestern",
// "morgen", "letzte Woche", "im November", "am Montag", "Ende Juni" and
// "Mitte 2020" get the word classes of their English equals, and the
// period of an ordinal day ("am 3. Dezember") joins its number, as the
// English "3rd" does. Full dates in other languages still go to
// go-dateparser (fallback.go).

// germanLexicon maps lower-case German words to the English word whose
// class they take.
var germanLexicon = map[string]string{
	"vorgestern": "ereyesterday", "übermorgen": "overmorrow",
	"januar": "january", "jänner": "january", "februar": "february", "feber": "february", "märz": "march",
	"maerz": "march", "april": "april", "mai": "may", "juni": "june", "juli": "july", "august": "august",
	"september": "september", "oktober": "october", "november": "november", "dezember": "december",
	"jan": "jan", "feb": "feb", "mär": "mar", "apr": "apr", "jun": "jun", "jul": "jul", "aug": "aug",
	"sept": "sept", "okt": "oct", "nov": "nov", "dez": "dec",
	"sonntag": "sunday", "montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday",
	"donnerstag": "thursday", "freitag": "friday", "samstag": "saturday", "sonnabend": "saturday",
	"heute": "today", "gestern": "yesterday", "heutigen": "today",
	"letzte": "last", "letzten": "last", "letzter": "last", "letztes": "last", "vergangene": "last",
	"vergangenen": "last", "vergangener": "last", "vergangenes": "last", "vorigen": "last", "vorige": "last",
	"nächste": "next", "nächsten": "next", "nächster": "next", "nächstes": "next", "kommende": "next",
	"kommenden": "next", "kommender": "next", "kommendes": "next",
	"diese": "this", "diesen": "this", "dieser": "this", "dieses": "this",
	"tag": "day", "tage": "days", "tagen": "days", "woche": "week", "wochen": "weeks", "monat": "month",
	"monate": "months", "monaten": "months", "monats": "month", "jahr": "year", "jahre": "years", "jahren": "years",
	"jahres": "year", "wochenende": "weekend", "wochenendes": "weekend",
	"im": "in", "am": "on", "des": "of", "ende": "end", "anfang": "beginning", "beginn": "beginning", "mitte": "mid",
	"frühjahr": "spring", "frühling": "spring", "sommer": "summer", "herbst": "autumn", "winter": "winter",
	"seit": "since", "bis": "until", "ab": "from", "vom": "from", "zum": "to",
	"abend": "evening", "nachmittag": "afternoon", "vormittag": "morning", "nacht": "night",
	"quartal": "quarter", "halbjahr": "half", "ersten": "first", "erste": "first", "erstes": "first", "zweiten": "second",
	"dritten": "third", "vierten": "fourth", "während": "during",
	"zwei": "two", "drei": "three", "vier": "four", "fünf": "five", "sechs": "six", "sieben": "seven", "acht": "eight",
	"neun": "nine", "zehn": "ten", "elf": "eleven", "zwölf": "twelve", "zwanzig": "twenty",
}

// germanize gives German words the classes of their English equals and
// joins "3." before a month into an ordinal day.
func germanize(toks []token) []token {
	toks = decades(toks)
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		w := strings.ToLower(t.text)
		if w == "morgen" {
			if t.upper && i > 0 {
				t.cls = lookup("morning") // "am Morgen": in the morning
			} else {
				t.cls = lookup("tomorrow") // "morgen": tomorrow
			}
			continue
		}
		if en, ok := germanLexicon[w]; ok {
			t.cls = lookup(en)
		} else if wd, ok := weekdayPart(w); ok {
			t.cls = lookup(wd) // "am Montagabend", "Dienstagmorgen"
		}
	}
	connectDates(toks)
	toks = agoAfter(toks)
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord || i+1 >= len(toks) {
			continue
		}
		next := toks[i+1]
		switch w := strings.ToLower(t.text); {
		case (w == "ende" || w == "anfang" || w == "beginn" || w == "mitte") && (next.cls.kind == wMonth || next.kind == tNum && next.digits == 4):
			// "Ende Juni", "Anfang Oktober", "Mitte 2020": late, early, mid
			switch w {
			case "ende":
				t.cls = lookup("late")
			case "mitte":
				t.cls = lookup("mid")
			default:
				t.cls = lookup("early")
			}
		case w == "am" && strings.HasPrefix(strings.ToLower(next.text), "wochenende"):
			t.cls = lookup("the") // "am Wochenende": the weekend just past
		}
	}
	// "im Jahr 2019" is "in 2019" (the period of "am 3. Dezember" is
	// passed over by dayMonth)
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord && strings.EqualFold(t.text, "den") && len(out) > 0 && out[len(out)-1].text == "," && i+1 < len(toks) && toks[i+1].kind == tNum &&
			len(out) > 1 && out[len(out)-2].cls.kind == wWeekday {
			continue // "am Mittwoch, den 25. Dezember 2019"
		}
		if t.kind == tWord && (t.cls == lookup("year") || t.cls == lookup("years")) && i > 0 && toks[i-1].cls == lookup("in") &&
			i+1 < len(toks) && toks[i+1].kind == tNum && toks[i+1].digits == 4 {
			continue // "im Jahr 2019", "im Jahre 2019"
		}
		out = append(out, t)
	}
	return out
}

// weekdayPart reads a German weekday joined to a part of the day:
// "Montagabend", "Dienstagmorgen", "Freitagnacht".
func weekdayPart(w string) (string, bool) {
	for _, part := range []string{"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"} {
		if day, ok := strings.CutSuffix(w, part); ok && day != "" {
			if en, ok := germanLexicon[day]; ok && lookup(en).kind == wWeekday {
				return en, true
			}
		}
	}
	return "", false
}
