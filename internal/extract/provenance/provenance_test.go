package provenance

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsdesk/internal/model"
)

func names(flags []model.Flag) []string {
	var out []string
	for _, f := range flags {
		out = append(out, f.Name)
	}
	return out
}

func TestScanLines(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		outlet string
		want   []string
		title  string
	}{
		// ai-generated
		{"ai note in brackets", []string{"[This article has been trending online recently and has been generated with AI. Your feed is customized.]"}, "", []string{model.FlagAIGenerated}, ""},
		{"ai story written with help", []string{"This story was written with the help of artificial intelligence and edited by our staff."}, "", []string{model.FlagAIGenerated}, ""},
		{"ai label", []string{"AI-generated content"}, "", []string{model.FlagAIGenerated}, ""},
		{"ai written by label", []string{"Written by AI"}, "", []string{model.FlagAIGenerated}, ""},
		{"ai mentioned in news", []string{"Experts warn that AI-generated images of the flood spread quickly on social media, and some were written by AI tools."}, "", nil, ""},
		{"ai company news", []string{"The company said its new model generated with AI tools would be released next year."}, "", nil, ""},
		{"ai headline", []string{"Schools struggle with essays written by AI, survey finds"}, "", nil, ""},

		// translated
		{"altered and translated", []string{"This article has been altered and translated by Sweden Herald"}, "", []string{model.FlagTranslated}, ""},
		{"translated by line", []string{"Translated by Anna Berg"}, "", []string{model.FlagTranslated}, ""},
		{"translated from", []string{"Translated from the German by Peter Lewis."}, "", []string{model.FlagTranslated}, ""},
		{"machine translated", []string{"This text was machine-translated."}, "", []string{model.FlagTranslated}, ""},
		{"book translated mention", []string{"Her novel, which has been translated into 40 languages, sold two million copies."}, "", nil, ""},
		{"letter translated by reuters", []string{"The letter, translated by Reuters, said the troops would arrive on Monday and stay for several weeks at the base."}, "", nil, ""},

		// syndicated
		{"by TT glued", []string{"By TTThis article has been altered and translated by Sweden Herald"}, "", []string{model.FlagTranslated, model.FlagSyndicated}, ""},
		{"by TT", []string{"By TT"}, "", []string{model.FlagSyndicated}, ""},
		{"AP dateline", []string{"WASHINGTON (AP) — The Senate voted on Tuesday to approve the bill."}, "", []string{model.FlagSyndicated}, ""},
		{"reuters dateline", []string{"LONDON (Reuters) - Britain's economy grew 0.2% in the third quarter."}, "", []string{model.FlagSyndicated}, ""},
		{"slash TT", []string{"Stockholm /TT"}, "", []string{model.FlagSyndicated}, ""},
		{"byline with agency", []string{"By Jane Doe, Associated Press"}, "", []string{model.FlagSyndicated}, ""},
		{"swedish byline", []string{"Av Kalle Svensson/TT"}, "", []string{model.FlagSyndicated}, ""},
		{"source note", []string{"Source: AFP"}, "", []string{model.FlagSyndicated}, ""},
		{"copyright AP", []string{"© 2019 Associated Press. All Rights Reserved."}, "", []string{model.FlagSyndicated}, ""},
		{"reuters credits", []string{"(Reporting by Will Dunham; Editing by Tom Brown)"}, "", []string{model.FlagSyndicated}, ""},
		{"reuters own site", []string{"LONDON (Reuters) - Britain's economy grew."}, "Reuters", nil, ""},
		{"reuters reported", []string{"Reuters reported on Monday that the talks had stalled."}, "", nil, ""},
		{"told AP", []string{"\"We will not stop,\" he told AP in an interview."}, "", nil, ""},
		{"according to AFP", []string{"At least 12 people died, according to AFP."}, "", nil, ""},
		{"photo credit only", []string{"Photo: KCNA/Korea News Service via AP/TT"}, "", nil, ""},
		{"TT inside word", []string{"By TTC bus, the trip takes an hour."}, "", nil, ""},
		{"by the AP count", []string{"By the AP's count, 30 people died in the storm, far more than officials first said in their statement."}, "", nil, ""},
		{"PA as word", []string{"PA system failed during the match"}, "", nil, ""},
		{"caption credit", []string{"Spain's Rafael Nadal celebrates a point during their Davis Cup match in Madrid. (Manu Fernandez/AP)"}, "", nil, ""},
		{"caption agency in parens", []string{"WikiLeaks founder Julian Assange (AFP)"}, "", nil, ""},
		{"copyright photo credit", []string{"© REUTERS / POOL"}, "", nil, ""},
		{"ap photo credit", []string{"The ship leaves port on Aug. 31. (AP Photo/Lynne Sladky)"}, "", nil, ""},
		{"credit alone", []string{"(AFP)"}, "", []string{model.FlagSyndicated}, ""},
		{"sentence then slash TT", []string{"Det sade han på måndagen. /TT"}, "", []string{model.FlagSyndicated}, ""},

		// opinion
		{"opinion prefix", []string{"Opinion: Why the city needs a new bridge"}, "", []string{model.FlagOpinion}, ""},
		{"op-ed bar", []string{"OP-ED | The war will not end this year"}, "", []string{model.FlagOpinion}, ""},
		{"opinion label above headline", []string{"", "Opinion", "Why the city needs a new bridge now"}, "", []string{model.FlagOpinion}, ""},
		{"views expressed", []string{"The views expressed in this article are those of the author."}, "", []string{model.FlagOpinion}, ""},
		{"opinion in menu", []string{"News", "Opinion", "Sport", "Culture"}, "", nil, ""},
		{"opinion polls", []string{"Opinion polls show the ruling party losing ground ahead of the election."}, "", nil, ""},
		{"opinion on own title", []string{"Opinion: Why the city needs a new bridge"}, "", []string{model.FlagOpinion}, "Why the city needs a new bridge"},
		{"opinion teaser for another story", []string{"Opinion: Trump against the professionals"}, "", nil, "LeBron James gets another triple-double"},
		{"label above own title", []string{"Editorial", "The Guardian view on Hong Kong: a city on the brink"}, "", []string{model.FlagOpinion}, "The Guardian view on Hong Kong: a city on the brink | Editorial"},
		{"label above other headline", []string{"Opinion", "Why the city needs a new bridge now"}, "", nil, "Storm floods the harbour"},

		// updated
		{"updated with date", []string{"» Updated: 28 October 2024, 16:40"}, "", []string{model.FlagUpdated}, ""},
		{"last updated ago", []string{"Last updated 3 hours ago"}, "", []string{model.FlagUpdated}, ""},
		{"update prefix", []string{"UPDATE: Police have arrested a suspect."}, "", []string{model.FlagUpdated}, ""},
		{"updated in text", []string{"The ministry has updated the list of companies that commit fraud in food."}, "", nil, ""},
		{"updated guidance", []string{"Updated guidance from health officials asks people to stay home."}, "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(Scan(tt.lines, tt.outlet, tt.title))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Scan(%q) = %v, want %v", tt.lines, got, tt.want)
			}
		})
	}
}

