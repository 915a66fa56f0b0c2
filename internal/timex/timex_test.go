package timex

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// TestFindInSentences checks phrases in sentence context, where tense
// decides which weekday or month is meant.
func TestFindInSentences(t *testing.T) {
	tests := []struct {
		ref       string
		text      string
		phrase    string // Text of the date expected (first one when several)
		date      string
		until     string
		precision string
		future    bool
		vague     bool
	}{
		// From the brief (reference 2024-10-28 is a Monday).
		{"2024-10-28", "The Pentagon said Monday that troops had moved.", "Monday", "2024-10-28", "", Day, false, false},
		{"2024-10-28", "Troops may have arrived as early as last weekend, officials said.", "last weekend", "2024-10-26", "2024-10-27", Day, false, false},
		{"2024-11-01", "The first units arrived in June, according to the report.", "in June", "2024-06-01", "", Month, false, false},
		{"2024-11-01", "Soldiers were seen on October 25 near the border.", "on October 25", "2024-10-25", "", Day, false, false},
		{"2024-11-01", "Drills took place on October 27-28 in the region.", "on October 27-28", "2024-10-27", "2024-10-28", Day, false, false},
		{"2024-10-23", "He stated this during a session in the House of Commons on Tuesday.", "on Tuesday", "2024-10-22", "", Day, false, false},
		{"2024-11-01", "Zelensky said on October 25 that Russia would deploy soldiers on October 27-28.", "on October 27-28", "2024-10-27", "2024-10-28", Day, false, false},
		{"2024-10-23", "The Pentagon said Monday that North Korean troops will be deployed by Friday.", "Friday", "2024-10-25", "", Day, true, false},
		{"2024-10-23", "Zelensky, speaking on Tuesday, warned that troops could arrive Thursday.", "Thursday", "2024-10-24", "", Day, true, false},
		{"2024-10-23", "The report, released Thursday, found no evidence.", "Thursday", "2024-10-17", "", Day, false, false},
		{"2024-10-23", "He told reporters on Thursday that the vote would be held next Tuesday.", "next Tuesday", "2024-10-29", "", Day, true, false},
		{"2019-11-20", "Reports from 11/19/19 show that.", "11/19/19", "2019-11-19", "", Day, false, false},
		{"2024-10-23", "The strike happened Oct. 23 and 24.", "Oct. 23 and 24", "2024-10-23", "2024-10-24", Day, false, false},
		{"2024-10-23", "The trial opens Monday in The Hague.", "Monday", "2024-10-28", "", Day, true, false},
		// Bare years: before a past verb, after an event noun and "of", before data.
		{"2020-04-21", "FreedomWorks, which in 2009 organized a protest, drew crowds.", "in 2009", "2009-01-01", "", Year, false, false},
		{"2023-11-01", "It was the worst since the great storm of 1987, in which 22 people died.", "1987", "1987-01-01", "", Year, false, false},
		{"2020-05-15", "The institute says 2018 figures show that 36.9% of students binge.", "2018", "2018-01-01", "", Year, false, false},
		{"2020-05-15", "Under the 2018 figures, 36.9% of students binge.", "2018", "2018-01-01", "", Year, false, false},
		// Two months of one year make a span.
		{"2020-06-01", "In March and April, the bank approved more loans.", "In March and April", "2020-03-01", "2020-04-01", Month, false, false},
		{"2023-11-08", "The average from January to October 2023 exceeded the record.", "January to October 2023", "2023-01-01", "2023-10-01", Month, false, false},
		{"2020-06-01", "Talks ran in March and April 3 was the deadline.", "in March", "2020-03-01", "", Month, false, false},
		// Tense: future clauses look ahead.
		{"2024-10-23", "The ministers will meet on Tuesday in Brussels.", "on Tuesday", "2024-10-29", "", Day, true, false},
		{"2024-10-23", "Talks that began Monday will continue Friday.", "Monday", "2024-10-21", "", Day, false, false},
		{"2024-11-01", "The summit is scheduled for June in Rome.", "June", "2025-06-01", "", Month, true, false},
		{"2024-11-01", "They expect this to happen in the coming days.", "in the coming days", "2024-11-01", "", Day, true, true},
		{"2024-11-01", "The agency said it had recently received the data.", "recently", "2024-11-01", "", Day, false, true},
		// Explicit forms.
		{"2013-02-14", "Third-quarter profit rose 5 percent.", "Third-quarter", "2012-07-01", "2012-09-01", Month, false, false},
		{"2013-02-14", "Car sales grew in the '90s.", "in the '90s", "1990-01-01", "1999-01-01", Year, false, false},
		{"2013-02-14", "Fans will gather again the coming weekend.", "coming weekend", "2013-02-16", "2013-02-17", Day, true, false},
		{"2024-07-23", "The agency expects rain on Friday.", "on Friday", "2024-07-26", "", Day, true, false},
		{"2024-07-23", "Shares fell after the company forecast weaker sales on Monday.", "on Monday", "2024-07-22", "", Day, false, false},
		{"2013-02-13", "Later in the week, police said 5 people died.", "Later in the week", "2013-02-14", "2013-02-17", Day, true, false},
		{"2024-11-01", "Published 25 October 2024 by staff.", "25 October 2024", "2024-10-25", "", Day, false, false},
		{"2024-11-01", "Войска прибыли 25 октября 2024 года.", "25 октября 2024", "2024-10-25", "", Day, false, false},
		{"2024-11-01", "Las tropas llegaron el 25 de octubre de 2024.", "25 de octubre de 2024", "2024-10-25", "", Day, false, false},
		{"2024-11-01", "Posted 2024-10-31T08:00:00Z.", "2024-10-31", "2024-10-31", "", Day, false, false},
		{"2024-11-01", "01.11.2024 07:50", "01.11.2024", "2024-11-01", "", Day, false, false},
		{"2024-11-01", "HOME PAGE 01/11/2024 13:39", "01/11/2024", "2024-11-01", "", Day, false, false},
		{"2024-06-10", "Updated 06/10/2024 at noon.", "06/10/2024", "2024-06-10", "", Day, false, false},
		{"2024-11-01", "The vote was on Oct. 5 and again Sept 9.", "on Oct. 5", "2024-10-05", "", Day, false, false},
		{"2024-11-01", "Fighting has raged since mid-October.", "mid-October", "2024-10-01", "", Month, false, false},
		{"2024-11-01", "Prices have risen in 2024 more than in 1998.", "in 2024", "2024-01-01", "", Year, false, false},
		{"2024-11-01", "Memories of the 1990s return.", "the 1990s", "1990-01-01", "1999-01-01", Year, false, false},
		{"2024-11-01", "The meeting ran from October 30 to November 2.", "October 30 to November 2", "2024-10-30", "2024-11-02", Day, false, false},
		{"2024-11-01", "It happened on the 25th of October.", "on the 25th of October", "2024-10-25", "", Day, false, false},
		{"1998-03-05", "The vote is this coming Sunday, March eighth.", "this coming Sunday, March eighth", "1998-03-08", "", Day, true, false},
		{"1998-11-21", "It began Friday, Oct. 23, in Washington.", "Friday, Oct. 23", "1998-10-23", "", Day, false, false},
		{"2024-11-01", "Sat, 26 Oct 2024 10:00 GMT", "Sat, 26 Oct 2024", "2024-10-26", "", Day, false, false},
		{"2024-11-01", "Inflation was 5 percent in October, up from 4 percent half a year earlier.", "half a year earlier", "2024-05-01", "", Day, false, false},
		{"2023-11-08", "He said details would be made public after a meeting on Friday.", "on Friday", "2023-11-10", "", Day, true, false},
		{"2023-11-08", "The contract was made public on Friday.", "on Friday", "2023-11-03", "", Day, false, false},
		{"1989-10-26", "Net asset value was S$2.16 as at Aug 31 last year.", "Aug 31 last year", "1988-08-31", "", Day, false, false},
		{"1989-10-26", "Sales rose 9% in the first nine months of 1989.", "in the first nine months of 1989", "1989-01-01", "1989-09-01", Month, false, false},
		{"1989-10-26", "Profit fell from the year-ago quarter.", "the year-ago quarter", "1988-07-01", "1988-09-01", Month, false, false},
		{"1989-10-26", "It will be ready in the 1991 fiscal year.", "in the 1991", "1991-01-01", "", Year, true, false},
		// Relative words.
		{"2024-11-01", "He arrived yesterday.", "yesterday", "2024-10-31", "", Day, false, false},
		{"2024-11-01", "Officials spoke late yesterday.", "late yesterday", "2024-10-31", "", Day, false, false},
		{"2024-11-01", "The court rules tomorrow morning.", "tomorrow morning", "2024-11-02", "", Day, true, false},
		{"2024-11-01", "Today, the army said.", "Today", "2024-11-01", "", Day, false, false},
		{"2024-11-01", "Two days ago the town fell.", "Two days ago", "2024-10-30", "", Day, false, false},
		{"2024-11-01", "Some 11 days ago the town fell.", "11 days ago", "2024-10-21", "", Day, false, false},
		{"2024-11-01", "Shelling intensified last week.", "last week", "2024-10-21", "2024-10-27", Day, false, false},
		{"2024-11-01", "Elections are due next month.", "next month", "2024-12-01", "", Month, true, false},
		{"2024-11-01", "Earlier this month, the talks failed.", "Earlier this month", "2024-11-01", "", Month, false, false},
		{"2024-11-01", "Production fell this year and last year.", "this year", "2024-01-01", "", Year, false, false},
		{"2024-11-01", "Last Friday the bill passed.", "Last Friday", "2024-10-25", "", Day, false, false},
		{"2024-10-28", "Last Monday the bill passed.", "Last Monday", "2024-10-21", "", Day, false, false},
		{"2024-10-28", "They met over the weekend.", "the weekend", "2024-10-26", "2024-10-27", Day, false, false},
		{"2024-11-01", "Results are expected by the end of the month.", "the end of the month", "2024-11-30", "", Day, true, false},
		{"1999-11-30", "Sales rose on Thanksgiving Day.", "on Thanksgiving Day", "1999-11-25", "", Day, false, false},
		{"2020-08-16", "The peak year was 2006, when demand reached 50,270 megawatts.", "2006", "2006-01-01", "", Year, false, false},
		{"1998-10-26", "Voters go to the polls on Election Day.", "on Election Day", "1998-11-03", "", Day, true, false},
		{"2024-11-01", "They fled on Christmas Eve.", "on Christmas Eve", "2023-12-24", "", Day, false, false},
		{"2024-11-01", "Shops will close over Christmas.", "Christmas", "2024-12-25", "", Day, true, false},
		{"2019-06-15", "In this March 28, 2017, file photo, he smiles.", "In this March 28, 2017", "2017-03-28", "", Day, false, false},
		{"2024-11-01", "Fighting continued a week or so ago.", "a week or so ago", "2024-10-25", "", Day, false, true},
		{"2024-11-01", "He left the day before yesterday.", "the day before yesterday", "2024-10-30", "", Day, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ds := Find(tc.text, Context{Ref: day(tc.ref)})
			var got *Date
			for k := range ds {
				if ds[k].Text == tc.phrase {
					got = &ds[k]
					break
				}
			}
			if got == nil {
				t.Fatalf("Find(%q) = %v, want a date with text %q", tc.text, texts(ds), tc.phrase)
			}
			if tc.text[got.Start:got.End] != got.Text {
				t.Errorf("offsets %d:%d do not cut %q", got.Start, got.End, got.Text)
			}
			if fmtDate(got.Date) != tc.date || fmtDate(got.Until) != tc.until || got.Precision != tc.precision {
				t.Errorf("%q → %s..%s %s, want %s..%s %s", tc.phrase, fmtDate(got.Date), fmtDate(got.Until), got.Precision, tc.date, tc.until, tc.precision)
			}
			if got.Future != tc.future || got.Vague != tc.vague {
				t.Errorf("%q future=%v vague=%v, want %v %v", tc.phrase, got.Future, got.Vague, tc.future, tc.vague)
			}
		})
	}
}

