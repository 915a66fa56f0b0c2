package quantity

// Number-word kinds.
const (
	wUnit    = iota + 1 // one..nine (and zero)
	wTeen               // ten..nineteen
	wTen                // twenty..ninety
	wHundred            // hundred
	wScale              // thousand, million, lakh, ...
	wDozen              // dozen
	wVague              // tens, dozens, hundreds, thousands, millions ...
	wHalf               // half
	wQuarter            // quarter
)

type numWord struct {
	kind uint8
	val  float64
}

var numWords = map[string]numWord{
	"zero": {wUnit, 0}, "nought": {wUnit, 0}, "naught": {wUnit, 0},
	"one": {wUnit, 1}, "two": {wUnit, 2}, "three": {wUnit, 3}, "four": {wUnit, 4}, "five": {wUnit, 5},
	"six": {wUnit, 6}, "seven": {wUnit, 7}, "eight": {wUnit, 8}, "nine": {wUnit, 9},
	"ten": {wTeen, 10}, "eleven": {wTeen, 11}, "twelve": {wTeen, 12}, "thirteen": {wTeen, 13},
	"fourteen": {wTeen, 14}, "fifteen": {wTeen, 15}, "sixteen": {wTeen, 16}, "seventeen": {wTeen, 17},
	"eighteen": {wTeen, 18}, "nineteen": {wTeen, 19},
	"twenty": {wTen, 20}, "thirty": {wTen, 30}, "forty": {wTen, 40}, "fourty": {wTen, 40}, "fifty": {wTen, 50},
	"sixty": {wTen, 60}, "seventy": {wTen, 70}, "eighty": {wTen, 80}, "ninety": {wTen, 90},
	"hundred":  {wHundred, 100},
	"thousand": {wScale, 1e3}, "million": {wScale, 1e6}, "billion": {wScale, 1e9}, "trillion": {wScale, 1e12},
	// German, French and Spanish scale words after digits ("1,5 Millionen",
	// "2,3 Milliarden", "3 milliards", "2 millones", "35 Billionen", a
	// German Billion being 10^12); not "millions", which English uses for
	// "millions of", nor "Billion", which English capitalises at times
	"millionen": {wScale, 1e6}, "milliarde": {wScale, 1e9}, "milliarden": {wScale, 1e9}, "milliard": {wScale, 1e9},
	"milliards": {wScale, 1e9}, "millones": {wScale, 1e6}, "millón": {wScale, 1e6}, "billionen": {wScale, 1e12},
	"billones": {wScale, 1e12}, "billón": {wScale, 1e12}, // Spanish: a billón is a million millions
	"lakh": {wScale, 1e5}, "lakhs": {wScale, 1e5}, "lac": {wScale, 1e5}, "crore": {wScale, 1e7}, "crores": {wScale, 1e7},
	"dozen": {wDozen, 12}, "dozens": {wVague, 12},
	"tens": {wVague, 10}, "hundreds": {wVague, 100}, "thousands": {wVague, 1e3},
	"millions": {wVague, 1e6}, "billions": {wVague, 1e9}, "trillions": {wVague, 1e12},
	// German counts of tens and hundreds of thousands, written as one
	// word: "Zehntausende Menschen", "Hunderttausende"
	"zehntausende": {wVague, 1e4}, "zigtausende": {wVague, 1e4}, "hunderttausende": {wVague, 1e5},
	"half": {wHalf, 0.5}, "quarter": {wQuarter, 0.25},
}

// scaleAbbrev are scale words written after a digit figure ("$35m", "2 bn",
// "10k"). The bool says whether the abbreviation needs a currency to be read
// as a scale ("35m" alone is metres).
var scaleAbbrev = map[string]struct {
	val          float64
	needCurrency bool
}{
	"k": {1e3, false}, "m": {1e6, true}, "mn": {1e6, false}, "mln": {1e6, false}, "mil": {1e6, false},
	"mio": {1e6, false}, "mrd": {1e9, false}, "md": {1e9, true}, "mds": {1e9, true}, "mdr": {1e9, true}, "mm": {1e6, false}, "b": {1e9, false}, "bn": {1e9, false}, "bln": {1e9, false},
	"tn": {1e12, false}, "tln": {1e12, false}, "trn": {1e12, false},
	"cr": {1e7, true}, "crs": {1e7, true}, // crore: "Rs 1,000 cr"
	"dz": {12, false}, "dzs": {12, false}, "doz": {12, false}, "dozs": {12, false},
}

