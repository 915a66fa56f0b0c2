package pipeline

import (
	"context"
	"iter"
	"sync"

	"newsdesk/internal/extract"
	"newsdesk/internal/model"
	"newsdesk/internal/source"
)

// Extracted is the outcome of extracting one input without storing it.
type Extracted struct {
	Path    string
	Article *model.Article // nil when Err is set
	Err     error
}

// ExtractAll extracts every item concurrently (workers goroutines; 0 means
// GOMAXPROCS) and calls emit for each, from one goroutine, in input order.
// It returns ctx's error if ctx is done before every item is emitted.
func ExtractAll(ctx context.Context, items iter.Seq[source.Item], fn ExtractFunc, nworkers int, emit func(Extracted)) error {
	if fn == nil {
		fn = extract.Extract
	}
	nw := workers(nworkers)
	type job struct {
		seq int
		it  source.Item
	}
	type done struct {
		seq int
		x   Extracted
	}
	inFlight := 4 * nw
	tokens := make(chan struct{}, inFlight)
	jobs := make(chan job)
	results := make(chan done, inFlight)

	var wg sync.WaitGroup
	for range nw {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				x := Extracted{Path: j.it.Path, Err: j.it.Err}
				if x.Err == nil {
					x.Err = ctx.Err()
				}
				if x.Err == nil {
					x.Article, x.Err = runExtract(ctx, fn, extract.Input{
						Path: j.it.Path, URL: j.it.URL, Data: j.it.Data, Kind: j.it.Kind,
					})
				}
				results <- done{j.seq, x}
			}
		}()
	}
	// Emitter: reorders results into input order. A token is freed only
	// when its result is emitted, so the oldest unemitted item is always in
	// flight and the reorder buffer stays within inFlight entries.
	emitted := make(chan struct{})
	go func() {
		defer close(emitted)
		buf := map[int]Extracted{}
		nextSeq := 0
		for d := range results {
			buf[d.seq] = d.x
			for {
				x, ok := buf[nextSeq]
				if !ok {
					break
				}
				delete(buf, nextSeq)
				nextSeq++
				emit(x)
				<-tokens
			}
		}
	}()

	seq := 0
	stopped := false
	for it := range items {
		select {
		case tokens <- struct{}{}:
		case <-ctx.Done():
			stopped = true
		}
		if stopped {
			break
		}
		jobs <- job{seq, it}
		seq++
	}
	close(jobs)
	wg.Wait()
	close(results)
	<-emitted
	return ctx.Err()
}
