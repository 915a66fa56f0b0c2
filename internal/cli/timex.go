package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"newsdesk/internal/timex"
)

func init() {
	Register(Command{
		Name:    "timex",
		Summary: "resolve date phrases (\"last weekend\", \"October 27-28\") against a reference time",
		Usage: "[--format json|text] [--independent] [--ref TIME PHRASE...]\n\n" +
			"Without --ref, reads lines REFERENCE_TIME<TAB>PHRASE from stdin (further tab-separated\n" +
			"columns are ignored); TIME is RFC 3339, 2006-01-02T15:04:05 or 2006-01-02.\n" +
			"JSON output is one object per line:\n" +
			"{\"phrase\", \"date\", \"end\", \"precision\"} with dates as YYYY-MM-DD (end \"\" when\n" +
			"not a range, date \"\" when the phrase cannot be resolved). Consecutive stdin lines\n" +
			"with the same reference time, like the phrases given with --ref, are read as one\n" +
			"article in order, so \"the same day\", \"the previous Friday\" or \"then\" refer to\n" +
			"the date of the phrase before; --independent resolves each phrase on its own.",
		Run: runTimex,
	})
}

type timexOut struct {
	Phrase    string `json:"phrase"`
	Date      string `json:"date"`
	End       string `json:"end"`
	Precision string `json:"precision"`
}

func runTimex(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("timex", stdio)
	format := fs.String("format", "text", "output format: json or text")
	refFlag := fs.String("ref", "", "reference time for phrases given as arguments")
	independent := fs.Bool("independent", false, "resolve every phrase on its own, without the phrase before as context")
	lang := fs.String("lang", "auto", "language of the phrases (ISO 639-1; \"de\", \"fr\", \"es\" read German, French and Spanish month, weekday and relative words, \"en\" English; \"auto\" guesses per phrase from its words, English when nothing tells)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	var outs []timexOut
	line, bad := 0, 0 // stdin lines read, and those that could not be
	emitJSON := json.NewEncoder(stdio.Out)
	emit := func(o timexOut) error {
		if *format == "json" {
			return emitJSON.Encode(o)
		}
		outs = append(outs, o)
		return nil
	}
	if *refFlag != "" || len(rest) > 0 {
		if *refFlag == "" {
			return fmt.Errorf("phrases given as arguments need --ref TIME: %w", ErrUsage)
		}
		ref, err := parseRefTime(*refFlag)
		if err != nil {
			return err
		}
		var prev *timex.Date
		for _, p := range rest {
			if err := emit(resolvePhrase(p, timex.Context{Ref: ref, Previous: prev, Lang: *lang}, &prev, *independent)); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
	} else {
		sc := bufio.NewScanner(stdio.In)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		var lastRef time.Time
		var prev *timex.Date
		for sc.Scan() {
			if err := ctx.Err(); err != nil {
				return err
			}
			line++
			text := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(text) == "" {
				// one answer per input line, a blank one included
				if err := emit(timexOut{}); err != nil {
					return fmt.Errorf("write output: %w", err)
				}
				continue
			}
			refText, phrase, ok := strings.Cut(text, "\t")
			phrase, _, _ = strings.Cut(phrase, "\t") // further columns (a gold date, a kind) are not ours
			ref, err := parseRefTime(refText)
			if ok && err != nil && line == 1 && strings.EqualFold(strings.TrimSpace(refText), "reference_time") {
				continue // a header row
			}
			if !ok || err != nil {
				// a bad line gets an empty answer in its place, so that the
				// output stays line for line with the input, and the rest
				// of the batch goes on
				if !ok {
					err = fmt.Errorf("want REFERENCE_TIME<TAB>PHRASE, got %q", text)
				}
				fmt.Fprintf(stdio.Err, "newsdesk timex: stdin line %d: %v\n", line, err)
				bad++
				if !ok {
					phrase = text
				}
				if err := emit(timexOut{Phrase: phrase}); err != nil {
					return fmt.Errorf("write output: %w", err)
				}
				continue
			}
			if !ref.Equal(lastRef) {
				lastRef, prev = ref, nil // another article
			}
			if err := emit(resolvePhrase(phrase, timex.Context{Ref: ref, Previous: prev, Lang: *lang}, &prev, *independent)); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
	}
	if *format == "text" {
		tw := tabwriter.NewWriter(stdio.Out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "PHRASE\tDATE\tEND\tPRECISION")
		for _, o := range outs {
			d, e, p := o.Date, o.End, o.Precision
			if d == "" {
				d, p = "?", "-"
			}
			if e == "" {
				e = "-"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", o.Phrase, d, e, p)
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d stdin lines could not be read (listed above; each has an empty answer in its place)", bad, line)
	}
	return nil
}

// resolvePhrase resolves one phrase in its article's context and, when it
// names a day, makes it the context of the next phrase.
func resolvePhrase(phrase string, ctx timex.Context, prev **timex.Date, independent bool) timexOut {
	if independent {
		ctx.Previous = nil
	}
	o := timexOut{Phrase: phrase}
	auto := ctx.Lang == "auto"
	ctx.Lang = textLang(ctx.Lang, phrase)
	d, ok := timex.ResolveIn(phrase, ctx)
	if !ok && auto && ctx.Lang != "" {
		ctx.Lang = "" // a wrong guess: English may still read it
		d, ok = timex.ResolveIn(phrase, ctx)
	}
	if !ok {
		return o
	}
	if d.Anchors() {
		*prev = &d
	}
	o.Date = d.Date.Format("2006-01-02")
	if !d.Until.IsZero() {
		o.End = d.Until.Format("2006-01-02")
	}
	o.Precision = d.Precision
	return o
}

// parseRefTime accepts RFC 3339, 2006-01-02T15:04:05 and 2006-01-02.
func parseRefTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("reference time %q is not RFC 3339, 2006-01-02T15:04:05 or 2006-01-02", s)
}
