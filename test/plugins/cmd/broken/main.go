// Command broken is the variant that fails to start: it exits before the plugin handshake, as a
// build with a bad dependency or a missing library would. Registering it works (the server only logs
// the failed version probe); mounting it, or reloading a mount onto it, fails.
package main

import (
	"fmt"
	"os"

	"sysplugins/testplugins/backend"
)

func main() {
	fmt.Fprintf(os.Stderr, "sysplugins-broken %s: refusing to start (the failing test variant)\n", backend.Version)
	os.Exit(1)
}
