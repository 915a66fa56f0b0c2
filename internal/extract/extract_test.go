package extract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"newsdesk/internal/model"
)

const articleHTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Storm floods the old harbour - Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Storm floods the old harbour">
<meta property="article:published_time" content="2024-10-28T16:40:00+01:00">
<meta name="author" content="Jane Doe">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Storm floods the old harbour</h1>
<p>A powerful storm flooded the old harbour on Monday night, forcing hundreds of residents to leave their homes as the water rose faster than forecast.</p>
<p>The city council said that around 300 people had spent the night in emergency shelters and that no one had been seriously injured in the flooding.</p>
<p>"We have never seen the water come in this fast," said harbour master Erik Lund, who has worked at the port for more than twenty years.</p>
<p>Advertisement</p>
<p>Repair crews began pumping water out of the lower streets on Tuesday morning, and the council expects most roads to reopen by the end of the week.</p>
</article>
<footer><p>By TT</p><p>This article has been translated by Example Times.</p></footer>
</body></html>`

func TestExtractHTML(t *testing.T) {
	a, err := Extract(context.Background(), Input{Path: "x.html", URL: "https://www.example.com/news/storm", Data: []byte(articleHTML)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a.Title != "Storm floods the old harbour" {
		t.Errorf("Title = %q", a.Title)
	}
	if !strings.Contains(a.Text, "around 300 people") || !strings.Contains(a.Text, "\n") {
		t.Errorf("Text lacks the article or its paragraph breaks: %q", a.Text)
	}
	for _, junk := range []string{"Advertisement", "Home", "Storm floods the old harbour"} {
		for _, line := range strings.Split(a.Text, "\n") {
			if line == junk {
				t.Errorf("Text keeps furniture line %q", junk)
			}
		}
	}
	if got := a.PublishedString(); got != "2024-10-28T16:40:00+01:00" || a.PublishedPrecision != model.PrecisionMinute {
		t.Errorf("Published = %q (%s)", got, a.PublishedPrecision)
	}
	if a.PublishedSource == "" {
		t.Error("PublishedSource is empty")
	}
	if a.Outlet != "Example Times" {
		t.Errorf("Outlet = %q", a.Outlet)
	}
	if a.Language != "en" {
		t.Errorf("Language = %q", a.Language)
	}
	if a.Author != "Jane Doe" {
		t.Errorf("Author = %q", a.Author)
	}
	if !a.HasFlag(model.FlagSyndicated) || !a.HasFlag(model.FlagTranslated) {
		t.Errorf("Flags = %+v, want syndicated and translated from the footer", a.Flags)
	}
}

func TestExtractHTMLFallbackMetadata(t *testing.T) {
	page := `<html><head><title>Bridge reopens after repairs | The Daily Example</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-04"}</script></head>
