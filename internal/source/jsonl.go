package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// jsonlRecord is one line of a JSON Lines input.
type jsonlRecord struct {
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// LooksLikeJSONL reports whether data is JSON Lines with pages: its first
// non-blank line is a JSON object with an "html" or "text" string.
func LooksLikeJSONL(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(data) == 0 || data[0] != '{' {
		return false
	}
	line := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		line = data[:i]
	}
	var rec jsonlRecord
	return json.Unmarshal(line, &rec) == nil && (rec.HTML != nil || rec.Text != nil)
}

func (r *Reader) readJSONLFile(ctx context.Context, path string, gz bool, yield func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{Path: path, Err: userErr(err)})
	}
	defer f.Close()
	var rd io.Reader = f
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return yield(Item{Path: path, Err: gzipErr(path, err)})
		}
		rd = zr
	}
	return r.readJSONL(ctx, path, rd, yield)
}

// readJSONL yields one Item per non-blank line of rd. A bad line yields an
// Item with Err and reading goes on; lines longer than MaxBytes are skipped
// without being held in memory.
func (r *Reader) readJSONL(ctx context.Context, path string, rd io.Reader, yield func(Item) bool) bool {
	br := bufio.NewReaderSize(rd, 64<<10)
	for lineNo := 1; ; lineNo++ {
		if ctx.Err() != nil {
			return false
		}
		line, tooLong, err := r.readLine(br)
		name := fmt.Sprintf("%s:%d", path, lineNo)
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
				return yield(Item{Path: name, Err: gzipErr(path, err)})
			}
			return yield(Item{Path: name, Err: fmt.Errorf("%s: read: %w", name, err)})
		}
		if tooLong {
			if !yield(Item{Path: name, Err: fmt.Errorf("%s: line is over the %s limit per document", name, humanBytes(r.max()))}) {
				return false
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if !yield(parseJSONLLine(name, line)) {
				return false
			}
		}
		if errors.Is(err, io.EOF) {
			return true
		}
	}
}

// readLine reads one line without its newline. When the line is longer than
// MaxBytes it is consumed and discarded and tooLong is set. err is io.EOF
// after the last line.
func (r *Reader) readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > r.max()+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == nil:
			return bytes.TrimRight(line, "\r\n"), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return bytes.TrimRight(line, "\r\n"), tooLong, err
		}
	}
}

func parseJSONLLine(name string, line []byte) Item {
	var rec jsonlRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return Item{Path: name, Err: fmt.Errorf("%s: not a JSON object with url and html or text: %w", name, err)}
	}
	if dec.More() {
		return Item{Path: name, Err: fmt.Errorf("%s: more than one JSON value on the line", name)}
	}
	switch {
	case rec.HTML != nil && strings.TrimSpace(*rec.HTML) != "":
		return Item{Path: name, URL: rec.URL, Data: []byte(*rec.HTML), Kind: KindHTML}
	case rec.Text != nil && strings.TrimSpace(*rec.Text) != "":
		return Item{Path: name, URL: rec.URL, Data: []byte(*rec.Text), Kind: KindText}
	case rec.HTML != nil || rec.Text != nil:
		return Item{Path: name, URL: rec.URL, Err: fmt.Errorf("%s: the page is empty", name)}
	}
	return Item{Path: name, URL: rec.URL, Err: fmt.Errorf(`%s: no "html" or "text" field`, name)}
}
