package entity

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []Mention // Text, Kind, Title checked
	}{
		{"Deputy Press Secretary Jane Roe told reporters.", []Mention{{Text: "Jane Roe", Kind: Person, Title: "Deputy Press Secretary"}}},
		{"NATO's chief Pieter de Vries spoke in Brussels.", []Mention{{Text: "NATO", Kind: Org}, {Text: "Pieter de Vries", Kind: Person, Title: "NATO's chief"}, {Text: "Brussels", Kind: Place}}},
		{"The U.S. and the United Kingdom met.", []Mention{{Text: "U.S.", Kind: Place}, {Text: "United Kingdom", Kind: Place}}},
		{"Reports suggest 10 reports.", nil},
		{"New York state recorded 799 deaths.", []Mention{{Text: "New York", Kind: Place}}},
		{"New rules came in.", nil},
		{"We lost them, General Ivan Petrov said.", []Mention{{Text: "Ivan Petrov", Kind: Person, Title: "General"}}},
		{"Stellantis North America chief operating officer Mark Stewart thanked them.", []Mention{{Text: "Stellantis North America", Kind: Org}, {Text: "Mark Stewart", Kind: Person, Title: "officer"}}},
		{"Jane Roe spokesman for the club left.", []Mention{{Text: "Jane Roe", Kind: Person}}},
		{"Jack Acme operating Bob Smith left.", []Mention{{Text: "Jack Acme", Kind: Person}, {Text: "Bob Smith", Kind: Person}}},
		{"Acme Motors said Caldrin Foods left.", []Mention{{Text: "Acme Motors", Kind: Org}, {Text: "Caldrin Foods", Kind: Org}}},
		{"British defence secretary Tom Hale said so.", []Mention{{Text: "Tom Hale", Kind: Person, Title: "British defence secretary"}}},
		{"North Korean soldiers arrived in the Kherson region.", []Mention{{Text: "Kherson", Kind: Place}}},
		{"The Ministry of Agriculture and Forestry said.", []Mention{{Text: "Ministry of Agriculture and Forestry", Kind: Org}}},
		{"The Democratic People's Republic of Korea fired.", []Mention{{Text: "Democratic People's Republic of Korea", Kind: Place}}},
		{"Headline\nMore News", []Mention{{Text: "Headline"}}},
		{"Early November, the navy had captured eight pirates.", nil},
		{"Mark Rutte, NATO's secretary general, said so.", []Mention{{Text: "Mark Rutte", Kind: Person, Title: "NATO's secretary general"}, {Text: "NATO", Kind: Org}}},
		{"The cause was clear, said John Kirby, the White House spokesman.", []Mention{{Text: "John Kirby", Kind: Person, Title: "White House spokesman"}, {Text: "White House", Kind: Org}}},
		{"The head of the zone, Ali Rezapour, said so.", []Mention{{Text: "Ali Rezapour", Kind: Person, Title: "head of the zone"}}},
		{"Jane Roe, 45, said so.", []Mention{{Text: "Jane Roe", Kind: Person}}},
		{"In Bandar Abbas, the quake hit.", []Mention{{Text: "Bandar Abbas", Kind: Place}}},
		{"He spoke before the New Year began.", []Mention{{Text: "Year"}}},
		{"Officials in New Delhi said so.", []Mention{{Text: "New Delhi", Kind: Place}}},
		{"Last Monday it rained.", nil},
		// French, Spanish and German names of bodies, without their article
		{"El Ministerio de Salud Pública informó.", []Mention{{Text: "Ministerio de Salud Pública", Kind: Org}}},
		{"Según la Fiscalía General de la República, hay 40.", []Mention{{Text: "Fiscalía General de la República", Kind: Org}}},
		{"El Salvador y Los Angeles.", []Mention{{Text: "El Salvador", Kind: Place}, {Text: "Los Angeles", Kind: Place}}},
		{"Die Bundesregierung plant.", []Mention{{Text: "Bundesregierung", Kind: Org}}},
		{"Die Meldung kam spät.", []Mention{{Text: "Die Meldung"}}}, // a German noun after its article is no person
		{"The Los Angeles Police Department said.", []Mention{{Text: "Los Angeles Police Department", Kind: Org}}}, {"El Paso Times reported.", []Mention{{Text: "El Paso Times", Kind: Org}}},
		{"They rejoined the M/S Columbus in Oman.", []Mention{{Text: "M"}, {Text: "Columbus"}, {Text: "Oman", Kind: Place}}},
		{"Early November Smith said so.", []Mention{{Text: "Early November Smith", Kind: Person}}},
		{"Crowds in Bloomington Wednesday night.", []Mention{{Text: "Crowds"}, {Text: "Bloomington", Kind: Place}}},
		{"It was capitalised at US$100 million in the US.", []Mention{{Text: "US", Kind: Place}}}, // the currency's "US" is no place
		{"Ursula von der Leyen spoke.", []Mention{{Text: "Ursula von der Leyen", Kind: Person}}},
		{"He came from Poplar Bluff, Mo., to play.", []Mention{{Text: "Poplar Bluff", Kind: Place}, {Text: "Mo"}}},
		{"She moved from Cedar Creek, Texas.", []Mention{{Text: "Cedar Creek", Kind: Place}, {Text: "Texas", Kind: Place}}},
		{"The winner was Tadej Pogacar, Slovenia, ahead of the rest.", []Mention{{Text: "Tadej Pogacar", Kind: Person}, {Text: "Slovenia", Kind: Place}}},
		{"Donegal and Dublin on Level 3.", []Mention{{Text: "Donegal"}, {Text: "Dublin", Kind: Place}, {Text: "Level"}}},
		{"The Convention on Biological Diversity met.", []Mention{{Text: "Convention on Biological Diversity", Kind: Org}}},
		{"The fare rose to HK$12 in Hong Kong.", []Mention{{Text: "Hong Kong", Kind: Place}}},
		{"Sony paid Apple US$100 million.", []Mention{{Text: "Sony"}, {Text: "Apple"}}},
		{"He fell at Aoraki Mount Cook.", []Mention{{Text: "Aoraki Mount Cook", Kind: Place}}},
	}
	for _, tt := range tests {
		got := Find(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q) = %+v, want %d mentions", tt.text, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Text != w.Text || g.Kind != w.Kind || g.Title != w.Title {
				t.Errorf("Find(%q)[%d] = %q/%s/%q, want %q/%s/%q", tt.text, i, g.Text, g.Kind, g.Title, w.Text, w.Kind, w.Title)
			}
			if tt.text[g.Start:g.End] != g.Text {
				t.Errorf("Find(%q)[%d] offsets %d:%d do not give %q", tt.text, i, g.Start, g.End, g.Text)
			}
		}
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct{ in, role, name string }{
		{"US Secretary of State Antony Blinken", "US Secretary of State", "Antony Blinken"},
		{"the Defense Department's spokesperson Sabrina Singh", "Defense Department's spokesperson", "Sabrina Singh"},
		{"the Pentagon", "", "Pentagon"},
		{"the Secretary of State", "Secretary of State", ""},
		{"Secretary Blinken", "Secretary", "Blinken"},
		{"Ukraine", "", "Ukraine"},
		{"The World Health Organization", "", "World Health Organization"},
		{"General Ivan Petrov", "General", "Ivan Petrov"},
		{"General Motors", "", "General Motors"},
		{"General Electric Corp", "", "General Electric Corp"},
	}
	for _, tt := range tests {
		role, name := SplitTitle(tt.in)
		if role != tt.role || name != tt.name {
			t.Errorf("SplitTitle(%q) = %q, %q; want %q, %q", tt.in, role, name, tt.role, tt.name)
		}
	}
}

