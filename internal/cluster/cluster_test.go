package cluster

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func day(d int) time.Time { return time.Date(2025, 3, d, 9, 0, 0, 0, time.UTC) }

// Two floods of the same kind in different places, reported in English,
// German and French; and an unrelated election story.
var multilingual = []struct {
	doc   Doc
	event string
}{
	{Doc{ID: "en1", Published: day(3), Title: "Floods in Porto Alegre leave 42 dead",
		Text: "Heavy rain caused floods in Porto Alegre, Brazil, on Monday, killing at least 42 people, Governor Eduardo Leite said.\n" +
			"More than 12,000 residents were evacuated as the Guaiba river rose to 4.8 metres, the highest level since 1941.\n" +
			"Rescue teams from the Brazilian army searched flooded districts by boat."}, "A"},
	{Doc{ID: "de1", Published: day(3).Add(3 * time.Hour), Title: "Überschwemmungen in Porto Alegre: 42 Tote",
		Text: "Starker Regen hat am Montag in Porto Alegre in Brasilien Überschwemmungen ausgelöst. Mindestens 42 Menschen kamen ums Leben, sagte Gouverneur Eduardo Leite.\n" +
			"Mehr als 12.000 Einwohner wurden in Sicherheit gebracht, der Fluss Guaiba stieg auf 4,8 Meter, so hoch wie seit 1941 nicht mehr."}, "A"},
	{Doc{ID: "fr1", Published: day(3).Add(5 * time.Hour), Title: "Inondations à Porto Alegre : 42 morts",
		Text: "De fortes pluies ont provoqué des inondations à Porto Alegre, au Brésil, lundi, faisant au moins 42 morts, a déclaré le gouverneur Eduardo Leite.\n" +
			"Plus de 12 000 habitants ont été évacués alors que le fleuve Guaiba atteignait 4,8 mètres, un niveau inédit depuis 1941."}, "A"},
	{Doc{ID: "en2", Published: day(4), Title: "Floods hit Valencia, 17 killed",
		Text: "Flash floods swept through Valencia, Spain, on Tuesday, killing 17 people, regional president Carlos Mazon said.\n" +
			"The Turia overflowed after 300 litres of rain per square metre fell in eight hours, and 2,500 people spent the night in shelters."}, "B"},
	{Doc{ID: "de2", Published: day(4).Add(2 * time.Hour), Title: "Sturzfluten in Valencia: 17 Tote",
		Text: "Sturzfluten haben am Dienstag Valencia in Spanien getroffen, 17 Menschen starben, sagte Regionalpräsident Carlos Mazon.\n" +
			"Der Turia trat über die Ufer, nachdem in acht Stunden 300 Liter Regen pro Quadratmeter gefallen waren; 2.500 Menschen verbrachten die Nacht in Notunterkünften."}, "B"},
	{Doc{ID: "en3", Published: day(4).Add(4 * time.Hour), Title: "Portugal votes in snap election",
		Text: "Voters in Portugal went to the polls on Sunday in a snap election called by President Marcelo Rebelo de Sousa after Prime Minister Luis Montenegro lost a confidence vote.\n" +
			"Polls show the Democratic Alliance ahead with 32 percent."}, "C"},
}

func TestMultilingualStories(t *testing.T) {
	docs := make([]Doc, len(multilingual))
	for i, m := range multilingual {
		docs[i] = m.doc
	}
	got := Run(docs, DefaultConfig())
	storyOf := map[string]string{}
	for i, a := range got {
		ev := multilingual[i].event
		if s, ok := storyOf[ev]; ok && s != a.Story {
			t.Errorf("%s went to %s, but event %s is in %s", a.ID, a.Story, ev, s)
		}
		storyOf[ev] = a.Story
		if a.DuplicateOf != "" {
			t.Errorf("%s marked as copy of %s; translations are not copies", a.ID, a.DuplicateOf)
		}
	}
	if storyOf["A"] == storyOf["B"] || storyOf["A"] == storyOf["C"] || storyOf["B"] == storyOf["C"] {
		t.Errorf("different events share a story: %v", storyOf)
	}
}

