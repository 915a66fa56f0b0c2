package quantity

import (
	"strconv"
	"strings"
)

// frenchWords and spanishWords are French and Spanish number words with
// the English word they stand for; FindLang reads them for "fr" and "es".
// Their nouns are lower-case, so the English reading of what is counted
// holds.
var frenchWords = map[string]string{
	"un": "a", "une": "a", "deux": "two", "trois": "three", "quatre": "four", "cinq": "five", "sept": "seven",
	"huit": "eight", "neuf": "nine", "dix": "ten", "onze": "eleven", "douze": "twelve", "treize": "thirteen",
	"quatorze": "fourteen", "quinze": "fifteen", "seize": "sixteen", "vingt": "twenty", "trente": "thirty",
	"quarante": "forty", "cinquante": "fifty", "soixante": "sixty", "cent": "hundred", "cents": "hundred",
	"mille": "thousand", "dizaine": "ten", "dizaines": "tens", "centaine": "hundred", "centaines": "hundreds",
	"millier": "thousand", "milliers": "thousands", "moitié": "half", "tiers": "third", "quart": "quarter", "quarts": "quarters", "douzaine": "dozen", "douzaines": "dozens",
}

var spanishWords = map[string]string{
	"uno": "one", "una": "a", "un": "a", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five",
	"seis": "six", "siete": "seven", "ocho": "eight", "nueve": "nine", "diez": "ten", "once": "eleven",
	"doce": "twelve", "trece": "thirteen", "catorce": "fourteen", "quince": "fifteen", "veinte": "twenty",
	"treinta": "thirty", "cuarenta": "forty", "cincuenta": "fifty", "sesenta": "sixty", "setenta": "seventy",
	"ochenta": "eighty", "noventa": "ninety", "cien": "hundred", "ciento": "hundred", "cientos": "hundreds",
	"mil": "thousand", "miles": "thousands", "docena": "dozen", "docenas": "dozens", "decenas": "tens",
	"centenares": "hundreds", "mitad": "half", "tercio": "third", "cuarto": "quarter",
	"tercios": "thirds", "cuartos": "quarters", "cuartas": "quarters", "terceras": "thirds",
}

// romanceArticles are the French and Spanish definite articles, read as
// "the" after a figure's "de".
var romanceArticles = map[string]bool{"los": true, "las": true, "el": true, "la": true, "les": true, "le": true}

// romanceOfDeterminers are French and Spanish quantifiers, possessives and
// demonstratives after a figure's "de", with the English word they are
// read as ("80 % de tous les", "90 % de notre système").
var romanceOfDeterminers = map[string]string{
	"todos": "all", "todas": "all", "todo": "all", "toda": "all", "tous": "all", "toutes": "all", "tout": "all", "toute": "all",
	"notre": "our", "nos": "our", "nuestro": "our", "nuestra": "our", "nuestros": "our", "nuestras": "our",
	"votre": "your", "vos": "your", "leur": "their", "leurs": "their", "son": "its", "sa": "its", "ses": "its",
	"su": "its", "sus": "its", "cette": "this", "ce": "this", "cet": "this", "ces": "these",
	"este": "this", "esta": "this", "estos": "these", "estas": "these",
}

// romanceLeadStops are French and Spanish prepositions that never open
// what a figure counts ("un 4 % en marzo", "17,1 por ciento con respecto
// a febrero").
var romanceLeadStops = map[string]bool{"en": true, "con": true, "por": true, "para": true, "à": true, "au": true, "aux": true,
	"al": true, "frente": true, "sobre": true, "hasta": true, "desde": true, "dans": true, "avec": true, "pour": true,
	"par": true, "sur": true, "chez": true, "vers": true, "contre": true, "sin": true, "sans": true, "après": true,
	"avant": true, "durante": true, "pendant": true, "tras": true, "según": true, "selon": true}

// romanceStops end a French or Spanish counted noun phrase: "la population
// de cette région" counts the population.
var romanceStops = map[string]bool{
	"de": true, "du": true, "des": true, "d": true, "del": true, "la": true, "le": true, "les": true, "l": true,
	"el": true, "los": true, "las": true, "en": true, "à": true, "au": true, "aux": true, "al": true, "y": true,
	"et": true, "ou": true, "o": true, "que": true, "qui": true, "con": true, "por": true, "para": true,
	"cette": true, "ce": true, "ces": true, "este": true, "esta": true, "su": true, "sus": true, "se": true,
	"sont": true, "ont": true, "est": true, "han": true, "ha": true, "fue": true, "son": true, "es": true,
	"soit": true, "serait": true, "sera": true, "fut": true, "était": true, "étaient": true, "a": true,
	"está": true, "están": true, "estaba": true, "estaban": true, "fueron": true, "era": true, "eran": true, "tiene": true, "tienen": true,
}