<body><div><p>` + strings.Repeat("The bridge reopened to traffic on Thursday after two years of repairs that cost the city far more than planned. ", 4) + `</p></div></body></html>`
	a, err := Extract(context.Background(), Input{URL: "https://news.example.org/a/1", Data: []byte(page)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a.PublishedString() != "2023-05-04" || a.PublishedPrecision != model.PrecisionDay {
		t.Errorf("Published = %q (%s), want 2023-05-04 (day)", a.PublishedString(), a.PublishedPrecision)
	}
	if a.PublishedSource != "json-ld datePublished" {
		t.Errorf("PublishedSource = %q", a.PublishedSource)
	}
	if a.Title != "Bridge reopens after repairs" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Outlet == "" {
		t.Error("Outlet is empty")
	}
}

func TestExtractErrors(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2}, 50)...)
	tests := []struct {
		name    string
		in      Input
		wantErr error
		wantMsg string
	}{
		{"empty", Input{}, ErrEmpty, ""},
		{"whitespace", Input{Data: []byte(" \n\t \r\n")}, ErrEmpty, ""},
		{"png", Input{Data: png}, ErrBinary, "looks like PNG"},
		{"pdf", Input{Data: []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj")}, ErrBinary, "looks like PDF"},
		{"zip", Input{Data: []byte("PK\x03\x04\x14\x00\x00\x00")}, ErrBinary, "looks like ZIP"},
		{"nul bytes", Input{Data: []byte("hello\x00world\x00\x01\x02")}, ErrBinary, "binary content"},
		{"control bytes", Input{Data: bytes.Repeat([]byte("ab\x01\x02\x03\x04cd"), 100)}, ErrBinary, "binary content"},
		{"too large", Input{Data: make([]byte, MaxInputSize+1)}, ErrTooLarge, "over the limit"},
		{"bad kind", Input{Data: []byte("text"), Kind: "pdf"}, nil, "unknown input kind"},
		{"html without article", Input{Data: []byte("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>")}, ErrNoArticle, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(context.Background(), tt.in)
			if err == nil {
				t.Fatalf("Extract = %+v, want an error", a)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %q is not %q", err, tt.wantErr)
			}
			if tt.wantMsg != "" && !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q lacks %q", err, tt.wantMsg)
			}
		})
	}
}

func TestExtractStrayNUL(t *testing.T) {
	page := strings.Replace(articleHTML, "forcing hundreds", "forcing\x00 hundreds", 1)
	if _, err := Extract(context.Background(), Input{Data: []byte(page)}); err != nil {
		t.Fatalf("a page with one stray NUL byte was refused: %v", err)
	}
}

func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, Input{Data: []byte("Some text.")}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestDetectKind(t *testing.T) {
	tests := []struct {
		name string
		text string
		html bool
	}{
		{"doctype", "<!DOCTYPE html><p>x</p>", true},
		{"html tag after whitespace", "\n\n  <html><body>x</body></html>", true},
		{"xml prolog", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>`, true},
		{"fragment with many tags", strings.Repeat("<p>Paragraph of text with <a href='#'>a link</a>.</p>\n", 10), true},
		{"plain text", "North Korea has sent troops.\n\nThe Pentagon said on Monday.", false},
		{"text mentioning a tag", "Use the <p> element for paragraphs and <br> for breaks in your page; the rest is plain prose that goes on for a while.", false},
		{"text with angle brackets", "If x < 3 and y > 4 then the result is <undefined>.", false},
		{"text quoting a script tag", "Video\n<script type=\"text/javascript\" src=\"http://x.example/player.js\"></script>\nThe suspect was arrested on Monday, police said.", false},
		{"head fragment", "<meta charset=\"utf-8\"><title>Story</title><link rel=\"canonical\" href=\"/a\"><p>Text</p>", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := looksHTML(tt.text); got != tt.html {
				t.Errorf("looksHTML = %v, want %v", got, tt.html)
			}
		})
	}
}

func TestKindForcesPath(t *testing.T) {
	// HTML source forced to text is taken as text: its markup stays.
	a, err := Extract(context.Background(), Input{Data: []byte(articleHTML), Kind: KindText})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(a.Text+strings.Join(a.Removed, "\n"), "<p>") {
		t.Errorf("forced text lost its markup: %q", a.Text)
	}
}

func encodeFixture(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode fixture: %v", err)
	}
	return b
}

