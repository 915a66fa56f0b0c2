package claim

import (
	"strings"
	"unicode"
)

// rateWords are the periods a frequency adverbial names.
var rateWords = map[string]bool{"year": true, "month": true, "week": true, "day": true, "night": true, "season": true}

// afterRate are the words that may follow a trailing frequency and still
// leave it with the clause before ("… tons of asphalt each year to repave
// …"); any other word starts a clause the frequency belongs to ("… and
// every year hires 20 more").
var afterRate = map[string]bool{"to": true, "for": true, "in": true, "on": true, "from": true, "at": true,
	"by": true, "since": true, "through": true, "across": true, "and": true, "or": true, "but": true,
	"according": true, "nationwide": true, "worldwide": true, "alone": true}

// timeCounted are counted nouns that are spans of time, which a frequency
// does not turn into a rate ("10 years").
var timeCounted = map[string]bool{"year": true, "month": true, "week": true, "day": true, "hour": true,
	"minute": true, "second": true, "decade": true, "night": true, "season": true}

// clauseRate finds the frequency of a figure's clause when the text puts
// it away from the counted noun: a fronted "Each year, …" or "Annually,
// …", or a trailing "each year", "every month", "annually" or "in a
// typical month" after the verb phrase ("records about 500 leaks in a
// typical month"). sent is the sentence, fig and end are the offsets in
// sent where the figure starts and where it and its noun end, and next is
// where the sentence's next figure starts (len(sent) when none). It
// returns the rate as "a year", "a month" …, or "".
func clauseRate(sent string, fig, end, next int) string {
	toks := rateTokens(sent)
	// fronted: the sentence opens with the frequency and a comma
	if len(toks) >= 3 && toks[0].end <= fig {
		w0, w1 := toks[0].low, toks[1].low
		if (w0 == "each" || w0 == "every") && rateWords[w1] && toks[2].text == "," {
			return "a " + w1
		}
	}
	if len(toks) >= 2 && toks[0].low == "annually" && toks[1].text == "," && toks[0].end <= fig {
		return "a year"
	}
	// an adjective of frequency right before the figure: "a weekly $600
	// benefit", "an annual 40,000 visitors"
	for i, t := range toks {
		if t.start >= fig {
			j := i - 1 // (a currency sign is part of the figure)
			if j >= 0 {
				if r := frequencyAdjectives[toks[j].low]; r != "" {
					return r
				}
			}
			break
		}
	}
	// trailing, after the figure and its noun and before the next figure
	for i, t := range toks {
		if t.start < end || t.start >= next {
			continue
		}
		if t.text == ";" || t.low == "which" || t.low == "who" || t.low == "where" || t.low == "since" ||
			t.text == "," && i+1 < len(toks) && (toks[i+1].low == "and" || toks[i+1].low == "but" || toks[i+1].low == "while") {
			return "" // another clause: "killed 300 people in 2001, and every year since …"
		}
		rate, j := "", 0
		switch {
		case (t.low == "each" || t.low == "every" || t.low == "per") && i+1 < len(toks) && rateWords[toks[i+1].low]:
			rate, j = "a "+toks[i+1].low, i+2
		case t.low == "annually" || t.low == "yearly":
			rate, j = "a year", i+1
		case t.low == "in" && i+3 < len(toks) && (toks[i+1].low == "a" || toks[i+1].low == "an") && typicalWords[toks[i+2].low] && rateWords[toks[i+3].low]:
			rate, j = "a "+toks[i+3].low, i+4
		default:
			continue
		}
		if j < len(toks) {
			nt := toks[j]
			if nt.text == "'" || nt.text == "’" || nt.low == "of" || nt.low == "that" {
				return "" // "each year's", "each day of the week", "every year that"
			}
			if isWordTok(nt) && !afterRate[nt.low] {
				return ""
			}
		}
		return rate
	}
	return ""
}

// frequencyAdjectives say how often, before a figure.
var frequencyAdjectives = map[string]string{"weekly": "a week", "monthly": "a month", "daily": "a day", "nightly": "a night",
	"yearly": "a year", "annual": "a year"}

var typicalWords = map[string]bool{"typical": true, "normal": true, "average": true, "given": true, "usual": true, "single": true}

type rateTok struct {
	text, low  string
	start, end int
}

func isWordTok(t rateTok) bool {
	for _, r := range t.text {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// rateTokens splits s into words and single punctuation marks.
func rateTokens(s string) []rateTok {
	var out []rateTok
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-'
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, rateTok{s[start:i], strings.ToLower(s[start:i]), start, i})
			start = -1
		}
		if !unicode.IsSpace(r) {
			e := i + len(string(r))
			out = append(out, rateTok{s[i:e], s[i:e], i, e})
		}
		if len(out) > 400 {
			return out // a sentence this long gives no rate worth the scan
		}
	}
	if start >= 0 {
		out = append(out, rateTok{s[start:], strings.ToLower(s[start:]), start, len(s)})
	}
	return out
}

// hasRate reports whether a counted noun phrase already carries a rate
// ("burials each day", "points per game", "barrels a day").
func hasRate(counted string) bool {
	f := strings.Fields(strings.ToLower(counted))
	if len(f) < 2 {
		return false
	}
	w := strings.TrimSuffix(f[len(f)-1], "s")
	switch f[len(f)-2] {
	case "a", "an", "per", "each", "every":
		return true
	}
	return w == "annually" || w == "yearly" || rateWords[w] && f[len(f)-2] == "per"
}

// withRate adds the clause's frequency to a counted noun that has none:
// "tons of asphalt" becomes "tons of asphalt a year". Spans of time and
// empty nouns are left alone, except that money with no noun takes the
// rate alone ("$900 billion … due annually": "a year").
func withRate(counted, unit string, sent string, fig, end, next int) string {
	if hasRate(counted) || unit == "percent" {
		return counted
	}
	f := strings.Fields(strings.ToLower(counted))
	if len(f) == 0 && unit == "" {
		return counted
	}
	if len(f) > 0 && timeCounted[strings.TrimSuffix(f[len(f)-1], "s")] {
		return counted
	}
	rate := clauseRate(sent, fig, end, next)
	if rate == "" {
		return counted
	}
	if counted == "" {
		return rate
	}
	return counted + " " + rate
}

// rateHints are fragments every frequency clauseRate reads contains
// ("Each", "every", "per", "annually", "yearly", "a typical month",
// "weekly", "monthly", "daily", "nightly").
var rateHints = []string{"ach ", "very ", "per ", "nnual", "early", "typical", "normal", "average", "given", "usual", "single",
	"eekly", "onthly", "aily", "ightly"}

// mayHaveRate is a cheap test before a sentence is split into words.
func mayHaveRate(sent string) bool {
	for _, h := range rateHints {
		if strings.Contains(sent, h) {
			return true
		}
	}
	return false
}
