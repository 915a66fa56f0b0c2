package quantity

import (
	"strconv"
	"strings"
)

// Compound number words in German, French and Spanish have no English
// word-for-word equal: "einundzwanzig" and "zweihundert" are one word,
// "soixante-dix" is sixty-ten, "quatre-vingts" four-twenties, "vingt et
// un" twenty-and-one, "ciento veinte" hundred twenty, and a bare "mil" or
// "cent" is a thousand or a hundred. compound reads such a run before the
// word-for-word translation and puts one figure token in its place, whose
// text is still the words ("soixante-dix morts" gives 70 written
// "soixante-dix"). A single word the translation already knows ("sept",
// "veinte") is left to it.

// romanceAtoms are the French and Spanish number words with their value.
// scale marks the multipliers (hundred, thousand).
type romanceAtom struct {
	val   float64
	scale bool
}

var frenchAtoms = map[string]romanceAtom{
	"un": {1, false}, "une": {1, false}, "deux": {2, false}, "trois": {3, false}, "quatre": {4, false},
	"cinq": {5, false}, "six": {6, false}, "sept": {7, false}, "huit": {8, false}, "neuf": {9, false},
	"dix": {10, false}, "onze": {11, false}, "douze": {12, false}, "treize": {13, false}, "quatorze": {14, false},
	"quinze": {15, false}, "seize": {16, false}, "vingt": {20, false}, "vingts": {20, false}, "trente": {30, false},
	"quarante": {40, false}, "cinquante": {50, false}, "soixante": {60, false},
	"cent": {100, true}, "cents": {100, true}, "mille": {1000, true},
}

var spanishAtoms = map[string]romanceAtom{
	"un": {1, false}, "uno": {1, false}, "una": {1, false}, "dos": {2, false}, "tres": {3, false},
	"cuatro": {4, false}, "cinco": {5, false}, "seis": {6, false}, "siete": {7, false}, "ocho": {8, false},
	"nueve": {9, false}, "diez": {10, false}, "once": {11, false}, "doce": {12, false}, "trece": {13, false},
	"catorce": {14, false}, "quince": {15, false}, "dieciséis": {16, false}, "diecisiete": {17, false},
	"dieciocho": {18, false}, "diecinueve": {19, false}, "veinte": {20, false}, "veintiuno": {21, false},
	"veintiún": {21, false}, "veintiuna": {21, false}, "veintidós": {22, false}, "veintitrés": {23, false},
	"veinticuatro": {24, false}, "veinticinco": {25, false}, "veintiséis": {26, false}, "veintisiete": {27, false},
	"veintiocho": {28, false}, "veintinueve": {29, false}, "treinta": {30, false}, "cuarenta": {40, false},
	"cincuenta": {50, false}, "sesenta": {60, false}, "setenta": {70, false}, "ochenta": {80, false},
	"noventa": {90, false}, "cien": {100, false}, "ciento": {100, false}, "doscientos": {200, false},
	"doscientas": {200, false}, "trescientos": {300, false}, "trescientas": {300, false},
	"cuatrocientos": {400, false}, "cuatrocientas": {400, false}, "quinientos": {500, false},
	"quinientas": {500, false}, "seiscientos": {600, false}, "seiscientas": {600, false},
	"setecientos": {700, false}, "setecientas": {700, false}, "ochocientos": {800, false},
	"ochocientas": {800, false}, "novecientos": {900, false}, "novecientas": {900, false},
	"mil": {1000, true},
}

