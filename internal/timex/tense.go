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
	"could": true, "might": true, "may": true, "tomorrow": true, "ahead": true,
	// Present-tense verbs of schedules: "the trial opens Thursday",
	// "talks resume Monday", "Arsenal hosts Chelsea on Sunday".
	"begins": true, "starts": true, "opens": true, "meets": true, "resumes": true, "resume": true,
	"convenes": true, "kicks": true, "expires": true, "hosts": true, "faces": true,
	// forecasts in the present: "The agency expects rain on Friday" (not
	// "forecast" or "expect", which may be a past or a noun)
	"expects": true, "predicts": true,
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

// passiveAux are the words that make a following -ed word a participle
// whose tense comes from further left ("will be deployed", "is expected").
var passiveAux = map[string]bool{
	"be": true, "been": true, "being": true, "is": true, "are": true, "am": true, "get": true, "gets": true,
	"s": true, "re": true,
}

// markerAt classifies token k as a tense marker.
func (m *matcher) markerAt(k int) int {
	t := &m.toks[k]
	if t.kind != tWord || len(t.text) < 2 || len(t.text) > 20 {
		return tenseUnknown
	}
	if t.upper && t.cls.kind != wNone && t.cls.kind != wKey {
		return tenseUnknown // "May", "Monday"
	}
	w := strings.ToLower(t.text)
	if strings.HasSuffix(w, "ed") && k > 0 && m.toks[k-1].kind == tWord && determiners[strings.ToLower(m.toks[k-1].text)] && !irregularPast[w] {
		return tenseUnknown // an adjective: "the planned merger", "the proposed merger"
	}
	if futureMarkers[w] {
		return tenseFuture
	}
	if (w == "plan" || w == "intend" || w == "aim" || w == "hope") && k+1 < len(m.toks) && strings.EqualFold(m.toks[k+1].text, "to") {
		return tenseFuture // "Officials plan to reopen the bridge on Monday"
	}
	if irregularPast[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPast[w] && !t.upper {
		if k > 0 {
			if p := &m.toks[k-1]; p.kind == tWord && passiveAux[strings.ToLower(p.text)] {
				return tenseUnknown // a participle: the auxiliary decides ("will be deployed", "would be made public")
			}
		}
		return tensePast
	}
	return tenseUnknown
}

// determiners before an -ed word make it an adjective, not a verb.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "this": true, "that": true}

// willBefore reports "will" (or "'ll", "shall") among the few words before
// token k, in its clause.
func (m *matcher) willBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := &m.toks[j]
		if t.kind == tPunct && (isSentenceEnd(t.text) || t.text == ",") {
			return false
		}
		if w := strings.ToLower(t.text); t.kind == tWord && (w == "will" || w == "ll" || w == "shall") {
			return true
		}
	}
	return false
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
		if tn := m.markerAt(k); tn != tenseUnknown {
			return tn
		}
	}
	for k := j; k < len(m.toks) && k < j+tenseWindow; k++ {
		t := &m.toks[k]
		if t.kind == tPunct && isSentenceEnd(t.text) {
			break
		}
		if tn := m.markerAt(k); tn != tenseUnknown {
			return tn
		}
	}
	return tenseUnknown
}

func isSentenceEnd(p string) bool {
	return p == "." || p == "!" || p == "?" || p == ";"
}
