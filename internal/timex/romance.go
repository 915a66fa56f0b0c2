package timex

import (
	"strconv"
	"strings"
)

// French and Spanish dates, like German ones, are read by the English
// grammar: when the context says the text is French ("fr") or Spanish
// ("es"), month and weekday names and "hier", "demain", "ayer", "hoy",
// "mañana" take the classes of their English equals; a "last" or "next"
// written after its noun ("la semaine dernière", "el lunes pasado") is
// read before it; and the "de" of "3 de diciembre" is passed over.

var frenchLexicon = map[string]string{
	"janvier": "january", "février": "february", "fevrier": "february", "mars": "march", "avril": "april",
	"mai": "may", "juin": "june", "juillet": "july", "août": "august", "aout": "august", "septembre": "september",
	"octobre": "october", "novembre": "november", "décembre": "december", "decembre": "december",
	"lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday", "vendredi": "friday",
	"samedi": "saturday", "dimanche": "sunday",
	"hier": "yesterday", "demain": "tomorrow", "semaine": "week", "semaines": "weeks", "mois": "month",
	"année": "year", "an": "year", "ans": "years", "jours": "days", "jour": "day", "week-end": "weekend",
	"dernier": "last", "dernière": "last", "passé": "last", "passée": "last", "prochain": "next", "prochaine": "next",
	"en": "in", "depuis": "since", "cette": "this", "ce": "this", "cet": "this", "début": "early", "fin": "late", "mi": "mid",
	"un": "a", "une": "a", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "six": "six", "sept": "seven",
	"huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven", "douze": "twelve", "quinze": "fifteen", "vingt": "twenty",
	"hiver": "winter", "printemps": "spring", "automne": "autumn", "dans": "in", "durant": "during",
	"premier": "first", "première": "first", "deuxième": "second", "second": "second", "seconde": "second", "troisième": "third",
	"quatrième": "fourth", "trimestre": "quarter", "semestre": "half",
	"avant-hier": "ereyesterday", "après-demain": "overmorrow", "le": "the", "matin": "morning", "soir": "evening", "soirée": "evening", "nuit": "night",
}

var spanishLexicon = map[string]string{
	"enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may", "junio": "june",
	"julio": "july", "agosto": "august", "septiembre": "september", "setiembre": "september", "octubre": "october",
	"noviembre": "november", "diciembre": "december",
	"lunes": "monday", "martes": "tuesday", "miércoles": "wednesday", "miercoles": "wednesday", "jueves": "thursday",
	"viernes": "friday", "sábado": "saturday", "sabado": "saturday", "domingo": "sunday",
	"ayer": "yesterday", "hoy": "today", "semana": "week", "semanas": "weeks", "mes": "month", "meses": "months",
	"año": "year", "años": "years", "día": "day", "días": "days", "fin": "late",
	"un": "a", "una": "a", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five", "seis": "six", "siete": "seven",
	"ocho": "eight", "nueve": "nine", "diez": "ten", "once": "eleven", "doce": "twelve", "quince": "fifteen", "veinte": "twenty",
	"pasado": "last", "pasada": "last", "próximo": "next", "próxima": "next", "proximo": "next", "proxima": "next",
	"en": "in", "desde": "since", "este": "this", "esta": "this", "principios": "early", "finales": "late",
	"verano": "summer", "invierno": "winter", "primavera": "spring", "otoño": "autumn", "anoche": "yesterday",
	"durante": "during", "dentro de": "in", "primer": "first", "primero": "first", "segundo": "second", "tercer": "third",
	"tercero": "third", "cuarto": "fourth", "trimestre": "quarter", "semestre": "half",
	"mediados": "mid", "noche": "night", "tarde": "afternoon", "madrugada": "morning", "anteayer": "ereyesterday", "antier": "ereyesterday",
	"antes de ayer": "ereyesterday", "pasado mañana": "overmorrow", "fin de semana": "weekend", "fines de semana": "weekends", "el": "the", "que viene": "next",
}

// postposed are the words that follow the noun they qualify.
var postposed = map[string]bool{"dernier": true, "dernière": true, "passé": true, "passée": true, "prochain": true,
	"prochaine": true, "pasado": true, "pasada": true, "próximo": true, "próxima": true, "que viene": true}

