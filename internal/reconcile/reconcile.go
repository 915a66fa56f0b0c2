// Package reconcile turns a story's claims into figures: one measured thing
// (what is counted, where, in which unit) with the values reported for it,
// each value with its bounds, speakers, dates and sources, and how the
// values relate: agree, evolves (a later figure from a comparable source),
// conflicts (incompatible at the same time), differs (the same, with one
// side unattributed) or single-source.
package reconcile

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"newsdesk/internal/quantity"
	"newsdesk/internal/textproc"
)

// Claim is one quantity claim as reconcile needs it, with its article's
// provenance.
type Claim struct {
	ArticleID  int64
	Path       string
	Value      *float64
	Low, High  *float64
	Qualifier  string // approx | upper | lower | exact
	Unit       string // "", "percent", ISO 4217 code
	Counted    string
	Role       string // what befell what is counted: "killed", "injured", ...; "" when the text does not say
	Total      bool   // a running total ("so far", "this year"), not one event's count
	Holder     string // whose a game statistic is ("Teixeira"), "" otherwise
	Update     bool   // told as a new level: "the death toll rose to 13"
	Scope      string
	Speaker    string
	AsOf       time.Time // zero when unknown
	Period     string    // "2003-12", "2017" or a span ("2024-03-04/2024-03-10", "1990/1999") when the text dates the figure no closer; AsOf is then zero
	Sentence   string
	Start, End int
	Published  time.Time
	Flags      []string
	// DuplicateOf is the path of the article this claim's article copies,
	// "" when it is an original report.
	DuplicateOf string
}

// Relations between values.
const (
	Agree        = "agree"
	Evolves      = "evolves"
	Conflicts    = "conflicts"
	Differs      = "differs" // as conflicts, but one side is unattributed
	SingleSource = "single-source"
)

// Weakness labels.
const (
	WeakUnattributed = "unattributed"
	WeakAIOnly       = "ai-generated-only"
	WeakSyndicated   = "syndicated-only"
)

// Figure is one measured thing.
type Figure struct {
	Counted string
	Role    string // "killed", "injured", ... or ""
	Total   bool   // running totals ("so far", "this season")
	Holder  string // whose statistic the figure is ("Teixeira")
	Earlier bool   // background: figures dated months before their reports (an earlier quake's toll)
	Scope   string
	Unit    string
	Values  []Value
}

// Value is one reported value of a figure, merged across its sources.
type Value struct {
	Value     *float64
	Low, High *float64
	Qualifier string
	Scope     string
	Speakers  []string
	AsOf      []time.Time // distinct, ascending
	Period    string      // the month or year the value holds for, when no claim gives a day
	Relation  string
	Related   *Value // the value this one evolves into or conflicts with
	Weak      []string
	Claims    []Claim // one per source article, earliest first
	all       []Claim // every claim merged into the value
	sents     map[sentenceAt]bool
	paths     map[string]bool
	quals     uint8 // bit set of the qualifiers merged so far (qualBit)
}

// sentenceAt is one sentence of one article.
type sentenceAt struct {
	path  string
	start int
}

// Sources returns the distinct article paths of the value, earliest first.
func (v *Value) Sources() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range v.Claims {
		if !seen[c.Path] {
			seen[c.Path] = true
			out = append(out, c.Path)
		}
	}
	return out
}

// point is the number a value is compared by.
func (v *Value) point() float64 { return midpoint(v.Value, v.Low, v.High) }

// midpoint is a figure's value, else the middle of its range, else its one
// bound; NaN when it has none.
func midpoint(value, low, high *float64) float64 {
	switch {
	case value != nil:
		return *value
	case low != nil && high != nil:
		return (*low + *high) / 2
	case low != nil:
		return *low
	case high != nil:
		return *high
	}
	return math.NaN()
}

// interval is the range of true values compatible with the value.
func (v *Value) interval() (lo, hi float64) {
	p := v.point()
	switch {
	case v.Value == nil:
		lo, hi = p, p
		if v.Low != nil {
			lo = *v.Low
		}
		if v.High != nil {
			hi = *v.High
		}
	case v.Qualifier == "upper":
		lo, hi = 0, p
	case v.Qualifier == "lower":
		lo, hi = p, math.Inf(1)
	case v.Qualifier == "approx":
		lo, hi = p*0.85, p*1.15
	default:
		lo, hi = p*0.98, p*1.02
	}
	return lo, hi
}

