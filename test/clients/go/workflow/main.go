package workflow

import (
	"flag"
	"fmt"
	"os"
	"time"
)

// Flags reads the command line every program shares.
func Flags() (Options, Plugins) {
	file := flag.String("plugins", "", "JSON file naming a secret and an auth plugin, two releases each")
	flavor := flag.String("flavor", "vault", "what the server is: vault or openbao")
	prefix := flag.String("prefix", fmt.Sprintf("clients-%d", time.Now().UnixNano()), "mount path prefix")
	policy := flag.String("policy", "", "the token's policy when it is not root (sudo on the catalog expected)")
	flag.Parse()
	if *flavor != "vault" && *flavor != "openbao" {
		fmt.Fprintln(os.Stderr, "-flavor is vault or openbao")
		os.Exit(2)
	}
	p, err := LoadPlugins(*file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	return Options{Flavor: *flavor, Prefix: *prefix, Policy: *policy}, p
}

// Main runs the workflow, prints the summary and returns the exit status: 1 when any step failed.
func Main(c Client, p Plugins, o Options) int {
	r := NewReport(os.Stdout)
	Run(c, p, o, r)
	fmt.Println(r.Summary())
	if r.Failed > 0 {
		return 1
	}
	return 0
}