// romanize gives French or Spanish words the classes of their English
// equals, moves a postposed "last" or "next" before its noun, and passes
// over "de" between a day and a month ("3 de diciembre") and "de" after
// "principios", "finales", "mediados", "début", "fin" ("a finales de junio").
func romanize(toks []token, lexicon map[string]string, spanish bool) []token {
	toks = joinWords(decades(elide(toks)), lexicon)
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		w := strings.ToLower(t.text)
		if spanish && w == "mañana" && t.cls.kind == wNone {
			if i > 0 && (strings.EqualFold(toks[i-1].text, "la") || strings.EqualFold(toks[i-1].text, "esta")) {
				t.cls = lookup("morning") // "por la mañana", "esta mañana"
			} else {
				t.cls = lookup("tomorrow")
			}
			continue
		}
		if w == "été" && summerNotBeen(toks, i) {
			t.cls = lookup("summer") // "l'été 2020", "cet été"; but "il a été blessé"
			continue
		}
		if (w == "ce" || w == "cette") && i+3 < len(toks) && toks[i+2].text == "-" && strings.EqualFold(toks[i+3].text, "là") {
			t.cls = lookup("that") // "ce soir-là", "ce jour-là": that evening, that day
			continue
		}
		if t.cls == lookup("the") && (w == "años" || w == "l") {
			continue // "los años noventa", "l'année": set by decades and elide
		}
		if en, ok := lexicon[w]; ok {
			t.cls = lookup(en)
			if k := t.cls.kind; k == wMonth || k == wWeekday {
				t.upper = true // French and Spanish write them in lower case
			}
		}
	}
	connectDates(toks)
	// "la semaine dernière", "el lunes pasado": the qualifier first
	for i := 1; i < len(toks); i++ {
		if toks[i].kind == tWord && postposed[strings.ToLower(toks[i].text)] && toks[i-1].kind == tWord {
			if k := toks[i-1].cls.kind; k == wUnit || k == wWeekday || k == wMonth || k == wSeason {
				toks[i-1].cls, toks[i].cls = toks[i].cls, toks[i-1].cls
				toks[i-1].upper, toks[i].upper = toks[i].upper, toks[i-1].upper
			}
		}
	}
	toks = agoAfter(toks)
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord && strings.EqualFold(t.text, "de") && len(out) > 0 && i+1 < len(toks) {
			prev, next := out[len(out)-1], toks[i+1]
			dayMonth := prev.kind == tNum && prev.digits <= 2 && next.kind == tWord && next.cls.kind == wMonth
			monthYear := prev.kind == tWord && (prev.cls.kind == wMonth || prev.cls.kind == wSeason || prev.cls == lookup("quarter") || prev.cls == lookup("half")) &&
				next.kind == tNum && next.digits == 4
			edge := prev.kind == tWord && (prev.cls == lookup("early") || prev.cls == lookup("late") || prev.cls == lookup("mid"))
			if edge && i+3 < len(toks) && next.cls == lookup("the") && strings.EqualFold(toks[i+2].text, "année") && toks[i+3].kind == tNum && toks[i+3].digits == 4 {
				i += 2 // "fin de l'année 2019": late 2019
				continue
			}
			if dayMonth || monthYear || edge {
				continue // "3 de diciembre de 2024", "a finales de junio"
			}
		}
		out = append(out, t)
	}
	return out
}

// elide joins the French elided article to its word: "l'année 2016" is
// read as "the year 2016", the apostrophe dropped and "l" taken as "the".
func elide(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord && strings.EqualFold(t.text, "l") && !t.spaceAfter && i+2 < len(toks) && (toks[i+1].text == "'" || toks[i+1].text == "’") &&
			!toks[i+1].spaceAfter && toks[i+2].kind == tWord {
			t.cls = lookup("the")
			out = append(out, t)
			i++ // the apostrophe
			continue
		}
		out = append(out, t)
	}
	return out
}

// decadeArticles stand before "años" and "années" when they name a decade.
var decadeArticles = map[string]bool{"los": true, "les": true, "des": true, "aux": true}

// decadeWords are the Spanish names of the decades after "años".
var decadeWords = map[string]int{"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
	"ochenta": 80, "noventa": 90}