// Build reconciles the claims of one story into figures, most reported first.
func Build(claims []Claim) []Figure {
	type keyed struct {
		c    Claim
		head string
		mod  string
		id   groupKey // the figure's key but for the modifier
	}
	var ks []keyed
	for _, c := range claims {
		if c.Value == nil && c.Low == nil && c.High == nil {
			continue
		}
		c.Scope = NormalizeScope(c.Scope)
		head, mod, ok := countedKey(c.Counted)
		if !ok && c.Unit == "" {
			continue // a bare number with nothing counted says nothing
		}
		// "10 dead", "10 fatalities" and "10 people were killed" are one
		// figure; so are "40 injured" and "40 people were wounded".
		if r := headRoles[head]; r != "" && (c.Role == "" || c.Role == r) {
			head, c.Role = "people", r
		}
		ks = append(ks, keyed{c: c, head: head, mod: mod})
	}
	// An amount of money that names nothing ("$1 million") is the money a
	// claim of the same amount, role and kind names ("$1 million in
	// damage"); with no such claim it stays unnamed rather than take
	// another sum's label. Only claims that name their money themselves
	// lend a name, so the answer does not depend on the claims' order;
	// each unit keeps at most 200 of them to look through.
	named := map[string][]int{}
	for i, k := range ks {
		if k.head != "" && isMoney(k.c.Unit) && len(named[k.c.Unit]) < 200 {
			named[k.c.Unit] = append(named[k.c.Unit], i)
		}
	}
	lent := make([]string, len(ks))
	for i, k := range ks {
		if k.head != "" || !isMoney(k.c.Unit) {
			continue
		}
		heads := map[string]int{}
		for _, j := range named[k.c.Unit] {
			if o := ks[j]; o.c.Role == k.c.Role && o.c.Total == k.c.Total && earlier(o.c) == earlier(k.c) && sameAmount(k.c, o.c) {
				heads[o.head]++
			}
		}
		lent[i] = argmax(heads)
	}
	for i := range ks {
		if lent[i] != "" {
			ks[i].head = lent[i]
		}
	}
	// A claim without a modifier ("3,000 soldiers") joins the most reported
	// modified figure of the same head and unit ("North Korean soldiers").
	modCount := map[groupKey]map[string]int{}
	for i := range ks {
		k := &ks[i]
		k.id = groupKey{unit: k.c.Unit, head: k.head, role: k.c.Role, holder: textproc.Fold(k.c.Holder), total: k.c.Total, earlier: earlier(k.c)}
		if modCount[k.id] == nil {
			modCount[k.id] = map[string]int{}
		}
		if k.mod != "" && !strings.HasPrefix(k.mod, "per ") && !strings.Contains(k.mod, " per ") {
			modCount[k.id][k.mod]++ // a rate ("miles per hour") is no modifier a plain count joins
		}
	}
	groups := map[groupKey][]Claim{}
	var order []groupKey
	for _, k := range ks {
		gk := k.id
		gk.mod = k.mod
		if gk.mod == "" {
			gk.mod = argmax(modCount[k.id])
		}
		if _, ok := groups[gk]; !ok {
			order = append(order, gk)
		}
		groups[gk] = append(groups[gk], k.c)
	}
	// "23 Somali and Yemeni pirates" and "23 Somalian pirates"
	order = mergeGroups(order, groups, 1, func(k groupKey) (groupKey, bool) { k.mod = ""; return k, true }, func(a, b groupKey) bool {
		return relatedModifiers(a.mod, b.mod)
	})
	// "killing one man" and "one person was killed"
	order = mergeGroups(order, groups, math.Inf(-1), func(k groupKey) (groupKey, bool) {
		if k.role == "" || !personHeads[k.head] {
			return groupKey{}, false
		}
		k.head, k.mod = "", ""
		return k, true
	}, func(a, b groupKey) bool { return true })
	var figs []Figure
	for _, gk := range order {
		figs = append(figs, buildFigure(groups[gk]))
	}
	sort.SliceStable(figs, func(i, j int) bool {
		if figs[i].Earlier != figs[j].Earlier {
			return !figs[i].Earlier // the story's own figures before background
		}
		return sourceCount(figs[i]) > sourceCount(figs[j])
	})
	return figs
}