// currencySymbols maps currency signs to ISO 4217 codes.
var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "₴": "UAH", "₩": "KRW",
	"₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND", "₸": "KZT", "₼": "AZN",
	"₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY", "ரூ": "LKR", "৳": "BDT", "₮": "MNT", "₲": "PYG", "₵": "GHS", "﹩": "USD", "＄": "USD", "￡": "GBP", "￥": "JPY",
}

// dollarPrefixes are letters written before "$" to say whose dollar it is.
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "u.s": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD",
	"a": "AUD", "au": "AUD", "aud": "AUD", "hk": "HKD", "hkd": "HKD", "nz": "NZD", "nzd": "NZD",
	"s": "SGD", "sg": "SGD", "sgd": "SGD", "nt": "TWD", "r": "BRL", "mex": "MXN", "mx": "MXN", "mxn": "MXN",
}

// isoCodes are currency codes recognised as words before or after a figure.
var isoCodes = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "jpy": true, "rub": true, "cny": true, "rmb": true, "uah": true,
	"inr": true, "chf": true, "cad": true, "aud": true, "nzd": true, "hkd": true, "sgd": true, "krw": true,
	"brl": true, "mxn": true, "zar": true, "sek": true, "nok": true, "dkk": true, "pln": true,
	"huf": true, "czk": true, "ils": true, "sar": true, "aed": true, "qar": true, "kwd": true, "egp": true,
	"ngn": true, "kes": true, "pkr": true, "bdt": true, "idr": true, "myr": true, "thb": true, "php": true,
	"vnd": true, "twd": true, "irr": true, "byn": true, "kzt": true, "azn": true,
	"bgn": true, "isk": true, "ars": true, "clp": true,
	// Latin America and Africa
	"gnf": true, "xof": true, "xaf": true, "crc": true, "nio": true, "gtq": true, "hnl": true, "ves": true,
	"pyg": true, "pab": true, "htg": true, "dop": true, "uyu": true, "tnd": true, "dzd": true, "cdf": true,
	"rwf": true, "ugx": true, "tzs": true, "etb": true, "ghs": true,
}

// upperCodes are currency codes that are also English words ("pen",
// "cop"): a currency only in capitals after a figure ("3.300 PEN").
var upperCodes = map[string]bool{"pen": true, "cop": true, "bob": true, "mad": true, "try": true, "ron": true}

// currencyWord describes a currency written as a word after the figure.
type currencyWord struct {
	code   string
	factor float64 // 0.01 for cents and pence
	strict bool    // only a currency after a scale word or "sterling" ("300 pounds" may be weight)
}

