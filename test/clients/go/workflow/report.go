package workflow

import (
	"errors"
	"fmt"
	"io"
)

// Report prints one line per step and counts the outcomes.
type Report struct {
	out                  io.Writer
	Passed, Failed, NotA int
}

func NewReport(out io.Writer) *Report { return &Report{out: out} }

// errNotAvailable marks a step whose call the server is expected not to have.
type errNotAvailable struct{ reason string }

func (e errNotAvailable) Error() string { return e.reason }

func notAvailable(format string, args ...any) error {
	return errNotAvailable{fmt.Sprintf(format, args...)}
}

// Step runs one check: nil passes, ErrNotInLibrary or notAvailable is reported as not applicable.
func (r *Report) Step(name string, check func() error) bool {
	err := check()
	var na errNotAvailable
	switch {
	case err == nil:
		r.Passed++
		fmt.Fprintf(r.out, "ok   %s\n", name)
		return true
	case errors.Is(err, ErrNotInLibrary):
		r.NotA++
		fmt.Fprintf(r.out, "n/a  %s: %v\n", name, err)
	case errors.As(err, &na):
		r.NotA++
		fmt.Fprintf(r.out, "n/a  %s: %v\n", name, err)
	default:
		r.Failed++
		fmt.Fprintf(r.out, "FAIL %s: %v\n", name, err)
	}
	return false
}

func (r *Report) Summary() string {
	return fmt.Sprintf("%d passed, %d failed, %d not applicable", r.Passed, r.Failed, r.NotA)
}