// romancePronouns are "them" in French and Spanish.
var romancePronouns = map[string]bool{"ellos": true, "ellas": true, "eux": true, "elles": true}

// frenchFunction are function words read as their English equals, so
// that a counted noun phrase ends where English would end it ("2 209
// Français ont été localisés" counts "Français": French capitalises a
// people, and a capitalised count reads on as a name in English).
var frenchFunction = map[string]string{
	"ont": "have", "sont": "are", "est": "is", "été": "been", "était": "was", "étaient": "were", "sera": "will",
	"seront": "will", "qui": "who", "que": "that", "dont": "whose", "avec": "with", "pour": "for", "dans": "in",
	"sur": "on", "par": "by", "ou": "or", "mais": "but", "selon": "according", "les": "the", "contre": "against",
	"depuis": "since", "avant": "before", "après": "after", "pendant": "during", "lors": "during", "chez": "at",
}

// romanceCurrencies are French and Spanish currency words whose English
// word the currency table knows.
var romanceCurrencies = map[string]string{
	"dólar": "dollar", "dólares": "dollars", "libras": "pounds", "livres": "pounds", "rublos": "rubles",
	"yenes": "yen", "yens": "yen", "yuanes": "yuan", "francos": "francs", "rupias": "rupees", "roupies": "rupees",
	"reales": "reais", "liras": "liras", "esterlinas": "sterling", "esterlina": "sterling", "séqueles": "shekels", "shekels": "shekels",
}

// romanceUnits are French and Spanish units of measure that can be
// followed by what they measure ("20 toneladas de café"), read as their
// English equals. Lengths are left out: "a 500 kilómetros de las costas"
// is a distance from a place.
var romanceUnits = map[string]string{
	"toneladas": "tonnes", "tonelada": "tonnes", "tonnes": "tonnes", "kilos": "kilos", "kilogramos": "kilos",
	"kilogrammes": "kilos", "litros": "litres", "litres": "litres", "barriles": "barrels", "barils": "barrels",
	"hectáreas": "hectares", "hectares": "hectares", "galones": "gallons", "sacos": "sacks", "sacs": "sacks",
}

// romanceDimensions after a unit's "de" say which way it measures, not
// what: "20 mètres de haut", "3 metros de largo".
var romanceDimensions = map[string]bool{"haut": true, "hauteur": true, "large": true, "largeur": true, "long": true,
	"longueur": true, "profondeur": true, "alto": true, "altura": true, "largo": true, "ancho": true,
	"profundidad": true, "distancia": true, "distance": true}

// romanceOthers stand between a figure and the noun it counts: "deux
// autres coauteurs", "tres otros muertos" ("nuevos casos" keeps its
// adjective: new cases are not all cases).
var romanceOthers = map[string]bool{"autres": true, "otros": true, "otras": true}

// romancePrenominal are French and Spanish plural adjectives that stand
// before the noun a figure counts: "cinco nuevos casos", "les trois
// premiers mois".
var romancePrenominal = map[string]bool{"nuevos": true, "nuevas": true, "nouveaux": true, "nouvelles": true,
	"primeros": true, "primeras": true, "premiers": true, "premières": true, "últimos": true, "últimas": true,
	"derniers": true, "dernières": true, "principales": true, "principaux": true, "grandes": true, "grands": true, "pequeños": true,
	"pequeñas": true, "petits": true, "petites": true, "anciens": true, "anciennes": true}