var currencyWords = map[string]currencyWord{
	"dollar": {"USD", 1, false}, "dollars": {"USD", 1, false}, "bucks": {"USD", 1, false},
	"euro": {"EUR", 1, false}, "euros": {"EUR", 1, false},
	"pound": {"GBP", 1, true}, "pounds": {"GBP", 1, true}, "sterling": {"GBP", 1, false},
	"pence": {"GBP", 0.01, false}, "penny": {"GBP", 0.01, false}, "pennies": {"GBP", 0.01, false},
	"cent": {"USD", 0.01, false}, "cents": {"USD", 0.01, false},
	"yen": {"JPY", 1, false}, "yuan": {"CNY", 1, false}, "renminbi": {"CNY", 1, false}, "rmb": {"CNY", 1, false},
	"ruble": {"RUB", 1, false}, "rubles": {"RUB", 1, false}, "rouble": {"RUB", 1, false}, "roubles": {"RUB", 1, false},
	"hryvnia": {"UAH", 1, false}, "hryvnias": {"UAH", 1, false}, "hryvnas": {"UAH", 1, false}, "hryvnya": {"UAH", 1, false},
	"rupee": {"INR", 1, false}, "rupees": {"INR", 1, false},
	"franc": {"CHF", 1, false}, "francs": {"CHF", 1, false},
	"won": {"KRW", 1, true}, "peso": {"MXN", 1, false}, "pesos": {"MXN", 1, false},
	"lira": {"TRY", 1, false}, "liras": {"TRY", 1, false}, "lire": {"TRY", 1, false},
	"shekel": {"ILS", 1, false}, "shekels": {"ILS", 1, false}, "rand": {"ZAR", 1, true},
	"riyal": {"SAR", 1, false}, "riyals": {"SAR", 1, false}, "dirham": {"AED", 1, false}, "dirhams": {"AED", 1, false},
	"real": {"BRL", 1, true}, "reais": {"BRL", 1, false}, "zloty": {"PLN", 1, false}, "zlotys": {"PLN", 1, false},
	"forint": {"HUF", 1, false}, "forints": {"HUF", 1, false}, "baht": {"THB", 1, false},
	"ringgit": {"MYR", 1, false}, "rupiah": {"IDR", 1, false}, "naira": {"NGN", 1, false},
	"krona": {"SEK", 1, false}, "kronor": {"SEK", 1, false}, "krone": {"NOK", 1, false}, "kroner": {"NOK", 1, false},
	"rial": {"IRR", 1, false}, "rials": {"IRR", 1, false}, "tenge": {"KZT", 1, false}, "lari": {"GEL", 1, false},
	// Latin America and francophone Africa ("1.400 millones de soles", "150 000 FCFA")
	"colón": {"CRC", 1, false}, "colones": {"CRC", 1, false}, "córdoba": {"NIO", 1, true}, "córdobas": {"NIO", 1, false},
	"quetzal": {"GTQ", 1, true}, "quetzales": {"GTQ", 1, false}, "lempira": {"HNL", 1, true}, "lempiras": {"HNL", 1, false},
	"soles": {"PEN", 1, false}, "bolívar": {"VES", 1, true}, "bolívares": {"VES", 1, false}, "guaraníes": {"PYG", 1, false},
	"balboas": {"PAB", 1, false}, "gourdes": {"HTG", 1, false}, "fcfa": {"XOF", 1, false}, "cfa": {"XOF", 1, false},
	// currencies before the euro ("169.000 millones de pesetas", "1,1
	// Milliarden Mark"); "marks" only after a scale word
	"peseta": {"ESP", 1, false}, "pesetas": {"ESP", 1, false}, "deutschmark": {"DEM", 1, false},
	"deutschmarks": {"DEM", 1, false}, "marks": {"DEM", 1, true},
}

