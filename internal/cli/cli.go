// Package cli holds newsdesk's subcommands. Each subcommand lives in its own
// file and registers itself with Register from an init function, so adding a
// command never touches another command's code.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Stdio is the set of streams a command reads and writes. Tests pass buffers.
type Stdio struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// Command is one subcommand of newsdesk.
type Command struct {
	Name    string
	Summary string // one line, shown by `newsdesk help`
	Usage   string // argument synopsis, e.g. "[--format json|text] PATH..."
	// Run executes the command. args excludes the command name. A returned
	// error is printed as "newsdesk NAME: ERR" and gives exit status 1;
	// ErrUsage gives exit status 2.
	Run func(ctx context.Context, args []string, io Stdio) error
}

// ErrUsage reports a command line the command cannot understand. The flag
// package has already printed the details.
var ErrUsage = errors.New("usage error")

var commands = map[string]Command{}

// Register adds a command. It panics on a duplicate name: that is a
// programming error found by any test that imports the package.
func Register(c Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: duplicate command " + c.Name)
	}
	commands[c.Name] = c
}

// Main runs the command named by args[0] and returns the process exit code.
func Main(ctx context.Context, args []string, stdio Stdio) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				fmt.Fprintf(stdio.Out, "usage: newsdesk %s %s\n\n%s\n", c.Name, c.Usage, c.Summary)
				return 0
			}
		}
		printHelp(stdio.Out)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stdio.Err, "newsdesk: unknown command %q (run `newsdesk help`)\n", args[0])
		return 2
	}
	err := c.Run(ctx, args[1:], stdio)
	switch {
	case err == nil:
		return 0
	case err == ErrUsage, errors.Is(err, flag.ErrHelp):
		return 2 // the flag package has said what is wrong
	case errors.Is(err, ErrUsage):
		msg := strings.TrimSuffix(err.Error(), ": "+ErrUsage.Error())
		fmt.Fprintf(stdio.Err, "newsdesk %s: %s\nusage: newsdesk %s %s\n", c.Name, msg, c.Name, c.Usage)
		return 2
	default:
		fmt.Fprintf(stdio.Err, "newsdesk %s: %v\n", c.Name, err)
		return 1
	}
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "newsdesk: news pages in, stories out.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: newsdesk COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "run `newsdesk help COMMAND` for a command's flags.")
}

// newFlagSet returns a flag set for a command whose errors go to stdio.Err.
func newFlagSet(name string, stdio Stdio) *flag.FlagSet {
	fs := flag.NewFlagSet("newsdesk "+name, flag.ContinueOnError)
	fs.SetOutput(stdio.Err)
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("newsdesk extract a.txt --format json"), which users type all the time.
// parsePaths parses the flags of a command that reads PATH arguments and
// prints text or JSON: it checks format and requires at least one path.
func parsePaths(fs *flag.FlagSet, args []string, format *string) ([]string, error) {
	paths, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	if err := checkFormat(*format, "text", "json"); err != nil { // read after parsing: format points at the flag
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("name at least one file or directory (or - for stdin): %w", ErrUsage)
	}
	return paths, nil
}

func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, ErrUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		// "-" alone is stdin, "--" ends flags.
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
		if len(args) == 0 {
			return positional, nil
		}
	}
}

// dbPath resolves the store location: --db flag, then NEWSDESK_DB, then
// ./newsdesk.db.
func dbPath(flagValue string) string {
	if strings.TrimSpace(flagValue) != "" {
		return flagValue
	}
	if v := os.Getenv("NEWSDESK_DB"); v != "" {
		return v
	}
	return "newsdesk.db"
}

// checkFormat accepts format when it is one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q (want %s): %w", format, strings.Join(allowed, ", "), ErrUsage)
}

// batchResult is the outcome of a command that read n inputs one by one:
// a failed write first, then a stop (cancelled, unreadable directory), then
// the count of inputs that failed, each already reported.
func batchResult(writeErr, err error, failed, n int) error {
	if writeErr != nil {
		return fmt.Errorf("write output: %w", writeErr)
	}
	if err != nil {
		return fmt.Errorf("stopped: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed (listed above)", failed, n)
	}
	return nil
}

// jsonLines returns an encoder for one JSON value a line that writes &, <
// and > as they are (the output is read by programs, not embedded in HTML).
func jsonLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
