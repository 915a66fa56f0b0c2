package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"newsdesk/internal/evaldata"
	"newsdesk/internal/quantity"
)

// Models are the four Recognizers-Text case files, in report order.
var Models = []string{"NumberModel", "NumberRangeModel", "PercentModel", "CurrencyModel"}

// Case is one Recognizers-Text test case.
type Case struct {
	Input        string   `json:"Input"`
	NotSupported string   `json:"NotSupported"`
	Results      []Result `json:"Results"`
}

// Result is one expected entity of a case.
type Result struct {
	Text       string         `json:"Text"`
	TypeName   string         `json:"TypeName"`
	Resolution map[string]any `json:"Resolution"`
}

// Outcome is the score of one model.
type Outcome struct {
	Model   string
	Total   int            // cases in the file
	Skipped map[string]int // skip reason → cases
	Scored  int
	Passed  int
	// SkippedPassed counts skipped cases the parser gets right anyway: the
	// pass rate over every case in the file is (Passed+SkippedPassed)/Total.
	SkippedPassed int
	Failures      []string // "input: want ...; got ..."
}

// Rate is the pass rate over scored cases.
func (o Outcome) Rate() float64 {
	if o.Scored == 0 {
		return 0
	}
	return float64(o.Passed) / float64(o.Scored)
}

// SkippedTotal is the number of skipped cases.
func (o Outcome) SkippedTotal() int {
	n := 0
	for _, v := range o.Skipped {
		n += v
	}
	return n
}

// Skip reasons. Every skipped case falls under one of these categories; the
// rules that assign them are in skipReason.
const (
	skipRefUnsupported = "reference implementation (.NET) marks the case unsupported"
	skipFraction       = "compound and digit fractions (twenty-three fifths, 1/3, one over three, a hundredth, more than half): rare in news"
	skipPower          = "scientific notation and powers (1e10, 1.1^23): not news prose"
	skipSpoken         = "spoken decimals (two hundred point five, nought): news writes digits"
	skipOrdinalRange   = "ranges of ordinal ranks (between the tenth and the fifteenth): ranks are not quantities here"
	skipComparison     = "query-language comparisons (<=, equal to, bigger or equal than): not news prose"
	skipInsideCodes    = "numbers inside dates, phone numbers, IP addresses and codes (5/17/2018, SCP-173): deliberately not quantities"
	skipGiga           = "G as giga (10G): would read 4G/5G networks as numbers"
	skipCompoundMoney  = "compound amounts (3 dollars 50 cents, 15 dollars and 50): rare in news"
	skipLegacyCurrency = "legacy or minor units (markka, peseta, guilder, sen, kuai, satoshi) and crypto (counted nouns by design)"
	skipReversePercent = "reversed percent phrasing (percent of 10)"
	skipQuirk          = "the file's own quirks (a range dropped because a year follows, 'five out of three' as two numbers, a spaced sign '- 10  k')"
)

var (
	reIP        = regexp.MustCompile(`\d+\.\d+\.\d+\.\d+`)
	reSlashDate = regexp.MustCompile(`\d/\d`)
	rePhone     = regexp.MustCompile(`\+\d`)
	reCode      = regexp.MustCompile(`[A-Za-z]-\d`)
	reGiga      = regexp.MustCompile(`\d\s*[gG]\b`)
	reFraction  = regexp.MustCompile(`(?i)\b(halves|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twentieths?|thirtieths?|hundredths?|thousandths?|millionths?|trillionths?|twenty-firsts?|twenty firsts|twenty-fifth)\b|[⅔¾⅙½]|\d\s*/\s*\d|\b\d+ in \d+\b`)
	reHalfScale = regexp.MustCompile(`(?i)\b(half|quarters?)\b.*\b(dozen|thousand|million|billion)\b|\b(million|billion)\b.*\b(half|quarters?)\b|\b(thirds?|fifths?)\s+of\s+an?\s+(thousand|million|billion)\b`)
	reHalfAlone = regexp.MustCompile(`(?i)\b(half|quarter)\b`)
	reAndHalf   = regexp.MustCompile(`(?i)\band (a|one) half\b`)
	// Simple fractions are kept: "two thirds", "a fifth", "one-eighth", "five and a quarter".
	reSimpleFrac = regexp.MustCompile(`(?i)^((one|two|three|four|five|six|seven|eight|nine)\s+and\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine)\s*-?\s*(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$`)
	reSpoken     = regexp.MustCompile(`(?i)\b(point|nought|naught)\b`)
	reOrdinal    = regexp.MustCompile(`(?i)\b(tenth|fifteenth|first|second|third)\b`)
	reCompare    = regexp.MustCompile(`(?i)equal|[<>=]`)
	reCompound   = regexp.MustCompile(`(?i)(\d|\b(one|three|thirteen|fifteen))\s*(dollars?|usd)\s+(and\s+)?(\d|one|two|forty|fifty)|dollars?\b.*\bcents?|\d+\s*\$\s*\d+\s*cent|\$\s*\d+\s+and\s+\w+`)
	reLegacy     = regexp.MustCompile(`(?i)markka|peseta|guilder|\bsen\b|kuai|\bmao\b|satoshi|bitcoin|btc|₿`)
	reRevPct     = regexp.MustCompile(`(?i)^\s*(percents?|per cent) of`)
)