func TestNearDuplicates(t *testing.T) {
	orig := "The city council of Springfield voted 7 to 2 on Tuesday to close the Elm Street bridge for repairs that will cost 3.4 million dollars.\n" +
		"Mayor Ann Kowalski said the bridge, built in 1958, had failed two inspections this year.\n" +
		"Traffic will be diverted over the Oak Avenue crossing from 1 April, and buses will run every ten minutes.\n" +
		"Shop owners on Elm Street said they feared losing customers during the nine months of work."
	edited := strings.Replace(orig, "Mayor Ann Kowalski said", "Springfield Mayor Ann Kowalski told reporters", 1) +
		"\nThis story was syndicated from the Springfield Herald."
	excerpt := "Mayor Ann Kowalski said the bridge, built in 1958, had failed two inspections this year.\n" +
		"Traffic will be diverted over the Oak Avenue crossing from 1 April, and buses will run every ten minutes."
	other := "The Springfield school board approved a new budget of 48 million dollars on Wednesday, raising teacher pay by 4 percent.\n" +
		"Board chair Luis Ortega said class sizes would stay the same."
	docs := []Doc{
		{ID: "orig", Title: "Council closes Elm Street bridge", Text: orig, Published: day(1)},
		{ID: "edited", Title: "Elm Street bridge to close for repairs", Text: edited, Published: day(1).Add(time.Hour)},
		{ID: "excerpt", Title: "Bridge closure", Text: excerpt, Published: day(1).Add(2 * time.Hour)},
		{ID: "other", Title: "School budget approved", Text: other, Published: day(1).Add(3 * time.Hour)},
	}
	got := Run(docs, DefaultConfig())
	want := map[string]string{"orig": "", "edited": "orig", "excerpt": "orig", "other": ""}
	for _, a := range got {
		if a.DuplicateOf != want[a.ID] {
			t.Errorf("%s: duplicate_of %q (overlap %.2f), want %q", a.ID, a.DuplicateOf, a.Overlap, want[a.ID])
		}
		if a.DuplicateOf != "" && (a.Overlap < 0.6 || a.Overlap > 1) {
			t.Errorf("%s: overlap %.2f out of range", a.ID, a.Overlap)
		}
	}
	if got[1].Story != got[0].Story || got[2].Story != got[0].Story {
		t.Errorf("copies not in the story of their original: %+v", got)
	}
	if got[3].Story == got[0].Story {
		t.Errorf("unrelated article joined the bridge story: %+v", got)
	}
}

func TestBadInputNeverBreaks(t *testing.T) {
	huge := strings.Repeat("Officials in Lagos said the new port opened on Friday. ", 5<<20/56)
	docs := []Doc{
		{ID: "empty"},
		{ID: "space", Title: " \n\t ", Text: "\n\n"},
		{ID: "word", Text: "Hello"},
		{ID: "word2", Text: "Hello"},
		{ID: "binary", Text: "\xff\xfe\x00\x01 \xc3"},
		{ID: "huge", Title: "Lagos port", Text: huge},
	}
	got := Run(docs, DefaultConfig())
	if len(got) != len(docs) {
		t.Fatalf("got %d assignments for %d docs", len(got), len(docs))
	}
	for i, a := range got {
		if a.ID != docs[i].ID || a.Story == "" {
			t.Errorf("bad assignment %+v for %s", a, docs[i].ID)
		}
	}
	if got[0].Story == got[1].Story {
		t.Errorf("two empty articles form a story: %+v", got[:2])
	}
}

func TestIdenticalArticles(t *testing.T) {
	d := Doc{Title: "Port opens", Text: "Officials in Lagos said the new deep-sea port at Lekki opened on Friday after 4 years of work."}
	const n = 10000
	c := New(DefaultConfig())
	for i := 0; i < n; i++ {
		d.ID = fmt.Sprint(i)
		d.Published = day(1).Add(time.Duration(i) * time.Second)
		c.Add(d)
	}
	got := c.Finish()
	for i, a := range got {
		if a.Story != got[0].Story {
			t.Fatalf("copy %d in story %s, original in %s", i, a.Story, got[0].Story)
		}
		if i > 0 && a.DuplicateOf != "0" {
			t.Fatalf("copy %d: duplicate_of %q, want the first article", i, a.DuplicateOf)
		}
	}
}

func TestDeterministic(t *testing.T) {
	docs := make([]Doc, 0, 3*len(multilingual))
	for r := 0; r < 3; r++ {
		for _, m := range multilingual {
			d := m.doc
			d.ID = fmt.Sprintf("%s-%d", d.ID, r)
			d.Text += fmt.Sprintf("\nUpdate %d.", r)
			d.Published = d.Published.Add(time.Duration(r) * 24 * time.Hour)
			docs = append(docs, d)
		}
	}
	first := Run(docs, DefaultConfig())
	for k := 0; k < 5; k++ {
		again := Run(docs, DefaultConfig())
		for i := range first {
			if first[i] != again[i] {
				t.Fatalf("run %d differs at %d: %+v vs %+v", k, i, first[i], again[i])
			}
		}
	}
}

func TestStreamModeKeepsNoHistory(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Stream = true
	cfg.PassEvery = 10
	cfg.MaxActive = 5
	c := New(cfg)
	for i := 0; i < 300; i++ {
		m := multilingual[i%len(multilingual)]
		d := m.doc
		d.ID = fmt.Sprint(i)
		d.Title = fmt.Sprintf("%s %d", d.Title, i)
		d.Published = day(1).Add(time.Duration(i) * time.Hour)
		a := c.Add(d)
		if a.Story == "" {
			t.Fatal("no story")
		}
	}
	if got := c.Finish(); got != nil {
		t.Errorf("stream Finish returned %d assignments, want nil", len(got))
	}
	if len(c.history) != 0 || len(c.active) > cfg.MaxActive+cfg.PassEvery {
		t.Errorf("stream mode keeps %d records and %d stories", len(c.history), len(c.active))
	}
}

func TestNormNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"10,000", "10000"}, {"10.000", "10000"}, {"1,5", "1.5"}, {"1.5", "1.5"},
		{"007", "7"}, {"0", "0"}, {"33-year-old", "33"}, {"1,234,567", "1234567"}, {"3.14159", "3.14159"},
	}
	for _, tt := range tests {
		if got, _ := normNumber(tt.in); got != tt.want {
			t.Errorf("normNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if _, ok := normNumber("abc"); ok {
		t.Error("normNumber accepted a word")
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ lang, a, b string }{
		{"en", "floods", "flood"}, {"en", "killing", "killed"}, {"de", "menschen", "mensch"},
		{"fr", "inondations", "inondation"}, {"es", "inundaciones", "inundacion"},
		{"it", "alluvioni", "alluvione"}, {"ru", "наводнения", "наводнение"},
	}
	for _, tt := range tests {
		if stem(tt.lang, tt.a) != stem(tt.lang, tt.b) {
			t.Errorf("stem(%s): %q -> %q but %q -> %q", tt.lang, tt.a, stem(tt.lang, tt.a), tt.b, stem(tt.lang, tt.b))
		}
	}
	if stem("en", "press") != "press" || stem("en", "news") == "" {
		t.Errorf("stem mangles short words: %q", stem("en", "press"))
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The mayor said that the bridge will be closed for the repairs.", "en"},
		{"Der Bürgermeister sagte, dass die Brücke für die Reparatur geschlossen wird.", "de"},
		{"Le maire a dit que le pont sera fermé pour les travaux.", "fr"},
		{"El alcalde dijo que el puente estará cerrado por las obras.", "es"},
	}
	for _, tt := range tests {
		if got := detectLanguage(tokenize(tt.text)); got != tt.want {
			t.Errorf("detectLanguage(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestEntities(t *testing.T) {
	f := Prepare(Doc{Text: "The police said Vincent Jackson was arrested in San Diego. Police did not say more."})
	want := map[uint64]bool{
		hashString(kindName, "vincent jackson"): true,
		hashString(kindName, "san diego"):       true,
		hashString(kindEntity, "jackson"):       true,
	}
	notWant := hashString(kindEntity, "police")
	for _, e := range f.Entities {
		delete(want, e.ID)
		if e.ID == notWant {
			t.Error("sentence-initial common word taken as a name")
		}
	}
	if len(want) > 0 {
		t.Errorf("missing %d expected names", len(want))
	}
}

func FuzzPrepare(f *testing.F) {
	f.Add("Title", "Body text. With 10,000 numbers on May 3, 2024.\nAnd lines.")
	f.Add("", "")
	f.Add("\xff\xfe", "..,,1.2.3,4 --'' Über É")
	f.Add("A", strings.Repeat("x ", 100))
	f.Fuzz(func(t *testing.T, title, text string) {
		feat := Prepare(Doc{ID: "x", Title: title, Text: text})
		for _, l := range [][]Feature{feat.Terms, feat.Entities, feat.Numbers} {
			for i := 1; i < len(l); i++ {
				if l[i-1].ID >= l[i].ID {
					t.Fatal("features not sorted by ID")
				}
			}
		}
		if ov := Overlap(&feat.Sig, &feat.Sig); feat.Sig.Shingles > 0 && (ov < 0.99 || ov > 1) {
			t.Fatalf("self overlap %v", ov)
		}
		c := New(DefaultConfig())
		c.AddFeatures(&feat)
		c.Finish()
	})
}

// TestCountriesAcrossLanguages: a country named in German, French or
// Spanish gives the same entity features as its English name, so that the
// same story meets across languages.
func TestCountriesAcrossLanguages(t *testing.T) {
	has := func(f Features, id uint64) bool {
		for _, e := range f.Entities {
			if e.ID == id {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Nordkorea hat nach Angaben der Regierung Tausende Soldaten nach Russland geschickt."},
		{"fr", "La Corée du Nord a envoyé des milliers de soldats en Russie, selon le gouvernement."},
		{"es", "Corea del Norte envió miles de soldados a Rusia, según el gobierno."},
	} {
		f := Prepare(Doc{ID: c.lang, Title: "Truppen", Text: c.text, Language: c.lang})
		for _, id := range []uint64{hashString(kindEntity, "russia"), hashString(kindEntity, "korea"), hashString(kindName, "north korea")} {
			if !has(f, id) {
				t.Errorf("%s: no English country feature %x in %v", c.lang, id, f.Entities)
			}
		}
	}
}
