package claim

import (
	"strings"
	"testing"

	"newsdesk/internal/model"
)

func TestResolveSpeakers(t *testing.T) {
	arts := []*model.Article{
		{Text: "Ukrainian President Volodymyr Zelensky said 500 drones were launched. The USA said 40 ships left."},
		{Text: "Selenskyj: 500 drones launched overnight at Kyiv\nAccording to the United States, 40 ships left port."},
	}
	var claims []model.Claim
	for _, a := range arts {
		claims = append(claims, FromArticle(a)...)
	}
	ResolveSpeakers(arts, claims)
	got := map[string]bool{}
	for _, c := range claims {
		got[c.Speaker] = true
	}
	for _, want := range []string{"Volodymyr Zelensky", "United States"} {
		if !got[want] {
			t.Errorf("speaker %q missing after resolution: %v", want, got)
		}
	}
	for _, bad := range []string{"Selenskyj", "USA"} {
		if got[bad] {
			t.Errorf("speaker %q left unresolved: %v", bad, got)
		}
	}
}

func TestAttributions(t *testing.T) {
	text := "Deputy Press Secretary Jane Roe spoke on Monday.\nShe declined to confirm the report. Roe added that talks continue, the agency said."
	var got []string
	for _, a := range Attributions(text) {
		if a.Phrase != "" && text[a.Start:a.End] != a.Phrase {
			t.Errorf("phrase offsets %d:%d do not give %q", a.Start, a.End, a.Phrase)
		}
		got = append(got, a.Speaker.Name)
	}
	want := []string{"Jane Roe", "Jane Roe", "agency"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("speakers = %q, want %q", got, want)
	}
}

func FuzzAttributions(f *testing.F) {
	f.Add("\"Yes,\" said Jane Roe. She added, according to the ministry, that 5 said.")
	f.Add("According to according to said said \" \" “ » «")
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range Attributions(s) {
			if a.Start < 0 || a.End > len(s) || a.Start > a.End || a.VerbStart < 0 || a.VerbEnd > len(s) {
				t.Fatalf("bad offsets %+v", a)
			}
		}
	})
}