func texts(ds []Date) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Text+"="+fmtDate(d.Date))
	}
	return out
}

// TestAnaphora checks that "the same day" and "two days later" follow the
// previous date, within a sentence and across sentences.
func TestAnaphora(t *testing.T) {
	ref := day("2024-11-01")
	ds := Find("The strike came on October 25 and the same day a second wave hit.", Context{Ref: ref})
	if len(ds) != 2 || fmtDate(ds[1].Date) != "2024-10-25" {
		t.Fatalf("same day: got %v", texts(ds))
	}
	prev := ds[0]
	ds = Find("Two days later, the bridge fell.", Context{Ref: ref, Previous: &prev})
	if len(ds) != 1 || fmtDate(ds[0].Date) != "2024-10-27" {
		t.Fatalf("two days later: got %v", texts(ds))
	}
	ds = Find("That day, nobody spoke.", Context{Ref: ref, Previous: &prev})
	if len(ds) != 1 || fmtDate(ds[0].Date) != "2024-10-25" {
		t.Fatalf("that day: got %v", texts(ds))
	}
	ds = Find("The following year, it was rebuilt.", Context{Ref: ref, Previous: &prev})
	if len(ds) != 1 || fmtDate(ds[0].Date) != "2025-01-01" || ds[0].Precision != Year {
		t.Fatalf("the following year: got %v", texts(ds))
	}
	old := Date{Date: day("1998-08-07"), Precision: Day}
	ds = Find("Later that month, talks resumed.", Context{Ref: ref, Previous: &old})
	if len(ds) != 1 || fmtDate(ds[0].Date) != "1998-08-01" || ds[0].Precision != Month || ds[0].Text != "Later that month" {
		t.Fatalf("later that month: got %v", texts(ds))
	}
	ds = Find("On the second day of the talks, both sides left.", Context{Ref: ref, Previous: &prev})
	if len(ds) != 1 || fmtDate(ds[0].Date) != "2024-10-25" {
		t.Fatalf("on the second day: got %v", texts(ds))
	}
	if ds = Find("The strike entered its eighth day.", Context{Ref: ref, Previous: &prev}); len(ds) != 0 {
		t.Fatalf("entered its eighth day: got %v, want no date (no day is named)", texts(ds))
	}
	for _, tc := range []struct{ text, want string }{
		{"On Oct. 31 sales rose; a year earlier they fell.", "2023-10-31"},
		{"Two months later the bridge reopened.", "2024-12-25"},
		{"It happened on the 30th.", "2024-10-30"},
	} {
		ds = Find(tc.text, Context{Ref: ref, Previous: &prev})
		if len(ds) == 0 || fmtDate(ds[len(ds)-1].Date) != tc.want {
			t.Errorf("Find(%q) = %v, want the last date %s", tc.text, texts(ds), tc.want)
		}
	}
	// a calendar day the rule does not compute is not the anchor day
	if ds = Find("On the first day of 2025, the law takes effect.", Context{Ref: ref, Previous: &prev}); len(ds) != 0 {
		t.Errorf("the first day of 2025: got %v, want no date (not the anchor)", texts(ds))
	}
	ds = Find("It happened on the 30th.", Context{Ref: day("2024-03-01")})
	if len(ds) != 1 || fmtDate(ds[0].Date) != "2024-01-30" {
		t.Errorf("the 30th before March 1: got %v, want 2024-01-30 (February has none)", texts(ds))
	}
	ds = Find("The next day the army withdrew.", Context{Ref: ref, Previous: &prev})
	if len(ds) != 1 || fmtDate(ds[0].Date) != "2024-10-26" {
		t.Fatalf("the next day: got %v", texts(ds))
	}
}

