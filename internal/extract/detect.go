package extract

import (
	"bytes"
	"regexp"
)

// magic lists file signatures of formats that are not news pages.
var magic = []struct {
	prefix string
	offset int
	name   string
}{
	{"\x89PNG\r\n\x1a\n", 0, "PNG"},
	{"\xff\xd8\xff", 0, "JPEG"},
	{"GIF87a", 0, "GIF"},
	{"GIF89a", 0, "GIF"},
	{"WEBP", 8, "WebP"},
	{"%PDF-", 0, "PDF"},
	{"PK\x03\x04", 0, "ZIP"},
	{"PK\x05\x06", 0, "ZIP"},
	{"\x1f\x8b", 0, "gzip"},
	{"BZh", 0, "bzip2"},
	{"\xfd7zXZ\x00", 0, "xz"},
	{"7z\xbc\xaf\x27\x1c", 0, "7-Zip"},
	{"Rar!\x1a\x07", 0, "RAR"},
	{"\x28\xb5\x2f\xfd", 0, "zstd"},
	{"\x7fELF", 0, "an ELF executable"},
	{"MZ", 0, "a Windows executable"},
	{"\x00asm", 0, "WebAssembly"},
	{"SQLite format 3\x00", 0, "an SQLite database"},
	{"OggS", 0, "Ogg media"},
	{"ID3", 0, "MP3"},
	{"fLaC", 0, "FLAC"},
	{"ftyp", 4, "MP4/QuickTime"},
	{"\x1aE\xdf\xa3", 0, "Matroska/WebM"},
	{"II*\x00", 0, "TIFF"},
	{"MM\x00*", 0, "TIFF"},
	{"\x00\x00\x01\x00", 0, "an icon"},
	{"wOFF", 0, "a web font"},
	{"wOF2", 0, "a web font"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office file"},
	{"{\\rtf", 0, "RTF"},
}

// binaryKind names the binary format data looks like, or "" when it may
// be text. UTF-16 text (NUL bytes in a regular pattern) is text.
func binaryKind(data []byte, utf16 bool) string {
	for _, m := range magic {
		if len(data) >= m.offset+len(m.prefix) && string(data[m.offset:m.offset+len(m.prefix)]) == m.prefix {
			if m.name == "a Windows executable" && !bytes.Contains(data[:min(len(data), 512)], []byte{0}) {
				continue // text that starts with "MZ"
			}
			return m.name
		}
	}
	if utf16 {
		return ""
	}
	head := data[:min(len(data), 8192)]
	var nul, ctrl int
	for _, b := range head {
		switch {
		case b == 0:
			nul++
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b:
			ctrl++
		}
	}
	// A stray NUL or control byte happens in real pages; binary files are
	// full of them.
	if bad := nul + ctrl; bad >= 2 && bad*100 > len(head) {
		return "binary data"
	}
	return ""
}

var (
	// strongHTML are markers only HTML documents start with or carry early.
	strongHTML = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])`)
	anyHTML    = regexp.MustCompile(`(?i)<(?:html|head|body|meta|title|link|script|style)[\s>/]`)
	htmlTag    = regexp.MustCompile(`(?i)</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|tr|td|img|article|section|header|footer|nav|main|strong|em|b|i)(?:\s[^<>]{0,400})?/?>`)
)

// looksHTML decides whether decoded text is an HTML document by its
// content: a doctype or <html>/<head>/<body> at the start, several head
// elements early on, or markup making up a good share of the text.
func looksHTML(text string) bool {
	head := text[:min(len(text), 4096)]
	if strongHTML.MatchString(head) {
		return true
	}
	// Head elements early on, but more than one: a page of plain text may
	// quote a stray <script> tag.
	if len(anyHTML.FindAllStringIndex(head, 3)) >= 3 {
		return true
	}
	sample := text[:min(len(text), 64<<10)]
	tags := append(htmlTag.FindAllStringIndex(sample, 200), anyHTML.FindAllStringIndex(sample, 50)...)
	if len(tags) < 5 {
		return false
	}
	markup := 0
	for _, t := range tags {
		markup += t[1] - t[0]
	}
	return markup*20 >= len(sample) || len(tags) >= 50
}
