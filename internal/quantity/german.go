package quantity

import "strings"

// German text is read by the same grammar as English, with three changes
// when the caller says the text is German (FindLang with "de"):
//   - number words are read as their English equals ("sieben" as
//     "seven", "ein Drittel" as "a third"), so that every rule on number
//     words applies;
//   - the counted noun is the capitalised noun after the figure, past
//     inflected adjectives ("1.246 unerlaubte Einreisen"), since every
//     German noun is capitalised and the English reading of a capital
//     after a number as a name does not hold;
//   - clock times ("10 Uhr"), ages ("33 Jahre alt", "mit 18 Jahren") and
//     years are told apart by German words.

// germanWords are German number words with the English word they stand
// for in the token stream.
var germanWords = map[string]string{
	"eins": "one", "ein": "a", "eine": "a", "einen": "a", "einem": "a", "einer": "a",
	"zwei": "two", "zwo": "two", "drei": "three", "vier": "four", "fünf": "five", "sechs": "six",
	"sieben": "seven", "acht": "eight", "neun": "nine", "zehn": "ten", "elf": "eleven", "zwölf": "twelve",
	"dreizehn": "thirteen", "vierzehn": "fourteen", "fünfzehn": "fifteen", "sechzehn": "sixteen",
	"siebzehn": "seventeen", "achtzehn": "eighteen", "neunzehn": "nineteen", "zwanzig": "twenty",
	"dreißig": "thirty", "vierzig": "forty", "fünfzig": "fifty", "sechzig": "sixty", "siebzig": "seventy",
	"achtzig": "eighty", "neunzig": "ninety", "hundert": "hundred", "tausend": "thousand",
	"dutzend": "dozen", "dutzende": "dozens", "hunderte": "hundreds", "tausende": "thousands",
	"hälfte": "half", "drittel": "third", "viertel": "quarter",
	// hedges: "fast 80" is almost 80, "gut 80" a good 80 (a little over)
	"fast": "almost", "gut": "over", "schätzungsweise": "approximately", "maximal": "maximum", "minimal": "minimum",
}

// germanCurrencies are German currency words whose English word the
// currency table knows.
var germanCurrencies = map[string]string{"rubel": "rubles", "franken": "francs", "rupien": "rupees", "pfund": "pounds", "kronen": "kronor",
	"mark": "marks", "d-mark": "deutschmarks"}

