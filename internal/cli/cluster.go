package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"time"

	"newsdesk/internal/cluster"
)

func init() {
	Register(Command{
		Name:    "cluster",
		Summary: "group articles (JSON lines: id, title, text, published…) into stories and mark near-duplicates",
		Usage:   "[--format json|text] [--state FILE] FILE.jsonl|-",
		Run:     runCluster,
	})
}

// clusterInput is one input line of `newsdesk cluster`.
type clusterInput struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Language  string `json:"language"`
}

// clusterOutput is one output line: duplicate_of is "" for an original
// report, else the id of the earliest article it copies; overlap is the
// estimated share of its text found in that article.
type clusterOutput struct {
	ID          string  `json:"id"`
	Story       string  `json:"story"`
	DuplicateOf string  `json:"duplicate_of"`
	Overlap     float64 `json:"overlap"`
}

func runCluster(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("cluster", stdio)
	format := fs.String("format", "text", "output format: text (stories with their articles) or json (one object per article and line)")
	state := fs.String("state", "", "clustering state file: loaded when it exists, so the articles join the stories of earlier runs, and written back")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return fmt.Errorf("cluster takes one file of JSON lines (or - for stdin): %w", ErrUsage)
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	var in io.Reader = stdio.In
	if rest[0] != "-" {
		f, err := os.Open(rest[0])
		if err != nil {
			return fmt.Errorf("cannot read articles: %w", err)
		}
		defer f.Close()
		in = f
	}
	docs, err := readClusterInput(ctx, in, rest[0])
	if err != nil {
		return err
	}
	var got []cluster.Assignment
	if *state == "" {
		got = cluster.Run(docs, cluster.DefaultConfig())
	} else if got, err = clusterWithState(*state, docs); err != nil {
		return err
	}
	if *format == "json" {
		enc := jsonLines(stdio.Out)
		for _, a := range got {
			if err := enc.Encode(clusterOutput(a)); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		return nil
	}
	return writeStories(stdio.Out, docs, got)
}

// clusterWithState continues the clustering saved in path (if any) with
// docs, in publication order, and saves the new state. It returns the
// assignments of docs, in input order.
func clusterWithState(path string, docs []cluster.Doc) ([]cluster.Assignment, error) {
	var c *cluster.Clusterer
	f, err := os.Open(path)
	switch {
	case err == nil:
		c, err = cluster.Load(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	case errors.Is(err, fs.ErrNotExist):
		c = cluster.New(cluster.DefaultConfig())
	default:
		return nil, fmt.Errorf("cannot read clustering state: %w", err)
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return docs[order[a]].Published.Before(docs[order[b]].Published) })
	feats := cluster.PrepareAll(docs)
	added := make([]cluster.Assignment, len(order))
	for n, i := range order {
		added[n] = c.AddFeatures(&feats[i])
	}
	all := c.Finish()
	got := make([]cluster.Assignment, len(docs))
	if len(all) >= len(docs) {
		mine := all[len(all)-len(docs):]
		for n, i := range order {
			got[i] = mine[n]
		}
	} else {
		// a state saved in stream mode keeps no history: follow merges
		for n, i := range order {
			a := added[n]
			a.Story = c.Resolve(a.Story)
			got[i] = a
		}
	}
	tmp := path + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		return nil, fmt.Errorf("cannot write clustering state: %w", err)
	}
	if err := c.Save(out); err != nil {
		out.Close()
		os.Remove(tmp)
		return nil, err
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("cannot write clustering state: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("cannot write clustering state: %w", err)
	}
	return got, nil
}

// readClusterInput reads one JSON object per line; blank lines are skipped.
func readClusterInput(ctx context.Context, r io.Reader, name string) ([]cluster.Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 256*1024*1024)
	var docs []cluster.Doc
	line := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("cluster stopped: %w", err)
		}
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var x clusterInput
		if err := json.Unmarshal(b, &x); err != nil {
			return nil, fmt.Errorf("%s line %d is not a JSON object with id, title and text: %w", name, line, err)
		}
		if x.ID == "" {
			return nil, fmt.Errorf("%s line %d has no \"id\"; every article needs one", name, line)
		}
		pub, err := parsePublished(x.Published)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", name, line, err)
		}
		docs = append(docs, cluster.Doc{ID: x.ID, Title: x.Title, Text: x.Text, Published: pub,
			URL: x.URL, Outlet: x.Outlet, Language: x.Language})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return docs, nil
}

// parsePublished accepts RFC 3339 times and plain YYYY-MM-DD dates.
func parsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q is not a date (want RFC 3339 or YYYY-MM-DD)", s)
}

// writeStories prints stories in order of their first article, each with
// its articles; copies name the article they copy.
func writeStories(w io.Writer, docs []cluster.Doc, got []cluster.Assignment) error {
	var order []string
	members := map[string][]int{}
	for i, a := range got {
		if _, ok := members[a.Story]; !ok {
			order = append(order, a.Story)
		}
		members[a.Story] = append(members[a.Story], i)
	}
	bw := bufio.NewWriter(w)
	for _, st := range order {
		m := members[st]
		copies := 0
		for _, i := range m {
			if got[i].DuplicateOf != "" {
				copies++
			}
		}
		fmt.Fprintf(bw, "%s: %d article(s), %d independent\n", st, len(m), len(m)-copies)
		for _, i := range m {
			title := strings.Join(strings.Fields(docs[i].Title), " ")
			if title == "" {
				title = "(no title)"
			}
			fmt.Fprintf(bw, "  %s  %s", got[i].ID, title)
			if got[i].DuplicateOf != "" {
				fmt.Fprintf(bw, "  [copy of %s, %.0f%% overlap]", got[i].DuplicateOf, got[i].Overlap*100)
			}
			fmt.Fprintln(bw)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}