// isMoney reports a unit of money: a claim's unit is empty, "percent" or
// a currency code.
func isMoney(unit string) bool { return unit != "" && unit != "percent" }

// sameAmount reports whether two claims give amounts within 5% of each
// other (the value, else the middle of the range).
func sameAmount(a, b Claim) bool {
	x, y := amountOf(a), amountOf(b)
	if x <= 0 || y <= 0 {
		return false
	}
	return math.Abs(x-y) <= 0.05*math.Max(x, y)
}

func amountOf(c Claim) float64 {
	if m := midpoint(c.Value, c.Low, c.High); !math.IsNaN(m) {
		return m
	}
	return 0
}

// groupKey is what makes claims one figure: unit, counted class, role,
// holder, running-total and background marks, and the modifier.
type groupKey struct {
	unit, head, role, holder string
	total, earlier           bool
	mod                      string
}

// mergeGroups joins groups that report the same number and differ only in
// how they name it. bucket says which groups may join (the groups of one
// bucket key; ok false keeps a group out), joinable whether two of them
// may: groups of one head and unit whose modifiers name the same people or
// things ("Somali and Yemeni" and "Somalian": a word in common, up to its
// ending) are one figure, while "11 Yemeni pirates" (a part of them,
// another number) and "95 Russian prisoners" beside "95 Ukrainian
// prisoners" (no word in common) stay apart; so are people in one role
// named differently ("one man", "one person"). Only values above from
// count as shared ("one" is too common a number for modifiers to meet on).
// The earlier group keeps its key. Groups are compared only within a
// bucket, and values through a set, so the cost stays near linear in the
// claims.
func mergeGroups(order []groupKey, groups map[groupKey][]Claim, from float64, bucket func(groupKey) (groupKey, bool), joinable func(a, b groupKey) bool) []groupKey {
	buckets := map[groupKey][]groupKey{}
	for _, gk := range order {
		if b, ok := bucket(gk); ok {
			buckets[b] = append(buckets[b], gk)
		}
	}
	for _, gks := range buckets {
		if len(gks) < 2 || len(gks) > 200 {
			continue
		}
		vals := make([]map[string]bool, len(gks))
		for x, gk := range gks {
			vals[x] = valueSet(groups[gk], from)
		}
		for x := 0; x < len(gks); x++ {
			a := gks[x]
			if groups[a] == nil {
				continue
			}
			for y := x + 1; y < len(gks); y++ {
				b := gks[y]
				if groups[b] == nil || !overlaps(vals[x], vals[y]) || !joinable(a, b) {
					continue
				}
				groups[a] = append(groups[a], groups[b]...)
				for v := range vals[y] {
					vals[x][v] = true
				}
				groups[b] = nil
			}
		}
	}
	kept := order[:0]
	for _, gk := range order {
		if groups[gk] != nil {
			kept = append(kept, gk)
		}
	}
	return kept
}

// valueSet holds the point values above from (with their qualifier) of a
// group.
func valueSet(cs []Claim, from float64) map[string]bool {
	m := map[string]bool{}
	for _, c := range cs {
		if c.Value != nil && *c.Value > from {
			m[c.Qualifier+"|"+strconv.FormatFloat(*c.Value, 'g', -1, 64)] = true
		}
	}
	return m
}

func overlaps(a, b map[string]bool) bool {
	if len(b) < len(a) {
		a, b = b, a
	}
	for v := range a {
		if b[v] {
			return true
		}
	}
	return false
}

// relatedModifiers reports whether two modifier strings share a word, up
// to its ending ("somali" and "somalian").
func relatedModifiers(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			n := min(len(x), len(y), 5)
			if n >= 4 && x[:n] == y[:n] {
				return true
			}
		}
	}
	return false
}

func sourceCount(f Figure) int {
	n := 0
	for _, v := range f.Values {
		n += len(v.Sources())
	}
	return n
}

func argmax(m map[string]int) string {
	best, bn := "", 0
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	return best
}

