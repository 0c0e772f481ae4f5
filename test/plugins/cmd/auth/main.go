// Command auth is the test plugin served as an auth method.
package main

import (
	"github.com/openbao/openbao/sdk/v2/logical"
	"sysplugins/testplugins/backend"
)

func main() { backend.Serve(logical.TypeCredential) }