// TestNotDates lists text that must not produce a date.
func TestNotDates(t *testing.T) {
	ref := day("2024-11-01")
	for _, text := range []string{
		"He scored 10 points in the last quarter of the game.",
		"8,000 of them were deployed.",
		"She scored 1850, when it mattered.",
		"3 MIN READ",
		"He has 25 tanks and 1,200 men.",
		"This may be the last chance.",
		"May I ask a question?",
		"The march on the capital began.",
		"Troops will march to the border.",
		"The meeting starts at 10:30.",
		"It rose 3.5 percent.",
		"In 2000 cases the court agreed.",
		"In 2000 infected patients the drug failed.",
		"The crowd of 2000 gathered.",
		"We counted 2018 figures in the archive.",
		"Officials said 2000 results were rejected and 300 were delayed.",
		"Overall, 1900 results were rejected.",
		"Thieves took 2000 figures, and 1800 figures were later recovered.",
		"They left as soon as possible.",
		"Version 1.2.3 was released.",
		"Call 555-1234 now.",
		"The day of the attack was chaos.",
		"Jan Kowalski said nothing.",
		"Sun and rain expected.",
		"The past week was hard.",
		"The 5G network",
		"Prices are expected to fall.",
		"The H2 receptor and H1 antihistamines.",
		"He scored 20 points in the first half and 11 in the third quarter.",
		"It earned a total score of 2072 points.",
		"Officers stopped him at 2134 Caldwell Place.",
		"Where to find Christmas light displays.",
		"Soon-Shiong remains a shareholder.",
		"Hawaiian Word of the Day",
		"Officially, the start of winter is near.",
		"Er kam 3 Tage 2024 an.",
		"Remembering Bloody Sunday and Super Tuesday.",
		"They marked the 25th anniversary of the fall.",
		"He birdied the 18th.",
		"He pleaded the 5th.",
		"Henry the 8th, who ruled England, married six times.",
		"It was the first time in 10 days that the market rose.",
		"Eat less later in the day.",
		"He scored a third-quarter touchdown.",
		"The coming weeks will be hard.",
		"She spent the first six months of her term abroad.",
		"It rained in the last weeks of the campaign.",
		"Over the past two years, sales doubled.",
		"He scored in the 3rd quarter of the game.",
	} {
		if ds := Find(text, Context{Ref: ref}); len(ds) != 0 {
			t.Errorf("Find(%q) = %v, want no dates", text, texts(ds))
		}
	}
}