func buildFigure(claims []Claim) Figure {
	sort.SliceStable(claims, func(i, j int) bool { return claimBefore(claims[i], claims[j]) })
	f := Figure{Unit: claims[0].Unit, Role: claims[0].Role, Total: claims[0].Total, Holder: claims[0].Holder, Earlier: earlier(claims[0])}
	f.Counted = label(claims)
	if i := strings.LastIndexByte(f.Counted, ' '); f.Role != "" && roleNouns[f.Counted[i+1:]] {
		f.Counted = "people" // "12 arrested", "10 dead": people in that role
	}
	f.Scope = mostCommon(claims, func(c Claim) string { return c.Scope }, false)

	// Merge claims of the same number into one value.
	var values []*Value
	for _, c := range claims {
		var into *Value
		for _, v := range values {
			if sameNumber(v, c) {
				into = v
				break
			}
		}
		if into == nil {
			into = &Value{Value: c.Value, Low: c.Low, High: c.High, Qualifier: c.Qualifier}
			values = append(values, into)
		}
		into.Claims = append(into.Claims, c)
		into.quals |= qualBit(c.Qualifier)
	}
	for _, v := range values {
		finishValue(v)
	}
	head, _, _ := countedKey(claims[0].Counted)
	money := isMoney(f.Unit)
	relate(values, f.Counted != "" && !measureHeads[head] && !money, f.Role != "")
	for _, v := range values {
		f.Values = append(f.Values, *v)
	}
	// Most supported first, then by date.
	sort.SliceStable(f.Values, func(i, j int) bool {
		a, b := f.Values[i], f.Values[j]
		if len(a.Sources()) != len(b.Sources()) {
			return len(a.Sources()) > len(b.Sources())
		}
		return firstDate(&a).Before(firstDate(&b))
	})
	return f
}

func claimBefore(a, b Claim) bool {
	da, db := claimDate(a), claimDate(b)
	if !da.Equal(db) {
		return da.Before(db)
	}
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	return a.Start < b.Start
}

// claimDate is the date a claim speaks for: its as-of date, else its
// article's publication, else the far future (undated sorts last).
func claimDate(c Claim) time.Time {
	if !c.AsOf.IsZero() {
		return c.AsOf
	}
	if t, err := time.Parse("2006-01", c.Period); err == nil {
		return t // "in December 2003": the month, not the report's day
	}
	if t, err := time.Parse("2006", c.Period); err == nil {
		return t
	}
	if from, _, ok := strings.Cut(c.Period, "/"); ok {
		for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
			if t, err := time.Parse(layout, from); err == nil {
				return t // "last week", "the third quarter", "the 1990s": the span's start
			}
		}
	}
	if !c.Published.IsZero() {
		return c.Published
	}
	return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
}

// near reports whether two values name about the same number: an open
// bound is compatible with far smaller or larger values ("up to 193" and
// "48"), which is no agreement.
func near(a, b *Value) bool {
	x, y := a.point(), b.point()
	return math.Abs(x-y) <= 0.15*math.Max(math.Abs(x), math.Abs(y))
}

// earlier reports whether a claim is background: the day or period it
// holds for ends more than 90 days before its article was published
// ("a 6.7-strength quake killed more than 26,000 people in Bam in
// December 2003" in a 2005 report). Such figures are their own, apart
// from the story's current ones.
func earlier(c Claim) bool {
	if c.Published.IsZero() {
		return false
	}
	end := c.AsOf
	if end.IsZero() {
		end = periodEnd(c.Period)
	}
	return !end.IsZero() && end.Before(c.Published.AddDate(0, 0, -90))
}

// periodEnd is the day after a claim's period ends: "2003-12" → 2004-01-01,
// "2017" → 2018-01-01, "1990/1999" → 2000-01-01, "2024-03-04/2024-03-10" →
// 2024-03-11; zero when there is none.
func periodEnd(p string) time.Time {
	if _, to, ok := strings.Cut(p, "/"); ok {
		p = to
	}
	if t, err := time.Parse("2006-01-02", p); err == nil {
		return t.AddDate(0, 0, 1)
	}
	if t, err := time.Parse("2006-01", p); err == nil {
		return t.AddDate(0, 1, 0)
	}
	if t, err := time.Parse("2006", p); err == nil {
		return t.AddDate(1, 0, 0)
	}
	return time.Time{}
}