// decades reads "les années 1990", "los años 90", "los años noventa" and
// the German "die 1990er Jahre", "in den 90er-Jahren" as the English
// "the 1990s": the figure becomes "1990s" and the word before it "the".
func decades(toks []token) []token {
	for i := 0; i+1 < len(toks); i++ {
		w := strings.ToLower(toks[i].text)
		n := &toks[i+1]
		switch {
		case (w == "années" || w == "años") && i > 0 && decadeArticles[strings.ToLower(toks[i-1].text)]:
			// "los años 90", "les années 1990"; but "hace diez años 40
			// mineros", "ces dernières années 30 usines" are counts
			if n.kind == tNum && (n.digits == 4 && n.num%10 == 0 || n.digits == 2 && n.num%10 == 0) {
				n.kind, n.text = tAlnum, decadeText(n.num, n.digits)
				toks[i].cls = lookup("the")
			} else if d, ok := decadeWords[strings.ToLower(n.text)]; ok && n.kind == tWord {
				n.kind, n.text, n.cls = tAlnum, decadeText(d, 2), wordClass{}
				toks[i].cls = lookup("the")
			}
		case toks[i].kind == tAlnum && strings.HasSuffix(w, "er") && (len(w) == 6 || len(w) == 4) && w[len(w)-3] == '0':
			// "1990er", "90er": a German decade
			if v, ok := smallInt(w[:len(w)-2]); ok {
				toks[i].text = decadeText(v, len(w)-2)
				if i > 0 {
					if p := strings.ToLower(toks[i-1].text); p == "den" || p == "die" || p == "der" {
						toks[i-1].cls = lookup("the")
					}
				}
			}
		}
	}
	return toks
}

// decadeText writes a decade as the English grammar reads it, "1990s".
// A two-digit decade ("los años 90", "die 90er") is of the 1900s from the
// twenties on ("los años veinte" are the 1920s) and of the 2000s for the
// noughties and tens.
func decadeText(v, digits int) string {
	if digits == 2 {
		if v >= 20 {
			v += 1900
		} else {
			v += 2000
		}
	}
	return strconv.Itoa(v) + "s"
}

// auxiliaries are the French forms of "avoir" before a participle.
var auxiliaries = map[string]bool{"a": true, "ai": true, "as": true, "avons": true, "avez": true, "ont": true, "avait": true,
	"avaient": true, "aura": true, "auront": true, "aurait": true, "auraient": true, "eût": true, "ayant": true}

// summerNotBeen reports the French "été" at i as the summer, not the
// participle of "être": after "l'" (its apostrophe dropped by elide),
// "cet" or "en", before a year, or
// opening the phrase before "dernier" / "prochain".
func summerNotBeen(toks []token, i int) bool {
	if i >= 1 && auxiliaries[strings.ToLower(toks[i-1].text)] {
		return false // "La meilleure année a été 2019"
	}
	if i >= 1 && (strings.EqualFold(toks[i-1].text, "l") || strings.EqualFold(toks[i-1].text, "cet") || strings.EqualFold(toks[i-1].text, "en")) {
		return true
	}
	if i+1 < len(toks) {
		next := toks[i+1]
		w := strings.ToLower(next.text)
		return next.kind == tNum && next.digits == 4 || i == 0 && (w == "dernier" || w == "prochain") // but "il a été dernier"
	}
	return false
}

