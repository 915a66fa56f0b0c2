package entity

import (
	"sort"
	"strings"

	"newsdesk/internal/textproc"
)

// Ref is one mention in one document of a story.
type Ref struct {
	Doc     int // the caller's document index
	Mention Mention
}

// Entity is one person, organisation or place with all the ways a story's
// articles write it.
type Entity struct {
	Name     string   // the fullest form ("Volodymyr Zelensky", "North Korea")
	Kind     Kind     // the most common non-empty kind of its mentions
	Aliases  []string // distinct forms as written, most frequent first
	Titles   []string // distinct titles written before a person's name
	Mentions []Ref
}

// Resolver groups the mentions of all the articles of a story into
// entities: same normalised form, acronym and expansion, same consonant
// skeleton (transliterations), a surname alone and the full name, and
// one-letter spelling differences of long names.
type Resolver struct {
	refs []Ref
}

// NewResolver returns an empty resolver.
func NewResolver() *Resolver { return &Resolver{} }

// Add records the mentions of document doc.
func (r *Resolver) Add(doc int, ms []Mention) {
	for _, m := range ms {
		r.refs = append(r.refs, Ref{Doc: doc, Mention: m})
	}
}

type form struct {
	norm    string
	toks    []string // norm split on spaces
	skel    []string // Skeleton of each token
	count   int
	kinds   map[Kind]int
	texts   map[string]int
	caps    bool // written as an acronym
	capsTok bool // has a word written as an acronym ("CBSN Boston")
	country bool // a gazetteer country
}

// personish reports whether a form names a person: found as one, never as
// an organisation or place, no acronym inside, two to four words.
func (f *form) personish() bool {
	return f.kinds[Person] > 0 && f.kinds[Org] == 0 && f.kinds[Place] == 0 && !f.capsTok && !f.country &&
		len(f.toks) >= 2 && len(f.toks) <= 4
}