func TestScanEvidence(t *testing.T) {
	lines := []string{"Some text.", "  By TT  ", "More text."}
	flags := Scan(lines, "", "")
	if len(flags) != 1 || flags[0].Evidence != "By TT" {
		t.Fatalf("Scan = %+v, want one flag with evidence %q", flags, "By TT")
	}
}

// TestSamplePages checks the bundled sample pages (full page text, every
// line scanned).
func TestSamplePages(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "samples", "kursk")
	want := map[string][]string{
		"000": nil,
		"001": {model.FlagTranslated, model.FlagSyndicated, model.FlagUpdated},
		"002": nil,
		"003": {model.FlagAIGenerated},
		"004": nil,
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("sample pages missing: %v", err)
	}
	seen := 0
	for _, e := range entries {
		prefix, _, _ := strings.Cut(e.Name(), "_")
		w, ok := want[prefix]
		if !ok {
			continue
		}
		seen++
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got := names(Scan(strings.Split(string(b), "\n"), "", ""))
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%s: flags %v, want %v (%+v)", e.Name(), got, w, Scan(strings.Split(string(b), "\n"), "", ""))
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of %d sample pages", seen, len(want))
	}
}

func FuzzScan(f *testing.F) {
	f.Add("By TTThis article has been altered and translated by Sweden Herald\nOpinion\nA long headline here for you")
	f.Add("WASHINGTON (AP) — text\n» Updated: 28 October 2024")
	f.Fuzz(func(t *testing.T, page string) {
		for _, fl := range Scan(strings.Split(page, "\n"), "", "") {
			if fl.Evidence == "" || fl.Name == "" {
				t.Fatalf("flag without name or evidence: %+v", fl)
			}
		}
	})
}

func TestAdd(t *testing.T) {
	flags := []model.Flag{{Name: model.FlagSyndicated, Evidence: "By TT"}, {Name: model.FlagUpdated, Evidence: "Updated: 1 May 2024"}}
	got := names(Add(flags, model.Flag{Name: model.FlagOpinion, Evidence: "meta article:section: Opinion"}))
	want := []string{model.FlagSyndicated, model.FlagOpinion, model.FlagUpdated}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Add = %v, want %v", got, want)
	}
	if got := Add(flags, model.Flag{Name: model.FlagSyndicated, Evidence: "x"}); len(got) != 2 || got[0].Evidence != "By TT" {
		t.Errorf("Add of a present flag changed the list: %+v", got)
	}
}

func TestAuthorCredit(t *testing.T) {
	tests := []struct {
		author, owner string
		want          bool
	}{
		{"Associated Press", "", true},
		{"TOM KRISHER; AP Auto Writer", "", true},
		{"Reuters; Washington; Nov", "", true},
		{"Reuters", "Reuters reuters.com", false},
		{"Sarah E Needleman", "", false},
		{"Apple Insider Staff", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		f, ok := AuthorCredit(tt.author, tt.owner)
		if ok != tt.want {
			t.Errorf("AuthorCredit(%q, %q) = %v, want %v", tt.author, tt.owner, ok, tt.want)
		}
		if ok && (f.Name != model.FlagSyndicated || f.Evidence == "") {
			t.Errorf("AuthorCredit(%q) = %+v", tt.author, f)
		}
	}
}
