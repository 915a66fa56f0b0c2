package timex

import "strings"

// tenseWindow is how many tokens around a date phrase are searched for a
// tense marker.
const tenseWindow = 14

var futureMarkers = map[string]bool{
	"will": true, "shall": true, "would": true, "ll": true, "upcoming": true, "expected": true,
	"scheduled": true, "slated": true, "plans": true, "planned": true, "planning": true,
	"intends": true, "aims": true, "due": true, "set": true, "going": true, "next": true,
	"coming": true, "wo": true, // "won't" lexes as "wo" + "n't"
}

var irregularPast = map[string]bool{
	"said": true, "told": true, "was": true, "were": true, "had": true, "did": true, "took": true,
	"met": true, "came": true, "went": true, "made": true, "began": true, "saw": true, "gave": true,
	"left": true, "held": true, "fell": true, "rose": true, "won": true, "lost": true, "struck": true,
	"spoke": true, "wrote": true, "sent": true, "led": true, "hit": true, "shot": true, "fought": true,
	"brought": true, "bought": true, "sold": true, "paid": true, "found": true, "thought": true,
	"knew": true, "got": true, "became": true, "ran": true, "flew": true, "drove": true, "broke": true,
	"stood": true, "sat": true, "spent": true, "built": true, "felt": true, "kept": true, "heard": true,
	"fled": true, "sped": true, "bred": true, "ago": true, "last": true, "earlier": true, "yesterday": true, "overnight": true,
}

// notPast are -ed words that are not past-tense verbs.
var notPast = map[string]bool{
	"need": true, "speed": true, "feed": true, "seed": true, "indeed": true, "proceed": true,
	"exceed": true, "succeed": true, "breed": true, "hundred": true, "sacred": true, "naked": true,
	"wicked": true, "kindred": true, "embed": true, "shed": true, "bed": true, "red": true,
	"united": true, "based": true, "related": true, "armed": true, "detailed": true, "limited": true,
	"advanced": true, "concerned": true, "alleged": true, "supposed": true, "so-called": true,
	"expected": true, "scheduled": true, "planned": true, "interested": true, "skilled": true,
}

// markerAt classifies the word token as a tense marker.
func markerAt(t *token) int {
	if t.kind != tWord || len(t.text) < 2 || len(t.text) > 20 {
		return tenseUnknown
	}
	w := strings.ToLower(t.text)
	if futureMarkers[w] {
		return tenseFuture
	}
	if t.upper && t.cls.kind != wNone {
		return tenseUnknown
	}
	if irregularPast[w] {
		return tensePast
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPast[w] && !t.upper {
		return tensePast
	}
	return tenseUnknown
}

// clauseTense finds the tense of the clause around tokens [i, j): the
// nearest marker before the phrase, else the nearest after it, within the
// sentence.
func (m *matcher) clauseTense(i, j int) int {
	for k := i - 1; k >= 0 && k >= i-tenseWindow; k-- {
		t := &m.toks[k]
		if t.kind == tPunct && isSentenceEnd(t.text) {
			break
		}
		if tn := markerAt(t); tn != tenseUnknown {
			return tn
		}
	}
	for k := j; k < len(m.toks) && k < j+tenseWindow; k++ {
		t := &m.toks[k]
		if t.kind == tPunct && isSentenceEnd(t.text) {
			break
		}
		if tn := markerAt(t); tn != tenseUnknown {
			return tn
		}
	}
	return tenseUnknown
}

func isSentenceEnd(p string) bool {
	return p == "." || p == "!" || p == "?" || p == ";"
}