// agoAfter rewrites "il y a deux ans", "hace tres días" and "vor zwei
// Jahren" as the English "two years ago" reads: the number and the unit,
// then an "ago" that takes no room in the text (the phrase still starts
// at "il", "hace" or "vor").
func agoAfter(toks []token) []token {
	var out []token // nil until a phrase is found: most texts have none
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if n := agoPrefix(toks, i); n > 0 {
			if out == nil {
				out = append(make([]token, 0, len(toks)+1), toks[:i]...)
			}
			num, unit := toks[i+n], toks[i+n+1]
			ago := token{kind: tWord, start: unit.end, end: unit.end, text: "ago", cls: lookup("ago"), spaceAfter: unit.spaceAfter}
			unit.spaceAfter = true
			num.start = t.start
			out = append(out, num, unit, ago)
			i += n + 1
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// agoPrefix returns how many tokens at i say "ago" before a number of
// units ("il y a" 3, "hace" and "vor" 1), 0 if none does: "il y a deux
// ans", "hace tres días", "vor zwei Jahren" (but "il y a 75 000 abonnés"
// is "there are", and "vor 200 Zuschauern" is before an audience).
func agoPrefix(toks []token, i int) int {
	n := 0
	switch w := strings.ToLower(toks[i].text); {
	case w == "hace" || w == "vor":
		n = 1
	case w == "il" && i+2 < len(toks) && strings.EqualFold(toks[i+1].text, "y") && strings.EqualFold(toks[i+2].text, "a"):
		n = 3
	default:
		return 0
	}
	if i+n+1 >= len(toks) {
		return 0
	}
	num, unit := toks[i+n], toks[i+n+1]
	if n == 3 && i+n+2 < len(toks) && (strings.EqualFold(toks[i+n+2].text, "de") || strings.EqualFold(toks[i+n+2].text, "d")) {
		return 0 // "il y a deux jours de congé": there are two days off
	}
	if (num.kind == tNum && !num.ordinal || num.kind == tWord && (num.cls.kind == wNumber || num.cls.kind == wTens || num.cls == lookup("a"))) && unit.kind == tWord && (unit.cls.kind == wUnit || unit.cls == lookup("days")) {
		return n
	}
	return 0
}

// joinWords makes one word of the lexicon entries written as several:
// "après-demain", "avant-hier" (the lexer splits the hyphen), "pasado
// mañana", "antes de ayer" and "week-end". The joined word takes the
// entry's class.
func joinWords(toks []token, lexicon map[string]string) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord {
			if n, joined := joinAt(toks, i, lexicon); n > 1 {
				t.text = joined
				t.end = toks[i+n-1].end
				t.spaceAfter = toks[i+n-1].spaceAfter
				t.cls = lookup(lexicon[joined])
				out = append(out, t)
				i += n - 1
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// joinAt reports how many tokens from i spell an entry of lexicon with
// spaces or glued hyphens between them (0 or 1 when none does), and the
// entry as written in the lexicon.
func joinAt(toks []token, i int, lexicon map[string]string) (int, string) {
	if !joinStarts[strings.ToLower(toks[i].text)] {
		return 0, "" // most words start no entry of several words
	}
	var b strings.Builder
	b.WriteString(strings.ToLower(toks[i].text))
	best, bestEn := 0, ""
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		t := toks[j]
		switch {
		case t.kind == tPunct && t.text == "-" && t.start == toks[j-1].end:
			b.WriteString("-")
			continue
		case t.kind == tWord && toks[j-1].kind == tPunct && t.start == toks[j-1].end:
		case t.kind == tWord && toks[j-1].kind == tWord && toks[j-1].spaceAfter:
			b.WriteString(" ")
		default:
			return best, bestEn
		}
		b.WriteString(strings.ToLower(t.text))
		if _, ok := lexicon[b.String()]; ok {
			best, bestEn = j-i+1, b.String()
		}
	}
	return best, bestEn
}

// joinStarts are the first words of the lexicon entries written as
// several words ("pasado" of "pasado mañana", "après" of "après-demain").
var joinStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, lex := range []map[string]string{frenchLexicon, spanishLexicon} {
		for w := range lex {
			if i := strings.IndexAny(w, " -"); i > 0 {
				m[w[:i]] = true
			}
		}
	}
	return m
}()

// IsRomanceCalendarWord reports a French or Spanish weekday or month name
// (lower case): "mardi", "juin", "martes", "junio".
func IsRomanceCalendarWord(w string) bool {
	for _, lex := range []map[string]string{frenchLexicon, spanishLexicon} {
		if en, ok := lex[w]; ok {
			k := lookup(en).kind
			return k == wWeekday || k == wMonth
		}
	}
	return false
}

// spanConnectors are the French, Spanish and German words that join two
// dates into a span, with the English word the grammar reads them as:
// "entre 1998 et 2004", "de 1998 à 2004", "desde 2010 hasta 2015",
// "zwischen 1998 und 2004", "von 2010 bis 2015".
var spanConnectors = map[string]string{
	"entre": "between", "zwischen": "between",
	"et": "and", "y": "and", "und": "and",
	"à": "to", "a": "to", "hasta": "to", "bis": "to",
	"de": "from", "desde": "from", "von": "from",
}

// connectDates gives the words of spanConnectors their English reading
// between dates (a year, a day before a word, a month): "et" and "à" as
// "and" and "to", "entre" as "between" before one, and "de" as "from"
// before a year and a "to". Elsewhere they stay as they are ("à 10 % en
// 2019", "bis zu 500"), except "a" or "à" right before a month, which
// would read as the English article: it reads as "in" ("con respecto a
// febrero").
func connectDates(toks []token) {
	dateTok := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		t := toks[k]
		return t.kind == tNum && !t.ordinal && (t.digits == 4 || t.digits <= 2 && k+1 < len(toks) && toks[k+1].kind == tWord) ||
			t.kind == tWord && t.cls.kind == wMonth
	}
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		en := spanConnectors[strings.ToLower(t.text)]
		switch {
		case en == "":
		case en == "between" && dateTok(i+1):
		case en == "from" && i+2 < len(toks) && toks[i+1].kind == tNum && toks[i+1].digits == 4 && spanConnectors[strings.ToLower(toks[i+2].text)] == "to":
		case (en == "and" || en == "to") && dateTok(i-1) && dateTok(i+1):
		case en == "to" && dateTok(i+1) && toks[i+1].kind == tWord:
			en = "in" // "con respecto a febrero": at a month, as "en febrero"
		default:
			continue
		}
		if en != "" {
			t.text, t.cls = en, lookup(en)
		}
	}
}
