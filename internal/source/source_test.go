package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func collect(r *Reader, paths ...string) []Item {
	var out []Item
	for it := range r.Items(context.Background(), paths) {
		out = append(out, it)
	}
	return out
}

// summary renders items as "path kind data|ERR message" for comparisons.
func summary(items []Item) []string {
	var out []string
	for _, it := range items {
		if it.Err != nil {
			out = append(out, it.Path+" ERR "+it.Err.Error())
			continue
		}
		out = append(out, it.Path+" "+it.Kind+" "+it.URL+" "+string(it.Data))
	}
	return out
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), []byte("plain"))
	write(t, filepath.Join(dir, "a.html"), []byte("<p>x</p>"))
	write(t, filepath.Join(dir, "sub", "c.HTM"), []byte("<p>c</p>"))
	write(t, filepath.Join(dir, "sub", "d.html.gz"), gz(t, []byte("<p>d</p>")))
	write(t, filepath.Join(dir, "sub", "e.jsonl"), []byte(`{"url":"https://e.example/1","text":"one"}`+"\n\n"+`{"url":"https://e.example/2","html":"<p>two</p>"}`))
	write(t, filepath.Join(dir, "notes.md"), []byte("skipped"))
	write(t, filepath.Join(dir, "image.png"), []byte("\x89PNG skipped"))
	write(t, filepath.Join(dir, ".hidden", "f.txt"), []byte("skipped"))
	write(t, filepath.Join(dir, ".g.txt"), []byte("skipped"))
	got := summary(collect(&Reader{}, dir))
	// Files leave the kind to the content; JSON Lines records name it.
	want := []string{
		filepath.Join(dir, "a.html") + "   <p>x</p>",
		filepath.Join(dir, "b.txt") + "   plain",
		filepath.Join(dir, "sub", "c.HTM") + "   <p>c</p>",
		filepath.Join(dir, "sub", "d.html.gz") + "   <p>d</p>",
		filepath.Join(dir, "sub", "e.jsonl") + ":1 text https://e.example/1 one",
		filepath.Join(dir, "sub", "e.jsonl") + ":3 html https://e.example/2 <p>two</p>",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk:\n got %q\nwant %q", got, want)
	}
	for _, it := range collect(&Reader{}, dir) {
		if gzName := strings.HasSuffix(it.Path, ".gz"); gzName != (it.Gzip != nil) {
			t.Errorf("%s: Gzip set = %v", it.Path, it.Gzip != nil)
		}
	}
}

func TestExplicitFileDetectedByContent(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.download")
	write(t, page, gz(t, []byte("<html><body>hi</body></html>")))
	lines := filepath.Join(dir, "dump.data")
	write(t, lines, []byte(`{"url":"u1","html":"<p>a</p>"}`+"\n"+`{"url":"u2","text":"b"}`+"\n"))
	plain := filepath.Join(dir, "README")
	write(t, plain, []byte("just text"))
	got := summary(collect(&Reader{}, page, lines, plain))
	want := []string{
		page + "   <html><body>hi</body></html>",
		lines + ":1 html u1 <p>a</p>",
		lines + ":2 text u2 b",
		plain + "   just text",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("explicit:\n got %q\nwant %q", got, want)
	}
}

func TestBadInputsAreItemsNotCrashes(t *testing.T) {
	dir := t.TempDir()
	full := gz(t, []byte(strings.Repeat("<p>some page text</p>\n", 2000)))
	trunc := filepath.Join(dir, "trunc.html.gz")
	write(t, trunc, full[:len(full)/2])
	notgz := filepath.Join(dir, "fake.html.gz")
	write(t, notgz, []byte("<p>not compressed</p>"))
	bomb := filepath.Join(dir, "bomb.html.gz")
	write(t, bomb, gz(t, make([]byte, 300<<10)))
	big := filepath.Join(dir, "big.txt")
	write(t, big, make([]byte, 200<<10))
	good := filepath.Join(dir, "good.txt")
	write(t, good, []byte("fine"))
	missing := filepath.Join(dir, "missing.txt")

	r := &Reader{MaxBytes: 100 << 10}
	items := collect(r, trunc, notgz, bomb, big, missing, good)
	wantErr := []string{"truncated gzip", "not a valid gzip", "decompresses to over the 100.0 KB limit", "the file is 200.0 KB, over the 100.0 KB limit", "no such file", ""}
	if len(items) != len(wantErr) {
		t.Fatalf("got %d items: %q", len(items), summary(items))
	}
	for i, it := range items {
		switch {
		case wantErr[i] == "" && it.Err != nil:
			t.Errorf("%s: unexpected error %v", it.Path, it.Err)
		case wantErr[i] != "" && (it.Err == nil || !strings.Contains(it.Err.Error(), wantErr[i])):
			t.Errorf("%s: err = %v, want it to mention %q", it.Path, it.Err, wantErr[i])
		case wantErr[i] != "" && it.Data != nil:
			t.Errorf("%s: failed item carries data", it.Path)
		}
	}
}

