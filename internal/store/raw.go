package store

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"
)

// Raw bytes are stored gzip-compressed. Compression is the costly part of
// storing a document, so callers may compress ahead of time with Gzip (for
// example concurrently, outside a store's single writer) or hand over the
// gzip stream the input arrived in, and pass it to Writer.PutDocument.

var gzPool = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // a valid level never fails
	return zw
}}

// Gzip compresses raw document bytes for storage. It favours speed: raw pages
// are written once and read rarely.
func Gzip(raw []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(raw)/4 + 64)
	zw := gzPool.Get().(*gzip.Writer)
	defer gzPool.Put(zw)
	zw.Reset(&buf)
	if _, err := zw.Write(raw); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	return buf.Bytes(), nil
}

// Gunzip decompresses stored raw bytes.
func Gunzip(z []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("stored raw bytes are damaged: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("stored raw bytes are damaged: %w", err)
	}
	return b, nil
}
