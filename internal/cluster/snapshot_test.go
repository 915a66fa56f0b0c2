package cluster

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func clone(t *testing.T, c *Clusterer) *Clusterer {
	t.Helper()
	var buf bytes.Buffer
	if err := c.Save(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// A stream saved half way and loaded in a new Clusterer goes on exactly
// as the uninterrupted one.
func TestSaveLoadContinuesTheStream(t *testing.T) {
	for _, stream := range []bool{false, true} {
		cfg := DefaultConfig()
		cfg.Stream = stream
		cfg.PassEvery = 7
		var docs []Doc
		for r := 0; r < 6; r++ {
			for _, m := range multilingual {
				d := m.doc
				d.ID = fmt.Sprintf("%s-%d", d.ID, r)
				d.Published = d.Published.Add(time.Duration(r) * 36 * time.Hour)
				if r%2 == 1 {
					d.Text += "\nMore details followed on day " + fmt.Sprint(r) + "."
				}
				docs = append(docs, d)
			}
		}
		a, b := New(cfg), New(cfg)
		half := len(docs) / 2
		for _, d := range docs[:half] {
			a.Add(d)
			b.Add(d)
		}
		b = clone(t, b)
		for _, d := range docs[half:] {
			x, y := a.Add(d), b.Add(d)
			if x != y {
				t.Fatalf("stream=%v: after loading, %s went to %+v, uninterrupted %+v", stream, d.ID, y, x)
			}
		}
		if !reflect.DeepEqual(a.snapshot(), b.snapshot()) {
			t.Fatalf("stream=%v: state after loading and continuing differs from the uninterrupted state", stream)
		}
		fa, fb := a.Finish(), b.Finish()
		if len(fa) != len(fb) {
			t.Fatalf("stream=%v: Finish lengths %d and %d", stream, len(fa), len(fb))
		}
		for i := range fa {
			if fa[i] != fb[i] {
				t.Fatalf("stream=%v: Finish differs at %d: %+v vs %+v", stream, i, fa[i], fb[i])
			}
		}
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	if _, err := Load(strings.NewReader("not a snapshot")); err == nil {
		t.Error("Load accepted garbage")
	}
}

func FuzzLoad(f *testing.F) {
	c := New(DefaultConfig())
	for _, m := range multilingual {
		c.Add(m.doc)
	}
	var buf bytes.Buffer
	if err := c.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		d.Add(multilingual[0].doc)
		d.Finish()
	})
}