// TestHugeSparseFileRefusedUnread checks that a 200 MB file is refused from
// its size alone: the file is sparse, so reading it would be slow and show.
func TestHugeSparseFileRefusedUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Truncate(path, 200<<20); err != nil {
		t.Fatal(err)
	}
	items := collect(&Reader{}, path)
	if len(items) != 1 || items[0].Err == nil || !strings.Contains(items[0].Err.Error(), "200.0 MB, over the 50.0 MB limit") {
		t.Fatalf("items = %q", summary(items))
	}
}

func TestStdin(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want []string
	}{
		{"plain", []byte("Headline\n\nBody."), []string{"-   Headline\n\nBody."}},
		{"gzip", gz(t, []byte("<html>x</html>")), []string{"-   <html>x</html>"}},
		{"jsonl", []byte(`{"url":"a","text":"t1"}` + "\n" + `oops` + "\n"), []string{"-:1 text a t1", "-:2 ERR -:2: not a JSON object with url and html or text: invalid character 'o' looking for beginning of value"}},
		{"too big", bytes.Repeat([]byte("x"), 2048), []string{"- ERR standard input: over the 1.0 KB limit per document"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &Reader{Stdin: bytes.NewReader(c.in), MaxBytes: 1024}
			if got := summary(collect(r, "-")); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
	if got := summary(collect(&Reader{}, "-")); len(got) != 1 || !strings.Contains(got[0], "no standard input") {
		t.Errorf("no stdin: %q", got)
	}
}

func TestJSONLBadLines(t *testing.T) {
	long := `{"url":"l","text":"` + strings.Repeat("y", 300) + `"}`
	input := strings.Join([]string{
		`{"url":"https://a.example/","html":"<p>A</p>"}`,
		`not json`,
		`{"url":"https://b.example/"}`,
		`{"url":"https://c.example/","text":"   "}`,
		`   `,
		long,
		`{"url":"d","text":"D"} {"url":"e","text":"E"}`,
		`["a","b"]`,
		`{"url":"https://f.example/","text":"F","html":"<p>F</p>"}` + "\r",
		`{"url":"g","text":"G"}`,
	}, "\n")
	path := filepath.Join(t.TempDir(), "pages.jsonl")
	write(t, path, []byte(input))
	r := &Reader{MaxBytes: 200}
	got := summary(collect(r, path))
	p := path
	want := []string{
		p + ":1 html https://a.example/ <p>A</p>",
		p + ":2 ERR " + p + ":2: not a JSON object with url and html or text: invalid character 'o' in literal null (expecting 'u')",
		p + `:3 ERR ` + p + `:3: no "html" or "text" field`,
		p + ":4 ERR " + p + ":4: the page is empty",
		p + ":6 ERR " + p + ":6: line is over the 200 bytes limit per document",
		p + ":7 ERR " + p + ":7: more than one JSON value on the line",
		p + ":8 ERR " + p + ":8: not a JSON object with url and html or text: json: cannot unmarshal array into Go value of type source.jsonlRecord",
		p + ":9 html https://f.example/ <p>F</p>",
		p + ":10 text g G",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("jsonl:\n got %q\nwant %q", got, want)
	}
}

func TestJSONLGzipTruncated(t *testing.T) {
	var lines []string
	for i := 0; i < 500; i++ {
		lines = append(lines, `{"url":"u","text":"line of text number `+strings.Repeat("z", i%50)+`"}`)
	}
	z := gz(t, []byte(strings.Join(lines, "\n")))
	path := filepath.Join(t.TempDir(), "pages.jsonl.gz")
	write(t, path, z[:len(z)*2/3])
	items := collect(&Reader{}, path)
	last := items[len(items)-1]
	if last.Err == nil || !strings.Contains(last.Err.Error(), "truncated gzip") {
		t.Fatalf("last item = %q", summary(items[len(items)-1:]))
	}
	for _, it := range items[:len(items)-1] {
		if it.Err != nil {
			t.Fatalf("early error %v", it.Err)
		}
	}
}

func TestMediaType(t *testing.T) {
	cases := []struct {
		kind, data, want string
	}{
		{"html", "anything", "text/html"},
		{"text", "<html>", "text/plain"},
		{"", "<!DOCTYPE html><html>", "text/html"},
		{"", "\n\n  <!-- saved page -->\n<html lang=en>", "text/html"},
		{"", "Just a headline\nand text", "text/plain"},
		{"", "\x00\x01\x02binary\x00", "application/octet-stream"},
	}
	for _, c := range cases {
		if got := MediaType(c.kind, []byte(c.data)); got != c.want {
			t.Errorf("MediaType(%q, %q) = %q, want %q", c.kind, c.data, got, c.want)
		}
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"url":"u","html":"<p>x</p>"}` + "\n" + `{"text":"y"}`))
	f.Add([]byte("not json\n\n{\"url\":1}\r\n"))
	f.Add([]byte(`{"url":"u","text":"` + strings.Repeat("a", 100) + `"}`))
	f.Add([]byte("{\"text\":\"\\u0000\"}\n{}{}\n[]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &Reader{MaxBytes: 64}
		n := 0
		ok := r.readJSONL(context.Background(), "f.jsonl", bytes.NewReader(data), func(it Item) bool {
			n++
			if (it.Err == nil) == (it.Data == nil) {
				t.Fatalf("item %q: exactly one of Err and Data must be set", it.Path)
			}
			if it.Err == nil && int64(len(it.Data)) > 64 {
				t.Fatalf("item %q: %d bytes over the cap", it.Path, len(it.Data))
			}
			return true
		})
		if !ok {
			t.Fatal("reader stopped early")
		}
		if lines := bytes.Count(data, []byte("\n")) + 1; n > lines {
			t.Fatalf("%d items from %d lines", n, lines)
		}
	})
}

func FuzzStdinContent(f *testing.F) {
	f.Add([]byte("<html><body>x</body></html>"))
	f.Add([]byte(`{"url":"u","text":"t"}` + "\n" + `{"html":"<p>"}`))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(`{"url":"u","html":"<p>zipped</p>"}`))
	zw.Close()
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		// Through standard input, the way unnamed content arrives.
		r := &Reader{MaxBytes: 4096, Stdin: bytes.NewReader(data)}
		n := 0
		r.ReadEntry(context.Background(), Entry{Path: "-"}, func(it Item) bool {
			n++
			if (it.Err == nil) == (it.Data == nil) && len(data) > 0 {
				t.Fatalf("item %q: exactly one of Err and Data must be set", it.Path)
			}
			if int64(len(it.Data)) > r.MaxBytes {
				t.Fatalf("item %q: %d bytes over the cap", it.Path, len(it.Data))
			}
			return true
		})
		if n == 0 && !LooksLikeJSONL(data) {
			t.Fatal("input gave no item")
		}
	})
}

func TestMissingFileErrorUnwraps(t *testing.T) {
	items := collect(&Reader{}, filepath.Join(t.TempDir(), "missing.txt"))
	if len(items) != 1 || items[0].Err == nil {
		t.Fatalf("items = %+v", items)
	}
	if !errors.Is(items[0].Err, fs.ErrNotExist) {
		t.Errorf("error %q does not unwrap to fs.ErrNotExist", items[0].Err)
	}
	if !strings.HasSuffix(items[0].Err.Error(), "no such file or directory") {
		t.Errorf("error %q is not the short message", items[0].Err)
	}
}
