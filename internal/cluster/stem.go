package cluster

import (
	"strings"
	"unicode/utf8"

	"newsdesk/internal/textproc"
)

// languages are the languages textproc has stopwords for; detectLanguage
// picks one of them.
var languages = []string{"en", "de", "fr", "es", "it", "pt", "nl", "sv", "tr", "ru", "uk", "pl"}

// detectLanguage guesses the language of folded tokens by counting
// stopwords of each language among the first few hundred words. Ties go to
// the earlier language in the list; with no evidence it returns "en".
func detectLanguage(toks []token) string {
	var counts [16]int
	n := 0
	for _, t := range toks {
		if t.number {
			continue
		}
		for li, l := range languages {
			if textproc.IsStopword(l, t.lower) {
				counts[li]++
			}
		}
		n++
		if n >= 400 {
			break
		}
	}
	best, bestN := 0, 0
	for li := range languages {
		if counts[li] > bestN {
			best, bestN = li, counts[li]
		}
	}
	if bestN < 2 {
		return "en"
	}
	return languages[best]
}

// suffixes lists, per language, the endings a light stemmer strips (folded
// spelling, longest first). These are deliberately light: the goal is that
// the singular and plural or the inflections of one word meet, not
// linguistic roots.
var suffixes = map[string][]string{
	"en": {"ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "ed", "es", "er", "ly", "s"},
	"de": {"ungen", "ung", "heiten", "heit", "keiten", "keit", "ern", "em", "en", "er", "es", "e", "n", "s"},
	"fr": {"ements", "ement", "ations", "ation", "euses", "euse", "eux", "ees", "ee", "es", "er", "ez", "e", "s", "x"},
	"es": {"aciones", "acion", "mente", "idades", "idad", "ados", "adas", "ado", "ada", "es", "os", "as", "o", "a", "e", "s"},
	"it": {"azioni", "azione", "mente", "ita", "ati", "ate", "ato", "ata", "i", "e", "o", "a"},
	"pt": {"acoes", "acao", "mente", "idades", "idade", "ados", "adas", "ado", "ada", "os", "as", "es", "o", "a", "e", "s"},
	"nl": {"heden", "heid", "ingen", "ing", "en", "er", "e", "s"},
	"sv": {"arna", "erna", "orna", "ande", "ende", "ar", "er", "or", "en", "et", "na", "a", "e"},
	"tr": {"lerin", "larin", "leri", "lari", "ler", "lar", "nin", "nun", "in", "un", "da", "de", "ta", "te", "i", "u"},
	"ru": {"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ах", "ях", "ов", "ев", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ам", "ям", "ом", "ем", "ую", "юю", "ы", "и", "а", "я", "о", "е", "у", "ю", "ь"},
	"uk": {"ами", "ями", "ого", "ому", "ими", "их", "ах", "ях", "ів", "ої", "ий", "ій", "ая", "ом", "ем", "ою", "ею", "і", "и", "а", "я", "о", "е", "у", "ю", "ь"},
	"pl": {"ami", "ach", "owi", "ow", "om", "em", "ie", "a", "y", "i", "e", "u", "o"},
}

// stem reduces a folded word of language lang by stripping its longest
// listed ending, keeping at least three letters.
func stem(lang, w string) string {
	list, ok := suffixes[lang]
	if !ok {
		list = suffixes["en"]
	}
	n := utf8.RuneCountInString(w)
	if n <= 3 {
		return w
	}
	if lang == "en" || lang == "" {
		// keep -ss, -us, -is words whole ("press", "virus", "crisis")
		if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
			return w
		}
	}
	for _, suf := range list {
		if strings.HasSuffix(w, suf) && n-utf8.RuneCountInString(suf) >= 3 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// isStop reports whether the token is a function word in lang or in
// English (news in every language quotes English names and phrases).
func isStop(lang string, t *token) bool {
	return textproc.IsStopword(lang, t.lower) || (lang != "en" && textproc.IsStopword("en", t.lower))
}