// currencyNations are words that say whose currency a currency word is
// ("australian dollars", "swiss francs").
var currencyNations = map[string]map[string]string{
	"us":          {"dollar": "USD", "dollars": "USD"},
	"american":    {"dollar": "USD", "dollars": "USD"},
	"canadian":    {"dollar": "CAD", "dollars": "CAD"},
	"australian":  {"dollar": "AUD", "dollars": "AUD"},
	"singapore":   {"dollar": "SGD", "dollars": "SGD"},
	"taiwan":      {"dollar": "TWD", "dollars": "TWD"},
	"taiwanese":   {"dollar": "TWD", "dollars": "TWD"},
	"zimbabwean":  {"dollar": "ZWL", "dollars": "ZWL"},
	"swiss":       {"franc": "CHF", "francs": "CHF"},
	"japanese":    {"yen": "JPY"},
	"chinese":     {"yuan": "CNY"},
	"russian":     {"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB"},
	"ukrainian":   {"hryvnia": "UAH", "hryvnias": "UAH"},
	"indian":      {"rupee": "INR", "rupees": "INR"},
	"pakistani":   {"rupee": "PKR", "rupees": "PKR"},
	"mexican":     {"peso": "MXN", "pesos": "MXN"},
	"argentine":   {"peso": "ARS", "pesos": "ARS"},
	"philippine":  {"peso": "PHP", "pesos": "PHP"},
	"turkish":     {"lira": "TRY", "liras": "TRY", "lire": "TRY"},
	"british":     {"pound": "GBP", "pounds": "GBP"},
	"egyptian":    {"pound": "EGP", "pounds": "EGP"},
	"brazilian":   {"real": "BRL", "reais": "BRL"},
	"saudi":       {"riyal": "SAR", "riyals": "SAR"},
	"iranian":     {"rial": "IRR", "rials": "IRR"},
	"swedish":     {"krona": "SEK", "kronor": "SEK"},
	"norwegian":   {"krone": "NOK", "kroner": "NOK"},
	"danish":      {"krone": "DKK", "kroner": "DKK"},
	"israeli":     {"shekel": "ILS", "shekels": "ILS"},
	"korean":      {"won": "KRW"},
	"nigerian":    {"naira": "NGN"},
	"polish":      {"zloty": "PLN", "zlotys": "PLN"},
	"hungarian":   {"forint": "HUF", "forints": "HUF"},
	"thai":        {"baht": "THB"},
	"malaysian":   {"ringgit": "MYR"},
	"indonesian":  {"rupiah": "IDR"},
	"kazakh":      {"tenge": "KZT"},
	"georgian":    {"lari": "GEL"},
	"emirati":     {"dirham": "AED", "dirhams": "AED"},
	"moroccan":    {"dirham": "MAD", "dirhams": "MAD"},
	"kuwaiti":     {"dinar": "KWD", "dinars": "KWD"},
	"jordanian":   {"dinar": "JOD", "dinars": "JOD"},
	"iraqi":       {"dinar": "IQD", "dinars": "IQD"},
	"serbian":     {"dinar": "RSD", "dinars": "RSD"},
	"belarusian":  {"ruble": "BYN", "rubles": "BYN", "rouble": "BYN", "roubles": "BYN"},
	"czech":       {"koruna": "CZK", "korunas": "CZK", "crowns": "CZK"},
	"vietnamese":  {"dong": "VND"},
	"bangladeshi": {"taka": "BDT"},
}

// currencyNationsAfter say whose currency a currency word is from after
// it, as French and Spanish write it ("francs CFA", "pesos argentinos").
var currencyNationsAfter = map[string]map[string]string{
	"francs": {"cfa": "XOF", "guinéens": "GNF", "congolais": "CDF", "rwandais": "RWF", "burundais": "BIF", "suisses": "CHF",
		"suizos": "CHF"},
	"franc": {"cfa": "XOF", "guinéen": "GNF", "congolais": "CDF", "suisse": "CHF"},
	"pesos": {"argentinos": "ARS", "chilenos": "CLP", "colombianos": "COP", "mexicanos": "MXN", "uruguayos": "UYU",
		"dominicanos": "DOP", "cubanos": "CUP", "filipinos": "PHP", "argentins": "ARS", "chiliens": "CLP", "mexicains": "MXN"},
	"dollars": {"estadounidenses": "USD", "américains": "USD", "canadienses": "CAD", "canadiens": "CAD", "australianos": "AUD",
		"australiens": "AUD", "taiwaneses": "TWD"},
	"dinars":  {"tunisiens": "TND", "algériens": "DZD", "irakiens": "IQD", "koweïtiens": "KWD", "jordaniens": "JOD"},
	"dirhams": {"marocains": "MAD", "émiratis": "AED"},
}

// twoWordNations are two-word nation prefixes of currency words.
var twoWordNations = map[[2]string]map[string]string{
	{"hong", "kong"}:     {"dollar": "HKD", "dollars": "HKD"},
	{"new", "zealand"}:   {"dollar": "NZD", "dollars": "NZD"},
	{"south", "african"}: {"rand": "ZAR"},
	{"south", "korean"}:  {"won": "KRW"},
	{"u", "s"}:           {"dollar": "USD", "dollars": "USD"},
}