// compound replaces the compound number words of lang ("de", "fr", "es")
// in toks with figure tokens and returns the shortened slice.
func compound(toks []token, lang string) []token {
	out := toks[:0]
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind != kWord {
			out = append(out, t)
			i++
			continue
		}
		var v float64
		end := i
		switch lang {
		case "de":
			if _, known := germanWords[t.low]; !known || bareScale[t.low] {
				if g, ok := germanNumber(t.low); ok {
					v, end = g, i+1
				}
			}
		case "fr", "es":
			if a, ok := approxNouns[p1(toks, i)]; ok && (t.low == "un" || t.low == "une" || t.low == "una") {
				// "une dizaine de morts", "un centenar de heridos": about
				// ten, about a hundred; the "de" before the noun goes
				out = append(out, token{s: t.s, e: toks[i+1].e, kind: kNum, gap: t.gap, low: strconv.Itoa(a), words: true, approx: true})
				i += 2
				if i+1 < len(toks) && toks[i].kind == kWord && (toks[i].low == "de" || toks[i].low == "d") && toks[i+1].kind == kWord {
					i++
					if toks[i].gap == gapNone {
						toks[i].gap = gapSpace // "d'enfants", split by splitElision
					}
				}
				continue
			}
			atoms, and, single := frenchAtoms, "et", frenchWords
			if lang == "es" {
				atoms, and, single = spanishAtoms, "y", spanishWords
			}
			if !afterFigure(out, t, atoms) {
				v, end = romanceRun(toks, i, atoms, and, single)
			}
		}
		if end <= i {
			out = append(out, t)
			i++
			continue
		}
		out = append(out, token{s: t.s, e: toks[end-1].e, kind: kNum, gap: t.gap, low: strconv.FormatFloat(v, 'f', -1, 64), words: true})
		i = end
	}
	return out
}

// afterFigure reports a "mille" or "mil" right after a figure or a number
// word: the run before it left the thousand to the translation ("vingt
// et un mille" is 21 thousand).
func afterFigure(out []token, t token, atoms map[string]romanceAtom) bool {
	if a := atoms[t.low]; !a.scale || a.val != 1000 || len(out) == 0 || t.gap == gapLine {
		return false
	}
	prev := out[len(out)-1]
	_, isAtom := atoms[prev.low]
	return prev.kind == kNum || prev.kind == kWord && isAtom
}

// approxNouns are the French and Spanish nouns of an approximate count,
// after "un", "une" or "una".
var approxNouns = map[string]int{
	"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
	"soixantaine": 60, "centaine": 100, "millier": 1000,
	"decena": 10, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1000,
}

// p1 is the lower-case word after token i, "" when there is none.
func p1(toks []token, i int) string {
	if i+1 < len(toks) && toks[i+1].kind == kWord && toks[i+1].gap != gapLine {
		return toks[i+1].low
	}
	return ""
}

// bareScale are the words for a hundred and a thousand that stand alone
// as a figure ("mille personnes", "cien soldados", "Hundert Tage"),
// where the English word needs a one before it.
var bareScale = map[string]bool{"cent": true, "cents": true, "mille": true, "cien": true, "ciento": true, "mil": true, "hundert": true, "tausend": true}

