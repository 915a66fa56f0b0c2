package quantity

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
	"millier": "thousand", "milliers": "thousands", "moitié": "half", "tiers": "third", "quart": "quarter",
}

var spanishWords = map[string]string{
	"uno": "one", "una": "a", "un": "a", "dos": "two", "tres": "three", "cuatro": "four", "cinco": "five",
	"seis": "six", "siete": "seven", "ocho": "eight", "nueve": "nine", "diez": "ten", "once": "eleven",
	"doce": "twelve", "trece": "thirteen", "catorce": "fourteen", "quince": "fifteen", "veinte": "twenty",
	"treinta": "thirty", "cuarenta": "forty", "cincuenta": "fifty", "sesenta": "sixty", "setenta": "seventy",
	"ochenta": "eighty", "noventa": "ninety", "cien": "hundred", "ciento": "hundred", "cientos": "hundreds",
	"mil": "thousand", "miles": "thousands", "docena": "dozen", "docenas": "dozens", "decenas": "tens",
	"centenares": "hundreds", "mitad": "half", "tercio": "third", "cuarto": "quarter",
}

// romanize rewrites French or Spanish number words to their English
// equals, and "de" between a scale word and a noun or figure to "of".
func romanize(toks []token, words map[string]string) {
	translate(toks, words)
	// "des dizaines de milliers de personnes", "dos millones de
	// personas": "de" after a figure is "of"
	for i := 1; i < len(toks); i++ {
		if w := toks[i].low; toks[i].kind == kWord && (w == "de" || w == "d" || w == "des") {
			if p := toks[i-1]; p.kind == kNum || p.kind == kWord && numWords[p.low].kind != 0 {
				toks[i].low = "of"
			}
		}
	}
}