// knownDate reports whether a value's date is known (claimDate gives the
// far future for none).
func knownDate(t time.Time) bool { return t.Year() != 9999 }

func firstDate(v *Value) time.Time {
	best := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range v.Claims {
		if d := claimDate(c); d.Before(best) {
			best = d
		}
	}
	return best
}

func sameNumber(v *Value, c Claim) bool {
	eq := func(a, b *float64) bool {
		if a == nil || b == nil {
			return a == nil && b == nil
		}
		return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*a))
	}
	if v.Value != nil || c.Value != nil {
		// "nearly 100" and "more than 100" are different claims; "about
		// 10,000" and "10,000", "up to 8,000" and "8,000" one
		return eq(v.Value, c.Value) && boundsMerge(v.quals, c.Qualifier)
	}
	return eq(v.Low, c.Low) && eq(v.High, c.High)
}

// boundsMerge reports whether a claim of one number with qualifier q may
// join a value whose claims so far had the qualifiers in set: an exact
// figure merges with anything, an estimate with estimates, a bound with
// bounds the same way; the set makes the answer the same whatever order
// the claims come in.
func boundsMerge(set uint8, q string) bool {
	b := qualBit(q)
	return b == 0 || set&^b == 0
}

// qualBit is a qualifier's bit in a value's set; exact has none.
func qualBit(q string) uint8 {
	switch q {
	case "approx":
		return 1
	case "upper":
		return 2
	case "lower":
		return 4
	}
	return 0
}

// finishValue keeps one claim per article (the earliest mention), and fills
// the merged qualifier, scope, speakers, dates and weaknesses.
func finishValue(v *Value) {
	byPath := map[string]bool{}
	var kept []Claim
	speakersOf := map[string][]string{}
	for _, c := range v.Claims {
		if c.Speaker != "" {
			speakersOf[c.Path] = append(speakersOf[c.Path], c.Speaker)
		}
		if byPath[c.Path] {
			continue
		}
		byPath[c.Path] = true
		kept = append(kept, c)
	}
	// an article's first mention may be unattributed (a headline) while a
	// later one names the speaker: carry the speaker to the kept claim.
	for i := range kept {
		if kept[i].Speaker == "" && len(speakersOf[kept[i].Path]) > 0 {
			kept[i].Speaker = speakersOf[kept[i].Path][0]
		}
	}
	all := v.Claims
	v.all = all
	v.sents = make(map[sentenceAt]bool, len(all))
	v.paths = make(map[string]bool, len(kept))
	for _, c := range all {
		v.sents[sentenceAt{c.Path, c.Start}] = true
		v.paths[c.Path] = true
	}
	v.Claims = kept
	qual := map[string]int{}
	for _, c := range all {
		qual[c.Qualifier]++
	}
	v.Qualifier = argmaxPref(qual, []string{"exact", "approx", "upper", "lower"})
	v.Scope = mostCommon(all, func(c Claim) string { return c.Scope }, false)
	seenSp := map[string]bool{}
	seenDate := map[time.Time]bool{}
	for _, c := range all {
		if c.Speaker != "" && !seenSp[textproc.Fold(c.Speaker)] {
			seenSp[textproc.Fold(c.Speaker)] = true
			v.Speakers = append(v.Speakers, c.Speaker)
		}
		if !c.AsOf.IsZero() && !seenDate[c.AsOf] {
			seenDate[c.AsOf] = true
			v.AsOf = append(v.AsOf, c.AsOf)
		}
	}
	sort.Slice(v.AsOf, func(i, j int) bool { return v.AsOf[i].Before(v.AsOf[j]) })
	if len(v.AsOf) == 0 {
		v.Period = mostCommon(all, func(c Claim) string { return c.Period }, false)
	}
	if len(v.Speakers) == 0 {
		v.Weak = append(v.Weak, WeakUnattributed)
	}
	if allHave(v.Claims, "ai-generated") {
		v.Weak = append(v.Weak, WeakAIOnly)
	}
	if allHave(v.Claims, "syndicated") && len(v.Claims) > 0 {
		v.Weak = append(v.Weak, WeakSyndicated)
	}
}