// TestResolve checks whole phrases without sentence context (the eval's
// setting): weekdays follow the news convention.
func TestResolve(t *testing.T) {
	tests := []struct {
		ref, phrase, date, until, precision string
	}{
		{"2024-10-28", "Monday", "2024-10-28", "", Day},         // same day
		{"2024-10-28", "Friday", "2024-10-25", "", Day},         // most recent
		{"2024-10-28", "Tuesday", "2024-10-29", "", Day},        // the day after the reference reads as tomorrow
		{"2024-07-23", "until Thursday", "2024-07-25", "", Day}, // the end of something under way
		{"2024-07-23", "through Thursday", "2024-07-25", "", Day},
		{"2024-07-23", "by Thursday", "2024-07-18", "", Day}, // "by" stays the most recent
		{"2024-10-28", "last weekend", "2024-10-26", "2024-10-27", Day},
		{"2020-09-01", "the first Saturday in May", "2020-05-02", "", Day},
		{"2020-09-01", "the second Tuesday of November", "2020-11-10", "", Day},
		{"2020-09-01", "the last Monday in May", "2020-05-25", "", Day},
		{"2020-09-01", "the first Monday of March 2019", "2019-03-04", "", Day},
		{"2024-11-01", "in June", "2024-06-01", "", Month},
		{"2024-11-01", "June", "2024-06-01", "", Month},
		{"2024-11-01", "1998", "1998-01-01", "", Year},
		{"2024-11-01", "in 1998", "1998-01-01", "", Year},
		{"2024-11-01", "last year", "2023-01-01", "", Year},
		{"2024-11-01", "yesterday", "2024-10-31", "", Day},
		{"2024-11-01", "tomorrow", "2024-11-02", "", Day},
		{"2024-11-01", "Oct. 5", "2024-10-05", "", Day},
		{"2024-11-01", "October 27-28", "2024-10-27", "2024-10-28", Day},
		{"2024-11-01", "Oct. 27–28, 2023", "2023-10-27", "2023-10-28", Day},
		{"2000-01-07", "Nov. 25", "1999-11-25", "", Day},       // nearest
		{"2000-01-07", "Jan. 14", "2000-01-14", "", Day},       // a week ahead beats a year back
		{"1999-05-05", "Oct. 23", "1998-10-23", "", Day},       // the past wins near the half year
		{"2024-02-10", "Feb. 4.", "2024-02-04", "", Day},       // trailing period
		{"2024-11-01", "around Nov. 1", "2024-11-01", "", Day}, // filler words around the date
		{"2024-11-01", "25 de octubre de 2024", "2024-10-25", "", Day},
		// Periods given alone (2013-02-14 is a Thursday).
		{"2013-02-14", "the '90s", "1990-01-01", "1999-01-01", Year},
		{"2013-02-14", "the mid-1990s", "1990-01-01", "1999-01-01", Year},
		{"2013-02-21", "last quarter", "2012-10-01", "2012-12-01", Month},
		{"2013-02-21", "this quarter", "2013-01-01", "2013-03-01", Month},
		{"2013-02-21", "the previous quarter", "2012-10-01", "2012-12-01", Month},
		{"2013-02-14", "in the ’20s", "1920-01-01", "1929-01-01", Year},
		{"2026-02-14", "the '20s", "2020-01-01", "2029-01-01", Year},
		{"2013-02-14", "the first quarter", "2013-01-01", "2013-03-01", Month},  // under way
		{"2013-02-14", "the fourth quarter", "2012-10-01", "2012-12-01", Month}, // the latest one
		{"2013-02-14", "first-half", "2013-01-01", "2013-06-01", Month},
		{"2013-02-14", "the coming weekend", "2013-02-16", "2013-02-17", Day},
		{"2013-02-14", "the past weekend", "2013-02-09", "2013-02-10", Day},
		{"2013-02-14", "earlier in the week", "2013-02-11", "2013-02-13", Day},
		{"2013-02-14", "later in the week", "2013-02-15", "2013-02-17", Day},
		{"2024-11-01", "25. Oktober 2024", "2024-10-25", "", Day},
		{"2024-11-01", "next week", "2024-11-04", "2024-11-10", Day},
		{"2024-11-01", "a year ago", "2023-11-01", "", Day},
		{"2024-11-01", "Sept 5", "2024-09-05", "", Day},
		{"2024-11-01", "mid-October", "2024-10-01", "", Month},
		{"2024-11-01", "the same day", "2024-11-01", "", Day}, // no previous date: the reference
		{"2024-11-01", "day before last Tuesday", "2024-10-28", "", Day},
		{"2024-11-01", "the eighth day", "2024-11-01", "", Day}, // a count of days up to the reported one
		{"1989-11-02", "the 25th", "1989-10-25", "", Day},       // the nearest 25th, the past preferred
		{"1989-11-02", "on the 5th", "1989-11-05", "", Day},
		{"1989-11-02", "the night before", "1989-11-01", "", Day},
		{"1989-11-02", "the week before", "1989-10-23", "1989-10-29", Day},
		{"1989-11-02", "Veterans' Day", "1989-11-11", "", Day},
		{"1989-11-02", "Mother's Day", "1989-05-14", "", Day},
		{"1989-11-02", "St. Patrick's Day", "1990-03-17", "", Day},
		{"1989-11-02", "dec. 31", "1989-12-31", "", Day}, // lower case, given as a date phrase
		{"1989-11-02", "Tues.", "1989-10-31", "", Day},
		{"1989-11-02", "earlier in the day", "1989-11-02", "", Day},
		{"1989-11-02", "a fortnight ago", "1989-10-19", "", Day},
		{"1989-11-02", "24 hours ago", "1989-11-01", "", Day},
		{"1989-11-02", "in two days", "1989-11-04", "", Day},
		{"1989-11-02", "weekend", "1989-10-28", "1989-10-29", Day},
		{"2024-11-01", "this weekend", "2024-11-02", "2024-11-03", Day}, // on a Friday: the coming one
		{"2024-10-28", "this weekend", "2024-10-26", "2024-10-27", Day}, // on a Monday: the one just past
		{"2016-06-28", "this weekend", "2016-07-02", "2016-07-03", Day}, // on a Tuesday: the one of the week under way
		{"2012-10-31", "six months ago", "2012-04-30", "", Day},         // not May 1
		{"2020-02-29", "a year from today", "2021-02-28", "", Day},
		{"2021-04-03", "Easter Monday 2021", "2021-04-05", "", Day},
		{"2000-11-30", "Remembrance Sunday", "2000-11-12", "", Day},
		{"2014-07-03", "the winter of 2007-08", "2007-12-01", "2008-02-01", Month},
		{"2024-11-01", "the weekend", "2024-10-26", "2024-10-27", Day},
		{"2024-11-01", "a decade ago", "2014-01-01", "", Year},
		{"2024-11-01", "two decades ago", "2004-01-01", "", Year},
		{"2024-11-01", "fiscal 2024", "2024-01-01", "", Year},
		{"2024-11-01", "a week from today", "2024-11-08", "", Day},
		{"1998-03-04", "this Friday", "1998-03-06", "", Day}, // a Wednesday: the week's Friday, ahead
		{"1998-03-04", "this Monday", "1998-03-02", "", Day}, // and its Monday, back
		{"1998-03-04", "this Sunday", "1998-03-08", "", Day}, // the week ends on Sunday
		{"1998-03-04", "Independence Day", "1998-07-04", "", Day},
		{"1998-03-04", "Presidents' Day", "1998-02-16", "", Day},
		{"1998-03-04", "Martin Luther King Jr. Day", "1998-01-19", "", Day},
		{"1998-03-04", "MLK Day", "1998-01-19", "", Day},
		{"1998-03-04", "last Independence Day", "1997-07-04", "", Day},
		{"1998-03-04", "Juneteenth", "1998-06-19", "", Day},
		{"1998-03-04", "Anzac Day", "1998-04-25", "", Day},
		{"1998-03-04", "Labour Day", "1997-09-01", "", Day},
		{"2024-11-01", "this time last year", "2023-11-01", "", Day},
		{"2024-11-01", "end-October", "2024-10-31", "", Day},
		{"2024-11-01", "from Monday to Wednesday", "2024-10-28", "2024-10-30", Day},
		{"2024-11-01", "between Oct. 27 and Nov. 1", "2024-10-27", "2024-11-01", Day},
		{"2024-11-01", "Monday through Friday", "2024-10-28", "2024-11-01", Day},
		{"2024-11-01", "from Friday to Monday", "2024-11-01", "2024-11-04", Day},
		{"2024-11-01", "between 2019 and 2022", "2019-01-01", "2022-01-01", Year},
		{"2024-11-01", "from June to August", "2024-06-01", "2024-08-01", Month},
		{"2024-11-01", "from 2024 to 2019", "2024-01-01", "", Year},                         // backwards: not a range
		{"2024-11-01", "moved the meeting from Monday to Wednesday", "2024-10-28", "", Day}, // a change, not a span
		{"2024-11-01", "3rd day", "2024-11-01", "", Day},
		{"2024-11-01", "earlier this week", "2024-10-28", "2024-11-01", Day},
		{"2024-11-01", "later this week", "2024-11-02", "2024-11-03", Day},
		{"2024-11-01", "the summer of 2023", "2023-06-01", "2023-08-01", Month},
		{"2024-11-01", "last summer", "2024-06-01", "2024-08-01", Month},
		{"2024-11-01", "in the fall", "2024-09-01", "2024-11-01", Month},
		{"2024-11-01", "Q3 2024", "2024-07-01", "2024-09-01", Month},
		{"2024-11-01", "the first half of 2024", "2024-01-01", "2024-06-01", Month},
		{"2024-11-01", "the third quarter of 2024", "2024-07-01", "2024-09-01", Month},
		{"2024-11-01", "the second half of the year", "2024-07-01", "2024-12-01", Month},
		{"2024-11-01", "Q3", "2024-07-01", "2024-09-01", Month},
		{"2024-11-01", "October of 2006", "2006-10-01", "", Month},
		{"2024-11-01", "le 3 mars 2024", "2024-03-03", "", Day},
		{"2024-11-01", "the end of last year", "2023-12-31", "", Day},
		{"2024-11-01", "the end of the week", "2024-11-03", "", Day},
		{"2024-11-01", "the beginning of next month", "2024-12-01", "", Month},
		{"2024-11-01", "early last year", "2023-01-01", "", Year},
		{"2024-11-01", "Black Friday", "2024-11-29", "", Day},
		{"2019-11-20", "Cyber Monday", "2019-12-02", "", Day},
		// Months and days in a year named from the reference.
		{"1989-10-26", "December of last year", "1988-12-01", "", Month},
		{"1989-10-26", "March this year", "1989-03-01", "", Month},
		{"1989-10-26", "June of next year", "1990-06-01", "", Month},
		{"1989-10-26", "Dec. 5 last year", "1988-12-05", "", Day},
		{"1989-10-26", "5 December last year", "1988-12-05", "", Day},
		// Weeks of a month.
		{"1989-10-26", "the last week of September", "1989-09-24", "1989-09-30", Day},
		{"1989-10-26", "the first week of October", "1989-10-01", "1989-10-07", Day},
		{"1989-10-26", "the final week of February 1988", "1988-02-23", "1988-02-29", Day},
		// Spans that end on the reference day (a whole phrase only).
		{"1989-10-26", "the past three months", "1989-07-26", "1989-10-26", Day},
		{"1989-10-26", "the past year", "1988-10-26", "1989-10-26", Day},
		{"1989-10-26", "the last two weeks", "1989-10-12", "1989-10-26", Day},
		{"1989-10-26", "the last 24 hours", "1989-10-25", "1989-10-26", Day},
		{"1989-10-26", "the last week", "1989-10-16", "1989-10-22", Day}, // the calendar week before
		// Years of accounts and the current period.
		{"1989-10-26", "fiscal year 1990", "1990-01-01", "", Year},
		{"1989-10-26", "the 1990 fiscal year", "1990-01-01", "", Year},
		{"1989-10-26", "the year 2000", "2000-01-01", "", Year},
		{"1989-10-26", "the current year", "1989-01-01", "", Year},
		{"1989-10-26", "the current fiscal year", "1989-01-01", "", Year},
		{"1989-10-26", "the current month", "1989-10-01", "", Month},
		{"1989-10-26", "last fiscal year", "1988-01-01", "", Year},
		// Quarters, halves and the first months of a year.
		{"1989-10-26", "3rd quarter", "1989-07-01", "1989-09-01", Month},
		{"1989-10-26", "1988's fourth quarter", "1988-10-01", "1988-12-01", Month},
		{"1989-10-26", "1989's first half", "1989-01-01", "1989-06-01", Month},
		{"1989-10-26", "fiscal 1988's second quarter", "1988-01-01", "", Year},
		{"1989-10-26", "the second quarter of fiscal 1990", "1990-01-01", "", Year},
		{"1989-10-26", "the year-ago quarter", "1988-07-01", "1988-09-01", Month},
		{"1990-01-20", "the year-earlier quarter", "1988-10-01", "1988-12-01", Month},
		{"1989-10-26", "the year-earlier period", "1988-01-01", "", Year},
		{"1989-10-26", "the first nine months", "1989-01-01", "1989-09-01", Month},
		{"1989-05-26", "the first nine months", "1988-01-01", "1988-09-01", Month},
		{"1989-10-26", "the first six months of 1988", "1988-01-01", "1988-06-01", Month},
		{"1989-10-26", "the first 10 months of the year", "1989-01-01", "1989-10-01", Month},
		{"1989-10-26", "the 1988 third quarter", "1988-07-01", "1988-09-01", Month},
		{"1989-10-26", "half a year ago", "1989-04-26", "", Day},
		{"1989-10-26", "this past fiscal year", "1988-01-01", "", Year},
		{"1989-10-02", "earlier in the month", "1989-10-01", "", Day}, // one day left
		{"2024-10-31", "earlier this month", "2024-10-01", "2024-10-30", Day},
		{"2024-10-31", "Earlier this year", "2024-01-01", "2024-10-30", Day},
		{"2024-10-02", "earlier this month", "2024-10-01", "", Day},   // one day left
		{"2024-10-01", "earlier this month", "2024-10-01", "", Month}, // none left: the month
		{"1989-10-26", "the end of the second quarter of fiscal 1990", "1990-01-01", "", Year},
		{"1989-10-26", "half a month ago", "1989-10-11", "", Day},
		{"1989-10-26", "half a decade ago", "1984-01-01", "", Year},
		{"2019-11-05", "the September quarter", "2019-07-01", "2019-09-01", Month},
		{"2019-11-05", "the December quarter", "2019-10-01", "2019-12-01", Month}, // under way
		{"2019-11-05", "the June quarter of 2018", "2018-04-01", "2018-06-01", Month},
		{"2019-11-05", "the 21st century", "2000-01-01", "2099-01-01", Year},
		{"2019-11-05", "the twentieth century", "1900-01-01", "1999-01-01", Year},
		{"1989-10-26", "the end of the third quarter", "1989-09-30", "", Day},
		{"1989-10-26", "the end of the third quarter of 1988", "1988-09-30", "", Day},
		{"1989-10-26", "the beginning of the second half", "1989-07-01", "", Day},
		{"1989-10-26", "the end of the decade", "1989-01-01", "", Year},
		{"1989-10-26", "the '90s", "1990-01-01", "1999-01-01", Year}, // begins next year
		{"2013-02-14", "the '20s", "1920-01-01", "1929-01-01", Year},
		{"1989-10-26", "earlier in the year", "1989-01-01", "1989-10-25", Day},
		{"1989-10-26", "later in the month", "1989-10-27", "1989-10-31", Day},
	}
	for _, tc := range tests {
		d, ok := Resolve(tc.phrase, day(tc.ref))
		if !ok {
			t.Errorf("Resolve(%q) failed, want %s", tc.phrase, tc.date)
			continue
		}
		if fmtDate(d.Date) != tc.date || fmtDate(d.Until) != tc.until || d.Precision != tc.precision {
			t.Errorf("Resolve(%q, %s) = %s..%s %s, want %s..%s %s", tc.phrase, tc.ref, fmtDate(d.Date), fmtDate(d.Until), d.Precision, tc.date, tc.until, tc.precision)
		}
		if d.Text != tc.phrase || d.Start != 0 || d.End != len(tc.phrase) {
			t.Errorf("Resolve(%q) text/offsets = %q %d:%d", tc.phrase, d.Text, d.Start, d.End)
		}
	}
	for _, p := range []string{"", "25", "then", "10 days", "8,000", "3 MIN READ", "may be", "the current years", "the past years", "the May quarter", "the 40th century", "the past 1000 decades"} {
		if d, ok := Resolve(p, day("2024-11-01")); ok {
			t.Errorf("Resolve(%q) = %s, want no date", p, fmtDate(d.Date))
		}
	}
}