// skipReason decides whether a case is out of scope for news and why.
func skipReason(model string, c Case) string {
	if strings.Contains(c.NotSupported, "dotnet") {
		return skipRefUnsupported
	}
	in := c.Input
	texts := ""
	for _, r := range c.Results {
		texts += " " + r.Text
		if st, _ := r.Resolution["subtype"].(string); st == "power" {
			return skipPower
		}
	}
	switch model {
	case "NumberModel":
		for _, r := range c.Results {
			if st, _ := r.Resolution["subtype"].(string); st == "fraction" && !reHalfScale.MatchString(r.Text) && !reAndHalf.MatchString(r.Text) && !reSimpleFrac.MatchString(r.Text) {
				return skipFraction
			}
		}
		if reSpoken.MatchString(in) {
			return skipSpoken
		}
		if reIP.MatchString(in) || reSlashDate.MatchString(in) || rePhone.MatchString(in) || reCode.MatchString(in) {
			return skipInsideCodes
		}
		if reGiga.MatchString(in) {
			return skipGiga
		}
		if strings.Contains(in, "five out of three") || strings.Contains(in, "- 10  k") {
			return skipQuirk
		}
	case "NumberRangeModel":
		if reOrdinal.MatchString(texts) {
			return skipOrdinalRange
		}
		if reFraction.MatchString(texts) || reHalfAlone.MatchString(texts) && !reHalfScale.MatchString(texts) {
			return skipFraction
		}
		if reCompare.MatchString(texts) || strings.ContainsAny(in, "<>=") {
			return skipComparison
		}
		if rePhone.MatchString(in) || reSlashDate.MatchString(in) {
			return skipInsideCodes
		}
		if len(c.Results) == 0 && strings.Contains(in, "from 200 to 300 in 2008") {
			return skipQuirk
		}
	case "PercentModel":
		if reRevPct.MatchString(texts) {
			return skipReversePercent
		}
	case "CurrencyModel":
		if reLegacy.MatchString(in) {
			return skipLegacyCurrency
		}
		for _, r := range c.Results {
			if reCompound.MatchString(r.Text) {
				return skipCompoundMoney
			}
		}
	}
	return ""
}

// item is one comparable entity: normalised text and resolved figures.
type item struct {
	text      string
	value     float64
	low, high float64 // NaN when open
	unit      string
}

func (it item) String() string {
	s := fmt.Sprintf("%q=%s", it.text, fmtF(it.value))
	if !math.IsNaN(it.low) || !math.IsNaN(it.high) {
		s = fmt.Sprintf("%q=[%s,%s]", it.text, fmtF(it.low), fmtF(it.high))
	}
	if it.unit != "" {
		s += " " + it.unit
	}
	return s
}

func fmtF(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// norm lower-cases and collapses spaces, as the case files do.
func norm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// unitCodes maps the file's currency unit names without an ISO code to the
// code the parser emits, with the factor to main units (cents, pence).
var unitCodes = map[string]struct {
	code   string
	factor float64
}{
	"Dollar": {"USD", 1}, "Pound": {"GBP", 1}, "Cent": {"USD", 0.01}, "Pence": {"GBP", 0.01},
	"Penny": {"GBP", 0.01}, "Franc": {"CHF", 1}, "Rupee": {"INR", 1}, "Euro": {"EUR", 1},
}

// expected turns a case's results into items; results without a value (a
// bare "dollar" or "percent") are not quantities and are dropped.
func expected(model string, c Case) []item {
	var out []item
	for _, r := range c.Results {
		v, _ := r.Resolution["value"].(string)
		it := item{text: norm(r.Text), low: math.NaN(), high: math.NaN(), value: math.NaN()}
		switch model {
		case "NumberModel":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			it.value = f
		case "PercentModel":
			f, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64)
			if err != nil {
				continue
			}
			it.value, it.unit = f, quantity.UnitPercent
		case "CurrencyModel":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			unit, _ := r.Resolution["unit"].(string)
			iso, _ := r.Resolution["isoCurrency"].(string)
			factor := 1.0
			if iso == "" {
				u := unitCodes[unit]
				iso, factor = u.code, u.factor
				if iso == "" {
					iso = "?" + unit
				}
			}
			it.value, it.unit = f*factor, iso
		case "NumberRangeModel":
			lo, hi, ok := parseInterval(v)
			if !ok {
				continue
			}
			it.low, it.high = lo, hi
		}
		out = append(out, it)
	}
	return out
}

