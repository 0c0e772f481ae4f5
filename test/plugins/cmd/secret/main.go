// Command secret is the test plugin served as a secrets engine.
package main

import (
	"github.com/openbao/openbao/sdk/v2/logical"
	"sysplugins/testplugins/backend"
)

func main() { backend.Serve(logical.TypeLogical) }