func TestHolidays(t *testing.T) {
	for y, want := range map[int]string{2024: "2024-03-31", 2025: "2025-04-20", 2000: "2000-04-23"} {
		if got := fmtDate(easter(y)); got != want {
			t.Errorf("easter(%d) = %s, want %s", y, got, want)
		}
	}
	if got := fmtDate(nthWeekday(11, time.Thursday, 4)(2024)); got != "2024-11-28" {
		t.Errorf("Thanksgiving 2024 = %s", got)
	}
	if got := fmtDate(nthWeekday(5, time.Monday, -1)(2024)); got != "2024-05-27" {
		t.Errorf("Memorial Day 2024 = %s", got)
	}
}

func TestRobustness(t *testing.T) {
	ref := day("2024-11-01")
	long := strings.Repeat("On October 25 and 2024-10-31, 8,000 troops moved; ", 2000)
	if ds := Find(long, Context{Ref: ref}); len(ds) < 4000 {
		t.Errorf("long text: %d dates, want >= 4000", len(ds))
	}
	for _, s := range []string{
		strings.Repeat("9", 100000),
		"October 99999999999999999999",
		"in 9999", "the 99990s", "0000-00-00", "31.02.2024", "2024-13-45",
		"Октябрь 25, 2024 и 25 октября 2024", "10月25日", "٢٥ أكتوبر ٢٠٢٤",
		"Monday, \xff\xfe October", "the day before the day before the day before",
		strings.Repeat("day before ", 3000), strings.Repeat("1 abc 2000 ", 3000),
	} {
		Find(s, Context{Ref: ref})
		Resolve(s, ref)
	}
	if ds := Find("31.02.2024 and 2024-13-45", Context{Ref: ref}); len(ds) != 0 {
		t.Errorf("impossible dates: %v", texts(ds))
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The Pentagon said Monday that 8,000 troops arrived on October 27-28.",
		"01.11.2024 07:50", "in the coming days", "the same day", "25 de octubre de 2024",
		"day before last Tuesday", "Friday, Oct. 23", "mid-2024", "the 1990s", "a week or so ago",
		"vom 3. bis 5. Dezember", "après-demain", "el fin de semana pasado", "pasado mañana", "du 3 au 5 décembre",
		"l'année 2016", "los años noventa", "die 90er Jahre", "am Mittwoch, den 25. Dezember 2019", "au premier trimestre 2019", "l’été dernier",
	} {
		f.Add(s)
	}
	ref := day("2024-11-01")
	recoverPanics = false
	f.Fuzz(func(t *testing.T, s string) {
		prev := Date{Date: day("2024-10-25"), Precision: Day}
		for _, lang := range []string{"", "de", "fr", "es"} {
			for _, d := range Find(s, Context{Ref: ref, Previous: &prev, Lang: lang}) {
				if d.Start < 0 || d.End > len(s) || d.Start >= d.End || s[d.Start:d.End] != d.Text {
					t.Fatalf("bad offsets %d:%d for %q in %q (%s)", d.Start, d.End, d.Text, s, lang)
				}
				if d.Date.IsZero() || (d.Precision != Day && d.Precision != Month && d.Precision != Year) {
					t.Fatalf("bad date %+v", d)
				}
			}
		}
	})
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Monday", "October 27-28", "1992", "Oct. 5", "yesterday", "the weekend", "vorgestern", "25"} {
		f.Add(s, int64(1730419200))
	}
	recoverPanics = false
	f.Fuzz(func(t *testing.T, s string, sec int64) {
		ref := time.Unix(sec%(1<<34), 0).UTC()
		if d, ok := Resolve(s, ref); ok {
			if d.Date.IsZero() || d.Text != s {
				t.Fatalf("Resolve(%q) = %+v", s, d)
			}
		}
		prev := &Date{Date: date(ref.Year(), int(ref.Month()), 1), Precision: Day}
		if d, ok := ResolveIn(s, Context{Ref: ref, Previous: prev}); ok {
			if d.Date.IsZero() || d.Text != s {
				t.Fatalf("ResolveIn(%q) = %+v", s, d)
			}
		}
	})
}

