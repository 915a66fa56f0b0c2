// Package source reads the documents a user hands to newsdesk: files,
// directories (walked recursively), standard input ("-"), gzip-compressed
// pages and JSON Lines files with one page per line. It reads bytes only;
// deciding what they mean is the extractor's job.
//
// Every input is hostile until proven otherwise: sizes are checked before
// reading, decompression is capped, and a bad input becomes an Item with Err
// set so that a batch goes on.
package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultMaxBytes is the largest document accepted: bigger inputs are
// refused before they are read.
const DefaultMaxBytes = 50 << 20

// Kinds of content, as extract.Input.Kind expects them.
const (
	KindHTML = "html"
	KindText = "text"
)

// Item is one document read from the inputs.
type Item struct {
	Path string // as given; "FILE.jsonl:LINE" for JSON Lines; "-" for stdin
	URL  string // page URL when the input says it (JSON Lines)
	Data []byte // the bytes, gzip already removed
	Kind string // KindHTML, KindText, or "" when the content must decide
	Err  error  // reading failed: Data is nil and the batch should go on
	// Gzip is the gzip stream Data came from when the input was one
	// compressed document (nil otherwise); a store can keep it as is.
	Gzip []byte
}

// Entry is one input file found by Expand.
type Entry struct {
	Path     string
	Explicit bool  // named on the command line (read whatever its name)
	Err      error // the path could not be listed
}

// Reader reads inputs. The zero value reads with DefaultMaxBytes and no
// standard input.
type Reader struct {
	MaxBytes int64     // per document; 0 means DefaultMaxBytes
	Stdin    io.Reader // read for the path "-"
}

func (r *Reader) max() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// knownExt reports the content kind for a file name found in a directory;
// ok is false for names a directory walk skips.
func knownExt(name string) (kind string, gz, jsonl, ok bool) {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".gz") {
		n, gz = strings.TrimSuffix(n, ".gz"), true
	}
	switch filepath.Ext(n) {
	case ".html", ".htm":
		return KindHTML, gz, false, true
	case ".txt":
		return KindText, gz, false, true
	case ".jsonl":
		return "", gz, true, true
	}
	return "", false, false, false
}

// Expand turns command-line paths into the files to read, in order:
// directories are walked recursively (sorted, hidden entries skipped, only
// known extensions kept); "-" stays as is. A path that cannot be listed gives
// an Entry with Err set.
func Expand(paths []string) []Entry {
	var out []Entry
	for _, p := range paths {
		if p == "-" {
			out = append(out, Entry{Path: p, Explicit: true})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			out = append(out, Entry{Path: p, Explicit: true, Err: userErr(err)})
			continue
		}
		if !fi.IsDir() {
			out = append(out, Entry{Path: p, Explicit: true})
			continue
		}
		var found []Entry
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, Entry{Path: path, Err: userErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if _, _, _, ok := knownExt(d.Name()); ok && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
				found = append(found, Entry{Path: path})
			}
			return nil
		})
		if err != nil {
			found = append(found, Entry{Path: p, Err: userErr(err)})
		}
		sort.SliceStable(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		out = append(out, found...)
	}
	return out
}

// Items reads every input named by paths, in order.
func (r *Reader) Items(ctx context.Context, paths []string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, e := range Expand(paths) {
			if !r.ReadEntry(ctx, e, yield) {
				return
			}
		}
	}
}