// romanceRun reads the French or Spanish number words from toks[i]: words
// joined by spaces, glued hyphens ("quatre-vingt-dix") or the word and
// ("vingt et un", "treinta y dos"). Each added word must be smaller than
// the one before it ("soixante-dix-sept" is 60+10+7; "deux trois" is no
// number); "cent" and "mille" multiply. It reports end <= i when the run
// is no compound: one word the translation reads by itself, or no number.
func romanceRun(toks []token, i int, atoms map[string]romanceAtom, and string, single map[string]string) (float64, int) {
	var total, cur, preVal float64
	last := 1e18 // the last word added: the next must be smaller
	words, end := 0, i
	preEnd, preWords := -1, 0 // the run before a closing "mille"
	for j := i; j < len(toks); {
		t := toks[j]
		if j > i && t.gap == gapLine {
			break
		}
		a, ok := atoms[t.low]
		if t.kind != kWord || !ok {
			break
		}
		// "quatre-vingt(s)" is eighty
		if t.low == "quatre" && j+2 < len(toks) && toks[j+1].low == "-" && toks[j+1].gap == gapNone && toks[j+2].gap == gapNone && (toks[j+2].low == "vingt" || toks[j+2].low == "vingts") {
			a, t = romanceAtom{80, false}, toks[j+2]
			j += 2
			words++
		}
		switch {
		case a.scale && a.val == 100:
			if cur >= 100 {
				return 0, i
			}
			cur = max(cur, 1) * 100
			last = 100
		case a.scale:
			if cur >= 1000 || total > 0 {
				return 0, i
			}
			preVal, preEnd, preWords = cur, end, words
			total += max(cur, 1) * 1000
			cur, last = 0, 1000
		default:
			if a.val >= last {
				if words == 0 {
					return 0, i
				}
				goto done
			}
			cur += a.val
			last = a.val
		}
		words++
		j++
		end = j
		// a glued hyphen or the word "and" leads to the next word
		if j+1 < len(toks) && toks[j].kind == kSym && toks[j].low == "-" && toks[j].gap == gapNone && toks[j+1].gap == gapNone && toks[j+1].kind == kWord {
			j++
		} else if j+1 < len(toks) && toks[j].low == and && toks[j].kind == kWord && toks[j+1].kind == kWord && last >= 20 && last < 100 {
			if b := atoms[toks[j+1].low]; !b.scale && b.val < 10 || b.val == 11 && and == "et" {
				j++
			}
		}
	}
done:
	if words == 0 {
		return 0, i
	}
	if last == 1000 && cur == 0 && preWords > 0 {
		// "vingt et un mille", "trois mille": the thousand is left to the
		// translation, so that "entre deux et trois mille" shares it
		total, end, words = preVal, preEnd, preWords
	}
	if words == 1 {
		if _, known := single[toks[i].low]; known && !bareScale[toks[i].low] {
			return 0, i // "sept", "veinte": the word-for-word reading has it
		}
		if toks[i].low == "un" || toks[i].low == "une" || toks[i].low == "una" || toks[i].low == "uno" {
			return 0, i
		}
	}
	return total + cur, end
}

// germanUnits are the German numbers below twenty, as written inside a
// compound ("ein" in "einundzwanzig", "eins" at the end of "hunderteins").
var germanUnits = map[string]float64{
	"ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
	"neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
	"siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}

var germanTens = map[string]float64{
	"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
	"achtzig": 80, "neunzig": 90,
}

// germanNumber reads a German number written as one word:
// "einundzwanzig", "zweihundert", "dreitausendfünfhundert". It reports
// false for anything else, plain words included.
func germanNumber(w string) (float64, bool) {
	if len(w) < 4 || len(w) > 80 {
		return 0, false
	}
	// "anderthalb", "eineinhalb", "zweieinhalb": one more half than the
	// number before "einhalb"
	if w == "anderthalb" {
		return 1.5, true
	}
	if head, ok := strings.CutSuffix(w, "einhalb"); ok && head != "" {
		if v, ok := germanNumber(head); ok {
			return v + 0.5, true
		}
		if u, ok := germanUnits[head]; ok && head != "eine" {
			return u + 0.5, true
		}
		return 0, false
	}
	if k := strings.LastIndex(w, "tausend"); k >= 0 {
		left, right := w[:k], w[k+len("tausend"):]
		l, r := 1.0, 0.0
		if left != "" {
			var ok bool
			if l, ok = germanBelow1000(left); !ok {
				return 0, false
			}
		}
		if right != "" {
			var ok bool
			if r, ok = germanBelow1000(right); !ok {
				return 0, false
			}
		}
		return l*1000 + r, true
	}
	return germanBelow1000(w)
}

func germanBelow1000(w string) (float64, bool) {
	h := 0.0
	if k := strings.Index(w, "hundert"); k >= 0 {
		left := w[:k]
		h = 1
		if left != "" {
			u, ok := germanUnits[left]
			if !ok || u >= 10 {
				return 0, false
			}
			h = u
		}
		h *= 100
		w = w[k+len("hundert"):]
		if w == "" {
			return h, true
		}
	}
	if u, ok := germanUnits[w]; ok && w != "eine" {
		return h + u, true
	}
	if t, ok := germanTens[w]; ok {
		return h + t, true
	}
	if k := strings.Index(w, "und"); k > 0 {
		u, ok1 := germanUnits[w[:k]]
		t, ok2 := germanTens[w[k+len("und"):]]
		if ok1 && ok2 && u < 10 && w[:k] != "eins" {
			return h + t + u, true
		}
	}
	return 0, false
}