// TestResolveInBareAnaphora checks phrases that only name a date through the
// one before them, and that without it they name none.
func TestResolveInBareAnaphora(t *testing.T) {
	ref := day("1999-02-10")
	prev := &Date{Date: day("1999-04-24"), Precision: Day}
	tests := []struct {
		phrase string
		prev   *Date
		want   string // "" for no date
	}{
		{"then", prev, "1999-04-24"},
		{"day", prev, "1999-04-24"},
		{"25", prev, "1999-04-25"},
		{"25th", prev, "1999-04-25"},
		{"31", prev, ""}, // April has 30 days
		{"then", nil, ""},
		{"25", nil, ""},
		{"then", &Date{Date: day("1999-04-01"), Precision: Month}, ""},
		// a year earlier than yesterday is a year before the report
		{"a year earlier", &Date{Date: day("1999-02-09"), Precision: Day, deictic: true}, "1998-02-10"},
		{"a year earlier", &Date{Date: day("1999-02-09"), Precision: Day}, "1998-02-09"}, // an explicit Feb. 9 stays the anchor
		{"the eighth day", prev, "1999-04-24"},
		{"earlier in the day", prev, "1999-04-24"},
		{"a year earlier", prev, "1998-04-24"},
	}
	for _, tc := range tests {
		d, ok := ResolveIn(tc.phrase, Context{Ref: ref, Previous: tc.prev})
		got := ""
		if ok {
			got = fmtDate(d.Date)
		}
		if got != tc.want {
			t.Errorf("ResolveIn(%q, prev %v) = %q, want %q", tc.phrase, tc.prev, got, tc.want)
		}
	}
}

// TestGerman: German dates resolve when the context says the text is
// German, and the same words mean nothing in English text.
func TestGerman(t *testing.T) {
	ref := time.Date(2020, 12, 10, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ phrase, date, end, precision string }{
		{"im November", "2020-11-01", "", Month},
		{"am 3. Dezember", "2020-12-03", "", Day},
		{"am 9. November 2021", "2021-11-09", "", Day},
		{"am Montag", "2020-12-07", "", Day},
		{"gestern", "2020-12-09", "", Day},
		{"morgen", "2020-12-11", "", Day},
		{"vergangene Woche", "2020-11-30", "2020-12-06", Day},
		{"nächste Woche", "2020-12-14", "2020-12-20", Day},
		{"seit Januar", "2020-01-01", "", Month},
		{"Ende Juni", "2020-06-01", "", Month},
		{"im Jahr 2019", "2019-01-01", "", Year},
		{"am Wochenende", "2020-12-05", "2020-12-06", Day},
		{"im April des letzten Jahres", "2019-04-01", "", Month},
		{"letzten Jahres", "2019-01-01", "", Year}, // a genitive, not the plural "Jahre"
		{"in den 1990er-Jahren", "1990-01-01", "1999-01-01", Year},
		{"die 90er Jahre", "1990-01-01", "1999-01-01", Year},
		{"im ersten Quartal 2022", "2022-01-01", "2022-03-01", Month},
		{"am Mittwoch, den 25. Dezember 2019", "2019-12-25", "", Day},
	} {
		d, ok := ResolveIn(c.phrase, Context{Ref: ref, Lang: "de"})
		if !ok || d.Date.Format("2006-01-02") != c.date || d.Precision != c.precision || c.end != "" && d.Until.Format("2006-01-02") != c.end {
			t.Errorf("ResolveIn(%q, de) = %v %v %q (ok %v), want %s %s %s", c.phrase, d.Date, d.Until, d.Precision, ok, c.date, c.end, c.precision)
		}
	}
	if ds := Find("Ich bin am Montag da.", Context{Ref: ref}); len(ds) != 0 {
		t.Errorf("German words read in English text: %+v", ds)
	}
	// English "since" puts a bare month in the past
	if d, ok := Resolve("since January", ref); !ok || d.Date.Format("2006-01-02") != "2020-01-01" {
		t.Errorf("since January = %v (ok %v), want 2020-01-01", d.Date, ok)
	}
}

// TestFrenchSpanish: French and Spanish dates resolve when the context
// says so; a postposed "last" reads before its noun.
func TestFrenchSpanish(t *testing.T) {
	ref := time.Date(2020, 12, 10, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, phrase, date, precision string }{
		{"fr", "hier", "2020-12-09", Day},
		{"fr", "le 3 décembre", "2020-12-03", Day},
		{"fr", "lundi dernier", "2020-12-07", Day},
		{"fr", "la semaine dernière", "2020-11-30", Day},
		{"fr", "l'an dernier", "2019-01-01", Year},
		{"fr", "fin juin", "2020-06-01", Month},
		{"fr", "depuis janvier", "2020-01-01", Month},
		{"es", "ayer", "2020-12-09", Day},
		{"es", "el 3 de diciembre", "2020-12-03", Day},
		{"es", "el lunes pasado", "2020-12-07", Day},
		{"es", "el 9 de noviembre de 2021", "2021-11-09", Day},
		{"es", "a finales de junio", "2020-06-01", Month},
		{"es", "mañana", "2020-12-11", Day},
		{"es", "desde enero", "2020-01-01", Month},
		// "il y a", "hace": ago; "esta mañana", "esta madrugada": this morning
		{"fr", "il y a trois jours", "2020-12-07", Day},
		{"fr", "il y a deux ans", "2018-12-10", Day},
		{"es", "hace tres días", "2020-12-07", Day},
		{"es", "hace 2 semanas", "2020-11-26", Day},
		{"es", "esta mañana", "2020-12-10", Day},
		{"es", "esta madrugada", "2020-12-10", Day},
		{"es", "anoche", "2020-12-09", Day},
		// seasons; "1er", "1º"; the day written first
		{"fr", "l'été 2020", "2020-06-01", Month},
		{"fr", "l’été dernier", "2020-06-01", Month},
		{"fr", "cet été", "2020-06-01", Month},
		{"fr", "au printemps 2021", "2021-03-01", Month},
		{"fr", "l'hiver dernier", "2019-12-01", Month},
		{"es", "el verano de 2020", "2020-06-01", Month},
		{"es", "la primavera de 2021", "2021-03-01", Month},
		{"fr", "le 1er mai", "2021-05-01", Day},
		{"es", "el 1º de mayo", "2021-05-01", Day},
		{"fr", "le 12/03/2020", "2020-03-12", Day},
		{"es", "12/03/2020", "2020-03-12", Day},
		// decades, quarters, "l'année", "durante", "dentro de", "dans"
		{"fr", "dans les années 1990", "1990-01-01", Year},
		{"es", "en los años noventa", "1990-01-01", Year},
		{"es", "los años 90", "1990-01-01", Year},
		{"fr", "au premier trimestre 2019", "2019-01-01", Month},
		{"es", "en el segundo trimestre de 2016", "2016-04-01", Month},
		{"fr", "l'année 2016", "2016-01-01", Year},
		{"es", "durante 2009", "2009-01-01", Year},
		{"es", "dentro de cinco días", "2020-12-15", Day},
		{"fr", "dans cinq jours", "2020-12-15", Day},
		{"fr", "depuis la fin de l'année 2019", "2019-01-01", Year},
		{"es", "hace diez años", "2010-12-10", Day}, // "hace diez años 40 mineros": no 1940s
	} {
		d, ok := ResolveIn(c.phrase, Context{Ref: ref, Lang: c.lang})
		if !ok || d.Date.Format("2006-01-02") != c.date || d.Precision != c.precision {
			t.Errorf("ResolveIn(%q, %s) = %v %q (ok %v), want %s %s", c.phrase, c.lang, d.Date, d.Precision, ok, c.date, c.precision)
		}
	}
}

