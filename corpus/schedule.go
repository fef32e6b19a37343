package corpus

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

// A scheduler runs the jobs of one wave of a load (see loader.join) on at
// most GOMAXPROCS worker goroutines, started with the wave's first job.
//
// A job either can start at once (a file job, started by spawn) or waits
// for other jobs of the wave to finish (a follow-up, started by after,
// such as building the positions index once the actors, the issues and
// every positions file are checked). Follow-ups that are ready run before
// waiting file jobs: they are the end of a chain the wave waits for, and
// starting them early lets them run beside the files that remain instead
// of alone after them. File jobs start in the order they were spawned.
//
// The order jobs run in never shows in the result: join replays them in
// the order they were started.
type scheduler struct {
	mu   sync.Mutex
	cond sync.Cond // signalled when a job becomes ready, the wave closes or the last job ends
	// files and followUps are the jobs ready to run, in the order they
	// became ready.
	files, followUps []*loader
	unfinished       int  // jobs started and not finished, ready or waiting
	closed           bool // no more jobs will be started
	workers          sync.WaitGroup
}

func newScheduler() *scheduler {
	s := &scheduler{}
	s.cond.L = &s.mu
	for range runtime.GOMAXPROCS(0) {
		s.workers.Go(s.work)
	}
	return s
}

// job is the part of a job's loader the scheduler keeps.
type job struct {
	run        func(j *loader)
	waiting    int       // jobs this one waits for that have not finished
	dependents []*loader // jobs waiting for this one
	done       bool
	// depPanicked is set when a job this one waits for panicked: it is
	// then not run (join raises the first panic).
	depPanicked bool
	deps        []*loader
	panicked    error // what run panicked with, with its stack
}

// start adds j, which waits for deps (nil entries are ignored), to the
// wave. It runs as soon as deps have finished.
func (s *scheduler) start(j *loader, deps []*loader) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.unfinished++
	for _, d := range deps {
		if d == nil {
			continue
		}
		j.deps = append(j.deps, d)
		if d.done {
			j.depPanicked = j.depPanicked || d.panicked != nil
			continue
		}
		j.waiting++
		d.dependents = append(d.dependents, j)
	}
	if j.waiting == 0 {
		s.ready(j)
	}
}

// ready queues j to run; s.mu is held.
func (s *scheduler) ready(j *loader) {
	if len(j.deps) > 0 {
		s.followUps = append(s.followUps, j)
	} else {
		s.files = append(s.files, j)
	}
	s.cond.Signal()
}

// work is a worker: it runs ready jobs until the wave is closed and every
// job has finished.
func (s *scheduler) work() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		var j *loader
		switch {
		case len(s.followUps) > 0:
			j, s.followUps = s.followUps[0], s.followUps[1:]
		case len(s.files) > 0:
			j, s.files = s.files[0], s.files[1:]
		case s.closed && s.unfinished == 0:
			return
		default:
			s.cond.Wait()
			continue
		}
		s.mu.Unlock()
		j.runJob()
		s.mu.Lock()
		s.finished(j)
	}
}

// finished records that j has run and queues the jobs that were waiting
// only for it; s.mu is held.
func (s *scheduler) finished(j *loader) {
	j.done = true
	s.unfinished--
	for _, d := range j.dependents {
		d.depPanicked = d.depPanicked || j.panicked != nil
		if d.waiting--; d.waiting == 0 {
			s.ready(d)
		}
	}
	j.dependents = nil
	if s.unfinished == 0 {
		s.cond.Broadcast()
	}
}

// wait closes the wave and waits until its jobs have finished and the
// workers have stopped.
func (s *scheduler) wait() {
	s.mu.Lock()
	s.closed = true
	s.cond.Broadcast()
	s.mu.Unlock()
	s.workers.Wait()
}

// runJob runs the job on its loader, recording a panic (a bug, never bad
// input) for join to raise on the caller's goroutine. A follow-up sees
// the files of the jobs it waited for.
func (j *loader) runJob() {
	if j.depPanicked {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			what := "checking " + j.name
			if j.name == "" {
				what = "a follow-up job"
			}
			j.panicked = fmt.Errorf("corpus: %s panicked: %v\n%s", what, r, debug.Stack())
		}
	}()
	for _, d := range j.deps {
		for name, f := range d.files {
			j.files[name] = f
		}
	}
	j.run(j)
	j.finishCitations()
	// Every citation of the job's file is located: its tree's nodes can
	// go to the file parsed next (tree parses it again if a problem is
	// reported in it later).
	if f := j.files[j.name]; f != nil && j.name != "" {
		f.release()
	}
}