// romanize rewrites French or Spanish number words to their English
// equals, and "de" between a scale word and a noun or figure to "of".
func romanize(toks []token, words map[string]string) {
	translate(toks, words)
	translate(toks, romanceCurrencies)
	translate(toks, romanceUnits)
	for i := range toks {
		if toks[i].kind != kWord {
			continue
		}
		switch toks[i].low {
		case "millones":
			// "millones de personas": millions, a vague count; after a
			// figure or a number word it stays a scale ("tres mil millones")
			if i == 0 || !numberAt(toks, i-1) && numWords[toks[i-1].low].kind == 0 {
				toks[i].low = "millions"
			}
		case "entre":
			if numberAt(toks, i+1) {
				toks[i].low = "between" // "entre 20 y 30", "entre deux et trois"
			}
		case "y", "et":
			if andOfBetween(toks, i) {
				toks[i].low = "and"
			}
		case "à", "a":
			// "deux à trois mètres", "de 5 a 10 heridos": a range (a score,
			// "3 a 1", is dropped as a range that runs down)
			if (numberAt(toks, i-1) || i >= 2 && toks[i-1].low == "%" && numberAt(toks, i-2)) && numberAt(toks, i+1) && toks[i].gap == gapSpace &&
				toks[i+1].gap == gapSpace && !changeFrom(toks, i-1) { // (and "1 % à 1,5 %")
				toks[i].low = "to"
			}
		case "medio", "media", "demi":
			// "medio millón", "media docena", "un demi-million"; but "la
			// media de edad" is the average
			if nx := i + 1; nx < len(toks) && toks[nx].kind == kWord && (numWords[toks[nx].low].kind == wScale || numWords[toks[nx].low].kind == wDozen) ||
				toks[i].low == "demi" && nx < len(toks) && toks[nx].kind == kSym && toks[nx].low == "-" && toks[nx].gap == gapNone &&
					nx+1 < len(toks) && toks[nx+1].gap == gapNone && numWords[toks[nx+1].low].kind == wScale {
				toks[i].low = "half"
			}
		case "tens":
			// "des dizaines de morts", "decenas de heridos": dozens; but
			// "des dizaines de milliers" stays tens of thousands
			if i+2 < len(toks) && (toks[i+1].low == "de" || toks[i+1].low == "d") && numWords[toks[i+2].low].kind != wVague {
				toks[i].low = "dozens"
			}
		case "nine":
			if words["neuf"] != "" && neufIsNew(toks, i) { // French only: "nueve de ellos" is nine
				toks[i].low = "neuf"
			}
		}
	}
	// "des dizaines de milliers de personnes", "dos millones de
	// personas": "de" after a figure is "of"
	for i := 1; i < len(toks); i++ {
		if w := toks[i].low; toks[i].kind == kWord && (w == "de" || w == "d" || w == "des" || w == "du" || w == "del") {
			if p := toks[i-1]; p.kind == kWord && measureOfUnits[p.low] && i >= 2 && numberAt(toks, i-2) && !(i+1 < len(toks) && romanceDimensions[toks[i+1].low]) {
				toks[i].low = "of" // "20 toneladas de café": what the measure is of
			} else if p.kind == kNum || p.kind == kWord && (numWords[p.low].kind != 0 || denominators[p.low] > 0 || p.low == "percent" || scaleAbbrev[p.low].val >= 1e6) || p.kind == kSym && p.low == "%" {
				toks[i].low = "of"
				if i+1 < len(toks) && toks[i+1].kind == kWord && romanceOfDeterminers[toks[i+1].low] != "" {
					// "de todos los glaciares", "de notre système": all, our
					toks[i+1].low = romanceOfDeterminers[toks[i+1].low]
					if i+2 < len(toks) && romanceArticles[toks[i+2].low] && toks[i+2].kind == kWord {
						toks[i+2].low = "the"
					}
				} else if i+1 < len(toks) && romanceArticles[toks[i+1].low] && toks[i+1].kind == kWord {
					toks[i+1].low = "the" // "la mitad de los votos"
				} else if i+1 < len(toks) && romancePronouns[toks[i+1].low] && toks[i+1].kind == kWord {
					toks[i+1].low = "them" // "11 de ellos", "deux d'entre eux"
				}
			}
		}
	}
}

