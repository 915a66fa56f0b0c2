package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"newsdesk/internal/claim"
	"newsdesk/internal/extract"
	"newsdesk/internal/model"
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
	Sentence    string   `json:"sentence"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
}

func runClaims(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("claims", stdio)
	format := fs.String("format", "text", "output format: text or json (one object per claim per line)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stdio.Err, "newsdesk claims: unknown --format %q (want text or json)\n", *format)
		return ErrUsage
	}
	if len(paths) == 0 {
		fmt.Fprintln(stdio.Err, "usage: newsdesk claims [--format json|text] PATH...")
		return ErrUsage
	}
	enc := json.NewEncoder(stdio.Out)
	enc.SetEscapeHTML(false)
	var tw *tabwriter.Writer
	if *format == "text" {
		tw = tabwriter.NewWriter(stdio.Out, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "PATH\tFIGURE\tCOUNTED\tSCOPE\tSPEAKER\tAS OF")
	}
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := extractPath(ctx, path, stdio.In)
		if err != nil {
			return err
		}
		for _, c := range claim.FromArticle(a) {
			if tw != nil {
				speaker := c.Speaker
				if c.SpeakerRole != "" {
					speaker += " (" + c.SpeakerRole + ")"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", path, figure(c), c.Counted, c.Scope, speaker, c.AsOfString())
				continue
			}
			if err := enc.Encode(claimJSON{
				Path: c.Path, Quantity: c.Quantity, Value: c.Value, Low: c.Low, High: c.High, Qualifier: c.Qualifier,
				Unit: c.Unit, Counted: c.Counted, Scope: c.Scope, Speaker: c.Speaker, SpeakerRole: c.SpeakerRole,
				AsOf: c.AsOfString(), Sentence: c.Sentence, Start: c.Start, End: c.End,
			}); err != nil {
				return fmt.Errorf("writing claims: %w", err)
			}
		}
	}
	if tw != nil {
		return tw.Flush()
	}
	return nil
}

// figure renders a claim's number with its qualifier: "~10,000", "≤8,000".
func figure(c model.Claim) string {
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

// extractPath reads a page ("-" is stdin; .gz is decompressed) and
// extracts its article.
func extractPath(ctx context.Context, path string, stdin io.Reader) (*model.Article, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 64<<20))
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) || strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("reading %s: not valid gzip: %w", path, err)
		}
		data, err = io.ReadAll(io.LimitReader(zr, 64<<20))
		if err != nil {
			return nil, fmt.Errorf("reading %s: not valid gzip: %w", path, err)
		}
	}
	a, err := extract.Extract(ctx, extract.Input{Path: path, Data: data})
	if err != nil {
		return nil, fmt.Errorf("extracting %s: %w", path, err)
	}
	return a, nil
}
