package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestQuantitiesCommandJSON(t *testing.T) {
	in := "There are around 10,000 North Korean soldiers in Russia.\n" +
		"No figures here, only 2024.\n" +
		"Between 6,000 and 8,000 troops, up to $35m and 5%.\n"
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"quantities", "--format", "json"}, Stdio{In: strings.NewReader(in), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := `[{"text":"around 10,000","value":10000,"low":null,"high":null,"qualifier":"approx","unit":"","counted":"North Korean soldiers"}]
[]
[{"text":"Between 6,000 and 8,000","value":null,"low":6000,"high":8000,"qualifier":"exact","unit":"","counted":"troops"},{"text":"up to $35m","value":35000000,"low":null,"high":35000000,"qualifier":"upper","unit":"USD","counted":""},{"text":"5%","value":5,"low":5,"high":5,"qualifier":"exact","unit":"percent","counted":""}]
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestQuantitiesCommandText(t *testing.T) {
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"quantities"}, Stdio{In: strings.NewReader("more than 3,000 soldiers\n"), Out: &out, Err: &errb})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, s := range []string{"more than 3,000", ">=3000", "lower", "soldiers"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("text output %q lacks %q", out.String(), s)
		}
	}
}

func TestQuantitiesCommandBadFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Main(context.Background(), []string{"quantities", "--format", "xml"}, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb}); code != 2 {
		t.Errorf("--format xml: exit %d, want 2", code)
	}
	if code := Main(context.Background(), []string{"quantities", "file.txt"}, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb}); code != 2 {
		t.Errorf("file argument: exit %d, want 2", code)
	}
}

// Without --lang each line is read in the language its words tell; an
// English line, and any line when --lang en is given, stays English.
func TestQuantitiesCommandGuessesLanguage(t *testing.T) {
	in := "unos veinticinco soldados\n" +
		"près de trois cents soldats\n" +
		"rund zweitausend Soldaten\n" +
		"about 10,000 troops\n"
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"quantities", "--format", "json"}, []string{`"value":25,`, `"value":300,`, `"value":2000,`, `"value":10000,`}},
		{[]string{"quantities", "--format", "json", "--lang", "en"}, []string{`[]`, `[]`, `[]`, `"value":10000,`}},
	} {
		checkLines(t, tc.args, in, tc.want)
	}
}

// checkLines runs the command in args on stdin in and checks that each
// output line holds its wanted text, one output line per input line.
func checkLines(t *testing.T, args []string, in string, want []string) {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Main(context.Background(), args, Stdio{In: strings.NewReader(in), Out: &out, Err: &errb}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%v: %d lines out for %d in:\n%s", args, len(lines), len(want), out.String())
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("%v line %d: got %s, want it to hold %s", args, i+1, lines[i], w)
		}
	}
}
