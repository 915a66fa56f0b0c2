package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsdesk/internal/evaldata"
)

// benchCorpus prepares the ECB+ documents (or, without the shared data,
// the multilingual fixtures) as the articles to replay.
func benchCorpus(b *testing.B) []Features {
	b.Helper()
	var docs []Doc
	dir, _ := os.Getwd()
	path := filepath.Join(filepath.Dir(filepath.Dir(filepath.Dir(dir))), "shared", "eval", "ecbplus", "dev.jsonl")
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var d struct {
				Sentences []string `json:"sentences"`
			}
			if json.Unmarshal(sc.Bytes(), &d) == nil && len(d.Sentences) > 0 {
				docs = append(docs, Doc{ID: fmt.Sprint(len(docs)), Title: d.Sentences[0], Text: strings.Join(d.Sentences, "\n")})
			}
		}
	} else {
		for _, m := range multilingual {
			docs = append(docs, m.doc)
		}
	}
	out := make([]Features, len(docs))
	for i := range docs {
		out[i] = Prepare(docs[i])
	}
	return out
}

// BenchmarkAddFeatures measures assignment alone (features prepared in
// advance) over a stream replaying the corpus with renamed features and
// shifted dates, in stream mode.
func BenchmarkAddFeatures(b *testing.B) {
	base := benchCorpus(b)
	const rounds = 32
	stream := make([]Features, 0, rounds*len(base))
	for r := 0; r < rounds; r++ {
		for i := range base {
			stream = append(stream, Variant(&base[i], uint64(r)*0x9e3779b97f4a7c15+1, fmt.Sprintf("r%d-%d", r, i),
				time.Duration(r)*24*time.Hour+time.Duration(i)*time.Minute))
		}
	}
	cfg := DefaultConfig()
	cfg.Stream = true
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := evaldata.CPUTime()
	var c *Clusterer
	for i := 0; i < b.N; i++ {
		if i%len(stream) == 0 {
			c = New(cfg)
		}
		c.AddFeatures(&stream[i%len(stream)])
	}
	b.ReportMetric(float64(b.N)/(evaldata.CPUTime()-cpu0).Seconds(), "articles/cpu-s")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkPrepare(b *testing.B) {
	d := multilingual[0].doc
	d.Text = strings.Repeat(d.Text+"\n", 10)
	b.SetBytes(int64(len(d.Text)))
	for i := 0; i < b.N; i++ {
		Prepare(d)
	}
}

// BenchmarkFinish10k measures Finish (the order-independent regrouping)
// after 10,000 articles: the corpus replayed with renamed features and
// shifted dates, so the rounds are separate stories with real statistics.
func BenchmarkFinish10k(b *testing.B) {
	base := benchCorpus(b)
	const n = 10000
	stream := make([]Features, 0, n)
	for r := 0; len(stream) < n; r++ {
		for i := range base {
			if len(stream) == n {
				break
			}
			stream = append(stream, Variant(&base[i], uint64(r)*0x9e3779b97f4a7c15+1, fmt.Sprintf("r%d-%d", r, i),
				time.Duration(r)*24*time.Hour+time.Duration(i)*time.Minute))
		}
	}
	b.ReportAllocs()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		c := New(DefaultConfig())
		for j := range stream {
			c.AddFeatures(&stream[j])
		}
		b.StartTimer()
		cpu0 := evaldata.CPUTime()
		c.Finish()
		cpu += evaldata.CPUTime() - cpu0
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/finish")
}