// fractionWords after a number word make it a fraction we do not read.
var fractionWords = map[string]bool{
	"half": true, "halves": true, "quarter": true, "quarters": true, "third": true, "thirds": true,
	"fourth": true, "fourths": true, "fifth": true, "fifths": true, "sixths": true, "sevenths": true,
	"eighth": true, "eighths": true, "ninths": true, "tenths": true, "hundredths": true, "thousandths": true,
	"sixth": true, "seventh": true, "ninth": true, "tenth": true, "hundredth": true,
}

// isoCode maps a code written in the text to ISO 4217 ("RMB" is the yuan).
func isoCode(w string) string {
	if w == "rmb" {
		return "CNY"
	}
	b := []byte(w)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

// percentWords follow a figure to make it a percent.
var percentWords = map[string]bool{"percent": true, "percents": true, "pct": true, "percentage": true,
	"prozent": true, "prozentpunkte": true, "prozentpunkten": true, "procent": true, "percento": true, "porcentaje": true} // German, Dutch/Polish/Swedish, Italian, Spanish

// qualifier phrases, keyed by their first word.
type qualPhrase struct {
	words []string
	qual  string // Approx, Upper, Lower, or "between"/"from" for range openers
	de    bool   // German only: "mind. 5", "min. 35 %" (in English a mind or a minute is no bound)
}

const (
	openBetween = "between"
	openFrom    = "from"
)

var qualPhrases = map[string][]qualPhrase{}

func init() {
	addLang := func(de bool, q string, phrases ...string) {
		for _, p := range phrases {
			w := splitSpace(p)
			qualPhrases[w[0]] = append(qualPhrases[w[0]], qualPhrase{w, q, de})
		}
	}
	add := func(q string, phrases ...string) { addLang(false, q, phrases...) }
	add(Approx, "about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost",
		"an estimated", "estimated", "close to", "circa", "~", "≈", "more or less", "an approximate", "approximate",
		"in the region of", "on the order of", "somewhere around", "estimated at", "closer to", "estimated to be",
		"estimated to be worth", "estimated to have been", "thought to be", "believed to be", "in the vicinity of",
		"in the neighborhood of", "in the neighbourhood of", "perhaps", "possibly", "maybe", "probably", "nearing", "approaching")
	add(Upper, "up to", "as many as", "as much as", "no more than", "not more than", "fewer than", "less than",
		"under", "at most", "below", "a maximum of", "maximum of", "just under", "just below", "nearly up to",
		"<", "lower than", "smaller than", "less than or equal to", "no higher than", "not exceeding", "as high as",
		"just short of", "just shy of", "short of", "shy of", "south of")
	add(Lower, "more than", "over", "at least", "in excess of", "upwards of", "upward of", "above", "no fewer than",
		"no less than", "not less than", "greater than", "higher than", "larger than", "exceeding", "a minimum of",
		"minimum of", "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed", "surpassing", "topped",
		"just over", "well over", "well above", "just above", "a little over", "slightly more than",
		"many more than", "far more than", "well in excess of", ">", "greater than or equal to", "at least some",
		"starting at", "starts at", "start at", "starting from", "as low as", "north of")
	// German, French and Spanish bounds, read only before a figure
	add(Approx, "rund", "etwa", "ungefähr", "zirka", "annähernd", "environ", "près de", "quelque", "unos", "unas", "alrededor de",
		"cerca de", "casi", "aproximadamente", "alrededor del", "cerca del", "casi el", "de le ordre de", "de la ordre de",
		"presque", "autour de", "ca .")
	add(Upper, "bis zu", "höchstens", "weniger als", "knapp", "unter", "moins de", "jusqu'à", "jusqu ' à", "jusqu ’ à", "hasta", "menos de", "menos del", "hasta el",
		"au plus", "au maximum", "como máximo", "como mucho", "no más de", "no más del", "max .",
		"inférieur à", "inférieure à", "inférieurs à", "inférieures à", "inferior a", "inferior al", "inferiores a")
	add(Lower, "mehr als", "über", "mindestens", "plus de", "au moins", "más de", "al menos", "más del", "al menos el",
		"dépasse", "dépassé", "dépasse les", "dépasse désormais", "dépasse désormais les", "a dépassé les", "dépassant",
		"supera", "superó", "supera los", "supera las", "superó los", "superó las", "supera ya los", "supera ya las",
		"übersteigt", "überstieg", "überschreitet", "überschritt", "au minimum", "por lo menos", "como mínimo",
		"supérieur à", "supérieure à", "supérieurs à", "supérieures à", "superior a", "superior al", "superiores a")
	addLang(true, Lower, "mind .", "min .")
	add(openBetween, "between")
	add(openFrom, "from")
	// Longest phrases first, so "less than or equal to" wins over "less than".
	for k, ps := range qualPhrases {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		qualPhrases[k] = ps
	}
}

// splitSpace splits a word list at spaces, tabs and line breaks (the lists
// are written over several lines).
func splitSpace(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// months are month names and abbreviations: a day number next to one is a
// date, not a quantity.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// labelWords name things by number ("Article 5", "Flight 17", "page 3"):
// the figure after them is a label, not a quantity.
var labelWords = map[string]bool{
	"absatz": true, "abs": true, "artikel": true, "kapitel": true, "seite": true, "ziffer": true, // German
	"page": true, "pages": true, "chapter": true, "article": true, "section": true, "paragraph": true,
	"clause": true, "resolution": true, "flight": true, "room": true, "route": true, "highway": true,
	"interstate": true, "version": true, "episode": true, "season": true, "vol": true, "volume": true,
	"no": true, "part": true, "channel": true, "gate": true, "platform": true, "pp": true, "p": true,
	"ver": true, "v": true, "ch": true, "sec": true, "apt": true, "suite": true, "unit": true, "grade": true,
	"level": true, "phase": true, "stage": true, "step": true, "line": true, "bus": true, "track": true,
	"figure": true, "fig": true, "table": true, "item": true, "exhibit": true, "tier": true, "category": true,
	"rule": true, "act": true, "scene": true, "psalm": true, "verse": true, "book": true, "issue": true,
	"ward": true, "district": true, "precinct": true, "block": true, "lot": true, "building": true, "floor": true,
	"court": true, "box": true, "bay": true, "pier": true, "terminal": true, "exit": true, "junction": true,
	"day": true, "week": true, "round": true, "game": true, "lap": true, "hole": true, "match": true,
	"matchday": true, "gameweek": true, "number": true, "nr": false,
	// French and Spanish
	"artículo": true, "capítulo": true, "temporada": true, "episodio": true, "ruta": true, "carretera": true,
	"autopista": true, "acte": true, "chapitre": true, "saison": true, "épisode": true, "numéro": true, "número": true,
	"ley": true, "decreto": true, "expediente": true, "jornada": true, "etapa": true, "fase": true, "ronda": true,
	"línea": true, "ligne": true, "calle": true, "avenida": true, "piso": true, "sala": true, "vuelo": true,
	"página": true, "párrafo": true, "inciso": true, "numeral": true, "anexo": true, "annexe": true, "alinéa": true,
	"zona": true, "lote": true, "tome": true, "n°": true, "nº": true,
	"ios": true, "android": true, "windows": true, "python": true, "java": true, "uefa": true, "fifa": true,
}

// timeWords after a figure make it a clock time.
var timeWords = map[string]bool{
	"am": true, "pm": true, "a.m": true, "p.m": true, "o'clock": true, "gmt": true, "utc": true, "bst": true,
	"cet": true, "cest": true, "est": true, "edt": true, "pst": true, "pdt": true, "cst": true, "cdt": true,
	"msk": true, "ist": true, "jst": true, "hrs": true, "h": true,
}

// durationUnits may be followed by "ago" (page furniture like "12 minutes ago").
var durationUnits = map[string]bool{
	"second": true, "seconds": true, "sec": true, "secs": true, "minute": true, "minutes": true, "min": true,
	"mins": true, "hour": true, "hours": true, "hr": true, "hrs": true, "h": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "yr": true, "yrs": true,
	"decade": true, "decades": true, "century": true, "centuries": true, "d": true, "w": true, "mo": true, "y": true,
}

// changeVerbs before "from X to Y" make it a change, not a range.
var changeVerbs = map[string]bool{
	"rose": true, "rise": true, "rises": true, "risen": true, "rising": true, "fell": true, "fall": true,
	"falls": true, "fallen": true, "falling": true, "increase": true, "increased": true, "increases": true,
	"increasing": true, "decrease": true, "decreased": true, "decreases": true, "decreasing": true, "grew": true,
	"grow": true, "grows": true, "grown": true, "growing": true, "dropped": true, "drop": true, "drops": true,
	"climbed": true, "climb": true, "climbs": true, "jumped": true, "jump": true, "jumps": true, "declined": true,
	"decline": true, "declines": true, "surged": true, "surge": true, "slipped": true, "cut": true, "cuts": true,
	"raised": true, "raise": true, "lowered": true, "reduced": true, "reduce": true, "boosted": true,
	"soared": true, "plunged": true, "tumbled": true, "slumped": true, "went": true, "up": true, "down": true,
	"changed": true, "moved": true, "shifted": true, "expanded": true, "shrank": true, "doubled": true,
	"tripled": true, "halved": true, "slid": true, "sank": true, "eased": true, "edged": true, "gained": true,
	"lost": true, "widened": true, "narrowed": true, "revised": true, "upgraded": true, "downgraded": true,
}

// nounStop are words that end a counted noun phrase, or may not start one.
var nounStop = map[string]bool{}

func init() {
	for _, w := range splitSpace(`a an the of in on at to for from by with and or nor but as than that this these
those which who whom whose is are was were be been being has have had having will would could should may might
can must shall do does did not no it its they them their he she his her we our you your i me my us said says say
per each every into onto over under about after before since during while when where if so such also only just
still already more most some any all both up down out off again there here then now ago last next according
including between against through across around near via like what how why whether because until unless
within without toward towards upon among amid despite though although yet either neither whereas whilst
thus hence therefore however meanwhile later earlier today yesterday tomorrow tonight instead rather very
too quite almost nearly about around roughly approximately least less fewer many much few several other
another own same just even ever never always often sometimes else perhaps maybe reportedly allegedly respectively
percent per cent pct were is am get got gets make made makes take took takes ici`) {
		nounStop[w] = true
	}
}

// irregularPlurals are plural nouns that do not end in "s".
// singularMen are the words ending in -men that are not plurals of -man.
var singularMen = map[string]bool{
	"specimen": true, "abdomen": true, "regimen": true, "stamen": true, "hymen": true, "omen": true,
	"acumen": true, "albumen": true, "bitumen": true, "cyclamen": true, "dolmen": true, "lumen": true,
	"rumen": true, "semen": true, "yemen": true, "germen": true, "foramen": true, "velamen": true,
}

var irregularPlurals = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "police": true, "personnel": true,
	"staff": true, "cattle": true, "sheep": true, "fish": true, "aircraft": true, "livestock": true,
	"military": true, "infantry": true, "feet": true, "teeth": true, "mice": true, "geese": true, "deer": true,
	"offspring": true, "crew": true, "militia": true, "data": true, "media": true, "criteria": true,
	"spacecraft": true, "watercraft": true, "hovercraft": true, "youth": true, "clergy": true, "faithful": true,
	"bitcoin": true, "ether": true, "apparatus": true, "species": true, "series": true, "headquarters": true,
	"barracks": true, "salmon": true, "trout": true, "swine": true, "poultry": true, "ammunition": true,
}

// pronounAfterOf end a counted phrase with nothing: "8,000 of them".
var pronounAfterOf = map[string]bool{"them": true, "us": true, "you": true, "whom": true, "which": true, "it": true, "those": false}

// detAfterOf are skipped after "of": "8,000 of these North Korean forces".
var detAfterOf = map[string]bool{
	"these": true, "those": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "my": true, "this": true, "that": true, "all": true, "every": true,
}

// nominalAdjectives name people when counted alone: "30 of the 80
// wounded", "the 12 dead".
var nominalAdjectives = map[string]bool{
	"wounded": true, "injured": true, "dead": true, "missing": true, "displaced": true, "homeless": true,
	"unemployed": true, "elderly": true, "accused": true, "detained": true, "arrested": true, "hospitalised": true,
	"hospitalized": true, "evacuated": true, "infected": true, "sick": true, "poor": true,
}

// notNumberBefore "one" make it a pronoun: "the one", "no one".
var notNumberBefore = map[string]bool{
	"the": true, "this": true, "that": true, "no": true, "any": true, "every": true, "each": true,
	"which": true, "some": true, "someone": true, "anyone": true, "little": true, "last": true, "only": true,
	"everyone": true, "such": true, "another": true, "big": true, "new": true, "old": true, "right": true,
	"wrong": true, "good": true, "bad": true, "same": true, "first": true, "next": true, "main": true,
}

// notNumberAfterOne follow "one" as a pronoun or idiom: "one another", "one day".
var notNumberAfterOne = map[string]bool{
	"another": true, "day": false, "thing": false, "way": false, "hand": false,
}

// yearPrepositions before a four-digit figure make it a year.
var yearBefore = map[string]bool{
	"in": true, "since": true, "of": true, "the": true, "by": true, "from": true, "until": true, "till": true,
	"before": true, "after": true, "during": true, "between": true, "to": true, "and": true, "through": true,
	"s": true, "his": true, "her": true, "its": true, "their": true, "our": true, "circa": true, "year": true,
	"early": true, "late": true, "mid": true, "summer": true, "winter": true, "spring": true, "autumn": true,
	"fall": true, "fiscal": true, "fy": true, "season": true, "election": true, "class": true, "for": true,
	"on": true, "at": true, "a": true, "this": true, "that": true, "every": true, "per": true, "each": true,
}

// starters are the words and signs that may begin a quantity; any other
// token is skipped with a single lookup.
var starters = map[string]bool{
	"a": true, "an": true, "several": true, "one": true, "minus": true, "negative": true, "rs": true, "inr": true,
	"u": true, "mex": true, "-": true, "−": true, "fr": true, "r": true, "n": true, "sh": true, "ksh": true, "kshs": true, "tk": true, "gh": true, "shs": true,
}

func init() {
	for w := range qualPhrases {
		starters[w] = true
	}
	for w := range numWords {
		starters[w] = true
	}
	for w := range dollarPrefixes {
		starters[w] = true
	}
	for w, ok := range isoCodes {
		starters[w] = ok
		if millionCodes[w] {
			starters["m"+w] = ok // "MAUD 60"
		}
	}
	for w := range currencySymbols {
		starters[w] = true
	}
	for w, cw := range currencyWords {
		if !cw.strict && cw.factor == 1 {
			starters[w] = true // "euro110 billion"
		}
	}
}

// gluedUnits are units of measure written against the figure ("58km",
// "600kg"), case-sensitive so that "5G" or "4K" stay names.
var gluedUnits = map[string]bool{
	"km": true, "kg": true, "cm": true, "mi": true, "ft": true, "lb": true, "lbs": true, "kph": true, "mph": true,
	"kmh": true, "kW": true, "MW": true, "GW": true, "kWh": true, "MWh": true, "GWh": true, "TWh": true, "ha": true,
	"sqm": true, "sqkm": true, "tonnes": true, "kt": true,
}
