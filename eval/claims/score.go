package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"

	"newsdesk/internal/claim"
	"newsdesk/internal/model"
)

// Passage is one line of a passage file.
type Passage struct {
	ID        string   `json:"id"`
	Published string   `json:"published"`
	Lang      string   `json:"lang"`
	Text      string   `json:"text"`
	Claims    []Gold   `json:"claims"`
	NotClaims []string `json:"not_claims"`
}

// Gold is one scored figure of a passage.
type Gold struct {
	Figure    string   `json:"figure"`
	Value     *float64 `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier string   `json:"qualifier"`
	Unit      string   `json:"unit"`
	Counted   string   `json:"counted"`
	Speaker   []string `json:"speaker"`
	AsOf      string   `json:"as_of"`
}

// Load reads a passage file (JSON Lines).
func Load(path string) ([]Passage, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var out []Passage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var p Passage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		if _, err := time.Parse("2006-01-02", p.Published); err != nil {
			return nil, fmt.Errorf("%s line %d: published: %w", path, line, err)
		}
		for _, g := range p.Claims {
			if strings.Count(p.Text, g.Figure) != 1 {
				return nil, fmt.Errorf("%s line %d: figure %q occurs %d times in the text", path, line, g.Figure, strings.Count(p.Text, g.Figure))
			}
		}
		for _, n := range p.NotClaims {
			if !strings.Contains(p.Text, n) {
				return nil, fmt.Errorf("%s line %d: non-figure %q is not in the text", path, line, n)
			}
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// fields scored per gold figure, in print order.
var fields = []string{"found", "value", "qualifier", "unit", "speaker", "as_of", "counted"}

// tally counts right answers per field.
type tally struct {
	n       int
	right   map[string]int
	counted int // figures with a gold counted noun (the others are not scored on it)
	whole   int
}

func newTally() *tally { return &tally{right: map[string]int{}} }

// Result is the score of one passage set.
type Result struct {
	all     *tally
	byLang  map[string]*tally
	nots    int // non-figures in the set
	notsHit int // non-figures that gave a claim
	misses  []string
}

// Whole is the share of gold figures wholly right (found, value, bound,
// unit, speaker and as-of day).
func (r *Result) Whole() float64 {
	if r.all.n == 0 {
		return 0
	}
	return float64(r.all.whole) / float64(r.all.n)
}

// Score runs the claim stage on each passage and compares.
func Score(ps []Passage) *Result {
	r := &Result{all: newTally(), byLang: map[string]*tally{}}
	for _, p := range ps {
		pub, _ := time.Parse("2006-01-02", p.Published)
		a := &model.Article{Path: p.ID, Text: p.Text, Published: pub, PublishedPrecision: model.PrecisionDay, Language: p.Lang}
		cs := claim.FromArticle(a)
		lt := r.byLang[p.Lang]
		if lt == nil {
			lt = newTally()
			r.byLang[p.Lang] = lt
		}
		for _, g := range p.Claims {
			ok, why := judge(g, p, pub, cs)
			for _, t := range []*tally{r.all, lt} {
				t.n++
				if g.Counted != "" {
					t.counted++
				}
				whole := true
				for _, f := range fields {
					if ok[f] {
						t.right[f]++
					} else if f != "counted" {
						whole = false
					}
				}
				if whole {
					t.whole++
				}
			}
			if why != "" {
				r.misses = append(r.misses, fmt.Sprintf("%s %q: %s", p.ID, g.Figure, why))
			}
		}
		for _, n := range p.NotClaims {
			r.nots++
			s := strings.Index(p.Text, n)
			for _, c := range cs {
				if c.QuantityStart < s+len(n) && s < c.QuantityEnd {
					r.notsHit++
					r.misses = append(r.misses, fmt.Sprintf("%s not a figure %q: claimed as %q", p.ID, n, c.Quantity))
					break
				}
			}
		}
	}
	return r
}

// judge compares one gold figure with the claims of its passage. It
// returns the fields that are right and, when any is wrong, why.
func judge(g Gold, p Passage, pub time.Time, cs []model.Claim) (map[string]bool, string) {
	ok := map[string]bool{}
	s := strings.Index(p.Text, g.Figure)
	e := s + len(g.Figure)
	var c *model.Claim
	for i := range cs {
		if cs[i].QuantityStart < e && s < cs[i].QuantityEnd {
			if c == nil || sameNumbers(g, &cs[i]) && !sameNumbers(g, c) {
				c = &cs[i]
			}
		}
	}
	if c == nil {
		ok["counted"] = g.Counted == "" // (so that a figure with no gold counted noun is not counted against it)
		return ok, "no claim"
	}
	ok["found"] = true
	ok["value"] = sameNumbers(g, c)
	ok["qualifier"] = g.Qualifier == c.Qualifier
	ok["unit"] = g.Unit == c.Unit
	ok["speaker"] = SpeakerMatch(g.Speaker, c.Speaker)
	want := g.AsOf
	if want == "published" {
		want = pub.Format("2006-01-02")
	}
	ok["as_of"] = want == c.AsOfString()
	ok["counted"] = g.Counted == "" || CountedMatch(g.Counted, c.Counted)
	var why []string
	if !ok["value"] {
		why = append(why, fmt.Sprintf("value %s, got %s", nums(g.Value, g.Low, g.High), nums(c.Value, c.Low, c.High)))
	}
	if !ok["qualifier"] {
		why = append(why, fmt.Sprintf("bound %s, got %s", g.Qualifier, c.Qualifier))
	}
	if !ok["unit"] {
		why = append(why, fmt.Sprintf("unit %q, got %q", g.Unit, c.Unit))
	}
	if !ok["speaker"] {
		why = append(why, fmt.Sprintf("speaker %q, got %q", g.Speaker, c.Speaker))
	}
	if !ok["as_of"] {
		why = append(why, fmt.Sprintf("as of %q, got %q", want, c.AsOfString()))
	}
	if !ok["counted"] {
		why = append(why, fmt.Sprintf("counted %q, got %q", g.Counted, c.Counted))
	}
	return ok, strings.Join(why, "; ")
}

func nums(v, lo, hi *float64) string {
	f := func(x *float64) string {
		if x == nil {
			return "-"
		}
		return fmt.Sprint(*x)
	}
	if v == nil && (lo != nil || hi != nil) {
		return f(lo) + ".." + f(hi)
	}
	return f(v)
}

// sameNumbers: a point value must match the claim's value; a range its
// low and high. Vague plurals ("hundreds") are written as a lower bound
// with the smallest reading, which the claim may give as its low end.
func sameNumbers(g Gold, c *model.Claim) bool {
	eq := func(a, b *float64) bool {
		if a == nil || b == nil {
			return a == nil && b == nil
		}
		return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*a))
	}
	if g.Value != nil {
		return c.Value != nil && eq(g.Value, c.Value) || c.Value == nil && g.Qualifier == "lower" && c.Low != nil && eq(g.Value, c.Low)
	}
	return c.Value == nil && eq(g.Low, c.Low) && eq(g.High, c.High)
}

// words lowercases s and splits it into words, dropping a leading
// article and the dots of abbreviations ("the U.S." -> ["us"]).
func words(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), "’", "'"))
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	for len(ws) > 0 {
		switch ws[0] {
		case "the", "le", "la", "les", "l'", "el", "los", "las", "der", "die", "das", "den", "dem", "des":
			ws = ws[1:]
			continue
		}
		break
	}
	return ws
}

// contains reports whether b occurs in a as a run of whole words.
func contains(a, b []string) bool {
	if len(b) == 0 || len(b) > len(a) {
		return false
	}
	for i := 0; i+len(b) <= len(a); i++ {
		match := true
		for j := range b {
			if a[i+j] != b[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// SpeakerMatch reports whether got is one of the gold speakers: no gold
// speaker (or a "" among them) accepts an empty answer; otherwise one name
// must hold the other as whole words ("Deputy Press Secretary Sabrina
// Singh" and "Singh" both match "Sabrina Singh").
func SpeakerMatch(gold []string, got string) bool {
	gw := words(got)
	if len(gold) == 0 {
		return len(gw) == 0
	}
	for _, g := range gold {
		ws := words(g)
		if len(ws) == 0 {
			if len(gw) == 0 {
				return true
			}
			continue
		}
		if len(gw) > 0 && (contains(gw, ws) || contains(ws, gw)) {
			return true
		}
	}
	return false
}

// CountedMatch reports whether the claim's counted phrase holds the gold
// head noun, allowing for an inflected ending ("soldier" / "soldiers",
// "Menschen" / "Mensch").
func CountedMatch(gold, got string) bool {
	g := []rune(strings.ToLower(strings.TrimSpace(gold)))
	if len(g) == 0 {
		return true
	}
	stem := string(g[:max(len(g)-2, min(len(g), 4))])
	return strings.Contains(strings.ToLower(got), stem)
}

// Print writes the scores, and with verbose every miss.
func (r *Result) Print(w io.Writer, name string, verbose bool) {
	if verbose {
		for _, m := range r.misses {
			fmt.Fprintln(w, "  "+m)
		}
	}
	line := func(label string, t *tally) {
		fmt.Fprintf(w, "%s: %d figures, wholly right %d = %.4f;", label, t.n, t.whole, float64(t.whole)/float64(max(t.n, 1)))
		for _, f := range fields {
			n := t.n
			if f == "counted" {
				n = t.counted
				fmt.Fprintf(w, " %s %d/%d", f, t.right[f]-(t.n-t.counted), n)
				continue
			}
			fmt.Fprintf(w, " %s %d/%d", f, t.right[f], n)
		}
		fmt.Fprintln(w)
	}
	line(name, r.all)
	if len(r.byLang) > 1 {
		langs := make([]string, 0, len(r.byLang))
		for l := range r.byLang {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			line("  "+l, r.byLang[l])
		}
	}
	fmt.Fprintf(w, "  non-figures claimed: %d of %d\n", r.notsHit, r.nots)
}
