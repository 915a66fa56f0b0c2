package cli

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"

	"newsdesk/internal/claim"
	"newsdesk/internal/model"
	"newsdesk/internal/pipeline"
	"newsdesk/internal/source"
)

func init() {
	Register(Command{
		Name:    "claims",
		Summary: "list the figures each page reports: value, counted thing, place, speaker, as-of date, sentence",
		Usage:   "[--format json|text] PATH...",
		Run:     runClaims,
	})
}

// claimJSON is one line of `claims --format json`.
type claimJSON struct {
	Path        string   `json:"path"`
	Quantity    string   `json:"quantity"`
	Value       *float64 `json:"value"`
	Low         *float64 `json:"low"`
	High        *float64 `json:"high"`
	Qualifier   string   `json:"qualifier"`
	Unit        string   `json:"unit"`
	Counted     string   `json:"counted"`
	Scope       string   `json:"scope"`
	Speaker     string   `json:"speaker"`
	SpeakerRole string   `json:"speaker_role"`
	AsOf        string   `json:"as_of"`
	Period      string   `json:"period,omitempty"` // the month, year or span of days the figure holds for, when it is no single day ("2022", "2024-03-04/2024-03-10")
	Sentence    string   `json:"sentence"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
}

func runClaims(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("claims", stdio)
	format := fs.String("format", "text", "output format: text or json (one object per claim per line)")
	paths, err := parsePaths(fs, args, format)
	if err != nil {
		return err
	}
	enc := jsonLines(stdio.Out)
	var tw *tabwriter.Writer
	if *format == "text" {
		tw = tabwriter.NewWriter(stdio.Out, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "PATH\tFIGURE\tCOUNTED\tROLE\tSCOPE\tSPEAKER\tAS OF")
	}
	rd := &source.Reader{Stdin: stdio.In}
	var n, failed int
	var writeErr error
	err = pipeline.ExtractAll(ctx, rd.Items(ctx, paths), extractFunc, 0, func(x pipeline.Extracted) {
		n++
		if x.Err != nil {
			failed++
			fmt.Fprintf(stdio.Err, "newsdesk claims: %s: %s\n", x.Path, oneLine(x.Err.Error()))
			return
		}
		if writeErr != nil {
			return
		}
		for _, c := range claim.FromArticle(x.Article) {
			if tw != nil {
				speaker := c.Speaker
				if c.SpeakerRole != "" {
					speaker += " (" + c.SpeakerRole + ")"
				}
				when := c.AsOfString()
				if when == "" {
					when = c.Period
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", x.Path, claimFigure(c), c.Counted, c.Role, c.Scope, speaker, when)
				continue
			}
			path := c.Path
			if path == "" {
				path = x.Path
			}
			if writeErr = enc.Encode(claimJSON{
				Path: path, Quantity: c.Quantity, Value: c.Value, Low: c.Low, High: c.High, Qualifier: c.Qualifier,
				Unit: c.Unit, Counted: c.Counted, Scope: c.Scope, Speaker: c.Speaker, SpeakerRole: c.SpeakerRole,
				AsOf: c.AsOfString(), Period: c.Period, Sentence: c.Sentence, Start: c.Start, End: c.End,
			}); writeErr != nil {
				return
			}
		}
	})
	if tw != nil && writeErr == nil {
		writeErr = tw.Flush()
	}
	return batchResult(writeErr, err, failed, n)
}

// claimFigure renders a claim's number with its qualifier: "~10000", "≤8000".
func claimFigure(c model.Claim) string {
	num := func(f *float64) string {
		if f == nil {
			return "?"
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	var s string
	switch {
	case c.Value == nil && c.Low != nil && c.High != nil:
		s = num(c.Low) + "–" + num(c.High)
	case c.Qualifier == "approx":
		s = "~" + num(c.Value)
	case c.Qualifier == "upper":
		s = "≤" + num(c.Value)
	case c.Qualifier == "lower":
		s = "≥" + num(c.Value)
	default:
		s = num(c.Value)
	}
	if c.Unit != "" {
		s += " " + c.Unit
	}
	return s
}
