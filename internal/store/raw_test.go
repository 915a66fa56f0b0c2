package store

import (
	"bytes"
	"strings"
	"testing"
)

func TestGzipRoundTrip(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("x"), []byte(strings.Repeat("page text ", 10000)), {0, 1, 2, 255}} {
		z, err := Gzip(in)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Gunzip(z)
		if err != nil || !bytes.Equal(out, in) {
			t.Errorf("round trip of %d bytes: %v", len(in), err)
		}
	}
	if _, err := Gunzip([]byte("not gzip")); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("Gunzip(garbage) err = %v", err)
	}
}
