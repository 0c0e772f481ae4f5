// Package workflow runs Vault's plugin upgrade workflow through a real client library and checks every
// answer. Each program under cmd/ adapts one library's own typed calls to the Client interface below;
// nothing here speaks HTTP itself.
package workflow

import "errors"

// ErrNotInLibrary is what an adapter returns for a call its library does not have.
var ErrNotInLibrary = errors.New("the library has no call for this")

// Plugin is one catalog entry as a library's typed list, read or detailed list reports it.
type Plugin struct {
	Type    string
	Name    string
	Version string
	Builtin bool
	Command string
	SHA256  string
}

// Mount is a secrets engine or auth method as the library's typed mount read reports it.
type Mount struct {
	Type           string
	PluginVersion  string
	RunningVersion string
	RunningSHA256  string
}

// Member is a node of sys/ha-status as the library's HANode reports it.
type Member struct {
	APIAddress string
	Active     bool
	Version    string
}

// Client is the set of typed calls the workflow drives. Types are "secret" and "auth".
type Client interface {
	// Status is sys/seal-status: initialised, sealed, server version.
	Status() (initialized, sealed bool, version string, err error)
	InitStatus() (bool, error)
	// Leader is sys/leader: whether this node is the active one.
	Leader() (isSelf bool, err error)
	// HAStatus is sys/ha-status (`operator members`): the nodes as the library decodes them.
	HAStatus() ([]Member, error)
	// LookupSelf is auth/token/lookup-self: the token's policies.
	LookupSelf() (policies []string, err error)
	CapabilitiesSelf(path string) ([]string, error)

	Register(p Plugin) error
	// List is the library's typed catalog list for one type ("" for every type): names and details.
	List(pluginType string) (names []string, details []Plugin, err error)
	Get(pluginType, name, version string) (Plugin, error)
	Deregister(pluginType, name, version string) error

	Enable(kind, path, pluginType, version string) error
	Disable(kind, path string) error
	Tune(kind, path, version string) error
	ReadMount(kind, path string) (Mount, error)
	// ListMounts is the detailed mount list of one kind, keyed by path with its trailing slash.
	ListMounts(kind string) (map[string]Mount, error)

	ReloadPlugin(name string, global bool) (reloadID string, err error)
	ReloadMounts(paths []string, global bool) (reloadID string, err error)
	// RootReload is POST sys/plugins/reload/:type/:name.
	RootReload(pluginType, name string, global bool) (reloadID string, err error)
	// ReloadStatus gives each node's error text ("" for success).
	ReloadStatus(reloadID string) (map[string]string, error)
}

// Kinds of mount.
const (
	Secrets = "secrets"
	Auth    = "auth"
)
