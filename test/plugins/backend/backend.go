// Package backend is the test plugin's logical backend: one small engine that serves as a secrets
// engine or as an auth method, and says which build of it is answering.
package backend

import (
	"context"
	"os"
	"sync"

	"github.com/openbao/openbao/sdk/v2/framework"
	"github.com/openbao/openbao/sdk/v2/logical"
)

// Version is what the plugin reports to the server (the catalog's version probe and the mount's
// running version). The build sets it: go build -ldflags "-X sysplugins/testplugins/backend.Version=v1.0.1".
var Version = "v0.0.0-dev"

// VersionEnv, when set in the plugin's environment (a catalog entry's env reaches it), replaces the
// reported version, even with "" (an unversioned plugin): one binary can then be registered at any
// version, as a conformance suite that registers many versions needs.
const VersionEnv = "SYSPLUGINS_PLUGIN_VERSION"

// reportedVersion is the build's Version unless VersionEnv says otherwise.
func reportedVersion() string {
	if v, ok := os.LookupEnv(VersionEnv); ok {
		return v
	}
	return Version
}

// GreetingEnv is read from the plugin's environment, which the catalog entry's env reaches.
const GreetingEnv = "SYSPLUGINS_GREETING"

// Factory returns the logical.Factory for a backend of the given kind (logical.TypeLogical for a
// secrets engine, logical.TypeCredential for an auth method).
func Factory(kind logical.BackendType) logical.Factory {
	return func(ctx context.Context, conf *logical.BackendConfig) (logical.Backend, error) {
		b := newBackend(kind)
		if err := b.Setup(ctx, conf); err != nil {
			return nil, err
		}
		return b, nil
	}
}

// invalidations are the storage keys the server said changed elsewhere (logical.Backend
// InvalidateKey: another node of a cluster wrote them), in order; GET <mount>/invalidations lists them.
type invalidations struct {
	mu   sync.Mutex
	keys []string
}

func (i *invalidations) add(_ context.Context, key string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.keys = append(i.keys, key)
}

func (i *invalidations) path() *framework.Path {
	return &framework.Path{
		Pattern: "invalidations$",
		Operations: map[logical.Operation]framework.OperationHandler{
			logical.ReadOperation: &framework.PathOperation{
				Callback: func(_ context.Context, _ *logical.Request, _ *framework.FieldData) (*logical.Response, error) {
					i.mu.Lock()
					defer i.mu.Unlock()
					return &logical.Response{Data: map[string]interface{}{"keys": append([]string{}, i.keys...)}}, nil
				},
			},
		},
	}
}

func newBackend(kind logical.BackendType) *framework.Backend {
	seen := &invalidations{}
	paths := []*framework.Path{infoPath(kind), seen.path(), crashPath()}
	special := &logical.Paths{}
	if kind == logical.TypeCredential {
		paths = append(paths, loginPath())
		special.Unauthenticated = []string{"login"}
	} else {
		paths = append(paths, dataPaths()...)
	}
	return &framework.Backend{
		Help:           "sysplugins test plugin: reports its build and keeps a few strings.",
		BackendType:    kind,
		RunningVersion: reportedVersion(),
		Paths:          paths,
		PathsSpecial:   special,
		Invalidate:     seen.add,
	}
}

func kindName(kind logical.BackendType) string {
	if kind == logical.TypeCredential {
		return "auth"
	}
	return "secret"
}

// infoPath answers GET <mount>/info with the build that is running: its version, its kind, and the
// process id, which changes when the server restarts the plugin (a reload).
func infoPath(kind logical.BackendType) *framework.Path {
	return &framework.Path{
		Pattern: "info$",
		Operations: map[logical.Operation]framework.OperationHandler{
			logical.ReadOperation: &framework.PathOperation{
				Callback: func(_ context.Context, _ *logical.Request, _ *framework.FieldData) (*logical.Response, error) {
					return &logical.Response{Data: map[string]interface{}{
						"kind":     kindName(kind),
						"version":  reportedVersion(),
						"pid":      os.Getpid(),
						"greeting": os.Getenv(GreetingEnv),
					}}, nil
				},
			},
		},
	}
}

// crashPath: POST <mount>/crash ends the plugin process in the middle of the request, as a plugin that
// crashes does; the server answers that request with the broken connection's error and starts the plugin
// again for the next one.
func crashPath() *framework.Path {
	return &framework.Path{
		Pattern: "crash$",
		Operations: map[logical.Operation]framework.OperationHandler{
			logical.UpdateOperation: &framework.PathOperation{
				Callback: func(_ context.Context, _ *logical.Request, _ *framework.FieldData) (*logical.Response, error) {
					os.Exit(3)
					return nil, nil
				},
			},
		},
	}
}
