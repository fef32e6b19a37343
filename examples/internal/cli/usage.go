package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit statuses, as Go's own tools use them.
const (
	// ExitOK is the status of a run that did what was asked, -h included.
	ExitOK = 0
	// ExitFailure is the status of a run that failed on its input or
	// output: a file that cannot be read or written, a layer that does
	// not load.
	ExitFailure = 1
	// ExitUsage is the status of a run given a bad flag or argument.
	ExitUsage = 2
)

// AnyArgs is the Usage.MaxArgs of a program that takes any number of
// arguments.
const AnyArgs = -1

// Usage describes a program for its usage text: what it does, how it is
// called and one example command line. The flags are listed from the
// program's [flag.FlagSet].
type Usage struct {
	// Synopsis is the call, without the program's name:
	// "[-json] [-date DATE] [FILE | -]".
	Synopsis string
	// About says what the program does, in paragraphs separated by a
	// blank line; it is wrapped to [Columns].
	About string
	// Example is one command line, as a reader would type it.
	Example string
	// MaxArgs is how many arguments the program takes after its flags:
	// 0 for none, [AnyArgs] for any number.
	MaxArgs int
}

// NewFlagSet returns an empty flag set for the program name that reports
// errors rather than exiting, and prints nothing itself: [Usage.Parse]
// prints the errors and the usage.
func NewFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// Parse parses args into fs, a set from [NewFlagSet], and checks the
// number of arguments left. When the program should go on it returns ok;
// otherwise it has printed what to print and returns the exit status:
// [ExitOK] after -h or --help, with the usage on stdout; [ExitUsage] for
// a bad flag or an argument too many, with the error and the usage on
// stderr.
func (u Usage) Parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (status int, ok bool) {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		u.Print(stdout, fs)
		return ExitOK, false
	case err != nil:
		return u.Fail(stderr, fs, err), false
	case u.MaxArgs != AnyArgs && fs.NArg() > u.MaxArgs:
		return u.Fail(stderr, fs, fmt.Errorf("unexpected argument %q", fs.Arg(u.MaxArgs))), false
	}
	return ExitOK, true
}

// Fail prints err, after the program's name, and the usage to w, and
// returns [ExitUsage]: the way to reject a flag's value that only the
// program can check.
func (u Usage) Fail(w io.Writer, fs *flag.FlagSet, err error) int {
	fmt.Fprintf(w, "%s: %v\n\n", fs.Name(), err)
	u.Print(w, fs)
	return ExitUsage
}

// Print writes the usage text to w: the call, what the program does, its
// flags with their defaults, and the example.
func (u Usage) Print(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintln(w, strings.TrimSpace("Usage: "+fs.Name()+" "+u.Synopsis))
	fmt.Fprintln(w)
	for i, para := range strings.Split(strings.TrimSpace(u.About), "\n\n") {
		if i > 0 {
			fmt.Fprintln(w)
		}
		Fill(w, "", "", para)
	}
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintln(w, "\nFlags:")
		fs.VisitAll(func(f *flag.Flag) {
			kind, text := flag.UnquoteUsage(f)
			if kind != "" {
				kind = " " + kind
			}
			if f.DefValue != "" && f.DefValue != "false" {
				text += fmt.Sprintf(" (default %q)", f.DefValue)
			}
			fmt.Fprintf(w, "  -%s%s\n", f.Name, kind)
			Fill(w, "        ", "        ", text)
		})
	}
	if u.Example != "" {
		fmt.Fprintf(w, "\nExample:\n  %s\n", u.Example)
	}
}
