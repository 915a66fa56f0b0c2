package cluster

import (
	"cmp"
	"encoding/gob"
	"fmt"
	"io"
	"slices"
	"time"
)

// Save writes the Clusterer's whole state to w, so that a later process can
// Load it and go on with the stream exactly as if it had never stopped:
// the same following articles get the same assignments. The format is
// encoding/gob of an internal, versioned snapshot; it is meant for the
// same version of newsdesk, not for exchange.
func (c *Clusterer) Save(w io.Writer) error {
	s := c.snapshot()
	if err := gob.NewEncoder(w).Encode(s); err != nil {
		return fmt.Errorf("save clustering state: %w", err)
	}
	return nil
}

// snapshot copies the state into plain exported values. Equal states give
// deeply equal snapshots.
func (c *Clusterer) snapshot() *snapshot {
	s := &snapshot{
		Version: snapshotVersion, Cfg: c.cfg,
		DFN: c.df.n, DFAdded: c.df.added, DFCounts: c.df.counts,
		Alias: c.alias, Index: c.index,
		Seq: c.seq, NextIdx: c.nextIdx, LastPass: c.lastPass, Newest: c.newest, Passes: c.passes,
	}
	for _, idx := range c.activeIDs() {
		st := c.active[idx]
		ss := storySnap{Idx: st.idx, N: st.n, Last: st.last, LastSeq: st.lastSeq, First: st.first,
			Keys: st.keys, Members: st.members, Lang: st.lang}
		for k := range st.vec {
			ss.W[k], ss.Norm2[k] = st.vec[k].w, st.vec[k].norm2
		}
		s.Stories = append(s.Stories, ss)
	}
	// near-duplicate index: number the entries in arrival order, then
	// store the posting lists as lists of numbers
	var all []*dupEntry
	seen := map[*dupEntry]bool{}
	for _, m := range []map[uint64][]*dupEntry{c.dups.old, c.dups.cur} {
		for _, l := range m {
			for _, e := range l {
				if !seen[e] {
					seen[e] = true
					all = append(all, e)
				}
			}
		}
	}
	slices.SortFunc(all, func(a, b *dupEntry) int { return cmp.Compare(a.seq, b.seq) })
	num := make(map[*dupEntry]int, len(all))
	for i, e := range all {
		num[e] = i
		s.Dups = append(s.Dups, dupSnap{Seq: e.seq, ID: e.id, Story: e.story, Root: e.root, Sig: e.sig, Keys: e.keys})
	}
	lists := func(m map[uint64][]*dupEntry) map[uint64][]int {
		out := make(map[uint64][]int, len(m))
		for k, l := range m {
			ns := make([]int, len(l))
			for i, e := range l {
				ns[i] = num[e]
			}
			out[k] = ns
		}
		return out
	}
	s.DupSize, s.DupN = c.dups.size, c.dups.n
	s.DupCur, s.DupOld = lists(c.dups.cur), lists(c.dups.old)
	for _, r := range c.history {
		s.History = append(s.History, recordSnap{ID: r.id, Story: r.story, DupOf: r.dupOf, DupIdx: r.dupIdx,
			Overlap: r.overlap, F: *r.f, V: r.v})
	}
	return s
}

