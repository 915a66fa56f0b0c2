package htmlpage

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestFurniture(t *testing.T) {
	drop := []string{
		"Advertisement", "ADVERTISEMENT", "Continue reading below", "Read more: Alibaba poised to launch record listing",
		"Related: From Big Bang to Present", "You may also like...", "Sign up for our newsletter",
		"Thanks for signing up!", "Share this article", "Copyright 2019 Hawaii News Now. All rights reserved.",
		"© Reuters", "Tempo de leitura: 2 minutos", "Photo: Getty Images", "(Reporting by Jane Doe; Editing by John Roe)",
		"Keith Bradsher contributed reporting from Hong Kong.", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
		"Most read in world news", "You must log in to post a comment.", "Filed under: Politics", "___",
		"Updated at 1:23 p.m.", "[Related: Salesforce keynote]", "Leggi anche: la recensione",
		"Join the 20,000+ readers who’ve subscribed so far.",
		"Pick Six Newsletter", "Get the day's top stories in our free newsletter", "This article has been sent to",
		"A family walks past the ruins. (Getty Images)",
		"DON'T MISS", "DON'T MISSPlague warning: CDC names diseases [WARNING]", "Copyright 2019 Hawaii News Now.",
		"There was an error processing your subscription.",
		"All rights of the publication are reserved by UrduPoint.com. Reproduction without proper consent is not allowed.",
		"We want to hear what you think about this article.", "Give us feedback in our Product Forums.",
		"This post contains references to products from one or more of our advertisers.", "We recommend the best products through an independent review process.",
		"Never miss the latest news by signing up to our newsletter", "Do you want to be informed of DiEM25's actions?",
		"Get The Times of Israel's Daily Edition by email",
	}
	keep := []string{
		"More than 600,000 Israelis live in settlements in east Jerusalem and the West Bank.",
		"Moreover, some of that money has been spent on payments to farmers hit by tariffs.",
		"The company said it would share more details with investors next week.",
		"She declined to comment on the report.",
		"Related companies were also fined by the regulator on Tuesday.",
		"Readers can subscribe to the paper for $5 a month, the publisher said in a statement to staff.",
		"The photo: a man standing on the roof of a flooded house, waving at a helicopter.",
		"In a newsletter to investors, the fund said profits rose 5%.",
		"Signing up for the program took weeks, residents said.",
		"The bill has been sent to the Senate.",
		"Getty Images said it would cut 100 jobs.",
		"Don't miss the deadline, officials warned on Monday.",
		"There was an error in the vote count, officials said.",
		"Copyright lawsuits have doubled since 2015.",
		"We want to hear from voters before the bill passes, the senator said.",
		"Never miss a chance to vote, the mayor told the crowd.",
		"Get the vaccine, officials urged on Monday.",
		"Join 300 people who marched on Sunday, organisers urged.",
	}
	for _, s := range drop {
		if !furniture.MatchString(s) {
			t.Errorf("furniture misses %q", s)
		}
	}
	for _, s := range keep {
		if furniture.MatchString(s) {
			t.Errorf("furniture drops article text %q", s)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"5:45 AM PST 11/19/2019 by Patrick Shanley", true},
		{"UPDATED: Tue., Nov. 19, 2019", true},
		{"sexta-feira, 22 de outubro de 2010 às 20:13", true},
		{"NOVEMBER 20, 2019 10:43", true},
		{"By Jane Doe", true},
		{"11/19/2019", true},
		{"The vote is set for November 20, 2019.", false},
		{"In 2019 the company doubled its sales.", false},
		{"10 p.m.", false},
		{"By the numbers: what the budget means for you and your family", false},
	}
	for _, tt := range tests {
		if got := dateLine(tt.line); got != tt.want {
			t.Errorf("dateLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestFilterLines(t *testing.T) {
	lines := []Line{
		{Text: "Storm floods the harbour", Tag: atom.H1},
		{Text: "Hundreds leave their homes as the water rises", Tag: atom.H2},
		{Text: "A powerful storm flooded the old harbour on Monday night, forcing hundreds of residents to leave their homes.", Tag: atom.P},
		{Text: "Advertisement", Tag: atom.P},
		{Text: "The council said 300 people had spent the night in shelters and that nobody had been hurt in the flooding.", Tag: atom.P},
		{Text: "Ferry service suspended for a week", Tag: atom.P},
		{Text: "City plans new sea wall", Tag: atom.P},
		{Text: "Mayor visits the shelters", Tag: atom.P},
	}
	page := newPageIndex([]Line{
		{Text: "Ferry service suspended for a week", LinkChars: 30},
		{Text: "City plans new sea wall", LinkChars: 19},
		{Text: "Mayor visits the shelters", LinkChars: 22},
	})
	kept, removed := filterLines(lines, []string{"Storm floods the harbour - Example Times", "Storm floods the harbour"},
		"Hundreds leave their homes as the water rises", page)
	var got []string
	for _, l := range kept {
		got = append(got, l.Text)
	}
	want := []string{lines[2].Text, lines[4].Text}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("kept %q,\nwant %q", got, want)
	}
	if len(removed) != len(lines)-2 {
		t.Errorf("removed %d lines, want %d", len(removed), len(lines)-2)
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Storm floods the harbour - Example Times", "Example Times", "Storm floods the harbour"},
		{"Storm floods the harbour | BBC News", "", "Storm floods the harbour"},
		{"Left - right: a short guide to politics", "", "Left - right: a short guide to politics"},
		{"Plain title", "", "Plain title"},
	}
	for _, tt := range tests {
		if got := stripSiteSuffix(tt.title, tt.site); got != tt.want {
			t.Errorf("stripSiteSuffix(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		prec string
	}{
		{"2024-10-28T16:40:00+01:00", "2024-10-28T16:40:00+01:00", "minute"},
		{"2024-10-28T16:40:00.000Z", "2024-10-28T16:40:00Z", "minute"},
		{"2024-10-28T16:40", "2024-10-28T16:40:00Z", "minute"},
		{"2024-10-28", "2024-10-28T00:00:00Z", "day"},
		{"2024-10-28T00:00:00Z", "2024-10-28T00:00:00Z", "day"},
		{"Mon, 28 Oct 2024 16:40:00 +0000", "2024-10-28T16:40:00Z", "minute"},
	}
	for _, tt := range tests {
		got, prec, ok := parseDate(tt.in)
		if !ok || got.Format(time.RFC3339) != tt.want || prec != tt.prec {
			t.Errorf("parseDate(%q) = %s %q %v, want %s %q", tt.in, got.Format(time.RFC3339), prec, ok, tt.want, tt.prec)
		}
	}
	for _, bad := range []string{"", "yesterday", "1066-10-14", "28/10"} {
		if _, _, ok := parseDate(bad); ok {
			t.Errorf("parseDate(%q) accepted", bad)
		}
	}
}

func TestPublishedSources(t *testing.T) {
	body := "<body><article><p>" + strings.Repeat("A sentence of the article about the storm that flooded the harbour. ", 6) + "</p></article></body>"
	tests := []struct {
		name, head, source, prec string
	}{
		{"json-ld beats meta", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-01-02T10:00:00Z"}]}</script><meta property="article:published_time" content="2024-01-03T10:00:00Z">`, "json-ld datePublished", "minute"},
		{"meta", `<meta property="article:published_time" content="2024-01-03">`, "meta article:published_time", "day"},
		{"time element", ``, "<time datetime>", "minute"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Storm</title>" + tt.head + "</head>" + strings.Replace(body, "<article>", `<article><time datetime="2024-01-04T08:30:00Z">4 Jan</time>`, 1) + "</html>"
			r, err := Extract([]byte(page), "")
			if err != nil {
				t.Fatal(err)
			}
			if r.PublishedSource != tt.source || r.PublishedPrecision != tt.prec {
				t.Errorf("published %v from %q (%s), want from %q (%s)", r.Published, r.PublishedSource, r.PublishedPrecision, tt.source, tt.prec)
			}
		})
	}
}

// TestPublishedLocalDay: a UTC publication time takes the page's local
// clock when another date on the page writes the same moment in local
// time, so that the day is the one readers saw.
func TestPublishedLocalDay(t *testing.T) {
	body := "<body><article><p>" + strings.Repeat("A sentence of the article about the storm that flooded the harbour. ", 6) + "</p></article></body>"
	for _, c := range []struct{ name, head, want string }{
		{"wall clock in a time element", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T01:09:55Z"}</script><meta name="x" content="y">`, "2023-11-08"},
		{"offset in a meta tag", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T03:28:35Z"}</script><meta property="og:published_time" content="2023-11-08T22:28:35-05:00">`, "2023-11-08"},
		{"another moment stays apart", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T03:28:35Z"}</script><meta property="og:published_time" content="2023-11-08T21:00:00-05:00">`, "2023-11-09"},
		{"another UTC time is no wall clock", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T03:28:35Z"}</script><meta property="og:published_time" content="2023-11-08T22:28:35Z">`, "2023-11-09"},
		{"no other date", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T03:28:35Z"}</script>`, "2023-11-09"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := body
			if c.name == "wall clock in a time element" {
				art = strings.Replace(body, "<article>", `<article><time datetime="2023-11-08 18:09:55">Nov 8</time>`, 1)
			}
			r, err := Extract([]byte("<html><head><title>Storm</title>"+c.head+"</head>"+art+"</html>"), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Published.Format("2006-01-02"); got != c.want {
				t.Errorf("published %v, want the day %s", r.Published, c.want)
			}
		})
	}
}

func TestExtractNoArticle(t *testing.T) {
	for _, page := range []string{
		"", "<html></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
		"<html><body><p>404 Not Found</p></body></html>",
	} {
		if _, err := Extract([]byte(page), ""); err == nil {
			t.Errorf("Extract(%q) gave no error", page)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("<html><head><title>T - S</title><meta property='og:site_name' content='S'></head><body><article><p>" +
		strings.Repeat("Some text of an article. ", 20) + "</p><p>Advertisement</p></article></body></html>")
	f.Add("<table><tr><td><figure><figcaption>x</figcaption></figure>")
	f.Add(`<script type="application/ld+json">[[[[{"datePublished":5}]]]]</script>`)
	f.Fuzz(func(t *testing.T, page string) {
		r, err := Extract([]byte(page), "https://example.com/a")
		if err == nil && r.Text == "" {
			t.Fatal("no error and no text")
		}
	})
}

func TestOpinionTags(t *testing.T) {
	body := "<body><article><p>" + strings.Repeat("The city should build the bridge now, and here is why that matters to everyone. ", 5) + "</p></article></body>"
	tests := []struct{ head, want string }{
		{`<meta property="article:section" content="Opinion">`, "meta article:section: Opinion"},
		{`<script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"x"}</script>`, "json-ld @type: OpinionNewsArticle"},
		{`<meta property="article:section" content="World">`, ""},
	}
	for _, tt := range tests {
		r, err := Extract([]byte("<html><head>"+tt.head+"</head>"+body+"</html>"), "")
		if err != nil {
			t.Fatal(err)
		}
		if r.Opinion != tt.want {
			t.Errorf("%s: Opinion = %q, want %q", tt.head, r.Opinion, tt.want)
		}
	}
}

func TestRelatedLabel(t *testing.T) {
	for _, s := range []string{"More Great WIRED Stories", "Related Articles", "Most popular news", "You might also like", "Latest headlines", "Recent Stories", "Related Topics"} {
		if !relatedLabel(s) {
			t.Errorf("relatedLabel(%q) = false", s)
		}
	}
	for _, s := range []string{"More than 600 people were evacuated.", "The latest figures from the ministry show a fall in cases across the country", "Extra points", "Top 10 finishers"} {
		if relatedLabel(s) {
			t.Errorf("relatedLabel(%q) = true", s)
		}
	}
}

func TestStripOutletName(t *testing.T) {
	tests := []struct {
		title string
		names []string
		want  string
	}{
		{"Nadal keeps Spain alive in Davis Cup - Sportsnet.ca", []string{"Sportsnet.ca"}, "Nadal keeps Spain alive in Davis Cup"},
		{"Spiced Honey Pear Jam Recipe | The Anti-June Cleaver", []string{"The Anti-June Cleaver"}, "Spiced Honey Pear Jam Recipe"},
		{"LinkNaija | Nigeria's popular news platform: Actress Is Looking Stunning", []string{"LinkNaija"}, "Actress Is Looking Stunning"},
		{"NASA adds five companies to lunar program - SpaceNews.com", []string{"SpaceNews", "spacenews.com"}, "NASA adds five companies to lunar program"},
		{"Left - right: a short guide to politics", []string{"Example Times"}, "Left - right: a short guide to politics"},
		{"Opinion | Republicans Are Following Trump to Nowhere", []string{"NYTimes", "nytimes.com"}, "Opinion | Republicans Are Following Trump to Nowhere"},
		{"Storm floods the harbour", nil, "Storm floods the harbour"},
	}
	for _, tt := range tests {
		if got := stripOutletName(tt.title, tt.names...); got != tt.want {
			t.Errorf("stripOutletName(%q, %q) = %q, want %q", tt.title, tt.names, got, tt.want)
		}
	}
}

func TestRestoreEmbeds(t *testing.T) {
	p := strings.Repeat("An ordinary paragraph of the article that says something. ", 3)
	page := `<html><body><aside><blockquote class="twitter-tweet"><p>Sidebar tweet that is not part of the story at all, really.</p></blockquote></aside>
<article><p>First ` + p + `</p><div class="embed-wrapper"><blockquote class="twitter-tweet"><p>The quoted tweet that the article is about, with a link.</p>— Someone (@someone) November 18, 2019</blockquote></div>
<p>Second ` + p + `</p><p>Third ` + p + `</p></article></body></html>`
	doc, err := parseForTest(page)
	if err != nil {
		t.Fatal(err)
	}
	all := nodeLines(doc)
	var kept []Line
	for _, l := range all {
		if strings.HasPrefix(l.Text, "First") || strings.HasPrefix(l.Text, "Second") || strings.HasPrefix(l.Text, "Third") {
			kept = append(kept, l)
		}
	}
	got := restoreEmbeds(kept, all, newPageIndex(all))
	want := []string{"First", "The quoted tweet", "— Someone (@someone)", "Second", "Third"}
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.HasPrefix(got[i].Text, want[i])
	}
	if !ok {
		var texts []string
		for _, l := range got {
			texts = append(texts, l.Text)
		}
		t.Errorf("restoreEmbeds = %q,\nwant lines starting %q", texts, want)
	}
}

func parseForTest(page string) (*html.Node, error) {
	return html.Parse(strings.NewReader(page))
}

func TestRubyReadingsDropped(t *testing.T) {
	para := `<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたいたり<ruby>蹴<rt>け</rt></ruby>ったりする<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>することになりました。</p>`
	page := `<html lang="ja"><head><title>体罰を禁止する法律</title></head><body><article>` + strings.Repeat(para, 4) + `</article></body></html>`
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "子どもへの虐待をなくすための法律ができて") || strings.Contains(r.Text, "子こ") || strings.Contains(r.Text, "ぎゃくたい") {
		t.Errorf("text keeps ruby readings or lost the base text: %q", r.Text)
	}
}

func TestCommentThreadsDropped(t *testing.T) {
	p := strings.Repeat("The appeals court ruled that the retailer is liable for products sold by others on its site. ", 3)
	// The thread sits inside the article's own content block, where the
	// main-text extractor keeps it.
	page := `<html><head><title>Court rules against retailer</title></head><body><article><div class="entry-content"><p>First ` + p + `</p><p>Second ` + p + `</p><p>Third ` + p + `</p>
<ol class="commentlist"><li id="comment-18684"><p>Nail them to the wall, this retailer is bad for the country and the taxpayer and everyone knows it by now.</p></li>
<li id="comment-18685"><p>Remember the tire recalls a decade ago; anyone in the chain of distribution became liable even if they never saw one.</p></li></ol></div></article></body></html>`
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "Third The appeals court") || strings.Contains(r.Text, "Nail them") {
		t.Errorf("text = %q; want the article without the reader's comment", r.Text)
	}
	vis, err := VisibleText([]byte(page))
	if err != nil || !strings.Contains(vis, "Nail them") || !strings.HasPrefix(vis, "Court rules against retailer") {
		t.Errorf("VisibleText = %q, %v; want the whole page, comment and title included", vis, err)
	}
}

func TestDropCommentThreads(t *testing.T) {
	page := `<html><body><main><p>Story text stays.</p>
<div id="comments"><p>A comments block goes.</p></div>
<ol class="commentlist"><li id="comment-12"><p>A listed comment goes.</p></li></ol>
<li id="comment-99"><p>A lone comment goes.</p></li>
<div class="comment-content"><p>Comment content goes.</p></div>
<div id="disqus_thread"><p>A comment service goes.</p></div>
<p id="comment-box-intro">An id that is not a comment number stays.</p>
<div class="no-comments-yet"><p>A class that only mentions comments stays.</p></div></main></body></html>`
	doc, err := parseForTest(page)
	if err != nil {
		t.Fatal(err)
	}
	dropCommentThreads(doc)
	var got []string
	for _, l := range nodeLines(doc) {
		got = append(got, l.Text)
	}
	want := []string{"Story text stays.", "An id that is not a comment number stays.", "A class that only mentions comments stays."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines after dropCommentThreads = %q, want %q", got, want)
	}
}

// A page-wide class list that names a feature with "caption" in it does
// not make the whole page a picture caption.
func TestBodyClassIsNoCaption(t *testing.T) {
	p := strings.Repeat("The Chozo discovered that the cosmos was enjoying a great age of peace and prosperity. ", 3)
	page := `<html><head><title>The story of Metroid</title></head><body class="kotaku permalink f_video_upload_captions_on"><article><div class="post-content">
<p>First ` + p + `</p><figure><img src="a.jpg"><figcaption>Artist: 3ihard</figcaption></figure><p>Second ` + p + `</p><p>A short line between the long ones [M1 / MP]</p><p>Third ` + p + `</p></div></article></body></html>`
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "A short line between") || !strings.Contains(r.Text, "Third The Chozo") || strings.Contains(r.Text, "Artist: 3ihard") {
		t.Errorf("text = %q; want every paragraph and no picture credit", r.Text)
	}
	vis, err := VisibleText([]byte(page))
	if err != nil || !strings.Contains(vis, "A short line between") {
		t.Errorf("VisibleText = %q, %v; want the paragraphs", vis, err)
	}
}

func TestDropRepeatedRun(t *testing.T) {
	para := func(s string) string {
		return s + " is a paragraph long enough to read as a sentence of the article body."
	}
	a, b, c, d := para("One"), para("Two"), para("Three"), para("Four")
	short := "3. Wegner, Rebecca 1993 SSV Ulm 13,21 sec."
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a body printed twice", []string{a, b, c, d, a, b, c}, []string{a, b, c, d}},
		{"two repeated paragraphs stay", []string{a, b, c, a, b}, []string{a, b, c, a, b}},
		{"short repeated lines stay", []string{short, short + "x", short + "y", short, short + "x", short + "y"}, []string{short, short + "x", short + "y", short, short + "x", short + "y"}},
		{"a repeat after the copy ends", []string{a, b, c, a, b, c, d}, []string{a, b, c, d}},
	}
	for _, tt := range tests {
		var lines []Line
		for _, s := range tt.in {
			lines = append(lines, Line{Text: s})
		}
		kept, removed := dropRepeatedRun(lines, nil)
		var got []string
		for _, l := range kept {
			got = append(got, l.Text)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: kept %q, want %q", tt.name, got, tt.want)
		}
		if len(removed)+len(kept) != len(tt.in) {
			t.Errorf("%s: %d kept + %d removed, want %d lines", tt.name, len(kept), len(removed), len(tt.in))
		}
	}
}

func TestExtractPrintsARepeatedBodyOnce(t *testing.T) {
	var body strings.Builder
	for _, w := range []string{"first", "second", "third", "fourth"} {
		body.WriteString("<p>The " + w + " paragraph of the report says that the council met on Tuesday and voted on the plan.</p>")
	}
	page := "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>" + body.String() + body.String() + "</article></body></html>"
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(r.Text, "The first paragraph"); n != 1 {
		t.Errorf("the first paragraph is in the text %d times, want once:\n%s", n, r.Text)
	}
}

// TestNoscriptArticle checks a page that serves its article inside a
// <noscript> (the parser keeps it as raw text): the article comes out as
// text without its tags, and a small noscript (a tracking pixel, a
// JavaScript notice) gives nothing.
func TestNoscriptArticle(t *testing.T) {
	para := "Over the past few years we have seen threats on the web becoming increasingly sophisticated, and phishing sites rotate domains very quickly to avoid being blocked. "
	page := `<html><head><title>Enhanced protection arrives</title></head><body>
<noscript><img alt='' height='1' src='https://ad.example.net/pixel?ord=1' width='1'/></noscript>
<noscript><p>Please enable JavaScript to use this site.</p></noscript>
<div id="app"></div>
<noscript><article><h1>Enhanced protection arrives</h1><span class="byline-author">Posted by the security team</span>` +
		strings.Repeat("<p>"+para+"</p>", 8) + `</article></noscript></body></html>`
	res, err := Extract([]byte(page), "https://blog.example.org/2020/05/protection.html")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "<") || strings.Contains(res.Text, "height=") || strings.Contains(res.Text, "enable JavaScript") {
		t.Errorf("text holds markup or the notice: %q", res.Text)
	}
	if !strings.Contains(res.Text, "phishing sites rotate domains") {
		t.Errorf("text lacks the article: %q", res.Text)
	}
}

func TestOpenNoscriptDropsSmallOnes(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div><noscript><p>Please enable JavaScript.</p></noscript><p>Story.</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	openNoscript(doc)
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if got := b.String(); got != "Story." {
		t.Errorf("text after openNoscript = %q, want only the story", got)
	}
}

// TestMinifiedParagraphs checks that paragraphs with no whitespace between
// their tags do not run together when the extractor falls back to the
// page's text (a short page).
func TestMinifiedParagraphs(t *testing.T) {
	page := `<html><head><title>Probe story</title></head><body><article><p>Sales rose 12 percent in March.</p><p>Officials in the region have spoken about the matter for years, and the debate is likely to go on for many more months, residents said.</p></article></body></html>`
	res, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "March.Officials") || !strings.Contains(res.Text, "residents said") {
		t.Errorf("text = %q, want the paragraphs apart", res.Text)
	}
}