// TestFrenchBeenIsNoSummer: "été" is the summer only after "l'", "cet" or
// "en", or before a year, "dernier" or "prochain"; elsewhere it is the
// participle of "être".
func TestFrenchBeenIsNoSummer(t *testing.T) {
	ref := time.Date(2020, 12, 10, 12, 0, 0, 0, time.UTC)
	for _, text := range []string{"Il a été blessé par balle.", "Deux manifestants ont été arrêtés.", "Il a été dernier de la course.", "La meilleure année a été 2020."} {
		if ds := Find(text, Context{Ref: ref, Lang: "fr"}); len(ds) != 0 {
			t.Errorf("Find(%q) = %+v, want no date", text, ds)
		}
	}
}

// TestTenseInSentences: "plan to" and "will" put a weekday, a weekend or
// "in N days" ahead; an -ed word after a determiner is an adjective.
func TestTenseInSentences(t *testing.T) {
	for _, c := range []struct{ ref, text, want string }{
		{"1999-02-25", "Striking nurses plan to return to work on Sunday.", "1999-02-28"},
		{"2020-12-02", "Officials plan to reopen the bridge to traffic on Monday, the department said.", "2020-12-07"},
		{"2013-07-12", "Shareholders will vote on the proposed merger at a special meeting Monday.", "2013-07-15"},
		{"2003-03-11", "Demonstrators plan to rally outside parliament over the weekend.", "2003-03-15"},
		{"2025-05-05", "The spacecraft will reach the asteroid in four days.", "2025-05-09"},
		{"2013-07-12", "The board approved the planned merger Monday.", "2013-07-08"},
	} {
		ds := Find(c.text, Context{Ref: day(c.ref)})
		if len(ds) != 1 || ds[0].Date.Format("2006-01-02") != c.want {
			t.Errorf("Find(%q) on %s = %+v, want %s", c.text, c.ref, ds, c.want)
		}
	}
	// a count of days in a sentence without "will" stays no date
	for _, text := range []string{"It was the first time in 10 days.", "We will see in a couple of days."} {
		if ds := Find(text, Context{Ref: day("2025-05-05")}); len(ds) != 0 {
			t.Errorf("Find(%q) = %+v, want no date", text, ds)
		}
	}
}

// TestRomanceOrdinalsInEnglish: "1er" and "20º" are ordinals in French
// and Spanish only.
func TestRomanceOrdinalsInEnglish(t *testing.T) {
	ref := time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC)
	if ds := Find("It was a 20º May afternoon.", Context{Ref: ref}); len(ds) != 0 {
		t.Errorf("English 20º May read as a date: %+v", ds)
	}
	if d, ok := ResolveIn("el 20º de mayo", Context{Ref: ref, Lang: "es"}); !ok || d.Date.Format("2006-01-02") != "2024-05-20" {
		t.Errorf("el 20º de mayo = %+v (ok %v)", d, ok)
	}
}

// TestDecadeNeedsArticle: "años 40" after a count of years is a count of
// miners, not the 1940s.
func TestDecadeNeedsArticle(t *testing.T) {
	ref := time.Date(2020, 12, 10, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"es", "Hace diez años 40 mineros murieron."},
		{"es", "En los últimos años 40 países firmaron el acuerdo."},
		{"fr", "Ces dernières années 30 usines ont fermé."},
	} {
		for _, d := range Find(c.text, Context{Ref: ref, Lang: c.lang}) {
			if d.Date.Year() < 2000 {
				t.Errorf("Find(%q) = %+v: a decade read from a count", c.text, d)
			}
		}
	}
}

// TestRomanceSpans: French and Spanish spans of years and months.
func TestRomanceSpans(t *testing.T) {
	ref := time.Date(2022, 5, 6, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, from, until string }{
		{"fr", "Entre 1998 et 2004, 350 000 emplois ont été créés.", "1998-01-01", "2004-01-01"},
		{"es", "entre 1998 y 2004", "1998-01-01", "2004-01-01"},
		{"fr", "de 1998 à 2004", "1998-01-01", "2004-01-01"},
		{"es", "desde 2010 hasta 2015", "2010-01-01", "2015-01-01"},
		{"fr", "entre mars et avril", "2022-03-01", "2022-04-01"},
		{"de", "zwischen 1998 und 2004", "1998-01-01", "2004-01-01"},
		{"de", "von 2010 bis 2015", "2010-01-01", "2015-01-01"},
	} {
		ds := Find(c.text, Context{Ref: ref, Lang: c.lang})
		if len(ds) != 1 || ds[0].Date.Format("2006-01-02") != c.from || ds[0].Until.Format("2006-01-02") != c.until {
			t.Errorf("Find(%q, %s) = %+v, want %s until %s", c.text, c.lang, ds, c.from, c.until)
		}
	}
}

// TestGermanDays: a weekday joined to a part of the day, and "vor"
// with a number of units as "ago".
func TestGermanDays(t *testing.T) {
	ref := time.Date(2024, 10, 31, 12, 0, 0, 0, time.UTC) // a Thursday
	for phrase, want := range map[string]string{"am Montagabend": "2024-10-28", "Dienstagmorgen": "2024-10-29", "vor zwei Jahren": "2022-10-31", "vor drei Tagen": "2024-10-28"} {
		if d, ok := ResolveIn(phrase, Context{Ref: ref, Lang: "de"}); !ok || d.Date.Format("2006-01-02") != want {
			t.Errorf("ResolveIn(%q, de) = %v (ok %v), want %s", phrase, d.Date, ok, want)
		}
	}
	// a Spanish "a" before a month is "to", not the English article
	if ds := Find("aumentó un 17 por ciento con respecto a febrero", Context{Ref: ref, Lang: "es"}); len(ds) != 1 || ds[0].Date.Month() != time.February || ds[0].Text != "a febrero" && ds[0].Text != "febrero" {
		t.Errorf("con respecto a febrero = %+v, want February", ds)
	}
	// a year before the verb of its clause; a year before a noun is a count
	for text, want := range map[string]int{"Im Jahr 2019 wurden 300 Fälle gemeldet.": 2019, "2018 gab es 500 Fälle.": 2018, "In 2000 Fällen half die Polizei.": 0,
		"Merkel ist seit 2005 Bundeskanzlerin.": 2005, "Seit 2019 müssen Arbeitgeber 15 Prozent zuschießen.": 2019, "In 1900 gemeldeten Fällen starben 20 Menschen.": 0, "2000 neue Stellen entstehen.": 0} {
		ds := Find(text, Context{Ref: ref, Lang: "de"})
		if want == 0 && len(ds) != 0 || want != 0 && (len(ds) != 1 || ds[0].Date.Year() != want) {
			t.Errorf("Find(%q, de) = %+v, want %d", text, ds, want)
		}
	}
	if ds := Find("En 2019 murieron 300 personas.", Context{Ref: ref, Lang: "es"}); len(ds) != 1 || ds[0].Date.Year() != 2019 {
		t.Errorf("En 2019 murieron = %+v, want 2019", ds)
	}
	// English keeps its check on "May" and "March" read as verbs
	if ds := Find("She stayed loyal to May despite the vote.", Context{Ref: ref, Lang: "en"}); len(ds) != 0 {
		t.Errorf("loyal to May = %+v, want no date", ds)
	}
	// "bis" before a year with no date before it stays "until"
	if ds := Find("Das Projekt läuft bis 2025", Context{Ref: ref, Lang: "de"}); len(ds) != 1 || ds[0].Date.Year() != 2025 {
		t.Errorf("bis 2025 = %+v, want 2025", ds)
	}
	for _, text := range []string{"vor 200 Zuschauern", "bis zu 500 Menschen"} {
		if ds := Find(text, Context{Ref: ref, Lang: "de"}); len(ds) != 0 {
			t.Errorf("Find(%q, de) = %+v, want no date", text, ds)
		}
	}
}

