package claim

import (
	"strings"
	"testing"
	"time"

	"newsdesk/internal/model"
)

// TestHostileInput runs the claim stage over long lines, text without
// sentence punctuation, digits only, mixed scripts and absurd exponents:
// no panic, and every claim's offsets point into the text.
func TestHostileInput(t *testing.T) {
	n := 4000
	if testing.Short() {
		n = 400
	}
	inputs := map[string]string{
		"said on one line":  strings.Repeat("Abc Def said 5 dogs, ", n),
		"digits only":       strings.Repeat("12345 ", n),
		"no spaces":         strings.Repeat("5,", n),
		"capitals":          strings.Repeat("Abc ", n),
		"quotes":            strings.Repeat("\"5 cats,\" he said. ", n),
		"unclosed quotes":   strings.Repeat("“5 cats, said Abc. ", n),
		"colons":            strings.Repeat("Abc Def: 5 cats were seen here on the same day\n", n),
		"places":            strings.Repeat("10 troops in Russia Ukraine ", n),
		"appositives":       strings.Repeat("Jan Novak, the head, confirmed 5 , ", n),
		"mixed scripts":     strings.Repeat("Иван сказал 5 солдат «цитата» 北朝鮮 10,000 ", n),
		"exponents":         strings.Repeat("1e999999 9e99999999999 ", n),
		"invalid utf-8":     strings.Repeat("\xff\xfe 5 \xc3 said", n),
		"figures and dates": strings.Repeat("123 troops on Oct. 5 up from 45 people a year ago ", n),
	}
	for name, s := range inputs {
		for _, c := range FromArticle(&model.Article{Text: s, Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)}) {
			if c.Start < 0 || c.End > len(s) || c.Start > c.End || s[c.Start:c.End] != c.Sentence {
				t.Fatalf("%s: bad sentence offsets %d:%d", name, c.Start, c.End)
			}
			if c.Value != nil && (*c.Value != *c.Value || *c.Value > 1e308) {
				t.Fatalf("%s: non-finite value %v", name, *c.Value)
			}
		}
	}
}

// A claim on an unpunctuated line quotes the words around its figure, not
// the whole line, so that the claims of a long line are not quadratic in it.
func TestLongSentenceWindow(t *testing.T) {
	text := strings.Repeat("officials said 40 people were hurt in the north and ", 400)
	a := &model.Article{Text: text, Published: time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC)}
	cs := FromArticle(a)
	if len(cs) < 100 {
		t.Fatalf("got %d claims, want one per figure", len(cs))
	}
	for _, c := range cs {
		if c.End-c.Start > maxSentence || text[c.Start:c.End] != c.Sentence {
			t.Fatalf("sentence %d..%d (%d bytes) is not a window of the text", c.Start, c.End, c.End-c.Start)
		}
		if c.QuantityStart < c.Start || c.QuantityEnd > c.End {
			t.Fatalf("the window %d..%d misses the figure at %d..%d", c.Start, c.End, c.QuantityStart, c.QuantityEnd)
		}
	}
}

// TestFigureAcrossAbbreviation: a German booking page ("Platz für max. 4
// Personen.") once lost every claim: "max. 4" was read as one bounded
// figure while the sentence splitter cut after "max.", and the figure,
// lying in two sentences, sent the role reader past its sentence's end.
func TestFigureAcrossAbbreviation(t *testing.T) {
	text := "Das Haus bietet Platz für max. 4 Personen. Für jede weitere Person wird ein Aufschlag von 12,00 € pro Nacht berechnet.\n" +
		"Es verfügt über 4 Schlafzimmer und 2 Bäder."
	cs := FromArticle(&model.Article{Text: text, Language: "de"})
	var four bool
	for _, c := range cs {
		if c.Value != nil && *c.Value == 4 && c.Qualifier == "upper" {
			four = true
		}
	}
	if len(cs) < 3 || !four {
		t.Errorf("got %d claims, want the bounded 4 among at least 3: %+v", len(cs), cs)
	}
}