func argmaxPref(m map[string]int, pref []string) string {
	best, bn := "", -1
	for _, k := range pref {
		if m[k] > bn {
			best, bn = k, m[k]
		}
	}
	return best
}

func allHave(cs []Claim, flag string) bool {
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		has := false
		for _, f := range c.Flags {
			if f == flag {
				has = true
			}
		}
		if !has {
			return false
		}
	}
	return true
}

// independent counts the value's sources that are not copies of another
// source of the same value.
func (v *Value) independent() int {
	paths := map[string]bool{}
	for _, c := range v.Claims {
		paths[c.Path] = true
	}
	n := 0
	for _, c := range v.Claims {
		if c.DuplicateOf != "" && paths[c.DuplicateOf] {
			continue
		}
		n++
	}
	return n
}

func attributed(v *Value) bool { return len(v.Speakers) > 0 }

// comparable reports whether a later value w can supersede v: both are
// attributed, and either they share a speaker or w is corroborated by
// independent sources while v does not rest on AI-generated pages alone.
func comparable(v, w *Value) bool {
	if !attributed(v) || !attributed(w) {
		return false
	}
	for _, a := range v.Speakers {
		for _, b := range w.Speakers {
			if textproc.Fold(a) == textproc.Fold(b) {
				return true
			}
		}
	}
	return w.independent() >= 2 && !hasWeak(v, WeakAIOnly)
}

func hasWeak(v *Value, label string) bool {
	for _, w := range v.Weak {
		if w == label {
			return true
		}
	}
	return false
}

// sameScope reports two values about the same place: the same scope, no
// scope on one side, or the same place with a region after a comma on one
// side only ("Mannheim" and "Mannheim, Germany").
func sameScope(a, b *Value) bool {
	if a.Scope == "" || b.Scope == "" {
		return true
	}
	fa, fb := textproc.Fold(a.Scope), textproc.Fold(b.Scope)
	if fa == fb {
		return true
	}
	a0, _, aRegion := strings.Cut(fa, ",")
	b0, _, bRegion := strings.Cut(fb, ",")
	return a0 == b0 && aRegion != bRegion
}

func compatible(a, b *Value) bool {
	alo, ahi := a.interval()
	blo, bhi := b.interval()
	return alo <= bhi && blo <= ahi
}

// sameMagnitude reports whether two values are close enough to be two
// reports of one number: estimates differ, police and organisers may put
// a crowd several times apart, but "20 people inside the bank" and "20,000
// people marched" are two different things counted, neither a conflict
// nor a later stage of the other.
func sameMagnitude(a, b *Value) bool {
	return withinFactor(a, b, 20) || a.point() == 0 && b.point() == 0
}