// Resolve returns the entities, most mentioned first.
func (r *Resolver) Resolve() []Entity {
	idx := map[string]int{}
	var forms []*form
	for _, ref := range r.refs {
		m := ref.Mention
		n := m.Norm
		if n == "" {
			n = Normalize(m.Text)
		}
		if n == "" {
			continue
		}
		i, ok := idx[n]
		if !ok {
			i = len(forms)
			idx[n] = i
			f := &form{norm: n, toks: strings.Fields(n), kinds: map[Kind]int{}, texts: map[string]int{}}
			for _, t := range f.toks {
				f.skel = append(f.skel, Skeleton(t))
			}
			_, f.country = countryOf[n]
			forms = append(forms, f)
		}
		f := forms[i]
		f.count++
		f.kinds[m.Kind]++
		f.texts[m.Text]++
		if isAcronym(m.Text) {
			f.caps = true
		}
		for _, w := range strings.Fields(m.Text) {
			if isAcronym(w) {
				f.capsTok = true
			}
		}
	}
	uf := newUnion(len(forms))
	// acronym ↔ expansion ("NSC" ↔ "National Security Council")
	byInitials := map[string][]int{}
	for i, f := range forms {
		if len(f.toks) >= 2 {
			if in := Initials(f.norm); len(in) >= 2 {
				byInitials[in] = append(byInitials[in], i)
			}
		}
	}
	for i, f := range forms {
		// two letters ("AP", "PM") expand to too many things
		if !f.caps || len(f.toks) != 1 || len(f.norm) < 3 {
			continue
		}
		var cands []int
		for _, j := range byInitials[f.norm] {
			if forms[j].kinds[Person] == 0 || forms[j].kinds[Org]+forms[j].kinds[Place] > 0 {
				cands = append(cands, j)
			}
		}
		if len(cands) == 1 {
			uf.join(i, cands[0])
		}
	}
	// same skeleton token by token: transliterations of multi-word names
	bySkel := map[string][]int{}
	for i, f := range forms {
		if f.personish() {
			// short words keep their spelling: "John" and "Jane" both reduce to "n"
			key := make([]string, len(f.toks))
			for k, sk := range f.skel {
				key[k] = sk
				if len(sk) < 3 {
					key[k] = f.toks[k]
				}
			}
			k := strings.Join(key, " ")
			bySkel[k] = append(bySkel[k], i)
		}
	}
	for _, g := range bySkel {
		for _, j := range g[1:] {
			uf.join(g[0], j)
		}
	}
	// one-letter differences of long names that are not gazetteer entries
	for i := range forms {
		for j := i + 1; j < len(forms); j++ {
			a, b := forms[i], forms[j]
			if !a.personish() || !b.personish() || len(a.toks) != len(b.toks) || len(a.norm) < 8 {
				continue
			}
			if editDistanceAtMost1(a.norm, b.norm) {
				uf.join(i, j)
			}
		}
	}
	// a surname (or a Korean-style family name) alone → the unique full name
	// with that surname skeleton
	for i, f := range forms {
		if len(f.toks) != 1 || f.country || f.caps || len(f.skel[0]) < 2 {
			continue
		}
		match := -1
		ambiguous := false
		for j, g := range forms {
			if !g.personish() || f.kinds[Place] > 0 || f.kinds[Org] > 0 {
				continue
			}
			// exact surname, or the same skeleton when it is long enough
			// to mean something
			same := func(k int) bool {
				return g.toks[k] == f.toks[0] || len(f.skel[0]) >= 4 && g.skel[k] == f.skel[0]
			}
			last := same(len(g.toks) - 1)
			first := len(g.toks) >= 3 && same(0) && strings.Contains(textOf(g), "-")
			if !last && !first {
				continue
			}
			if match >= 0 && uf.find(match) != uf.find(j) {
				ambiguous = true
				break
			}
			match = j
		}
		if match >= 0 && !ambiguous {
			uf.join(i, match)
		}
	}
	// a short form of a longer name with the same surname and initial
	// ("V. Zelensky", "Antony J. Blinken")
	for i, f := range forms {
		for j, g := range forms {
			if i == j || !f.personish() || !g.personish() {
				continue
			}
			fl, gl := len(f.toks)-1, len(g.toks)-1
			sameSurname := f.toks[fl] == g.toks[gl] || len(f.skel[fl]) >= 4 && f.skel[fl] == g.skel[gl]
			if sameSurname && f.toks[0][0] == g.toks[0][0] && (len(f.toks[0]) == 1 || len(g.toks[0]) == 1 || len(f.toks) != len(g.toks)) {
				uf.join(i, j)
			}
		}
	}
	groups := map[int][]int{}
	for i := range forms {
		groups[uf.find(i)] = append(groups[uf.find(i)], i)
	}
	// Each mention goes to its group once (not once per group).
	refsOf := map[int][]Ref{}
	for _, ref := range r.refs {
		n := ref.Mention.Norm
		if n == "" {
			n = Normalize(ref.Mention.Text)
		}
		if i, ok := idx[n]; ok {
			root := uf.find(i)
			refsOf[root] = append(refsOf[root], ref)
		}
	}
	var out []Entity
	for root, g := range groups {
		out = append(out, r.entity(forms, g, refsOf[root]))
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Mentions) != len(out[j].Mentions) {
			return len(out[i].Mentions) > len(out[j].Mentions)
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// entity builds the entity of group g from the group's mentions, in
// reading order.
func (r *Resolver) entity(forms []*form, g []int, refs []Ref) Entity {
	var e Entity
	kinds := map[Kind]int{}
	texts := map[string]int{}
	titles := map[string]bool{}
	for _, ref := range refs {
		e.Mentions = append(e.Mentions, ref)
		kinds[ref.Mention.Kind]++
		texts[ref.Mention.Text]++
		if t := ref.Mention.Title; t != "" && !titles[t] {
			titles[t] = true
			e.Titles = append(e.Titles, t)
		}
	}
	best := 0
	for k, n := range kinds {
		if k != Unknown && (n > best || n == best && k < e.Kind) {
			e.Kind, best = k, n
		}
	}
	if len(e.Titles) > 0 && kinds[Org] == 0 {
		e.Kind = Person
	}
	for t := range texts {
		e.Aliases = append(e.Aliases, t)
	}
	sort.Slice(e.Aliases, func(i, j int) bool {
		a, b := e.Aliases[i], e.Aliases[j]
		if texts[a] != texts[b] {
			return texts[a] > texts[b]
		}
		return a < b
	})
	// the name: a country's canonical name, else the longest form in words
	for _, i := range g {
		if forms[i].country {
			e.Name = countryOf[forms[i].norm]
			return e
		}
	}
	for _, a := range e.Aliases {
		if e.Name == "" || len(strings.Fields(a)) > len(strings.Fields(e.Name)) ||
			len(strings.Fields(a)) == len(strings.Fields(e.Name)) && len(a) > len(e.Name) && !isAcronym(a) {
			e.Name = a
		}
	}
	return e
}

func textOf(f *form) string {
	best, n := "", 0
	for t, c := range f.texts {
		if c > n || c == n && t < best {
			best, n = t, c
		}
	}
	return best
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 8
}

// Initials returns the initials of the capitalised words of a name,
// lower-case, skipping connectors: "Democratic People's Republic of Korea"
// → "dprk".
func Initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		lw := strings.ToLower(w)
		if connectors[lw] || lw == "'s" {
			continue
		}
		r := []rune(textproc.Fold(w))
		if len(r) > 0 {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// Skeleton reduces a name to the consonants that survive transliteration:
// folded, common digraphs merged (sch, tsch, kh, zh, ph, th, ck), z→s,
// c/q→k, w→v, vowels and y, j, h dropped, doubled letters collapsed.
// "Zelensky", "Zelenskyy" and "Selenskyj" all give "slnsk".
func Skeleton(word string) string {
	w := textproc.Fold(word)
	for _, d := range [...][2]string{{"tsch", "ch"}, {"sch", "sh"}, {"kh", "k"}, {"zh", "j"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"dzh", "j"}} {
		if strings.Contains(w, d[0]) {
			w = strings.ReplaceAll(w, d[0], d[1])
		}
	}
	var b strings.Builder
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'z':
			c = 's'
		case 'c', 'q':
			c = 'k'
		case 'w':
			c = 'v'
		case 'x':
			if last != 'k' {
				b.WriteByte('k')
			}
			c, last = 's', 'k'
		case 'a', 'e', 'i', 'o', 'u', 'y', 'j', 'h', '\'', '-', '.', ' ':
			continue
		}
		if c == last {
			continue
		}
		if c < 0x80 && (c < 'a' || c > 'z') {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	if b.Len() == 0 {
		return w
	}
	return b.String()
}

func editDistanceAtMost1(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

type union struct{ p []int }

func newUnion(n int) *union {
	u := &union{p: make([]int, n)}
	for i := range u.p {
		u.p[i] = i
	}
	return u
}

func (u *union) find(i int) int {
	for u.p[i] != i {
		u.p[i] = u.p[u.p[i]]
		i = u.p[i]
	}
	return i
}

func (u *union) join(a, b int) {
	a, b = u.find(a), u.find(b)
	if a != b {
		if b < a {
			a, b = b, a
		}
		u.p[b] = a
	}
}

// Index maps the normalised form of every alias of a story's entities to
// the entity's name, so that stages downstream can write one name for
// "U.S.", "USA" and "United States", or "Selenskyj" and "Zelensky".
type Index map[string]string

// NewIndex builds the index of resolved entities.
func NewIndex(es []Entity) Index {
	ix := Index{}
	for _, e := range es {
		for _, a := range e.Aliases {
			ix[Normalize(a)] = e.Name
		}
		ix[Normalize(e.Name)] = e.Name
	}
	return ix
}

// Name returns the entity name for s, or s itself when the story does not
// know it.
func (ix Index) Name(s string) string {
	if n, ok := ix[Normalize(s)]; ok {
		return n
	}
	return s
}
