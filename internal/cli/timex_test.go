package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestTimexCommandJSON(t *testing.T) {
	in := "reference_time\tphrase\n" +
		"2024-10-28T12:00:00\tlast weekend\n" +
		"2024-11-01\tOctober 27-28\n" +
		"2024-11-01T09:00:00Z\tin June\n" +
		"2024-11-01\tnot a date\n"
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"timex", "--format", "json"}, Stdio{In: strings.NewReader(in), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := `{"phrase":"last weekend","date":"2024-10-26","end":"2024-10-27","precision":"day"}
{"phrase":"October 27-28","date":"2024-10-27","end":"2024-10-28","precision":"day"}
{"phrase":"in June","date":"2024-06-01","end":"","precision":"month"}
{"phrase":"not a date","date":"","end":"","precision":""}
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestTimexCommandBadInput(t *testing.T) {
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"timex"}, Stdio{In: strings.NewReader("yesterday\tMonday\n"), Out: &out, Err: &errb})
	if code != 1 || !strings.Contains(errb.String(), "line 1") {
		t.Errorf("exit %d, stderr %q; want 1 and a line number", code, errb.String())
	}
	// a bad line does not stop the batch: it gets an empty answer in its
	// place (as a blank line does), the lines after it are resolved, and
	// the exit status says so
	out.Reset()
	errb.Reset()
	in := "2024-11-01\ttoday\nno tab here\n\n2024-11-01\tyesterday\n"
	code = Main(context.Background(), []string{"timex", "--format", "json"}, Stdio{In: strings.NewReader(in), Out: &out, Err: &errb})
	want := `{"phrase":"today","date":"2024-11-01","end":"","precision":"day"}
{"phrase":"no tab here","date":"","end":"","precision":""}
{"phrase":"","date":"","end":"","precision":""}
{"phrase":"yesterday","date":"2024-10-31","end":"","precision":"day"}
`
	if code != 1 || out.String() != want || !strings.Contains(errb.String(), "line 2") {
		t.Errorf("exit %d, stderr %q, out\n%s\nwant exit 1, line 2 named, out\n%s", code, errb.String(), out.String(), want)
	}
}

// TestTimexCommandContext checks that consecutive lines with one reference
// time are read as one article: anaphora follow the line before, and a new
// reference time starts afresh.
func TestTimexCommandContext(t *testing.T) {
	in := "reference_time\tphrase\tgold_date\tkind\n" + // further columns are ignored
		"2024-11-01\tOct. 25\t2024-10-25\trelative\n" +
		"2024-11-01\tthe same day\n" +
		"2024-11-01\tthe previous Friday\n" +
		"2024-11-01\tthen\n" +
		"2024-11-02\tthe same day\n" +
		"2024-11-02\tthen\n"
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"timex", "--format", "json"}, Stdio{In: strings.NewReader(in), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := `{"phrase":"Oct. 25","date":"2024-10-25","end":"","precision":"day"}
{"phrase":"the same day","date":"2024-10-25","end":"","precision":"day"}
{"phrase":"the previous Friday","date":"2024-10-18","end":"","precision":"day"}
{"phrase":"then","date":"2024-10-18","end":"","precision":"day"}
{"phrase":"the same day","date":"2024-11-02","end":"","precision":"day"}
{"phrase":"then","date":"2024-11-02","end":"","precision":"day"}
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestTimexCommandIndependent(t *testing.T) {
	in := "2024-11-01\tOct. 25\n2024-11-01\tthe same day\n"
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"timex", "--format", "json", "--independent"}, Stdio{In: strings.NewReader(in), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `{"phrase":"the same day","date":"2024-11-01"`) {
		t.Errorf("--independent: got\n%s\nwant the same day on the reference day", out.String())
	}
}

// Without --lang a phrase is read in the language its words tell:
// "hace tres días" in Spanish, "vor drei Tagen" in German; English
// phrases stay English, and --lang en keeps every phrase English (whose
// fallback parser still knows "il y a" and "vor", but not "hace").
func TestTimexCommandGuessesLanguage(t *testing.T) {
	in := "2024-03-14\thace tres días\n" +
		"2024-03-15\til y a trois jours\n" +
		"2024-03-16\tvor drei Tagen\n" +
		"2024-03-17\tthree days ago\n"
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"timex", "--format", "json"}, []string{`"date":"2024-03-11"`, `"date":"2024-03-12"`, `"date":"2024-03-13"`, `"date":"2024-03-14"`}},
		{[]string{"timex", "--format", "json", "--lang", "en"}, []string{`"date":""`, `"date":"2024-03-12"`, `"date":"2024-03-13"`, `"date":"2024-03-14"`}},
	} {
		checkLines(t, tc.args, in, tc.want)
	}
}