func TestExtractCharsets(t *testing.T) {
	const (
		fr = "Le président a déclaré mercredi que la réforme serait présentée à l'Assemblée nationale après l'été, malgré les grèves qui paralysent le pays."
		ru = "Президент России заявил в среду, что переговоры с Украиной продолжатся на следующей неделе в Стамбуле, несмотря на разногласия сторон."
		ja = "東京都は２８日、新たに１万人の感染者が確認されたと発表しました。政府は緊急事態宣言の延長を検討しています。専門家は警戒を呼びかけています。"
	)
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
		lang string
	}{
		{"windows-1252", charmap.Windows1252, fr, "fr"},
		{"windows-1251", charmap.Windows1251, ru, "ru"},
		{"shift-jis", japanese.ShiftJIS, ja, "ja"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" text", func(t *testing.T) {
			a, err := Extract(context.Background(), Input{Data: encodeFixture(t, tt.enc, tt.text+"\n\n"+tt.text+"\n")})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if !strings.Contains(a.Text+strings.Join(a.Removed, "\n"), tt.text) {
				t.Errorf("text not decoded: %q", a.Text)
			}
			if a.Language != tt.lang {
				t.Errorf("Language = %q, want %q", a.Language, tt.lang)
			}
		})
		t.Run(tt.name+" html", func(t *testing.T) {
			page := "<html><head><title>t</title></head><body><article><p>" + tt.text + "</p><p>" + tt.text + "</p><p>" + tt.text + "</p></article></body></html>"
			a, err := Extract(context.Background(), Input{Data: encodeFixture(t, tt.enc, page)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if !strings.Contains(a.Text, tt.text) {
				t.Errorf("text not decoded: %q", a.Text)
			}
		})
	}
}

func TestExtractInvalidUTF8(t *testing.T) {
	page := "<html><body><article><p>" + strings.Repeat("Café \xff crème brûlée à la carte, déjà vu. ", 10) + "</p></article></body></html>"
	a, err := Extract(context.Background(), Input{Data: []byte(page)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(a.Text, "crème brûlée") || strings.Contains(a.Text, "\xff") {
		t.Errorf("Text = %q", a.Text)
	}
}

// TestSamplePages runs the bundled plain-text sample pages through the
// dispatcher and checks the provenance flags the task names.
func TestSamplePages(t *testing.T) {
	dir := filepath.Join("..", "..", "samples", "kursk")
	want := map[string][]string{
		"000": nil,
		"001": {model.FlagTranslated, model.FlagSyndicated},
		"002": nil,
		"003": {model.FlagAIGenerated},
		"004": nil,
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("sample pages missing: %v", err)
	}
	for _, e := range entries {
		prefix, _, _ := strings.Cut(e.Name(), "_")
		w, ok := want[prefix]
		if !ok {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(context.Background(), Input{Path: e.Name(), Data: data})
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for _, f := range w {
			if !a.HasFlag(f) {
				t.Errorf("%s: missing flag %s (flags %+v)", e.Name(), f, a.Flags)
			}
		}
		for _, f := range a.Flags {
			if f.Name != model.FlagUpdated && !contains(w, f.Name) {
				t.Errorf("%s: unexpected flag %+v", e.Name(), f)
			}
		}
		if a.Language != "en" {
			t.Errorf("%s: Language = %q, want en", e.Name(), a.Language)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte(articleHTML), "")
	f.Add([]byte("Headline\n\nBy TT\nSome text of the article, long enough to keep.\n"), "text")
	f.Add([]byte("<html><body><p>short</p>"), "html")
	f.Add([]byte("<table><tr><td><div><p>"), "")
	f.Add([]byte("\xef\xbb\xbf<!DOCTYPE html><meta charset=shift_jis><p>\x82\xa0\x82\xa2</p>"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Fuzz(func(t *testing.T, data []byte, kind string) {
		if kind != "html" && kind != "text" {
			kind = ""
		}
		a, err := Extract(context.Background(), Input{Data: data, Kind: kind})
		if err != nil {
			if a != nil {
				t.Fatal("Extract returned an article with an error")
			}
			return
		}
		if a == nil {
			t.Fatal("Extract returned neither article nor error")
		}
	})
}

// TestExtractConcurrent runs Extract from several goroutines; run it with
// -race to check that extraction shares no mutable state.
func TestExtractConcurrent(t *testing.T) {
	inputs := [][]byte{
		[]byte(articleHTML),
		[]byte("Headline of the story\n\nBy TT\n" + strings.Repeat("A sentence of the article that goes on for a while. ", 8)),
		[]byte(strings.Replace(articleHTML, "Storm", "Gale", -1)),
	}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		a, err := Extract(context.Background(), Input{Data: in})
		if err != nil {
			t.Fatalf("input %d: %v", i, err)
		}
		want[i] = a.Text
	}
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := 0; k < 3; k++ {
				i := (g + k) % len(inputs)
				a, err := Extract(context.Background(), Input{Data: inputs[i]})
				if err == nil && a.Text != want[i] {
					err = errors.New("concurrent extraction gave a different text")
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestAgencyOnItsOwnSite(t *testing.T) {
	page := "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map of Saturn's moon Titan.\n\nThe map shows plains and dunes of frozen organic material.\n"
	for _, tt := range []struct {
		url        string
		syndicated bool
	}{
		{"https://www.reuters.com/article/titan-map", false},
		{"https://www.sciencealert.com/titan-map", true},
	} {
		a, err := Extract(context.Background(), Input{URL: tt.url, Data: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if a.HasFlag(model.FlagSyndicated) != tt.syndicated {
			t.Errorf("%s: syndicated = %v, want %v (%+v)", tt.url, !tt.syndicated, tt.syndicated, a.Flags)
		}
	}
}

func TestShortCleanTextIsAllArticle(t *testing.T) {
	tests := []struct {
		in, wantText string
	}{
		{"Storm hits the coast\n\"We counted about 2,300 homes without power in Galway,\" said Mayor Ruth Ade.\n",
			"\"We counted about 2,300 homes without power in Galway,\" said Mayor Ruth Ade."},
		{"Police said 5,000 people protested on Monday in Paris.", "Police said 5,000 people protested on Monday in Paris."},
	}
	for _, tt := range tests {
		a, err := Extract(context.Background(), Input{Path: "p.txt", Data: []byte(tt.in)})
		if err != nil {
			t.Fatalf("%q: %v", tt.in, err)
		}
		if !strings.Contains(a.Text, tt.wantText) {
			t.Errorf("%q: text %q lacks %q", tt.in, a.Text, tt.wantText)
		}
	}
}