// Load reads a state written by Save.
func Load(r io.Reader) (*Clusterer, error) {
	var s snapshot
	if err := gob.NewDecoder(r).Decode(&s); err != nil {
		return nil, fmt.Errorf("load clustering state: %w", err)
	}
	if s.Version != snapshotVersion {
		return nil, fmt.Errorf("load clustering state: version %d, this newsdesk reads version %d (re-run clustering)", s.Version, snapshotVersion)
	}
	if len(s.DFCounts) != 1<<dfBits {
		return nil, fmt.Errorf("load clustering state: document-frequency table has %d buckets, want %d", len(s.DFCounts), 1<<dfBits)
	}
	c := New(s.Cfg)
	c.df.n, c.df.added, c.df.counts = s.DFN, s.DFAdded, s.DFCounts
	c.seq, c.nextIdx, c.lastPass, c.newest, c.passes = s.Seq, s.NextIdx, s.LastPass, s.Newest, s.Passes
	if s.Alias != nil {
		c.alias = s.Alias
	}
	if s.Index != nil {
		c.index = s.Index
	}
	for from := range c.alias {
		idx, steps := from, 0
		for ok := true; ok; idx, ok = c.alias[idx] {
			if steps++; steps > len(c.alias)+1 {
				return nil, fmt.Errorf("load clustering state: story merges form a cycle")
			}
		}
	}
	for _, ss := range s.Stories {
		for _, m := range ss.Members {
			if m < 0 || m >= len(s.History) {
				return nil, fmt.Errorf("load clustering state: story s%d lists article %d of %d", ss.Idx, m, len(s.History))
			}
		}
		st := &story{idx: ss.Idx, n: ss.N, last: ss.Last, lastSeq: ss.LastSeq, first: ss.First,
			keys: ss.Keys, members: ss.Members, lang: ss.Lang}
		for k := range st.vec {
			st.vec[k].w, st.vec[k].norm2 = ss.W[k], ss.Norm2[k]
			if st.vec[k].w == nil {
				st.vec[k].w = map[uint64]float32{}
			}
		}
		c.active[st.idx] = st
	}
	entries := make([]*dupEntry, len(s.Dups))
	for i, d := range s.Dups {
		entries[i] = &dupEntry{seq: d.Seq, id: d.ID, story: d.Story, root: d.Root, sig: d.Sig, keys: d.Keys}
	}
	lists := func(m map[uint64][]int) (map[uint64][]*dupEntry, error) {
		out := make(map[uint64][]*dupEntry, len(m))
		for k, ns := range m {
			l := make([]*dupEntry, len(ns))
			for i, n := range ns {
				if n < 0 || n >= len(entries) {
					return nil, fmt.Errorf("load clustering state: near-duplicate index refers to entry %d of %d", n, len(entries))
				}
				l[i] = entries[n]
			}
			out[k] = l
		}
		return out, nil
	}
	var err error
	c.dups.size, c.dups.n = s.DupSize, s.DupN
	if c.dups.cur, err = lists(s.DupCur); err != nil {
		return nil, err
	}
	if c.dups.old, err = lists(s.DupOld); err != nil {
		return nil, err
	}
	for i := range s.History {
		h := &s.History[i]
		if h.DupIdx >= len(s.History) || h.DupIdx < -1 {
			return nil, fmt.Errorf("load clustering state: article %q copies article %d of %d", h.ID, h.DupIdx, len(s.History))
		}
		f := h.F
		c.history = append(c.history, record{id: h.ID, story: h.Story, dupOf: h.DupOf, dupIdx: h.DupIdx,
			overlap: h.Overlap, f: &f, v: h.V})
		if _, seen := c.byID[h.ID]; !seen {
			c.byID[h.ID] = i
		}
	}
	return c, nil
}

const snapshotVersion = 1

type snapshot struct {
	Version  int
	Cfg      Config
	DFN      float64
	DFAdded  int
	DFCounts []uint16
	Stories  []storySnap
	Alias    map[int]int
	Index    map[uint64][]int
	Dups     []dupSnap
	DupSize  int
	DupN     int
	DupCur   map[uint64][]int
	DupOld   map[uint64][]int
	Seq      int64
	NextIdx  int
	LastPass int64
	Newest   time.Time
	Passes   int
	History  []recordSnap
}

type storySnap struct {
	Idx, N      int
	Last, First time.Time
	LastSeq     int64
	W           [nKinds]map[uint64]float32
	Norm2       [nKinds]float64
	Keys        []uint64
	Members     []int
	Lang        string
}

type dupSnap struct {
	Seq   int64
	ID    string
	Story int
	Root  string
	Sig   Signature
	Keys  [bands]uint64
}

type recordSnap struct {
	ID      string
	Story   int
	DupOf   string
	DupIdx  int
	Overlap float64
	F       Features
	V       docVec
}
