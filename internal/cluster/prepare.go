package cluster

import (
	"runtime"
	"sync"
)

// PrepareAll analyses docs with Prepare on all cores; the result does not
// depend on scheduling.
func PrepareAll(docs []Doc) []Features {
	feats := make([]Features, len(docs))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(docs)))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				feats[i] = Prepare(docs[i])
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return feats
}