// germanize rewrites the lower-case form of German number words to their
// English equals; offsets and the text are unchanged.
func germanize(toks []token) {
	translate(toks, germanWords)
	translate(toks, germanCurrencies)
	// range words between two figures: "200 bis 1000 Euro", "zwischen
	// 5 und 7"
	for i := range toks {
		if toks[i].kind != kWord {
			continue
		}
		switch toks[i].low {
		case "a":
			if nx := i + 1; nx < len(toks) && (toks[nx].low == "bis" || toks[nx].low == "oder") && numberAt(toks, i+2) {
				toks[i].low = "one" // "ein bis zwei Tage", "ein oder zwei"
			}
			if nx := i + 1; nx < len(toks) && toks[nx].low == "von" && numberAt(toks, i+2) && toks[nx].kind == kWord && !changeTo(toks, i+2) {
				toks[i].low, toks[nx].low = "one", "in" // "einer von vier Angriffen": a share
			}
		case "bis":
			if numberAt(toks, i-1) && numberAt(toks, i+1) {
				toks[i].low = "to"
			}
		case "von":
			if i > 0 && numWords[toks[i-1].low].kind == wVague && toks[i].gap == gapSpace {
				toks[i].low = "of" // "Millionen von Menschen", "Tausende von Flüchtlingen"
				break
			}
			// "neun von zehn Befragten", "3 von 4": a share of terms up to
			// ten and a hundred; larger ones are counts ("16 von 217
			// Sitzen", "3 von 217 Sitzen"), as with "out of"
			if toks[i].gap == gapSpace && i+1 < len(toks) && toks[i+1].gap == gapSpace && countAt(toks, i-1) && countAt(toks, i+1) && !changeTo(toks, i+1) &&
				(toks[i-1].kind == kWord && numWords[toks[i-1].low].val <= 10 || len(toks[i-1].low) == 1 || toks[i-1].low == "10") &&
				(toks[i+1].kind == kWord || len(toks[i+1].low) <= 2 || toks[i+1].low == "100") { // "3 von 217 Sitzen": two counts
				toks[i].low = "in"
			}
		case "halbe", "halben", "halbes":
			if i+1 < len(toks) && numWords[toks[i+1].low].kind == wScale {
				toks[i].low = "half" // "eine halbe Million"
			}
		case "millionen", "milliarden":
			// "Millionen Menschen": millions of people, where no figure, "ein"
			// or "-" stands before ("300-Millionen-Euro-Anleihe"), and not a
			// table's "in Millionen"
			if i == 0 || toks[i].gap == gapLine || toks[i-1].kind == kWord && !numberAt(toks, i-1) && toks[i-1].low != "a" && toks[i-1].low != "half" && toks[i-1].low != "in" &&
				!germanDefinite[toks[i-1].low] { // "Die Millionen flossen nach Zypern": an amount named before
				if i > 0 && germanFew[toks[i-1].low] {
					toks[i-1].low = "several" // "mehrere Millionen Dollar": a few million
					break
				}
				toks[i].low = germanVagueScale[toks[i].low]
			}
		case "der", "des", "aller":
			if i > 0 && (toks[i-1].low == "third" || toks[i-1].low == "quarter" || toks[i-1].low == "half") {
				toks[i].low = "of" // "ein Drittel der Befragten", "die Hälfte der Stimmen"
			}
		case "zwischen":
			toks[i].low = "between"
		case "und":
			if andOfBetween(toks, i) {
				toks[i].low = "and"
			}
		}
	}
}

// germanStop are lower-case German words that end a counted phrase: they
// are neither adjectives nor nouns.
var germanStop = map[string]bool{
	"und": true, "oder": true, "als": true, "bei": true, "mit": true, "in": true, "im": true, "am": true, "an": true,
	"auf": true, "aus": true, "von": true, "vom": true, "zu": true, "zum": true, "zur": true, "für": true, "über": true,
	"unter": true, "nach": true, "vor": true, "seit": true, "bis": true, "um": true, "pro": true, "je": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "sind": true, "ist": true,
	"waren": true, "war": true, "wurden": true, "wurde": true, "werden": true, "haben": true, "hat": true,
	"hatte": true, "hatten": true, "mehr": true, "weniger": true, "weitere": false, "noch": true, "nur": true,
	"auch": true, "bereits": true, "schon": true, "rund": true, "etwa": true, "insgesamt": true, "sowie": true,
	"gegenüber": true, "davon": true, "daher": true, "damit": true, "nicht": true, "kein": true, "keine": true,
}

// adjectiveEndings mark an inflected German adjective or participle.
var adjectiveEndings = []string{"e", "en", "er", "es", "em"}

