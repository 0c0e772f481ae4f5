// vault-api runs the plugin workflow through HashiCorp Vault's Go client, github.com/hashicorp/vault/api,
// unchanged: VAULT_ADDR, VAULT_TOKEN and the other variables the library reads itself.
//
//	vault-api -plugins plugins.json [-flavor vault|openbao] [-prefix NAME]
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	vault "github.com/hashicorp/vault/api"

	"github.com/sysplugins/sysplugins/test/clients/go/workflow"
)

type client struct{ c *vault.Client }

func (v client) Status() (bool, bool, string, error) {
	s, err := v.c.Sys().SealStatus()
	if err != nil {
		return false, false, "", err
	}
	return s.Initialized, s.Sealed, s.Version, nil
}

func (v client) InitStatus() (bool, error) { return v.c.Sys().InitStatus() }

func (v client) Leader() (bool, error) {
	l, err := v.c.Sys().Leader()
	if err != nil {
		return false, err
	}
	return l.IsSelf, nil
}

func (v client) HAStatus() ([]workflow.Member, error) {
	s, err := v.c.Sys().HAStatus()
	if err != nil {
		return nil, err
	}
	nodes := make([]workflow.Member, 0, len(s.Nodes))
	for _, n := range s.Nodes {
		nodes = append(nodes, workflow.Member{APIAddress: n.APIAddress, Active: n.ActiveNode, Version: n.Version})
	}
	return nodes, nil
}

func (v client) LookupSelf() ([]string, error) {
	s, err := v.c.Auth().Token().LookupSelf()
	if err != nil {
		return nil, err
	}
	return s.TokenPolicies()
}

func (v client) CapabilitiesSelf(path string) ([]string, error) {
	return v.c.Sys().CapabilitiesSelf(path)
}

func pluginType(t string) vault.PluginType {
	if t == "" {
		return vault.PluginTypeUnknown
	}
	pt, err := vault.ParsePluginType(t)
	if err != nil {
		panic(err)
	}
	return pt
}

func (v client) Register(p workflow.Plugin) error {
	return v.c.Sys().RegisterPlugin(&vault.RegisterPluginInput{
		Type: pluginType(p.Type), Name: p.Name, Version: p.Version, Command: p.Command, SHA256: p.SHA256,
	})
}

func (v client) List(t string) ([]string, []workflow.Plugin, error) {
	r, err := v.c.Sys().ListPlugins(&vault.ListPluginsInput{Type: pluginType(t)})
	if err != nil {
		return nil, nil, err
	}
	var names []string
	for _, n := range r.PluginsByType {
		names = append(names, n...)
	}
	var details []workflow.Plugin
	for _, d := range r.Details {
		details = append(details, workflow.Plugin{Type: d.Type, Name: d.Name, Version: d.Version, Builtin: d.Builtin, SHA256: d.SHA256})
	}
	return names, details, nil
}

func (v client) Get(t, name, version string) (workflow.Plugin, error) {
	r, err := v.c.Sys().GetPlugin(&vault.GetPluginInput{Type: pluginType(t), Name: name, Version: version})
	if err != nil {
		return workflow.Plugin{}, err
	}
	if r == nil {
		return workflow.Plugin{}, fmt.Errorf("no data")
	}
	return workflow.Plugin{Name: r.Name, Version: r.Version, Builtin: r.Builtin, Command: r.Command, SHA256: r.SHA256}, nil
}

func (v client) Deregister(t, name, version string) error {
	return v.c.Sys().DeregisterPlugin(&vault.DeregisterPluginInput{Type: pluginType(t), Name: name, Version: version})
}

func (v client) Enable(kind, path, t, version string) error {
	in := &vault.MountInput{Type: t, Config: vault.MountConfigInput{PluginVersion: version}}
	if kind == workflow.Auth {
		return v.c.Sys().EnableAuthWithOptions(path, in)
	}
	return v.c.Sys().Mount(path, in)
}

func (v client) Disable(kind, path string) error {
	if kind == workflow.Auth {
		return v.c.Sys().DisableAuth(path)
	}
	return v.c.Sys().Unmount(path)
}

// tunePath is where the library tunes: sys/mounts/<path>/tune, and sys/mounts/auth/<path>/tune for auth.
func tunePath(kind, path string) string {
	if kind == workflow.Auth {
		return "auth/" + path
	}
	return path
}

func (v client) Tune(kind, path, version string) error {
	return v.c.Sys().TuneMountAllowNil(tunePath(kind, path), vault.TuneMountConfigInput{PluginVersion: &version})
}

func mount(m *vault.MountOutput) workflow.Mount {
	return workflow.Mount{Type: m.Type, PluginVersion: m.PluginVersion, RunningVersion: m.RunningVersion, RunningSHA256: m.RunningSha256}
}

func (v client) ReadMount(kind, path string) (workflow.Mount, error) {
	var m *vault.MountOutput
	var err error
	if kind == workflow.Auth {
		m, err = v.c.Sys().GetAuth(path)
	} else {
		m, err = v.c.Sys().GetMount(path)
	}
	if err != nil {
		return workflow.Mount{}, err
	}
	return mount(m), nil
}

func (v client) ListMounts(kind string) (map[string]workflow.Mount, error) {
	var all map[string]*vault.MountOutput
	var err error
	if kind == workflow.Auth {
		all, err = v.c.Sys().ListAuth()
	} else {
		all, err = v.c.Sys().ListMounts()
	}
	out := map[string]workflow.Mount{}
	for p, m := range all {
		out[p] = mount(m)
	}
	return out, err
}

func scope(global bool) string {
	if global {
		return "global"
	}
	return ""
}

func (v client) ReloadPlugin(name string, global bool) (string, error) {
	return v.c.Sys().ReloadPlugin(&vault.ReloadPluginInput{Plugin: name, Scope: scope(global)})
}

func (v client) ReloadMounts(paths []string, global bool) (string, error) {
	return v.c.Sys().ReloadPlugin(&vault.ReloadPluginInput{Mounts: paths, Scope: scope(global)})
}

func (v client) RootReload(t, name string, global bool) (string, error) {
	return v.c.Sys().RootReloadPlugin(context.Background(), &vault.RootReloadPluginInput{Type: pluginType(t), Plugin: name, Scope: scope(global)})
}

func (v client) ReloadStatus(id string) (map[string]string, error) {
	r, err := v.c.Sys().ReloadPluginStatus(&vault.ReloadPluginStatusInput{ReloadID: id})
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("no status")
	}
	out := map[string]string{}
	for node, s := range r.Results {
		out[node] = s.Error
	}
	return out, nil
}

func main() {
	opts, plugins := workflow.Flags()
	cfg := vault.DefaultConfig()
	if cfg.Error != nil {
		fail(cfg.Error)
	}
	c, err := vault.NewClient(cfg)
	if err != nil {
		fail(err)
	}
	os.Exit(workflow.Main(client{c}, plugins, opts))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "vault-api:", strings.TrimSpace(err.Error()))
	os.Exit(2)
}