// parseInterval reads "[10,15)", "(30,)", "(,100]". Open or closed ends are
// not told apart: the parser's bounds are inclusive figures as written.
func parseInterval(s string) (lo, hi float64, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 3 {
		return 0, 0, false
	}
	parts := strings.Split(s[1:len(s)-1], ",")
	if len(parts) != 2 {
		return 0, 0, false
	}
	lo, hi = math.NaN(), math.NaN()
	var err error
	if p := strings.TrimSpace(parts[0]); p != "" {
		if lo, err = strconv.ParseFloat(p, 64); err != nil {
			return 0, 0, false
		}
	}
	if p := strings.TrimSpace(parts[1]); p != "" {
		if hi, err = strconv.ParseFloat(p, 64); err != nil {
			return 0, 0, false
		}
	}
	return lo, hi, true
}

// got turns the parser's output into items for a model. NumberModel sees the
// bare figure of every quantity; the others see only their kind of quantity
// with its full text.
func got(model, input string, qs []quantity.Quantity) []item {
	var out []item
	for _, q := range qs {
		it := item{low: math.NaN(), high: math.NaN(), value: math.NaN(), unit: q.Unit}
		if q.Value != nil {
			it.value = *q.Value
		}
		switch model {
		case "NumberModel":
			it.text = norm(input[q.NumStart:q.NumEnd])
			it.unit = ""
			if q.Value == nil {
				continue
			}
			if q.Unit != "" && q.Unit != quantity.UnitPercent && strings.Contains(strings.ToLower(input[q.NumEnd:q.End]), "cent") {
				it.value *= 100 // "50 cents" is the number 50
			}
		case "PercentModel":
			if q.Unit != quantity.UnitPercent {
				continue
			}
			it.text = norm(q.Text)
		case "CurrencyModel":
			if q.Unit == "" || q.Unit == quantity.UnitPercent {
				continue
			}
			it.text = norm(q.Text)
		case "NumberRangeModel":
			if q.Value != nil && q.Qualifier != quantity.Upper && q.Qualifier != quantity.Lower {
				continue
			}
			it.text = norm(q.Text)
			if q.Low != nil {
				it.low = *q.Low
			}
			if q.High != nil {
				it.high = *q.High
			}
			it.value = math.NaN()
		}
		out = append(out, it)
	}
	return out
}

func near(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	d := math.Abs(a - b)
	return d <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b))) || d < 1e-6
}

// textMatch accepts the parser's text when it equals the expected text, or
// when it only adds a leading qualifier ("about $ 14 million" for
// "$ 14 million"), which this project keeps in the text on purpose.
func textMatch(want, have string) bool {
	if want == have {
		return true
	}
	if strings.HasSuffix(have, " "+want) {
		prefix := strings.TrimSuffix(have, " "+want)
		for _, r := range prefix {
			if !(r >= 'a' && r <= 'z' || r == ' ' || r == '~') {
				return false
			}
		}
		return true
	}
	return false
}

func matchItems(model string, want, have []item) bool {
	if len(want) != len(have) {
		return false
	}
	for i := range want {
		w, h := want[i], have[i]
		if !textMatch(w.text, h.text) {
			return false
		}
		switch model {
		case "NumberRangeModel":
			if !near(w.low, h.low) || !near(w.high, h.high) {
				return false
			}
		default:
			if !near(w.value, h.value) || w.unit != h.unit {
				return false
			}
		}
	}
	return true
}

// Score runs the parser over one model's cases.
func Score(model string, cases []Case) Outcome {
	o := Outcome{Model: model, Total: len(cases), Skipped: map[string]int{}}
	for _, c := range cases {
		want := expected(model, c)
		have := got(model, c.Input, quantity.Find(c.Input))
		pass := matchItems(model, want, have)
		if r := skipReason(model, c); r != "" {
			o.Skipped[r]++
			if pass {
				o.SkippedPassed++
			}
			continue
		}
		o.Scored++
		if pass {
			o.Passed++
			continue
		}
		o.Failures = append(o.Failures, fmt.Sprintf("%q\n      want %v\n      got  %v", c.Input, want, have))
	}
	return o
}

// Load reads one model's case file from dir.
func Load(dir, model string) ([]Case, error) {
	path := filepath.Join(dir, model+".en.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var cases []Case
	if err := json.Unmarshal(b, &cases); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	return cases, nil
}

// FindData is the directory of the case files, ../shared/eval/numbers
// beside the repository, or "" when absent.
func FindData() string {
	if p := evaldata.Find("numbers/NumberModel.en.json"); p != "" {
		return filepath.Dir(p)
	}
	return ""
}

// sortedReasons lists skip reasons by count, for stable printing.
func sortedReasons(m map[string]int) []string {
	var rs []string
	for r := range m {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool {
		if m[rs[i]] != m[rs[j]] {
			return m[rs[i]] > m[rs[j]]
		}
		return rs[i] < rs[j]
	})
	return rs
}

// SkipList returns the skipped inputs of a model with their reasons, for -v.
func SkipList(model string, cases []Case) []string {
	var out []string
	for _, c := range cases {
		if r := skipReason(model, c); r != "" {
			out = append(out, fmt.Sprintf("%q: %s", c.Input, r))
		}
	}
	return out
}