// TestFrenchThatDay: "ce soir-là" is that evening, the day named before,
// and "il y a" before anything but a span of time is "there is".
func TestFrenchThatDay(t *testing.T) {
	ref := time.Date(2023, 11, 2, 12, 0, 0, 0, time.UTC)
	prev := Date{Date: time.Date(2018, 12, 10, 0, 0, 0, 0, time.UTC), Precision: Day}
	if d, ok := ResolveIn("ce soir-là", Context{Ref: ref, Lang: "fr", Previous: &prev}); !ok || d.Date.Format("2006-01-02") != "2018-12-10" {
		t.Errorf("ce soir-là after 2018-12-10 = %v (ok %v)", d.Date, ok)
	}
	if ds := Find("Il y a deux jours de congé par an.", Context{Ref: ref, Lang: "fr"}); len(ds) != 0 {
		t.Errorf("il y a deux jours de congé read as a date: %+v", ds)
	}
	if ds := Find("Il y a 75 000 abonnés.", Context{Ref: ref, Lang: "fr"}); len(ds) != 0 {
		t.Errorf("il y a before a count read as a date: %+v", ds)
	}
}

// TestForeignJoinedWords: relative words written as several tokens in
// French and Spanish, the one-word German ones, a period start after
// "since" in each language, and the words for morning that are not
// tomorrow.
func TestForeignJoinedWords(t *testing.T) {
	ref := time.Date(2020, 12, 10, 12, 0, 0, 0, time.UTC) // a Thursday
	for _, c := range []struct{ lang, phrase, date, end string }{
		{"fr", "après-demain", "2020-12-12", ""},
		{"fr", "avant-hier", "2020-12-08", ""},
		{"fr", "ce week-end", "2020-12-12", "2020-12-13"},
		{"fr", "le week-end dernier", "2020-12-05", "2020-12-06"},
		{"es", "pasado mañana", "2020-12-12", ""},
		{"es", "anteayer", "2020-12-08", ""},
		{"es", "antes de ayer", "2020-12-08", ""},
		{"es", "este fin de semana", "2020-12-12", "2020-12-13"},
		{"es", "el fin de semana pasado", "2020-12-05", "2020-12-06"},
		{"es", "el fin de semana", "2020-12-05", "2020-12-06"},
		{"es", "la semana que viene", "2020-12-14", "2020-12-20"},
		{"de", "übermorgen", "2020-12-12", ""},
		{"de", "vorgestern", "2020-12-08", ""},
	} {
		d, ok := ResolveIn(c.phrase, Context{Ref: ref, Lang: c.lang})
		if !ok || d.Date.Format("2006-01-02") != c.date || d.Precision != Day || c.end != "" && d.Until.Format("2006-01-02") != c.end {
			t.Errorf("ResolveIn(%q, %s) = %v until %v %q (ok %v), want %s %s", c.phrase, c.lang, d.Date, d.Until, d.Precision, ok, c.date, c.end)
		}
	}
	// in June, a bare October is the coming one, but not after "since"
	june := time.Date(2020, 6, 10, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, phrase string }{
		{"", "since late October"}, {"de", "seit Ende Oktober"}, {"fr", "depuis fin octobre"}, {"es", "desde finales de octubre"},
	} {
		d, ok := ResolveIn(c.phrase, Context{Ref: june, Lang: c.lang})
		if !ok || d.Date.Format("2006-01") != "2019-10" {
			t.Errorf("ResolveIn(%q, %q) = %v (ok %v), want October 2019", c.phrase, c.lang, d.Date, ok)
		}
	}
	// "am Morgen" and "por la mañana" are the morning, not tomorrow
	for _, c := range []struct{ lang, text string }{{"de", "Am Morgen kamen die Helfer."}, {"es", "Llegaron por la mañana."}} {
		for _, d := range Find(c.text, Context{Ref: ref, Lang: c.lang}) {
			if d.Date.Format("2006-01-02") == "2020-12-11" {
				t.Errorf("Find(%q, %s) read tomorrow: %+v", c.text, c.lang, d)
			}
		}
	}
	// day ranges: "vom 3. bis 5. Dezember", "du 3 au 5 décembre", "del 3 al 5 de diciembre"
	for _, c := range []struct{ lang, phrase string }{
		{"de", "vom 3. bis 5. Dezember"}, {"de", "3.-5. Dezember"}, {"fr", "du 3 au 5 décembre"}, {"es", "del 3 al 5 de diciembre"},
	} {
		d, ok := ResolveIn(c.phrase, Context{Ref: ref, Lang: c.lang})
		if !ok || d.Date.Format("2006-01-02") != "2020-12-03" || d.Until.Format("2006-01-02") != "2020-12-05" {
			t.Errorf("ResolveIn(%q, %s) = %v until %v (ok %v), want 3-5 December", c.phrase, c.lang, d.Date, d.Until, ok)
		}
	}
	// the German day ordinal: "am 3. Dezember 2021" keeps its year
	if ds := Find("Es geschah am 3. Dezember 2021 in Berlin.", Context{Ref: ref, Lang: "de"}); len(ds) != 1 || ds[0].Date.Format("2006-01-02") != "2021-12-03" {
		t.Errorf("German ordinal day: %+v", ds)
	}
}

func TestLastDay(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		d    Date
		want string
	}{
		{Date{Date: day("2024-10-25"), Precision: Day}, "2024-10-25"},
		{Date{Date: day("2024-10-27"), Until: day("2024-10-28"), Precision: Day}, "2024-10-28"},
		{Date{Date: day("2024-02-01"), Precision: Month}, "2024-02-29"},
		{Date{Date: day("2024-07-01"), Until: day("2024-09-01"), Precision: Month}, "2024-09-30"},
		{Date{Date: day("1990-01-01"), Until: day("1999-01-01"), Precision: Year}, "1999-12-31"},
	}
	for _, tt := range tests {
		if got := tt.d.LastDay().Format("2006-01-02"); got != tt.want {
			t.Errorf("LastDay(%+v) = %s, want %s", tt.d, got, tt.want)
		}
	}
}

// TestThisWeekendTense: from a Tuesday on, "this weekend" is the one of the
// week under way, unless the clause is in the past tense.
func TestThisWeekendTense(t *testing.T) {
	ref := day("2016-06-29") // a Wednesday
	for _, c := range []struct{ text, want string }{
		{"The festival opens this weekend.", "2016-07-02"},
		{"Thousands marched this weekend, police said.", "2016-06-25"},
	} {
		ds := Find(c.text, Context{Ref: ref})
		if len(ds) != 1 || ds[0].Date.Format("2006-01-02") != c.want {
			t.Errorf("Find(%q) = %+v, want %s", c.text, ds, c.want)
		}
	}
}