func germanAdjective(w string) bool {
	if germanStop[w] || len(w) < 3 {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// germanRates follow a counted noun to make a rate: "pro Jahr", "je
// Einwohner", "jährlich", "täglich".
var germanRateWords = map[string]bool{"jährlich": true, "täglich": true, "monatlich": true, "wöchentlich": true}

// countedDE reads what a figure counts in German text: up to three
// inflected adjectives, then a capitalised noun, then a rate. A percent
// counts the genitive after it ("2 Prozent des Umsatzes"). It reports
// false when it found nothing, leaving q alone.
func (p *parser) countedDE(q *Quantity, k int) bool {
	if !p.sameLine(k) {
		return false
	}
	if p.sym(k) == "/" && p.glued(k) && p.glued(k+1) && p.word(k+1) != "" {
		// "1,56 Euro/Preisstufe", "81,05 Euro/Monat": a price per unit
		q.Counted = p.text[p.t[k].s:p.t[k+1].e]
		q.CountedStart, q.CountedEnd = p.t[k].s, p.t[k+1].e
		return true
	}
	if p.word(k) == "of" {
		k++ // "ein Drittel der Befragten": germanize wrote the genitive article as "of"
	} else if q.Unit == UnitPercent {
		if w := p.word(k); w == "der" || w == "des" {
			k++
		} else {
			return false
		}
	}
	s := k
	for n := 0; n < 3 && k < len(p.t) && p.t[k].kind == kWord && p.sameLine(k) && !isUpperInitial(p.text[p.t[k].s:p.t[k].e]); n++ {
		if !germanAdjective(p.t[k].low) {
			return false // "um 48.000 abgenommen": a verb, not a noun
		}
		k++
		for p.sym(k) == "-" && p.glued(k) && p.glued(k+1) && p.word(k+1) != "" {
			k += 2 // "baden-württembergischen"
		}
	}
	if k >= len(p.t) || p.t[k].kind != kWord || !p.sameLine(k) || !isUpperInitial(p.text[p.t[k].s:p.t[k].e]) || p.t[k].gap == gapNone {
		return false
	}
	e := k
	for p.sym(e+1) == "-" && p.glued(e+1) && p.glued(e+2) && p.word(e+2) != "" {
		e += 2 // "Pro-Kopf-Konsum", "Corona-Fälle"
	}
	// a unit of mass, volume or area, then what it measures: "10 Tonnen
	// Weizen", "100 Liter Wasser", "210 Millionen Tonnen CO2"
	if germanMeasureUnits[p.t[e].low] && e+1 < len(p.t) && p.t[e+1].kind == kWord && p.sameLine(e+1) && p.t[e+1].gap == gapSpace &&
		isUpperInitial(p.text[p.t[e+1].s:p.t[e+1].e]) && currencyWords[p.t[e+1].low].code == "" && !months[p.t[e+1].low] && !monthDE(p.t[e+1].low) &&
		!germanTimeNouns[p.t[e+1].low] {
		e++
	}
	// a rate: "pro Jahr", "je Einwohner", "jährlich"
	if w := p.word(e + 1); (w == "pro" || w == "je") && e+2 < len(p.t) && p.t[e+2].kind == kWord && isUpperInitial(p.text[p.t[e+2].s:p.t[e+2].e]) {
		e += 2
	} else if germanRateWords[w] {
		e++
	}
	q.Counted = p.text[p.t[s].s:p.t[e].e]
	q.CountedStart, q.CountedEnd = p.t[s].s, p.t[e].e
	return true
}

// germanMeasureUnits are German units of mass, volume and area that can
// be followed by what they measure.
var germanMeasureUnits = map[string]bool{"tonnen": true, "tonne": true, "liter": true, "litern": true, "gramm": true,
	"kilogramm": true, "kilo": true, "hektar": true, "barrel": true, "fass": true, "säcke": true, "kubikmeter": true,
	"quadratmeter": true, "megawatt": true, "gigawatt": true, "kilowattstunden": true, "megatonnen": true}

// germanTimeNouns open a time phrase after a figure: "10 Tonnen Ende
// März", "5 Liter pro Tag".
var germanTimeNouns = map[string]bool{"ende": true, "anfang": true, "mitte": true, "beginn": true, "jahr": true,
	"jahres": true, "monat": true, "woche": true, "tag": true, "uhr": true, "montag": true, "dienstag": true,
	"mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true, "heute": true}

// notQuantityDE reports a German figure that is a clock time ("10 Uhr",
// "die 10-Uhr-Pause"), an age ("33 Jahre alt", "mit 18 Jahren", "der
// 28-Jährige") or a year ("im Jahr 1990", "seit 2004", "1990 wurde …").
func (p *parser) notQuantityDE(m measure) bool {
	e := m.e
	w := p.word(e)
	if p.sym(e) == "-" && p.glued(e) && p.glued(e+1) {
		w = p.word(e + 1) // "10-Uhr-Pause", "28-Jährige", "12-monatiger"
		for _, span := range []string{"jähr", "monatig", "wöchig", "tägig", "stündig", "minütig"} {
			if strings.HasPrefix(w, span) {
				return true // an age or a span of time
			}
		}
	}
	if w == "uhr" || p.ordinalDE(m) {
		return true
	}
	if monthDE(w) && m.unit == "" && m.digits && m.info.plainInt && m.val >= 1 && m.val <= 31 {
		return true // "bis 30 Juni": a day written without its period
	}
	if m.unit == "" && p.sym(e) == "-" && p.glued(e) && p.glued(e+1) && e+1 < len(p.t) && p.t[e+1].kind == kWord && isUpperInitial(p.text[p.t[e+1].s:p.t[e+1].e]) &&
		currencyWords[p.t[e+1].low].code == "" && !percentWords[p.t[e+1].low] && numWords[p.t[e+1].low].kind != wScale {
		return true // "2-Faktor-Authentifizierung", "die 1.000-m-Olympiasiegerin": part of a compound noun; but "eine 705-Euro-Miete"
	}
	if p.sym(m.numS-1) == "§" {
		return true // "§ 68 SGB V": a section of a law
	}
	if b := m.numS - 1; p.word(b) == "nr" || p.sym(b) == "." && p.word(b-1) == "nr" {
		return true // "Nr. 4": a number in a list or a law
	}
	if (w == "jahre" || w == "jahren") && (p.word(e+1) == "alt" || p.word(e+1) == "alte" || p.word(e+1) == "alten" || p.word(e+1) == "alter") {
		return true // "33 Jahre alt", "der 33 Jahre alte Frenzel"
	}
	if w == "jahren" && p.word(m.numS-1) == "mit" {
		return true // "mit 18 Jahren war sie …"
	}
	if m.digits && !m.scaled && m.unit == "" && m.info.plainInt && m.info.ndigits == 4 && m.val >= 1000 && m.val <= 2199 && m.numS == m.s {
		switch p.word(m.s - 1) {
		case "im", "seit", "bis", "ab", "von", "vom", "jahr", "jahre", "jahres", "anfang", "ende", "mitte", "sommer", "winter",
			"herbst", "frühjahr", "frühling", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
			"september", "oktober", "november", "dezember", "und", "bzw", "oder", "zwischen", "nach", "vor":
			return true
		}
		nx := e
		if nx >= len(p.t) || p.t[nx].kind != kWord || !p.sameLine(nx) || !isUpperInitial(p.text[p.t[nx].s:p.t[nx].e]) {
			return true // a year unless a noun follows: "insgesamt 1400 Dateien"
		}
	}
	return false
}

// ordinalDE reports a German ordinal, written with a dot glued to the
// digits: a day before a month ("am 3. Dezember", "vom 3. bis 5. Mai")
// or a rank after an article or preposition ("der 2. Weltkrieg", "zum 5.
// Mal"). A figure closing a sentence has a dot too ("waren es 40. Die
// …"), so a bare "N." followed by a capital is left alone.
func (p *parser) ordinalDE(m measure) bool {
	k := m.numE
	if !m.digits || m.unit != "" || m.numE-m.numS != 1 || !m.info.plainInt || m.info.ndigits > 3 || p.sym(k) != "." || !p.glued(k) || !p.sameLine(k+1) {
		return false
	}
	if monthDE(p.word(k + 1)) {
		return true
	}
	if (p.word(k+1) == "bis" || isDash(p.sym(k+1))) && k+3 < len(p.t) && p.t[k+2].kind == kNum && p.sym(k+3) == "." && p.glued(k+3) && monthDE(p.word(k+4)) {
		return true // "vom 3. bis 5. Mai", "3.-5. Mai"
	}
	return ordinalOpenersDE[p.word(m.numS-1)] && p.t[k+1].kind == kWord
}

// germanMonths are the German month names and their short forms that
// English does not share.
var germanMonths = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "feber": true, "märz": true, "mai": true, "juni": true,
	"juli": true, "oktober": true, "dezember": true, "mär": true, "okt": true, "dez": true,
}

func monthDE(w string) bool { return months[w] || germanMonths[w] }

// ordinalOpenersDE come before a German ordinal rank: "der 2.
// Weltkrieg", "zum 5. Mal", "im 3. Quartal".
var ordinalOpenersDE = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "am": true, "im": true,
	"zum": true, "zur": true, "vom": true, "beim": true, "ihr": true, "ihre": true, "ihrem": true, "ihren": true,
	"sein": true, "seine": true, "seinem": true, "seinen": true,
}

// amongDE reports "unter" meaning among: the figure at k and its noun are
// followed by a form of "to be" or "to be found" ("Unter 40 Verletzten
// waren drei Kinder", "unter den 300 Gästen befanden sich"), where the
// bound reading ("unter 5 Prozent") has a verb elsewhere.
func (p *parser) amongDE(k int) bool {
	if w := p.word(k + 1); percentWords[w] || currencyWords[w].code != "" {
		return false // "unter 5 Prozent der Befragten sind …": a bound
	}
	for j := k + 1; j < len(p.t) && j <= k+5 && p.sameLine(j); j++ {
		if p.t[j].kind != kWord {
			return false
		}
		switch p.t[j].low {
		case "waren", "war", "sind", "ist", "befanden", "befand", "befinden", "befindet", "seien", "sei":
			return true
		}
	}
	return false
}

// changeTo reports "auf" after the figure at j: "von 19 auf 7 Prozent"
// is a change from one figure to another, not a share.
func changeTo(toks []token, j int) bool {
	k := j + 1
	if k < len(toks) && (toks[k].low == "%" || toks[k].low == "percent" || toks[k].low == "prozent") {
		k++
	}
	return k < len(toks) && toks[k].low == "auf"
}

// germanFew are the German words for a few before a scale word.
var germanFew = map[string]bool{"mehrere": true, "mehreren": true, "einige": true, "einigen": true, "wenige": true}

// germanVagueScale are the English plurals of "Millionen" and "Milliarden"
// read with no figure before them: millions, billions of something.
var germanVagueScale = map[string]string{"millionen": "millions", "milliarden": "billions"}

// germanDefinite are the German definite articles.
var germanDefinite = map[string]bool{"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true}

// countAt reports a whole number at token j, in digits or as a word for
// one to ninety-nine: the terms of a share ("neun von zehn").
func countAt(toks []token, j int) bool {
	if j < 0 || j >= len(toks) {
		return false
	}
	switch toks[j].kind {
	case kNum:
		return strings.IndexAny(toks[j].low, ".,") < 0
	case kWord:
		k := numWords[toks[j].low].kind
		return k == wUnit || k == wTeen || k == wTen || toks[j].low == "one"
	}
	return false
}

// numberAt reports a figure or an English number word at token j.
func numberAt(toks []token, j int) bool {
	return j >= 0 && j < len(toks) && (toks[j].kind == kNum || toks[j].kind == kWord && numWords[toks[j].low].kind != 0)
}

// andOfBetween reports a word for "and" at i between two figures, after
// a "between" (already translated) one or two words before the first:
// "zwischen 5 und 7", "entre 20 y 30".
func andOfBetween(toks []token, i int) bool {
	if i >= 2 && toks[i-1].low == "%" && numberAt(toks, i-2) && numberAt(toks, i+1) {
		return i >= 3 && toks[i-3].low == "between" || i >= 4 && toks[i-4].low == "between" // "entre 1 % et 1,5 %"
	}
	return numberAt(toks, i-1) && numberAt(toks, i+1) && i >= 2 && (toks[i-2].low == "between" || i >= 3 && toks[i-3].low == "between")
}

// translate rewrites the lower-case form of the words found in words to
// their English equals; offsets and the text are unchanged.
func translate(toks []token, words map[string]string) {
	for i := range toks {
		if toks[i].kind != kWord {
			continue
		}
		if en, ok := words[toks[i].low]; ok {
			toks[i].low = en
		}
	}
}
