package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"sync"

	"newsdesk/internal/extract"
	"newsdesk/internal/model"
	"newsdesk/internal/source"
	"newsdesk/internal/store"
)

// Ingest stores documents and their extracted articles.
type Ingest struct {
	Store   store.Store
	Extract ExtractFunc // nil means extract.Extract
	Workers int         // extraction goroutines; 0 means GOMAXPROCS
	// Resume also extracts documents an earlier run stored but did not
	// finish.
	Resume bool
	// Reextract runs extraction again on every stored document (after an
	// extractor upgrade), replacing articles in place; it implies Resume.
	Reextract bool
	// OnResult, when set, is called once per document from a single
	// goroutine, in completion order.
	OnResult func(Result)
	// BatchSize caps the writes committed in one transaction (default 64).
	BatchSize int
}

// Summary counts the outcomes of a run.
type Summary struct {
	Ingested int
	Resumed  int // of Ingested: documents left pending by an earlier run
	// Reextracted counts stored documents extracted again (Reextract);
	// failures among them are in Failed.
	Reextracted int
	Known       int
	Failed      int
	Failures    []Result // in completion order
}

func (s *Summary) add(r Result) {
	switch r.Outcome {
	case Ingested:
		if r.Reextracted {
			s.Reextracted++
			return
		}
		s.Ingested++
		if r.Resumed {
			s.Resumed++
		}
	case Known:
		s.Known++
	case Failed:
		s.Failed++
		s.Failures = append(s.Failures, r)
	}
}

// writeOp is one unit of work for the writer goroutine.
type writeOp struct {
	res Result // Path, Resumed; Err set for read errors

	doc *model.Document // phase 1: raw bytes to store
	gz  []byte          // doc.Raw gzip-compressed, when known
	url string
	// kind is the extraction hint: the input's own for new inputs (as
	// `extract` would pass it), else recovered from the stored media type.
	kind string
	// phase 2: the extraction outcome for document res.Hash
	art     *model.Article
	xerr    error
	extract bool // phase 2 op
	// reextract sends doc, already stored, straight to extraction.
	reextract bool
}

type extractJob struct {
	res  Result
	in   extract.Input
	kind string
}

