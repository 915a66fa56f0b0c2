package plaintext

import (
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in       string
		dayFirst bool
		want     string // RFC 3339 or "" for none
		minute   bool
	}{
		{"01.11.2024 07:50", true, "2024-11-01T07:50:00Z", true},
		{"Published: 28 October 2024", true, "2024-10-28T00:00:00Z", false},
		{"» Updated: 28 October 2024, 16:40", true, "2024-10-28T16:40:00Z", true},
		{"date 2024-10-31 Deployment imminent", true, "2024-10-31T00:00:00Z", false},
		{"October 23rd 2024.", true, "2024-10-23T00:00:00Z", false},
		{"Nov. 19, 2019 8:03 am ET", true, "2019-11-19T13:03:00Z", true},
		{"June 3, 2019 4:15 p.m. EDT", true, "2019-06-03T20:15:00Z", true},
		{"2019-11-19T08:03:00+02:00", true, "2019-11-19T06:03:00Z", true},
		{"Posted 11/19/2019", true, "2019-11-19T00:00:00Z", false},
		{"01/02/2019", true, "2019-02-01T00:00:00Z", false},
		{"01/02/2019", false, "2019-01-02T00:00:00Z", false},
		{"19. November 2019, 10:12 Uhr", true, "2019-11-19T10:12:00Z", true},
		{"12 de março de 2019", true, "2019-03-12T00:00:00Z", false},
		{"28 Ekim 2024 Pazartesi 16:40", true, "2024-10-28T16:40:00Z", true},
		{"PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", true, "2019-11-19T10:48:00Z", true},
		{"November 19, 2019 / 12:21 AM / Updated 14 hours ago", true, "2019-11-19T00:21:00Z", true},
		{"Updated 5:27 am CST, Wednesday, November 20, 2019", true, "2019-11-20T11:27:00Z", true},
		{"21:17 18.11.2019 Get short URL", true, "2019-11-18T21:17:00Z", true},
		{"Nov 20 2019, 10:18am ist", true, "2019-11-20T04:48:00Z", true},
		{"2. januar 2020", true, "2020-01-02T00:00:00Z", false},
		{"МК в регионах 13 января 2020", true, "2020-01-13T00:00:00Z", false},
		{"31 stycznia 2020, 10:00", true, "2020-01-31T10:00:00Z", true},
		{"Dilluns, Març 23, 2020", true, "2020-03-23T00:00:00Z", false},
		{"30 February 2024", true, "", false},
		{"Call 555-1234 now", true, "", false},
		{"3 MIN READ", true, "", false},
		{"The 2024 season ended", true, "", false},
		{"Version 1.2.3 released", true, "", false},
	}
	for _, tc := range tests {
		h, ok := findDateIn(tc.in, tc.dayFirst)
		got := ""
		if ok {
			got = h.t.UTC().Format(time.RFC3339)
		}
		if got != tc.want || (ok && h.minute != tc.minute) {
			t.Errorf("findDate(%q) = %q minute=%v, want %q minute=%v", tc.in, got, h.minute, tc.want, tc.minute)
		}
	}
}

// TestFindDateKeepsLocalDay: a clock with a zone keeps the writer's day;
// in UTC an evening story in America would move to the next day.
func TestFindDateKeepsLocalDay(t *testing.T) {
	for in, want := range map[string]string{
		"Nov. 19, 2019 11:03 pm ET":      "2019-11-19",
		"2019-11-19T22:30:00-05:00":      "2019-11-19",
		"2019-11-20T00:30:00+02:00":      "2019-11-20",
		"June 3, 2019 10:15 p.m. EDT":    "2019-06-03",
		"19. November 2019, 23:12 Uhr":   "2019-11-19",
		"Nov 20 2019, 02:18am ist":       "2019-11-20",
		"Published: 28 October 2024":     "2024-10-28",
		"2024-10-28T23:59:00Z and later": "2024-10-28",
	} {
		h, ok := findDateIn(in, true)
		if !ok || h.t.Format("2006-01-02") != want {
			t.Errorf("findDate(%q) day = %s (ok %v), want %s", in, h.t.Format("2006-01-02"), ok, want)
		}
	}
}

func TestURLDate(t *testing.T) {
	for in, want := range map[string]string{
		"https://detroit.cbslocal.com/2019/11/19/michigan-officials/":   "2019-11-19",
		"https://example.com/news/2024-10-28-story":                     "2024-10-28",
		"https://example.com/articles/is-football-violence-11574121884": "",
	} {
		d, ok := urlDate(in)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("urlDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripSiteSuffix(t *testing.T) {
	for in, want := range map[string]string{
		"New York State Attorney General reportedly investigating WeWork – TechCrunch":      "New York State Attorney General reportedly investigating WeWork",
		"Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay - WSJ": "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay",
		"Short - but not a site suffix at all here because the tail is long and wordy":      "Short - but not a site suffix at all here because the tail is long and wordy",
	} {
		if got := stripSiteSuffix(in); got != want {
			t.Errorf("stripSiteSuffix(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Tite diz que errou ao levar taça da Libertadores a Lula em 2012 - 21/12/2018 - Esporte": "Tite diz que errou ao levar taça da Libertadores a Lula em 2012",
		"Brexit deal voted down - what happens next":                                             "Brexit deal voted down - what happens next",
		"Who won the vote - Politics":                                                            "Who won the vote",
		"Why? - Explained!":                                                                      "Why? - Explained!",
	} {
		if got := stripSectionSuffix(in); got != want {
			t.Errorf("stripSectionSuffix(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOutletFromURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.wsj.com/articles/x": "wsj.com",
		"http://m.example.co.uk/a":       "example.co.uk",
		"":                               "",
		"::not a url":                    "",
	} {
		if got := outletFromURL(in); got != want {
			t.Errorf("outletFromURL(%q) = %q, want %q", in, got, want)
		}
	}
}
