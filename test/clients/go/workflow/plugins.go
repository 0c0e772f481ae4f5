package workflow

import (
	"encoding/json"
	"fmt"
	"os"
)

// Release is one registered version of a plugin binary in the server's plugin directory.
type Release struct {
	Version string `json:"version"`
	Command string `json:"command"`
	SHA256  string `json:"sha256"`
}

// Subject is a plugin of one type with at least two releases, oldest first.
type Subject struct {
	Name     string    `json:"name"`
	Releases []Release `json:"releases"`
}

// Plugins is the workflow's input: a secrets engine plugin and an auth method plugin.
type Plugins struct {
	Secret Subject `json:"secret"`
	Auth   Subject `json:"auth"`
}

func LoadPlugins(file string) (Plugins, error) {
	var p Plugins
	raw, err := os.ReadFile(file)
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, fmt.Errorf("%s: %w", file, err)
	}
	for _, s := range []Subject{p.Secret, p.Auth} {
		if s.Name == "" || len(s.Releases) < 2 {
			return p, fmt.Errorf("%s: each of secret and auth needs a name and two releases", file)
		}
	}
	return p, nil
}