// Run ingests items. It returns when every item is processed, or early with
// ctx's error when ctx is done (documents in flight are left pending and the
// next run finishes them).
func (p *Ingest) Run(ctx context.Context, items iter.Seq[source.Item]) (Summary, error) {
	var sum Summary
	fn := p.Extract
	if fn == nil {
		fn = extract.Extract
	}
	nw := workers(p.Workers)
	batchMax := p.BatchSize
	if batchMax <= 0 {
		batchMax = 64
	}
	// At most inFlight documents are between reading and their final
	// commit; this bounds memory and guarantees that the writer's sends to
	// jobs never block.
	// A deep queue (16 per worker) keeps the workers busy while the writer
	// is delayed by a commit or by other load on the machine.
	inFlight := 16 * nw
	tokens := make(chan struct{}, inFlight)
	mem := newBudget(maxInFlightBytes)
	jobs := make(chan extractJob, inFlight)
	ops := make(chan writeOp, inFlight)
	var pending sync.WaitGroup

	// Writes that must finish even when ctx is cancelled, so that a
	// transaction in progress commits or rolls back cleanly.
	wctx := context.WithoutCancel(ctx)

	// Extraction workers.
	var wg sync.WaitGroup
	for range nw {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				op := writeOp{res: j.res, extract: true}
				if ctx.Err() != nil {
					op.xerr = ctx.Err()
				} else {
					op.art, op.xerr = runExtract(ctx, fn, j.in)
				}
				ops <- op
			}
		}()
	}

	// Writer: the only goroutine that writes to the store.
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		w := &writer{p: p, ctx: wctx, jobs: jobs, inFlight: map[string]string{}}
		for op := range ops {
			batch := []writeOp{op}
		drain:
			for len(batch) < batchMax {
				select {
				case op, ok := <-ops:
					if !ok {
						break drain
					}
					batch = append(batch, op)
				default:
					break drain
				}
			}
			for _, r := range w.commit(batch) {
				if ctx.Err() != nil && r.Outcome == Failed && errors.Is(r.Err, ctx.Err()) {
					r.Err = errors.New("interrupted; the next ingest finishes it")
				}
				sum.add(r)
				if p.OnResult != nil {
					p.OnResult(r)
				}
				mem.release(r.weight)
				<-tokens
				pending.Done()
			}
		}
		close(jobs)
	}()

	send := func(op writeOp) bool {
		select {
		case tokens <- struct{}{}:
		case <-ctx.Done():
			return false
		}
		if op.doc != nil {
			op.res.weight = int64(len(op.doc.Raw) + len(op.gz))
		}
		mem.acquire(op.res.weight)
		pending.Add(1)
		ops <- op
		return true
	}

	// Producer: documents left pending by an earlier run first, then the
	// inputs.
	var runErr error
	if p.Reextract {
		hashes, err := p.Store.DocumentHashes(ctx)
		if err != nil {
			runErr = fmt.Errorf("list stored documents: %w", err)
		}
		for _, h := range hashes {
			doc, err := p.Store.Document(ctx, h)
			if err != nil {
				if !send(writeOp{res: Result{Path: h, Hash: h, Reextracted: true, Stored: true, Outcome: Failed, Err: err}}) {
					break
				}
				continue
			}
			op := writeOp{res: Result{Path: doc.Path, Reextracted: true}, doc: doc, url: doc.URL, kind: kindOf(doc.MediaType), reextract: true}
			if !send(op) {
				break
			}
		}
	} else if p.Resume {
		hashes, err := p.Store.PendingDocuments(ctx)
		if err != nil {
			runErr = fmt.Errorf("find documents left pending: %w", err)
		}
		for _, h := range hashes {
			doc, err := p.Store.Document(ctx, h)
			if err != nil {
				if !send(writeOp{res: Result{Path: h, Hash: h, Resumed: true, Stored: true, Outcome: Failed, Err: err}}) {
					break
				}
				continue
			}
			if !send(writeOp{res: Result{Path: doc.Path, Resumed: true}, doc: doc, url: doc.URL, kind: kindOf(doc.MediaType)}) {
				break
			}
		}
	}
	if runErr == nil {
		for it := range items {
			op := writeOp{res: Result{Path: it.Path}}
			if it.Err != nil {
				op.res.Outcome, op.res.Err = Failed, it.Err
			} else {
				op.doc, op.url, op.gz, op.kind = newDocument(it), it.URL, it.Gzip, it.Kind
				if op.gz == nil {
					op.gz = p.precompress(ctx, op.doc)
				}
			}
			if !send(op) {
				break
			}
		}
	}
	pending.Wait()
	close(ops)
	<-writerDone
	wg.Wait()
	if runErr == nil {
		runErr = ctx.Err()
	}
	return sum, runErr
}

// precompress compresses a new document's raw bytes here, outside the single
// writer goroutine, so that the writer only writes. Large documents the
// store already has are not compressed; on any doubt the store compresses.
func (p *Ingest) precompress(ctx context.Context, doc *model.Document) []byte {
	// Small documents cost less to compress than to look up first.
	if len(doc.Raw) > 64<<10 {
		if _, err := p.Store.DocumentInfo(ctx, doc.Hash); !errors.Is(err, store.ErrNotFound) {
			return nil
		}
	}
	gz, err := store.Gzip(doc.Raw)
	if err != nil {
		return nil
	}
	return gz
}

// maxInFlightBytes bounds the raw bytes held by documents in flight, so that
// a run of huge pages (up to source.DefaultMaxBytes each) cannot exhaust
// memory.
const maxInFlightBytes = 256 << 20

// budget is a weighted semaphore over bytes. One document is always let
// through, however big, so that progress never stops.
type budget struct {
	mu        sync.Mutex
	cond      *sync.Cond
	used, max int64
	n         int
}

func newBudget(max int64) *budget {
	b := &budget{max: max}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *budget) acquire(w int64) {
	b.mu.Lock()
	for b.n > 0 && b.used+w > b.max {
		b.cond.Wait()
	}
	b.used += w
	b.n++
	b.mu.Unlock()
}