// shareSentence reports whether two values were read from one sentence.
// The sets are built once per value (finishValue), so a large figure's
// pairs cost the smaller value's claims each.
func shareSentence(a, b *Value) bool {
	if len(a.all) > len(b.all) {
		a, b = b, a
	}
	for _, c := range a.all {
		if b.sents[sentenceAt{c.Path, c.Start}] {
			return true
		}
	}
	return false
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// relate sets each value's relation to the others of its figure. Values
// of a figure that names nothing counted, of a length or weight, or of money
// (a story's amounts are of different deals, hauls and fines far more often
// than two reports of one: "a four-year, $90 million deal" beside "the
// deal is worth at least $160 million") only agree (named is false for
// them). role says the figure
// counts people in a role, whose tolls may differ.
func relate(values []*Value, named, role bool) {
	seen := map[string]bool{}
	for _, v := range values {
		if v.Scope != "" {
			seen[textproc.Fold(v.Scope)] = true
		}
	}
	places := len(seen)
	for _, v := range values {
		v.Relation = ""
		vd := firstDate(v)
		if !named {
			if v.independent() >= 2 {
				v.Relation = Agree
			} else {
				v.Relation = SingleSource
			}
			continue
		}
		// conflicts: another attributed value for the same scope and day
		// whose bounds cannot both hold. Two values of one sentence are a
		// part and its whole ("five of the six bullet casings"), and where
		// the values name several places, one that names none may be any
		// of them.
		for _, w := range values {
			if w == v || !sameScope(v, w) || compatible(v, w) || !attributed(v) || !attributed(w) || !sameMagnitude(v, w) ||
				shareSentence(v, w) || places > 1 && (v.Scope == "" || w.Scope == "") {
				continue
			}
			wd := firstDate(w)
			if sameDay(vd, wd) {
				v.Relation, v.Related = Conflicts, w
				break
			}
		}
		if v.Relation != "" {
			continue
		}
		// evolves: a later value for the same scope from a comparable
		// (attributed) source supersedes this one.
		var next *Value
		for _, w := range values {
			up := updated(w)
			if w == v || !sameScope(v, w) && !(up && nearScope(v, w)) || !comparable(v, w) && !up || !sameMagnitude(v, w) || shareSentence(v, w) {
				continue
			}
			wd := firstDate(w)
			if !knownDate(vd) || !knownDate(wd) {
				continue // a value with no date is no later stage of anything
			}
			if wd.After(vd) && !sameDay(vd, wd) && (next == nil || wd.Before(firstDate(next))) {
				next = w
			}
		}
		if next != nil {
			v.Relation, v.Related = Evolves, next
			continue
		}
		if v.independent() >= 2 {
			v.Relation = Agree
			continue
		}
		for _, w := range values {
			if w != v && sameScope(v, w) && compatible(v, w) && near(v, w) && attributed(v) && attributed(w) && sameDay(firstDate(v), firstDate(w)) && !shareSentence(v, w) {
				v.Relation, v.Related = Agree, w
				break
			}
		}
		if v.Relation == "" && role {
			// differs: another article gives a number of people in the
			// same role (killed, injured, arrested...) for the same place
			// and day that cannot also hold, but one or both say it on no
			// one's authority; weaker than a conflict, still where
			// outlets disagree. Only with a known day (an undated value
			// may be of another day), and only for such tolls: other unattributed
			// numbers of one noun are too often about different things
			// (two players' yards).
			for _, w := range values {
				if w == v || attributed(v) && attributed(w) || !sameScope(v, w) || places > 1 && (v.Scope == "" || w.Scope == "") ||
					compatible(v, w) || !withinFactor(v, w, 3) || !knownDate(vd) || !sameDay(vd, firstDate(w)) || sharePath(v, w) {
					continue
				}
				if v.Related == nil || len(w.Sources()) > len(v.Related.Sources()) {
					v.Related = w
				}
			}
			if v.Related != nil {
				v.Relation = Differs
			}
		}
		if v.Relation == "" {
			v.Relation = SingleSource
		}
	}
}

// withinFactor reports whether two values are at most k times apart.
func withinFactor(a, b *Value, k float64) bool {
	x, y := math.Abs(a.point()), math.Abs(b.point())
	if x > y {
		x, y = y, x
	}
	return x > 0 && y <= k*x
}

// nearScope reports whether two places share a name word ("southern Iran"
// and "Iran's Qeshm island"): close enough for a toll that "rose to" a
// new level to update the other.
func nearScope(a, b *Value) bool {
	for _, x := range strings.Fields(textproc.Fold(a.Scope)) {
		x = strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s")
		if len(x) < 3 || textproc.IsStopword("en", x) || x == "southern" || x == "northern" || x == "eastern" || x == "western" || x == "central" {
			continue
		}
		for _, y := range strings.Fields(textproc.Fold(b.Scope)) {
			if y = strings.TrimSuffix(strings.TrimSuffix(y, "'s"), "’s"); x == y {
				return true
			}
		}
	}
	return false
}

// updated reports whether a value is told as a new level by any of its
// sources ("the death toll rose to 13"): a later stage whoever says it.
func updated(v *Value) bool {
	for _, c := range v.all {
		if c.Update {
			return true
		}
	}
	return false
}

// sharePath reports whether two values have an article in common.
func sharePath(a, b *Value) bool {
	if len(a.paths) > len(b.paths) {
		a, b = b, a
	}
	for p := range a.paths {
		if b.paths[p] {
			return true
		}
	}
	return false
}

// scopePrefixes are the words a written scope starts with that do not
// name the place ("in Russia", "to the Kursk region").
var scopePrefixes = map[string]bool{
	"in": true, "to": true, "into": true, "at": true, "near": true, "from": true, "across": true,
	"inside": true, "within": true, "on": true, "throughout": true, "of": true, "the": true, "for": true,
}

// NormalizeScope strips the preposition and article from a written scope:
// "to the Kursk region" → "Kursk region".
func NormalizeScope(s string) string {
	ws := strings.Fields(s)
	for len(ws) > 0 && scopePrefixes[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// label names a figure: the most common modifier ("North Korean") with the
// most common head noun ("soldiers").
func label(cs []Claim) string {
	// money "a month" or "a year" counts nothing: such claims name no figure
	named := cs[:0:0]
	for _, c := range cs {
		if _, _, ok := countedKey(c.Counted); ok {
			named = append(named, c)
		}
	}
	cs = named
	// a temperature is its scale, however the articles write it ("38C",
	// "38 °C", "38℃")
	if scale := mostCommon(cs, func(c Claim) string {
		if h, _, _ := countedKey(c.Counted); h == "°C" || h == "°F" {
			return h
		}
		return ""
	}, false); scale != "" {
		return scale
	}
	// a rate is labelled as written most often: "gallons of water per
	// minute", not "water per minute"
	if rate := mostCommon(cs, func(c Claim) string { return rateOf(c.Counted) }, false); rate != "" {
		return mostCommon(cs, func(c Claim) string {
			if rateOf(c.Counted) == rate {
				return strings.TrimPrefix(c.Counted, "of ")
			}
			return ""
		}, false)
	}
	head := mostCommon(cs, func(c Claim) string {
		ws := strings.Fields(c.Counted)
		if len(ws) == 0 {
			return ""
		}
		return strings.ToLower(ws[len(ws)-1])
	}, false)
	// written as the articles write it most often: "Americans", "Yemeni"
	// keep their capital, "Troops" at a sentence start loses it
	if h := mostCommon(cs, func(c Claim) string {
		ws := strings.Fields(c.Counted)
		if len(ws) == 0 || !strings.EqualFold(ws[len(ws)-1], head) {
			return ""
		}
		return ws[len(ws)-1]
	}, false); h != "" && h != strings.ToUpper(h) {
		head = h
	}
	mod := mostCommon(cs, func(c Claim) string {
		ws := strings.Fields(c.Counted)
		if len(ws) == 0 || !strings.EqualFold(ws[len(ws)-1], head) {
			return "" // the modifier of another noun ("male employee") is not this one's
		}
		var keep []string
		for i, w := range ws[:max(0, len(ws)-1)] {
			lw := strings.ToLower(w)
			if lw == "of" && i > 0 && quantity.MeasuresStuff(ws[i-1]) {
				keep = append(keep, w) // "tonnes of cocaine": the unit stays in the label
				continue
			}
			if lw == "of" || lw == "these" || lw == "those" || lw == "the" || lw == "them" {
				keep = keep[:0]
				continue
			}
			keep = append(keep, w)
		}
		return strings.Join(keep, " ")
	}, false)
	return strings.TrimSpace(mod + " " + head)
}

// rateOf returns the rate of a counted phrase: "per game" in "points per
// game", "a game" in "rebounds a game"; "" when it has none.
func rateOf(counted string) string {
	ws := strings.Fields(counted)
	for i := 1; i+1 < len(ws); i++ {
		if w := strings.ToLower(ws[i]); w == "per" || (w == "a" || w == "an") && i+2 == len(ws) {
			return strings.ToLower(strings.Join(ws[i:], " "))
		}
	}
	return ""
}

func mostCommon(cs []Claim, f func(Claim) string, longestTie bool) string {
	count := map[string]int{}
	first := map[string]int{}
	for i, c := range cs {
		k := f(c)
		if k == "" {
			continue
		}
		count[k]++
		if _, ok := first[k]; !ok {
			first[k] = i
		}
	}
	best := ""
	for k, n := range count {
		switch {
		case best == "" || n > count[best]:
			best = k
		case n == count[best]:
			if longestTie && len(k) != len(best) {
				if len(k) > len(best) {
					best = k
				}
			} else if first[k] < first[best] {
				best = k
			}
		}
	}
	return best
}