func TestSkeletonAndInitials(t *testing.T) {
	for _, group := range [][]string{
		{"Zelensky", "Zelenskyy", "Selenskyj", "Zelenskiy", "Zelenskyi"},
		{"Chernihiv", "Tschernihiw"},
		{"Kharkiv", "Charkiw"},
	} {
		for _, w := range group[1:] {
			if Skeleton(w) != Skeleton(group[0]) {
				t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q; want equal", w, Skeleton(w), group[0], Skeleton(group[0]))
			}
		}
	}
	if Skeleton("Austin") == Skeleton("Boston") {
		t.Errorf("Skeleton merges unrelated names")
	}
	if got := Initials("Democratic People's Republic of Korea"); got != "dprk" {
		t.Errorf("Initials = %q", got)
	}
}

// resolveNames resolves the mentions of several texts (one per document)
// and returns, for each entity, its aliases joined by "|".
func resolveNames(texts ...string) map[string]string {
	r := NewResolver()
	for i, s := range texts {
		r.Add(i, Find(s))
	}
	out := map[string]string{}
	for _, e := range r.Resolve() {
		for _, a := range e.Aliases {
			out[a] = e.Name
		}
	}
	return out
}

func TestResolver(t *testing.T) {
	got := resolveNames(
		"Ukrainian President Volodymyr Zelensky spoke. Zelensky said no.",
		"Selenskyj: we need weapons. Wolodymyr Selenskyj met Olaf Scholz in Berlin.",
		"Zelenskyy thanked the U.S. and the USA and the United States and Kim Jong-un.",
		"Kim Jong-Un met DPRK officials. North Korea said. The National Security Council (NSC) met. The NSC said.",
		"John Smith and Jane Smith met. Smith left.",
	)
	same := [][]string{
		{"Volodymyr Zelensky", "Zelensky", "Selenskyj", "Zelenskyy", "Wolodymyr Selenskyj"},
		{"U.S.", "USA", "United States"},
		{"Kim Jong-un", "Kim Jong-Un"},
		{"DPRK", "North Korea"},
		{"National Security Council", "NSC"},
	}
	for _, g := range same {
		for _, a := range g[1:] {
			if got[a] == "" || got[a] != got[g[0]] {
				t.Errorf("%q resolves to %q, %q to %q; want the same entity", a, got[a], g[0], got[g[0]])
			}
		}
	}
	if got["Volodymyr Zelensky"] != "Volodymyr Zelensky" && got["Volodymyr Zelensky"] != "Wolodymyr Selenskyj" {
		t.Errorf("Zelensky entity named %q", got["Volodymyr Zelensky"])
	}
	if got["John Smith"] == got["Jane Smith"] {
		t.Errorf("two different Smiths merged")
	}
	if got["Smith"] == got["John Smith"] || got["Smith"] == got["Jane Smith"] {
		t.Errorf("ambiguous surname merged into one of two people")
	}
	if got["Olaf Scholz"] == got["Volodymyr Zelensky"] {
		t.Errorf("unrelated people merged")
	}
}