// ReadEntry reads one entry from Expand, yielding one Item per document (a
// JSON Lines file gives several). It returns false when yield asked to stop
// or ctx is done.
func (r *Reader) ReadEntry(ctx context.Context, e Entry, yield func(Item) bool) bool {
	if ctx.Err() != nil {
		return false
	}
	if e.Err != nil {
		return yield(Item{Path: e.Path, Err: e.Err})
	}
	if e.Path == "-" {
		if r.Stdin == nil {
			return yield(Item{Path: "-", Err: errors.New("no standard input to read")})
		}
		data, err := r.readCapped(r.Stdin, "standard input")
		if err != nil {
			return yield(Item{Path: "-", Err: err})
		}
		return r.fromContent(ctx, "-", data, yield)
	}
	_, gz, jsonl, known := knownExt(e.Path)
	if jsonl {
		return r.readJSONLFile(ctx, e.Path, gz, yield)
	}
	f, err := os.Open(e.Path)
	if err != nil {
		return yield(Item{Path: e.Path, Err: userErr(err)})
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return yield(Item{Path: e.Path, Err: userErr(err)})
	}
	if !fi.Mode().IsRegular() && !known {
		// A named pipe or device named explicitly: read it, capped.
		data, err := r.readCapped(f, e.Path)
		if err != nil {
			return yield(Item{Path: e.Path, Err: err})
		}
		return r.fromContent(ctx, e.Path, data, yield)
	}
	if fi.Size() > r.max() {
		return yield(Item{Path: e.Path, Err: fmt.Errorf("%s: the file is %s, over the %s limit per document; split it or pass a smaller file",
			e.Path, humanBytes(fi.Size()), humanBytes(r.max()))})
	}
	data, err := r.readCapped(f, e.Path)
	if err != nil {
		return yield(Item{Path: e.Path, Err: err})
	}
	if !known {
		return r.fromContent(ctx, e.Path, data, yield)
	}
	var z []byte
	if gz {
		z = data
		if data, err = r.gunzip(data, e.Path); err != nil {
			return yield(Item{Path: e.Path, Err: err})
		}
	}
	// The extension only chose how to read the file; the content decides
	// whether it is HTML or text (pages are often saved under the wrong
	// name).
	return yield(Item{Path: e.Path, Data: data, Gzip: z})
}

// fromContent handles input whose name says nothing: gzip is removed, JSON
// Lines is split, anything else is one document of unknown kind.
func (r *Reader) fromContent(ctx context.Context, path string, data []byte, yield func(Item) bool) bool {
	var gz []byte
	if isGzip(data) {
		var err error
		gz = data
		if data, err = r.gunzip(data, path); err != nil {
			return yield(Item{Path: path, Err: err})
		}
	}
	if LooksLikeJSONL(data) {
		return r.readJSONL(ctx, path, bytes.NewReader(data), yield)
	}
	return yield(Item{Path: path, Data: data, Gzip: gz})
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// readCapped reads all of rd, refusing more than MaxBytes.
func (r *Reader) readCapped(rd io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, r.max()+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > r.max() {
		return nil, fmt.Errorf("%s: over the %s limit per document", name, humanBytes(r.max()))
	}
	return data, nil
}

// gunzip decompresses data, capped at MaxBytes of output.
func (r *Reader) gunzip(data []byte, name string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, gzipErr(name, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, r.max()+1))
	if err != nil {
		return nil, gzipErr(name, err)
	}
	if int64(len(out)) > r.max() {
		return nil, fmt.Errorf("%s: decompresses to over the %s limit per document", name, humanBytes(r.max()))
	}
	return out, nil
}

func gzipErr(name string, err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("%s: truncated gzip file (cut short while copying or downloading?): %w", name, err)
	case errors.Is(err, gzip.ErrHeader):
		return fmt.Errorf("%s: not a valid gzip file: %w", name, err)
	case errors.Is(err, gzip.ErrChecksum):
		return fmt.Errorf("%s: damaged gzip file (checksum mismatch): %w", name, err)
	}
	return fmt.Errorf("%s: cannot decompress: %w", name, err)
}

// MediaType names the content: "text/html", "text/plain", or what the bytes
// look like otherwise (e.g. "application/octet-stream"). kind, when set,
// decides.
func MediaType(kind string, data []byte) string {
	switch kind {
	case KindHTML:
		return "text/html"
	case KindText:
		return "text/plain"
	}
	ct := http.DetectContentType(data)
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	if ct == "text/plain" {
		// DetectContentType only looks at the start; pages often open with
		// a blank line, a comment or a BOM before the first tag.
		head := bytes.ToLower(data[:min(len(data), 4096)])
		for _, tag := range [][]byte{[]byte("<html"), []byte("<!doctype html"), []byte("<body"), []byte("<head")} {
			if bytes.Contains(head, tag) {
				return "text/html"
			}
		}
	}
	return ct
}

func userErr(err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if errors.As(err, &pe) {
			return &plainErr{msg: pe.Path + ": no such file or directory", err: err}
		}
	case errors.Is(err, fs.ErrPermission):
		if errors.As(err, &pe) {
			return &plainErr{msg: pe.Path + ": permission denied", err: err}
		}
	}
	return err
}

// plainErr is a short message for the user that still unwraps to the
// underlying error, so errors.Is(err, fs.ErrNotExist) keeps working.
type plainErr struct {
	msg string
	err error
}

func (e *plainErr) Error() string { return e.msg }
func (e *plainErr) Unwrap() error { return e.err }

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
