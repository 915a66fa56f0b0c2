package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"newsdesk/internal/extract/lang"
	"newsdesk/internal/quantity"
)

func init() {
	Register(Command{
		Name:    "quantities",
		Summary: "find numbers, ranges, percents and money in text read from stdin, one line at a time",
		Usage:   "[--format json|text] < text",
		Run:     runQuantities,
	})
}

// quantityJSON is the JSON shape of one quantity: value is null for a
// range, low/high are null when the qualifier leaves them open.
type quantityJSON struct {
	Text      string   `json:"text"`
	Value     *float64 `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier string   `json:"qualifier"`
	Unit      string   `json:"unit"`
	Counted   string   `json:"counted"`
}

func runQuantities(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("quantities", stdio)
	format := fs.String("format", "text", "output format: text or json (one JSON array per input line)")
	langFlag := fs.String("lang", "auto", "language of the text (ISO 639-1; \"de\" reads German number words, nouns, times and ages, \"fr\" and \"es\" French and Spanish number words, \"en\" English; \"auto\" guesses per line from its words, English when nothing tells)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("reads text from stdin and takes no file arguments (got %q): %w", rest[0], ErrUsage)
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	sc := bufio.NewScanner(stdio.In)
	sc.Buffer(make([]byte, 64*1024), 64*1024*1024)
	enc := jsonLines(stdio.Out)
	tw := tabwriter.NewWriter(stdio.Out, 0, 4, 2, ' ', 0)
	lineNo := 0
	if *format == "text" {
		fmt.Fprintln(tw, "LINE\tQUANTITY\tVALUE\tQUALIFIER\tUNIT\tCOUNTED")
	}
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("quantities stopped: %w", err)
		}
		lineNo++
		qs := quantity.FindLang(sc.Text(), textLang(*langFlag, sc.Text()))
		if *format == "json" {
			out := make([]quantityJSON, 0, len(qs))
			for _, q := range qs {
				out = append(out, quantityJSON{q.Text, q.Value, q.Low, q.High, q.Qualifier, q.Unit, q.Counted})
			}
			if err := enc.Encode(out); err != nil {
				return fmt.Errorf("writing quantities: %w", err)
			}
			continue
		}
		for _, q := range qs {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", lineNo, q.Text, describeBounds(q), q.Qualifier, orDash(q.Unit), orDash(q.Counted))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading stdin: %w", err)
	}
	if *format == "text" {
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("writing quantities: %w", err)
		}
	}
	return nil
}

func describeBounds(q quantity.Quantity) string {
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return formatFloat(*p)
	}
	switch {
	case q.Value == nil:
		return "[" + f(q.Low) + ", " + f(q.High) + "]"
	case q.Low == nil && q.High == nil:
		return "~" + f(q.Value)
	case q.Low == nil:
		return "<=" + f(q.High)
	case q.High == nil:
		return ">=" + f(q.Low)
	}
	return f(q.Value)
}

func formatFloat(v float64) string {
	s := fmt.Sprintf("%.6f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// textLang is the language the parsers get for text under the --lang
// flag: "auto" guesses it from the text's words (lang.Guess), "en" is
// English (""), any other code is passed on.
func textLang(flag, text string) string {
	switch flag {
	case "auto":
		return lang.Guess(text)
	case "en":
		return ""
	}
	return flag
}
