package htmlpage

import (
	"strings"
	"testing"
)

// articlePage wraps body HTML in an article page with a title and an <h1>
// headline.
func articlePage(title, headline, body string) []byte {
	return []byte("<html><head><title>" + title + "</title></head><body><article>\n<h1>" + headline + "</h1>\n" + body + "</article></body></html>")
}

func TestShortPageKeepsItsParagraphs(t *testing.T) {
	para := func(i string) string {
		return "<p>Paragraph " + i + " of the brief says that officials met on Monday to discuss the budget in the capital.</p>\n"
	}
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"one paragraph", "<h1>Budget talks</h1>\n" + para("1"), []string{"Paragraph 1 of the brief"}},
		{"two paragraphs", "<h1>Budget talks</h1>\n" + para("1") + para("2"), []string{"Paragraph 1 of the brief", "Paragraph 2 of the brief"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Brief</title></head><body><article>\n" + tt.body + "</article></body></html>"
			res, err := Extract([]byte(page), "")
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(res.Text, "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("got %d lines %q, want %d", len(lines), res.Text, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("line %d = %q, want it to start with %q (the headline stays out)", i, lines[i], w)
				}
			}
		})
	}
}

func TestPageRun(t *testing.T) {
	page := []Line{{Text: "Menu"}, {Text: "Title"}, {Text: "Hidden", Hidden: true}, {Text: "First para."}, {Text: "Second."}}
	if got := pageRun("Title First para. Second.", page); len(got) != 3 || got[2].Text != "Second." {
		t.Errorf("pageRun = %+v, want the three visible lines", got)
	}
	if got := pageRun("Title First para", page); got != nil {
		t.Errorf("pageRun on a partial line = %+v, want nil", got)
	}
}

func TestWriterBioIsDropped(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 5; i++ {
		body.WriteString("<p>The council voted on Tuesday to approve the new budget for the city, after a long debate about spending on roads and schools.</p>\n")
	}
	body.WriteString("<p>Lucas Nolan is a reporter for Example Tech covering issues of free speech and online censorship.</p>\n")
	body.WriteString("<p>I am a full-time freelance writer in Asheville. I've written more than 900 published articles.</p>\n")
	res, err := Extract(articlePage("Budget", "Budget approved", body.String()), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "is a reporter for") || strings.Contains(res.Text, "freelance writer") {
		t.Errorf("a writer's bio stayed in the text:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, "The council voted") {
		t.Errorf("the article went: %q", res.Text)
	}
	for _, keep := range []string{"Jane Smith is a nurse in Ohio who writes poems.", "The mayor is a former reporter."} {
		if bioLine.MatchString(keep) {
			t.Errorf("bioLine matches %q, which is no bio", keep)
		}
	}
	news := "Evan Gershkovich is a reporter for The Wall Street Journal who was arrested in Yekaterinburg in March 2023 and sentenced to 16 years."
	page := articlePage("Budget", "Budget approved", strings.Repeat("<p>The council voted on Tuesday to approve the new budget for the city, after a long debate about spending.</p>\n", 5)+"<p>"+news+"</p>\n")
	if res, err := Extract(page, ""); err != nil || !strings.Contains(res.Text, "Gershkovich") {
		t.Errorf("news about a reporter went as a bio: %q %v", res.Text, err)
	}
	if !tailMarker.MatchString("Featured image: Getty Images") {
		t.Errorf("tailMarker misses \"Featured image: Getty Images\"")
	}
}

func TestPromotionAfterTheArticleIsDropped(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 5; i++ {
		body.WriteString("<p>The airline will join the alliance in March, three months later than planned, executives said on Monday.</p>\n")
	}
	body.WriteString("<p>Featured image by Jane Roe/The Example Guy.</p>\n<p>Sign-up Successful!</p>\n")
	body.WriteString("<p>Earn 80,000 bonus points after you spend $4,000 on purchases in the first 3 months from account opening.</p>\n")
	res, err := Extract(articlePage("Alliance", "Alliance date set", body.String()), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "80,000 bonus points") || strings.Contains(res.Text, "Featured image") {
		t.Errorf("the promotion after the article stayed:\n%s", res.Text)
	}
	if strings.Count(res.Text, "The airline will join") != 5 {
		t.Errorf("article lines went: %q", res.Text)
	}
}

func TestPageRunTriesFewStarts(t *testing.T) {
	var page []Line
	for i := 0; i < 20; i++ {
		page = append(page, Line{Text: "a"})
	}
	page = append(page, Line{Text: "a"}, Line{Text: "b"})
	// every "a" line starts a walk that fails on the next "a": after eight
	// such starts the search gives up rather than walk the page again
	if got := pageRun("a b", page); got != nil {
		t.Errorf("pageRun walked past its cap: %+v", got)
	}
}