func FuzzFind(f *testing.F) {
	f.Add("NATO's chief Mark Rutte said the U.S. and DPRK (Democratic People’s Republic of Korea) met.")
	f.Add("\xff\xfe 'S ’s . . U.S.. A.B.C. Mr. Зеленский 金正恩 of of the")
	f.Add(strings.Repeat("Aa ", 3000))
	f.Fuzz(func(t *testing.T, s string) {
		ms := Find(s)
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
		}
		r := NewResolver()
		r.Add(0, ms)
		r.Resolve()
		SplitTitle(s)
		Skeleton(s)
	})
}

func TestIndex(t *testing.T) {
	r := NewResolver()
	r.Add(0, Find("Ukrainian President Volodymyr Zelensky met the U.S. envoy."))
	r.Add(1, Find("Selenskyj thanked the USA."))
	ix := NewIndex(r.Resolve())
	for in, want := range map[string]string{"Selenskyj": "Volodymyr Zelensky", "USA": "United States", "U.S.": "United States", "Nobody Known": "Nobody Known"} {
		if got := ix.Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolverDoesNotChain(t *testing.T) {
	got := resolveNames(
		"Police Chief Mary Steenburgen said. Steenburgen left. Contact Us. Travel With Us. Terms of Use.",
		"The Associated Press and Apple Pay and AP reported. Privacy Policy and Cookie Policy.",
		"Jane Doe met Tom Hanks. Tale of Jang Noksu opened.",
	)
	for _, pair := range [][2]string{{"AP", "Associated Press"}, {"AP", "Apple Pay"}, {"Travel With Us", "Contact Us"}, {"Tom Hanks", "Tale of Jang Noksu"}} {
		if got[pair[0]] != "" && got[pair[0]] == got[pair[1]] {
			t.Errorf("%q and %q merged into %q", pair[0], pair[1], got[pair[0]])
		}
	}
	if got["Steenburgen"] != got["Mary Steenburgen"] {
		t.Errorf("surname not merged: %q vs %q", got["Steenburgen"], got["Mary Steenburgen"])
	}
}

// A name that starts with a compass direction or ends with a street word
// is a place, not a person.
func TestDistrictsAndStreetsArePlaces(t *testing.T) {
	ms := Find("Rioters gathered around Snyder Ave and High Street in East Flatbush.")
	names := 0
	for _, m := range ms {
		if m.Text == "Rioters" {
			continue // the sentence's first word
		}
		names++
		if m.Kind != Place {
			t.Errorf("%q: kind %v, want place", m.Text, m.Kind)
		}
	}
	if names != 3 {
		t.Errorf("found %d names in %+v, want 3", names, ms)
	}
}

func TestPluralPossessive(t *testing.T) {
	for _, tc := range []struct {
		in   string
		poss bool // the apostrophe after the s is a possessive, not a quote
	}{
		{"the city prosecutors' office said", true},
		{"Reuters' reporters", true},
		{"100 teenagers 'riot' on the streets", false},
		{"'We lost our homes' said the mayor", false},
		{"He said 'the teenagers' ran", false},
	} {
		got := false
		for _, tk := range Tokenize(tc.in) {
			if tk.Kind == Poss {
				got = true
			}
		}
		if got != tc.poss {
			t.Errorf("Tokenize(%q): possessive %v, want %v", tc.in, got, tc.poss)
		}
	}
}

func TestPlaceWordOfNameIsAPlace(t *testing.T) {
	for _, in := range []string{"injured three people in the Persian Gulf Island of Qeshm.", "Fighting went on near the Kherson Region of Ukraine."} {
		found := false
		for _, m := range Find(in) {
			if strings.Contains(m.Text, " of ") {
				found = true
				if m.Kind != Place {
					t.Errorf("%q: kind %v, want place", m.Text, m.Kind)
				}
			}
		}
		if !found {
			t.Errorf("no name with \"of\" found in %q", in)
		}
	}
}

// TestForeignCountryNames: German, French and Spanish names of countries
// resolve to the English canonical name; English words stay unknown.
func TestForeignCountryNames(t *testing.T) {
	for in, want := range map[string]string{
		"Russland": "Russia", "Russie": "Russia", "Rusia": "Russia", "Nordkorea": "North Korea",
		"Corée du Nord": "North Korea", "Corea del Norte": "North Korea", "États-Unis": "United States",
		"Estados Unidos": "United States", "Vereinigte Staaten": "United States", "Österreich": "Austria",
		"Royaume-Uni": "United Kingdom", "Deutschland": "Germany", "Allemagne": "Germany",
	} {
		if got, ok := Country(in); !ok || got != want {
			t.Errorf("Country(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"Polish", "Paris", "Mexican"} {
		if got, ok := Country(in); ok {
			t.Errorf("Country(%q) = %q, want none", in, got)
		}
	}
}

// TestElidedArticle: a French "d'" between two capitalised words and an
// "l'" before one are split off, so that the name after them is found;
// "secrétaire d'État" keeps its title word whole.
func TestElidedArticle(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the Word tokens
	}{
		{"le Quai d’Orsay", []string{"le", "Quai", "d’", "Orsay"}},
		{"la Côte d'Ivoire", []string{"la", "Côte", "d'", "Ivoire"}},
		{"selon l’Élysée", []string{"selon", "l’", "Élysée"}},
		{"le secrétaire d'État", []string{"le", "secrétaire", "d'État"}},
		{"l'armée", []string{"l'armée"}},
		{"Jeanne d'Arc", []string{"Jeanne", "d'", "Arc"}},
		{"Pedro S\ufffdnchez said", []string{"Pedro", "S\ufffdnchez", "said"}}, // a letter a broken encoding lost
		{"\ufffd\ufffd Monday", []string{"Monday"}},
		{"Stra\u00df\ufffdnberg said", []string{"Stra\u00df\ufffdnberg", "said"}},                                          // a multi-byte letter before the lost one
		{"took up\ufffdDemocrats' bill in May.\ufffdThe", []string{"took", "up", "Democrats", "bill", "in", "May", "The"}}, // lost spaces
	} {
		var got []string
		for _, tok := range Tokenize(c.text) {
			if tok.Kind == Word {
				got = append(got, tok.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Tokenize(%q) words = %q, want %q", c.text, got, c.want)
		}
	}
	// the elided article joins the name like "de" does
	found := false
	for _, m := range Find("Selon le Quai d’Orsay, 393 Français manquent.") {
		found = found || m.Text == "Quai d’Orsay"
	}
	if !found {
		t.Errorf("Find did not name the Quai d’Orsay: %+v", Find("Selon le Quai d’Orsay, 393 Français manquent."))
	}
}

// Runs that name no one: a role alone, an adjective compound, a heading in
// capitals; "Washington D.C." is a place; a government body written two
// ways is one entity.
func TestRolesHeadingsAndBodies(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "text/kind" of each mention, joined by "|"
	}{
		{"They visited Washington D.C. Secretary Blinken stated that.", "Washington D.C./place|Blinken/person"},
		{"They moved into Ukrainian-occupied areas near Rostov-on-Don.", "Rostov-on-Don/place"},
		{"The Mayor of London said so. Sean Connolly was hurt. Connolly said 40 people were hurt.", "London/place|Sean Connolly/person|Connolly/"},
		{"It was a warning, said the US Secretary of State.", "US/place"},
		{"WHY WILL NORTH KOREAN SOLDIERS FIGHT FOR RUSSIA", ""},
		{"A survey by mortgage lender Harwood & Sayle showed it.", "Harwood & Sayle/org"},
	} {
		var got []string
		for _, m := range Find(tc.in) {
			got = append(got, m.Text+"/"+string(m.Kind))
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
	got := resolveNames("The Defense Department said so.", "The Department of Defense agreed. The Interior Ministry and the Ministry of the Interior.")
	if got["Defense Department"] == "" || got["Defense Department"] != got["Department of Defense"] {
		t.Errorf("Defense Department → %q, Department of Defense → %q", got["Defense Department"], got["Department of Defense"])
	}
	if got["Interior Ministry"] == "" || got["Interior Ministry"] != got["Ministry of the Interior"] {
		t.Errorf("Interior Ministry → %q, Ministry of the Interior → %q", got["Interior Ministry"], got["Ministry of the Interior"])
	}
	if n := Normalize("the Foreign Ministry"); n != "ministry of foreign affairs" {
		t.Errorf("Normalize(the Foreign Ministry) = %q", n)
	}
}