// scaleAndAHalf reads "deux millions et demi" and "dos millones y medio"
// as two and a half million: the figure before the scale word takes the
// half, and the scale word's token reaches over "et demi" so that the
// quantity's text keeps it. It runs after compound and before romanize,
// on number words not yet translated (atoms gives their value).
func scaleAndAHalf(toks []token, atoms map[string]romanceAtom) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > 0 && i+2 < len(toks) && t.kind == kWord && (numWords[t.low].kind == wScale || t.low == "millions" || t.low == "billions") &&
			(toks[i+1].low == "et" || toks[i+1].low == "y") && (toks[i+2].low == "demi" || toks[i+2].low == "medio" || toks[i+2].low == "media") &&
			toks[i+1].gap == gapSpace && toks[i+2].gap == gapSpace && len(out) > 0 {
			var v float64
			prev := &out[len(out)-1]
			switch {
			case prev.kind == kNum && !prev.approx && strings.IndexAny(prev.low, ".,") < 0:
				v, _ = strconv.ParseFloat(prev.low, 64)
			case prev.kind == kWord && !atoms[prev.low].scale:
				v = atoms[prev.low].val
			}
			if v > 0 {
				prev.kind, prev.low, prev.words = kNum, strconv.FormatFloat(v+0.5, 'f', -1, 64), true
				t.e = toks[i+2].e
				if t.low == "millions" || t.low == "billions" {
					t.low = strings.TrimSuffix(t.low, "s") // "2.5 millions" is a scale, not "millions of"
				}
				out = append(out, t)
				i += 2
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// spanishArticles drops the articles Spanish puts inside a range of
// percents, "entre un 5% y un 7%", "entre el 58,3% y el 60,7%", and the "partes" of "tres cuartas
// partes" (three quarters), so that both read as their English equals.
func spanishArticles(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == kWord && (t.low == "un" || t.low == "una" || t.low == "el") && len(out) > 0 && i+1 < len(toks) && toks[i+1].kind == kNum {
			if w := out[len(out)-1].low; w == "entre" || (w == "y" && betweenOpen(out)) {
				continue
			}
		}
		if t.kind == kWord && t.low == "partes" && len(out) > 0 && (out[len(out)-1].low == "cuartas" || out[len(out)-1].low == "terceras") {
			out[len(out)-1].e = t.e
			continue
		}
		out = append(out, t)
	}
	return out
}

// betweenOpen reports an "entre" a few tokens back in out, whose range the
// "y" at its end closes.
func betweenOpen(out []token) bool {
	for k := len(out) - 2; k >= 0 && k >= len(out)-5; k-- {
		if out[k].low == "entre" {
			return true
		}
	}
	return false
}

// perCent makes "pour cent" and "por ciento" after a figure one word,
// the English "percent", before cent and ciento are read as a hundred.
func perCent(toks []token, per, cent string) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if i > 0 && i+1 < len(toks) && toks[i].low == per && toks[i+1].low == cent && toks[i].kind == kWord && toks[i+1].gap == gapSpace &&
			(toks[i-1].kind == kNum || toks[i-1].kind == kWord && (frenchAtoms[toks[i-1].low].val > 0 || spanishAtoms[toks[i-1].low].val > 0)) {
			t := toks[i]
			t.low, t.e = "percent", toks[i+1].e
			out = append(out, t)
			i++
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// neufIsNew reports the French "neuf" that means new: after "de", "à" or
// "tout" ("quoi de neuf", "remis à neuf"), or after its noun, where
// nothing or a preposition follows ("un véhicule neuf", "un logement neuf
// à Lyon"). The number comes before what it counts: "neuf morts".
func neufIsNew(toks []token, i int) bool {
	if i > 0 {
		switch toks[i-1].low {
		case "de", "à", "du", "tout", "flambant", "état":
			return true
		}
	}
	if i+1 >= len(toks) || toks[i+1].kind != kWord || toks[i+1].gap == gapLine {
		return true
	}
	switch toks[i+1].low {
	case "sur":
		return !numberAt(toks, i+2) // but "neuf sur dix" is a share
	case "à", "a", "de", "du", "des", "et", "ou", "pour", "dans", "en", "avec", "mais":
		return true
	}
	return false
}

// splitElision splits the French elided article or preposition from its
// word, "d'enfants" into "de" and "enfants" and "l'armée" into "le" and
// "armée", so that "des milliers d'enfants" counts the children. The
// slice is copied only when a word is split.
func splitElision(toks []token) []token {
	var out []token
	for i, t := range toks {
		n := elisionLen(t)
		if n == 0 {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = make([]token, 0, len(toks)+8)
			out = append(out, toks[:i]...)
		}
		art := "de"
		if t.low[0] == 'l' {
			art = "le"
		}
		out = append(out, token{s: t.s, e: t.s + n, kind: kWord, gap: t.gap, low: art},
			token{s: t.s + n, e: t.e, kind: kWord, gap: gapNone, low: t.low[n:]})
	}
	if out == nil {
		return toks
	}
	return out
}

// elisionLen is the length of an elided "d'" or "l'" (either apostrophe)
// at the start of a word, 0 when there is none.
func elisionLen(t token) int {
	if t.kind != kWord || len(t.low) < 4 || t.low[0] != 'd' && t.low[0] != 'l' {
		return 0
	}
	switch {
	case t.low[1] == '\'':
		return 2
	case strings.HasPrefix(t.low[1:], "’"):
		return 1 + len("’")
	}
	return 0
}

// romanceDayParts follow a clock hour in French and Spanish: "a las cinco
// de la tarde", "à six heures du matin".
var romanceDayParts = map[string]bool{
	"tarde": true, "mañana": true, "noche": true, "madrugada": true, "mediodía": true,
	"matin": true, "soir": true, "après-midi": true, "nuit": true,
}

// romanceHourWords name the hour after a clock figure: "a las 17 horas",
// "à 18 heures", "vers 14 h", "a las 20 hs".
var romanceHourWords = map[string]bool{"horas": true, "hora": true, "hs": true, "hrs": true, "heures": true, "heure": true, "h": true}

// romanceAtHour open a clock time in French and Spanish: "à 18 heures",
// "a las 17 horas", "hasta las diez".
var romanceAtHour = map[string]bool{
	"a": true, "à": true, "hasta": true, "desde": true, "de": true, "entre": true, "between": true, "hacia": true, "sobre": true,
	"tras": true, "vers": true, "dès": true, "avant": true, "après": true, "jusqu": true, "y": true, "et": true, "and": true,
}

// romanceAfterHour may follow a clock hour written "a las N": "a las 17
// en el Congreso", "desde las 8 y hasta las 14".
var romanceAfterHour = map[string]bool{
	"de": true, "del": true, "of": true, "y": true, "and": true, "en": true, "con": true, "para": true, "por": true, "cuando": true,
	"hasta": true, "a": true, "horas": true, "hora": true, "hs": true, "hrs": true, "h": true, "am": true, "pm": true, "p": true,
}

// romanceOrdinalArticles are the singular articles before an ordinal
// written "8°" in Spanish and French.
var romanceOrdinalArticles = map[string]bool{"el": true, "la": true, "del": true, "al": true, "le": true, "du": true}

// notQuantityRO reports a French or Spanish figure that is a clock time:
// "a las cinco de la tarde", "a las 17 horas", "à 18 heures", "vers 14
// h". A duration stays a figure: "durante 17 horas", "pendant 18 heures".
func (p *parser) notQuantityRO(m measure) bool {
	if m.unit != "" || m.scaled || m.val < 0 || m.val > 24 || m.val != float64(int(m.val)) {
		return false
	}
	e := m.e
	if w := p.word(e); w == "of" || w == "de" || w == "du" || w == "del" {
		k := e + 1
		if x := p.word(k); x == "the" || romanceArticles[x] {
			k++
		}
		if romanceDayParts[p.word(k)] {
			return true // "cinco de la tarde", "six heures du matin" (after "heures" below)
		}
	}
	b := m.numS - 1
	if (p.sym(e) == "°" || p.sym(e) == "º") && p.glued(e) && p.word(e+1) != "c" && p.word(e+1) != "f" && romanceOrdinalArticles[p.word(b)] {
		return true // "el 8° Congreso": an ordinal written with a degree sign (but "a los 30°" is a temperature)
	}
	if w := p.word(b); (w == "las" || w == "la" && m.val == 1) && romanceAtHour[p.word(b-1)] && (p.word(e) == "" || romanceAfterHour[p.word(e)]) {
		return true // "a las 17", "hasta las diez", "a la una"; but "ayuda a las 20 familias"
	}
	return romanceHourWords[p.word(e)] && romanceAtHour[p.word(b)]
}

// oneOfEvery reads the French "un" or "une" (first read as "a") as one
// when a share follows: "un sur dix", "un Français sur trois".
func oneOfEvery(toks []token) {
	for i := range toks {
		if toks[i].kind != kWord || toks[i].low != "a" {
			continue
		}
		if i+2 < len(toks) && toks[i+1].low == "on" && numberAt(toks, i+2) ||
			i+3 < len(toks) && toks[i+1].kind == kWord && toks[i+2].low == "on" && numberAt(toks, i+3) {
			toks[i].low = "one"
		}
	}
}

// romanceChangeVerbs take "de X à Y" as a change from X to Y, not a
// range: "passant de près de 0 à 60.000 tweets", "pasó de 5 a 10".
var romanceChangeVerbs = map[string]bool{"passant": true, "passé": true, "passe": true, "passer": true, "passée": true,
	"pasó": true, "pasando": true, "pasar": true, "pasa": true, "subió": true, "bajó": true, "creció": true, "cayó": true,
	"aumentó": true, "disminuyó": true, "augmenté": true, "diminué": true, "grimpé": true, "chuté": true, "bondi": true, "baissé": true, "reculé": true, "progressé": true}

// changeFrom reports a figure at n after "de" (and an approximation such
// as "près de") that follows a verb of change.
func changeFrom(toks []token, n int) bool {
	for k := n - 1; k >= 1 && k >= n-4; k-- {
		if (toks[k].low == "de" || toks[k].low == "of") && romanceChangeVerbs[toks[k-1].low] {
			return true
		}
	}
	return false
}
