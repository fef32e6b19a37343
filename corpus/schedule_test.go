package corpus

import (
	"runtime"
	"testing"
	"testing/fstest"

	"github.com/accordmodel/accord"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFollowUpRunsAfterItsFiles checks the follow-up contract: a follow-up
// starts only once every job it waits for has finished, sees what they
// set and the files they decoded (so it reports problems at their lines),
// ignores nil jobs (files that were not read), and its problems are
// replayed after those of every file job, in the order the jobs were
// started.
func TestFollowUpRunsAfterItsFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.json": {Data: []byte("{\n  \"n\": 1\n}")},
		"b.json": {Data: []byte("{\n\n  \"n\": 2\n}")},
	}
	type file struct {
		N int `json:"n"`
	}
	l := newLoader(fsys)
	var a, b file
	ja := l.spawnFile("a.json", false, func(j *loader) {
		require.True(t, j.decode(&a))
		j.report("a.json", accord.ErrorList{accord.Invalid(accord.NewPath("n"), a.N, "from the job")})
	})
	jb := l.spawnFile("b.json", false, func(j *loader) { require.True(t, j.decode(&b)) })
	absent := l.spawnFile("absent.json", true, func(j *loader) { t.Error("a file that was not read has no job") })
	assert.Nil(t, absent)
	var sum int
	l.after([]*loader{ja, absent, jb}, func(j *loader) {
		sum = a.N + b.N // both jobs have finished
		j.report("b.json", accord.ErrorList{accord.Invalid(accord.NewPath("n"), sum, "from the follow-up")})
		j.report("a.json", accord.ErrorList{accord.Invalid(accord.NewPath("n"), sum, "from the follow-up")})
	})
	l.join()
	assert.Equal(t, 3, sum)
	require.Len(t, l.errs, 3)
	var got []string
	for _, e := range l.errs {
		got = append(got, e.Error())
	}
	assert.Equal(t, []string{
		`a.json:2:8: n: invalid value "1": from the job`,
		`b.json:3:8: n: invalid value "3": from the follow-up`,
		`a.json:2:8: n: invalid value "3": from the follow-up`,
	}, got, "replayed in the order the jobs were started, each at its file's line")
}

// TestFollowUpRunsBeforeWaitingFiles checks the scheduling order on one
// worker: a follow-up that becomes ready runs before the file jobs still
// waiting, and file jobs run in the order they were started.
func TestFollowUpRunsBeforeWaitingFiles(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	fsys := fstest.MapFS{"a.json": {Data: []byte(`{}`)}, "b.json": {Data: []byte(`{}`)}, "c.json": {Data: []byte(`{}`)}}
	l := newLoader(fsys)
	release := make(chan struct{})
	var order []string // written by the one worker only
	ja := l.spawnFile("a.json", false, func(j *loader) { <-release; order = append(order, "a") })
	jb := l.spawnFile("b.json", false, func(j *loader) { order = append(order, "b") })
	l.spawnFile("c.json", false, func(j *loader) { order = append(order, "c") })
	l.after([]*loader{jb}, func(j *loader) { order = append(order, "after b") })
	l.after([]*loader{ja}, func(j *loader) { order = append(order, "after a") })
	close(release)
	l.join()
	assert.Equal(t, []string{"a", "after a", "b", "after b", "c"}, order)
}

// TestFollowUpOfAPanickedJob checks that a follow-up does not run on the
// half-done work of a job that panicked, and that join raises the job's
// panic.
func TestFollowUpOfAPanickedJob(t *testing.T) {
	fsys := fstest.MapFS{"a.json": {Data: []byte(`{}`)}}
	l := newLoader(fsys)
	ja := l.spawnFile("a.json", false, func(j *loader) { panic("a bug") })
	ran := false
	l.after([]*loader{ja}, func(j *loader) { ran = true })
	var got any
	func() {
		defer func() { got = recover() }()
		l.join()
	}()
	require.NotNil(t, got)
	assert.Contains(t, got.(error).Error(), "corpus: checking a.json panicked: a bug")
	assert.False(t, ran, "the follow-up of a job that panicked is not run")
}
