package backend

import (
	"fmt"
	"os"

	"github.com/openbao/openbao/sdk/v2/logical"
	"github.com/openbao/openbao/sdk/v2/plugin"
)

// Serve runs the plugin protocol for a backend of the given kind until the server lets it go.
func Serve(kind logical.BackendType) {
	if err := plugin.ServeMultiplex(&plugin.ServeOpts{BackendFactoryFunc: Factory(kind)}); err != nil {
		fmt.Fprintln(os.Stderr, "plugin failed:", err)
		os.Exit(1)
	}
}
