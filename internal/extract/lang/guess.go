package lang

import (
	"strings"
	"unicode"
)

// Guess tells whether a short text (a sentence, a clause, a date phrase)
// is German, French or Spanish, the languages the figure and date
// readers know besides English, and returns "de", "fr", "es" or "" for
// English or unknown. A trigram detector needs a paragraph; on a line it
// guesses wildly ("three quarters billion us dollars" reads as French),
// so Guess counts words only one of the four languages uses: function
// words, number words, months, weekdays and day words. A language wins
// with more such words than English and every other language, and with
// two of them unless the text is a phrase of three words or fewer ("dos
// mil personas", "vor drei Tagen"); on longer text, where Detect answers,
// Detect must agree. A capitalised word before another capitalised one
// is a name's part and tells nothing ("Der Spiegel", "Dos Santos", "Le
// Pen", "El Paso", "Mardi Gras"), nor does "et" before "al".
func Guess(text string) string {
	var score [4]int // en, de, fr, es
	var ws []string
	for w := range strings.FieldsFuncSeq(text, notWordRune) {
		if len(ws) == 400 {
			break
		}
		ws = append(ws, w)
	}
	for k, w := range ws {
		lw := strings.ReplaceAll(strings.ToLower(w), "’", "'")
		if e := strings.IndexByte(lw, '\''); e == 1 || e == 2 && lw[:2] == "qu" {
			lw = lw[e+1:] // "l'année", "d'euros", "qu'il": the word after the elision
		}
		if k+1 < len(ws) && (upperInitial(w) && upperInitial(ws[k+1]) && nameParts[lw] || lw == "et" && strings.EqualFold(ws[k+1], "al")) {
			continue
		}
		for i, set := range guessWords {
			if set[lw] {
				score[i]++
			}
		}
		if len(lw) > 7 && (strings.HasSuffix(lw, "tausend") || strings.HasSuffix(lw, "hundert") || strings.HasSuffix(lw, "zig")) {
			score[1]++ // "zweitausend", "dreihundert", "einundzwanzig"
		}
		if len(lw) > 7 && (strings.HasPrefix(lw, "veinti") || strings.HasSuffix(lw, "cientos") || strings.HasSuffix(lw, "cientas")) {
			score[3]++ // "veinticinco", "trescientos"
		}
	}
	best := 1
	for i := 2; i < len(score); i++ {
		if score[i] > score[best] {
			best = i
		}
	}
	for i := range score {
		if i != best && score[i] >= score[best] {
			return "" // English as likely, or a tie between two languages
		}
	}
	if score[best] < 2 && len(ws) > 3 {
		return "" // one word in a sentence: a name or a loan word as likely
	}
	code := [...]string{"", "de", "fr", "es"}[best]
	if d := Detect(text); d != "" {
		if d != code || score[best] < 2 {
			return ""
		}
	}
	return code
}

func upperInitial(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// nameParts are the listed words that open names in English text: an
// article or preposition of a surname or a title ("Der Spiegel", "Dos
// Santos", "Du Pont", "El Paso", "Le Pen", "Las Vegas", "Los Angeles")
// and a weekday of a festival ("Mardi Gras").
var nameParts = setOf("der das den dem des die du le les la el los las dos de van von mardi")

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && r != '\'' && r != '’'
}

// guessWords are words of one language only, among English, German,
// French and Spanish: words two of them share ("la", "de", "des", "die",
// "in", "once", "sept", "cent", "elf") tell nothing and are left out,
// as are words English text uses as names or loans ("son", "plus",
// "EST", "MIT", "Al", "con").
var guessWords = [4]map[string]bool{
	setOf("the of and to is was were are for with by from at this that have has had said about than which would will been their after who"),
	setOf("der das den dem und ist sind für von auf ein eine einer einem einen nach wurde wurden nicht bei im zum zur vom auch sich dass wie aus oder noch vor seit rund etwa mehr als über unter knapp mindestens " +
		"zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig dreißig vierzig fünfzig hundert tausend millionen milliarden prozent tausende hunderte zehntausende hunderttausende dutzende menschen personen " +
		"januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute morgen vorgestern übermorgen woche monat jahr jahre tagen wochen jahren letzten vergangenen quartal halbjahr"),
	setOf("le les du une et sont dans pour avec qui sur au aux selon ont été il elle pas ces cette leur environ près jusqu'à moins " +
		"deux trois quatre cinq huit dix onze douze vingt trente quarante cinquante soixante mille milliards " +
		"janvier février avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain avant-hier après-demain semaine mois ans jours année années été dernier dernière prochain prochaine"),
	setOf("el los las del una y es para por según fue han sus más unos unas cerca alrededor hasta menos " +
		"dos tres cuatro cinco seis siete ocho nueve diez veinte treinta cuarenta cincuenta cien ciento millones millón " +
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana anteayer semana año años días pasado pasada próximo próxima hace durante dentro"),
}

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
