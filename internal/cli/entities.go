package cli

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"newsdesk/internal/entity"
	"newsdesk/internal/pipeline"
	"newsdesk/internal/source"
)

func init() {
	Register(Command{
		Name:    "entities",
		Summary: "list the people, organisations and places the pages name, with every spelling resolved to one entity",
		Usage:   "[--format json|text] [--mentions] PATH...",
		Run:     runEntities,
	})
}

// entityJSON is one line of `entities --format json`: one entity of all
// the inputs read as one story.
type entityJSON struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`    // person | org | place | "" when the text does not tell
	Aliases  []string `json:"aliases"` // the forms as written, most frequent first
	Titles   []string `json:"titles"`  // roles written before a person's name
	Mentions int      `json:"mentions"`
	Paths    []string `json:"paths"` // the inputs that name it, in input order
}

// mentionJSON is one line of `entities --mentions --format json`: start
// and end are byte offsets into the extracted article text (the "text" of
// `newsdesk extract --format json`), not into the raw page.
type mentionJSON struct {
	Path   string `json:"path"`
	Text   string `json:"text"`
	Kind   string `json:"kind"`
	Title  string `json:"title"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Entity string `json:"entity"` // the name of the entity it resolves to
}

func runEntities(ctx context.Context, args []string, stdio Stdio) error {
	fs := newFlagSet("entities", stdio)
	format := fs.String("format", "text", "output format: text or json (one object per entity, or per mention, per line)")
	mentions := fs.Bool("mentions", false, "print every mention with its offsets and the entity it resolves to, instead of one line per entity")
	paths, err := parsePaths(fs, args, format)
	if err != nil {
		return err
	}
	// All inputs are read as one story: the spellings of one outlet meet
	// those of another ("Selenskyj" and "Volodymyr Zelensky").
	r := entity.NewResolver()
	var docs []string
	var n, failed int
	rd := &source.Reader{Stdin: stdio.In}
	err = pipeline.ExtractAll(ctx, rd.Items(ctx, paths), extractFunc, 0, func(x pipeline.Extracted) {
		n++
		if x.Err != nil {
			failed++
			fmt.Fprintf(stdio.Err, "newsdesk entities: %s: %s\n", x.Path, oneLine(x.Err.Error()))
			return
		}
		path := x.Article.Path
		if path == "" {
			path = x.Path
		}
		r.Add(len(docs), entity.Find(x.Article.Text))
		docs = append(docs, path)
	})
	if err != nil {
		return batchResult(nil, err, failed, n)
	}
	es := r.Resolve()
	var writeErr error
	if *mentions {
		writeErr = writeMentions(stdio, *format, es, docs)
	} else {
		writeErr = writeEntities(stdio, *format, es, docs)
	}
	return batchResult(writeErr, nil, failed, n)
}

func writeEntities(stdio Stdio, format string, es []entity.Entity, docs []string) error {
	enc := jsonLines(stdio.Out)
	tw := tabwriter.NewWriter(stdio.Out, 2, 4, 2, ' ', 0)
	if format == "text" {
		fmt.Fprintln(tw, "NAME\tKIND\tMENTIONS\tPAGES\tALSO WRITTEN\tTITLES")
	}
	for _, e := range es {
		var paths []string
		seen := map[int]bool{}
		for _, m := range e.Mentions {
			if !seen[m.Doc] {
				seen[m.Doc] = true
				paths = append(paths, docs[m.Doc])
			}
		}
		if format == "text" {
			var other []string
			for _, a := range e.Aliases {
				if a != e.Name {
					other = append(other, a)
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\n", e.Name, kindText(e.Kind), len(e.Mentions), len(paths),
				strings.Join(other, ", "), strings.Join(e.Titles, "; "))
			continue
		}
		if err := enc.Encode(entityJSON{Name: e.Name, Kind: string(e.Kind), Aliases: nonNil(e.Aliases), Titles: nonNil(e.Titles),
			Mentions: len(e.Mentions), Paths: paths}); err != nil {
			return err
		}
	}
	if format == "text" {
		return tw.Flush()
	}
	return nil
}

func writeMentions(stdio Stdio, format string, es []entity.Entity, docs []string) error {
	// in reading order: input by input, then by offset
	var refs []mentionJSON
	byDoc := make([][]mentionJSON, len(docs))
	for _, e := range es {
		for _, m := range e.Mentions {
			byDoc[m.Doc] = append(byDoc[m.Doc], mentionJSON{Path: docs[m.Doc], Text: m.Mention.Text, Kind: string(m.Mention.Kind),
				Title: m.Mention.Title, Start: m.Mention.Start, End: m.Mention.End, Entity: e.Name})
		}
	}
	for _, ms := range byDoc {
		sortMentions(ms)
		refs = append(refs, ms...)
	}
	enc := jsonLines(stdio.Out)
	tw := tabwriter.NewWriter(stdio.Out, 2, 4, 2, ' ', 0)
	if format == "text" {
		fmt.Fprintln(tw, "PATH\tOFFSETS\tMENTION\tKIND\tTITLE\tENTITY")
	}
	for _, m := range refs {
		if format == "text" {
			fmt.Fprintf(tw, "%s\t%d-%d\t%s\t%s\t%s\t%s\n", m.Path, m.Start, m.End, m.Text, kindText(entity.Kind(m.Kind)), m.Title, m.Entity)
			continue
		}
		if err := enc.Encode(m); err != nil {
			return err
		}
	}
	if format == "text" {
		return tw.Flush()
	}
	return nil
}

func sortMentions(ms []mentionJSON) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start }) // equal offsets keep entity order
}

func kindText(k entity.Kind) string {
	if k == entity.Unknown {
		return "-"
	}
	return string(k)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