func (b *budget) release(w int64) {
	b.mu.Lock()
	b.used -= w
	b.n--
	b.mu.Unlock()
	b.cond.Broadcast()
}

// writer holds the writer goroutine's state.
type writer struct {
	p    *Ingest
	ctx  context.Context
	jobs chan<- extractJob
	// inFlight maps the hash of each document being extracted to its path,
	// so that the same bytes given twice in a batch are extracted once.
	inFlight map[string]string
}

// commit writes a batch in one transaction and returns the results of the
// documents it finished. Documents whose raw bytes were just stored are
// sent on to extraction instead. If the transaction fails, each op is
// retried alone so one bad write cannot fail its neighbours.
func (w *writer) commit(batch []writeOp) []Result {
	var out []Result
	var next []extractJob
	attempt := func(ops []writeOp) error {
		out, next = out[:0], next[:0]
		added := map[string]bool{}
		err := w.p.Store.Update(w.ctx, func(tx store.Writer) error {
			for _, op := range ops {
				r, job, err := w.apply(tx, op, added)
				if err != nil {
					return err
				}
				if job != nil {
					next = append(next, *job)
				} else {
					out = append(out, r)
				}
			}
			return nil
		})
		if err != nil {
			for h := range added {
				delete(w.inFlight, h)
			}
		}
		return err
	}
	if err := attempt(batch); err != nil {
		var all []Result
		var allNext []extractJob
		for _, op := range batch {
			if err := attempt([]writeOp{op}); err != nil {
				r := op.res
				r.Outcome, r.Err = Failed, fmt.Errorf("cannot write to the store: %w", err)
				if op.doc != nil {
					r.Hash = op.doc.Hash
				}
				if op.extract {
					delete(w.inFlight, r.Hash)
				}
				all = append(all, r)
				continue
			}
			all, allNext = append(all, out...), append(allNext, next...)
		}
		out, next = all, allNext
	}
	for _, op := range batch {
		if op.extract {
			delete(w.inFlight, op.res.Hash)
		}
	}
	for _, j := range next {
		w.jobs <- j // never blocks: the channel holds every document in flight
	}
	return out
}

// apply performs one op inside tx. It returns either a final Result or the
// extraction job to run next.
func (w *writer) apply(tx store.Writer, op writeOp, added map[string]bool) (Result, *extractJob, error) {
	r := op.res
	switch {
	case op.res.Err != nil && op.doc == nil && !op.extract:
		return r, nil, nil // reading failed; nothing to store
	case op.doc != nil:
		r.Hash = op.doc.Hash
		if _, dup := w.inFlight[r.Hash]; dup {
			// The same bytes are being extracted for an earlier input.
			r.Outcome, r.Stored = Known, true
			return r, nil, nil
		}
		if !op.reextract {
			st, err := tx.PutDocument(w.ctx, op.doc, op.gz)
			if err != nil {
				return r, nil, err
			}
			switch st {
			case store.DocExtracted, store.DocFailed:
				r.Outcome, r.Stored = Known, true
				return r, nil, nil
			}
		}
		r.Stored = true
		w.inFlight[r.Hash] = r.Path
		added[r.Hash] = true
		return r, &extractJob{res: r, in: extract.Input{
			Path: op.doc.Path, URL: op.url, Data: op.doc.Raw, Kind: op.kind,
		}}, nil
	case op.extract:
		if op.xerr != nil {
			r.Outcome, r.Err = Failed, op.xerr
			if errors.Is(op.xerr, context.Canceled) || errors.Is(op.xerr, context.DeadlineExceeded) {
				return r, nil, nil // leave it pending for the next run
			}
			return r, nil, tx.SetExtractError(w.ctx, r.Hash, op.xerr.Error())
		}
		op.art.DocHash = r.Hash
		id, err := tx.PutArticle(w.ctx, op.art)
		if err != nil {
			return r, nil, err
		}
		r.Outcome, r.ArticleID = Ingested, id
		return r, nil, nil
	}
	return r, nil, nil
}
