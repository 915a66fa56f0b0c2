package plaintext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func readSample(t *testing.T, prefix string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "samples", "kursk", prefix+"_*.txt"))
	if len(files) != 1 {
		t.Skipf("skipped: sample page %s_*.txt not found under samples/kursk", prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSamplePages checks the five bundled sample pages: the headline, the
// publication date, every story paragraph kept and the link lists
// removed. Nothing in the package knows these pages; the model has to
// get them right on its own.
func TestSamplePages(t *testing.T) {
	tests := []struct {
		page      string
		titles    []string // acceptable titles
		published string   // RFC 3339, "" for none
		precision string
		outlet    string   // "" when not checked
		mustKeep  []string // substrings of lines that must be in Text
		mustDrop  []string // substrings that must not be in Text
	}{
		{
			page:      "000",
			titles:    []string{`"10,000 North Korean soldiers will fight for Russia."`, `10,000 North Korean soldiers will fight for Russia.`},
			published: "2024-11-01T07:50:00Z", precision: "minute",
			outlet: "En.Haberler.Com",
			mustKeep: []string{
				"The U.S. announced that there are around 10,000 North Korean soldiers",
				"Secretary Blinken stated that the U.S. assesses",
				"Blinken expressed that they have not yet seen these troops",
				"Austin noted that Russia has also provided North Korean soldiers",
				"WHY WILL NORTH KOREAN SOLDIERS FIGHT FOR RUSSIA?",
				"Russian President Vladimir Putin made an official visit to North Korea in June",
				"Ukrainian President Volodymyr Zelensky announced in a statement on October 25",
			},
			mustDrop: []string{"Mt. Gox", "500 Bitcoin", "12 minutes ago", "Serhat Akın", "Latest News", "HOME PAGE"},
		},
		{
			page:      "001",
			titles:    []string{"USA: North Korea has sent 10,000 soldiers"},
			published: "2024-10-28T00:00:00Z", precision: "day",
			outlet: "Sweden Herald",
			mustKeep: []string{
				"North Korea has sent around 10,000 soldiers to Russia to fight in Ukraine in the coming weeks",
				"We are increasingly worried that Russia intends to use these soldiers",
				"NATO confirms that North Korean forces have been sent to Russia",
				"At a press conference in Brussels, NATO's chief Mark Rutte",
				"The deployment of North Korean soldiers in Kursk is also a sign",
				"According to Ukraine's President Volodymyr Zelensky",
			},
			mustDrop: []string{"3 MIN READ", "100,000 trapped in northern Gaza", "Arizona and Nevada", "By TTThis article has been altered", "More news"},
		},
		{
			page:      "002",
			titles:    []string{"USA: 8000 North Koreans on the Ukrainian border"},
			published: "2024-10-31T00:00:00Z", precision: "day",
			mustKeep: []string{
				"According to the United States, up to 8,000 North Korean soldiers",
				"We now believe that there are approximately 10,000 North Korean troops",
				"Although the US government has not yet seen any combat operations",
				"No \"invitation\" for 100 years",
				"It was the first time in 100 years",
				"For the time being, it is unclear",
				"\"Russian uniforms\"",
				"The South Korean secret service had already reported",
				"Russian President Vladimir Putin does not deny",
				"Selenskyj: \"We will talk about weapons\"",
				"Ukrainian President Volodymyr Zelensky expressed his disappointment",
				"Selenskyj is now hoping for military aid from South Korea",
			},
		},
		{
			page:      "003",
			titles:    []string{"North Korean soldiers will join Russian forces today to fight alongside Putin on the frontline."},
			published: "2024-10-23T00:00:00Z", precision: "day",
			mustKeep: []string{
				"North Korean leader Kim Jong-un recently visited a major military base",
				"Meanwhile, news has emerged that a large number of North Korean troops",
				"Kyrylo Budanov, the head of Ukraine's military intelligence",
				"For weeks, Ukraine has been warning about the possibility of two brigades",
				"British defence secretary John Healey also expressed concerns",
				"The Foreign Office minister Stephen Doughty condemned",
				"In June, Kim Jong-un and Putin had a summit in Pyongyang",
				"There have been reports over the past year of North Korea supplying weapons",
			},
			mustDrop: []string{"generated with AI", "Generative AI is experimental"},
		},
		{
			page:      "004",
			titles:    []string{"North Korea sent around 10,000 soldiers to Russia to fight in Ukraine: Pentagon"},
			published: "",
			mustKeep: []string{
				"North Korea sent around 10,000 troops to eastern Russia and to fight in Ukraine within",
				"We have seen reports from over the weekend",
				"We believe that the DPRK has sent around 10,000 soldiers in total",
				"A portion of the North Korean soldiers have already moved closer to Ukraine",
				"She declined to confirm that North Korean forces were already in Kursk",
				"NATO Secretary-General Mark Rutte confirmed earlier Monday",
				"Rutte said the deployment of North Korean troops to Kursk",
			},
			mustDrop: []string{"Most Read News", "Poland, NATO bring together around 30,000 troops", "Orthodox Jews stage protest", "UK to formally recognize"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.page, func(t *testing.T) {
			r := Extract(readSample(t, tc.page), "")
			ok := false
			for _, want := range tc.titles {
				if r.Title == want {
					ok = true
				}
			}
			if !ok {
				t.Errorf("title = %q, want %q", r.Title, tc.titles[0])
			}
			got := ""
			if !r.Published.IsZero() {
				got = r.Published.UTC().Format(time.RFC3339)
			}
			if got != tc.published || (tc.published != "" && r.PublishedPrecision != tc.precision) {
				t.Errorf("published = %q (%s, from %q), want %q (%s)", got, r.PublishedPrecision, r.PublishedSource, tc.published, tc.precision)
			}
			if tc.outlet != "" && r.Outlet != tc.outlet {
				t.Errorf("outlet = %q, want %q", r.Outlet, tc.outlet)
			}
			kept := strings.Split(r.Text, "\n")
			for _, s := range tc.mustKeep {
				found := false
				for _, l := range kept {
					if strings.Contains(l, s) {
						found = true
					}
				}
				if !found {
					t.Errorf("story line dropped: %q", s)
				}
			}
			for _, s := range tc.mustDrop {
				if strings.Contains(r.Text, s) {
					t.Errorf("furniture kept: %q", s)
				}
			}
		})
	}
}
