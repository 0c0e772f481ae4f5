// openbao-api runs the plugin workflow through OpenBao's Go client, github.com/openbao/openbao/api/v2,
// unchanged: BAO_ADDR, BAO_TOKEN (or VAULT_*) and the other variables the library reads itself.
//
//	openbao-api -plugins plugins.json [-flavor vault|openbao] [-prefix NAME]
package main

import (
	"fmt"
	"os"
	"strings"

	bao "github.com/openbao/openbao/api/v2"

	"github.com/sysplugins/sysplugins/test/clients/go/workflow"
)

type client struct{ c *bao.Client }

func (b client) Status() (bool, bool, string, error) {
	s, err := b.c.Sys().SealStatus()
	if err != nil {
		return false, false, "", err
	}
	return s.Initialized, s.Sealed, s.Version, nil
}

func (b client) InitStatus() (bool, error) { return b.c.Sys().InitStatus() }

func (b client) Leader() (bool, error) {
	l, err := b.c.Sys().Leader()
	if err != nil {
		return false, err
	}
	return l.IsSelf, nil
}

func (b client) HAStatus() ([]workflow.Member, error) {
	s, err := b.c.Sys().HAStatus()
	if err != nil {
		return nil, err
	}
	nodes := make([]workflow.Member, 0, len(s.Nodes))
	for _, n := range s.Nodes {
		nodes = append(nodes, workflow.Member{APIAddress: n.APIAddress, Active: n.ActiveNode, Version: n.Version})
	}
	return nodes, nil
}

func (b client) LookupSelf() ([]string, error) {
	s, err := b.c.Auth().Token().LookupSelf()
	if err != nil {
		return nil, err
	}
	return s.TokenPolicies()
}

func (b client) CapabilitiesSelf(path string) ([]string, error) {
	return b.c.Sys().CapabilitiesSelf(path)
}

func pluginType(t string) bao.PluginType {
	if t == "" {
		return bao.PluginTypeUnknown
	}
	pt, err := bao.ParsePluginType(t)
	if err != nil {
		panic(err)
	}
	return pt
}

func (b client) Register(p workflow.Plugin) error {
	return b.c.Sys().RegisterPlugin(&bao.RegisterPluginInput{
		Type: pluginType(p.Type), Name: p.Name, Version: p.Version, Command: p.Command, SHA256: p.SHA256,
	})
}

func (b client) List(t string) ([]string, []workflow.Plugin, error) {
	r, err := b.c.Sys().ListPlugins(&bao.ListPluginsInput{Type: pluginType(t)})
	if err != nil {
		return nil, nil, err
	}
	var names []string
	for _, n := range r.PluginsByType {
		names = append(names, n...)
	}
	var details []workflow.Plugin
	for _, d := range r.Details {
		details = append(details, workflow.Plugin{Type: d.Type, Name: d.Name, Version: d.Version, Builtin: d.Builtin})
	}
	return names, details, nil
}

func (b client) Get(t, name, version string) (workflow.Plugin, error) {
	r, err := b.c.Sys().GetPlugin(&bao.GetPluginInput{Type: pluginType(t), Name: name, Version: version})
	if err != nil {
		return workflow.Plugin{}, err
	}
	if r == nil {
		return workflow.Plugin{}, fmt.Errorf("no data")
	}
	return workflow.Plugin{Name: r.Name, Version: r.Version, Builtin: r.Builtin, Command: r.Command, SHA256: r.SHA256}, nil
}

func (b client) Deregister(t, name, version string) error {
	return b.c.Sys().DeregisterPlugin(&bao.DeregisterPluginInput{Type: pluginType(t), Name: name, Version: version})
}

func (b client) Enable(kind, path, t, version string) error {
	in := &bao.MountInput{Type: t, Config: bao.MountConfigInput{PluginVersion: version}}
	if kind == workflow.Auth {
		return b.c.Sys().EnableAuthWithOptions(path, in)
	}
	return b.c.Sys().Mount(path, in)
}

func (b client) Disable(kind, path string) error {
	if kind == workflow.Auth {
		return b.c.Sys().DisableAuth(path)
	}
	return b.c.Sys().Unmount(path)
}

func (b client) Tune(kind, path, version string) error {
	if kind == workflow.Auth {
		path = "auth/" + path
	}
	return b.c.Sys().TuneMount(path, bao.MountConfigInput{PluginVersion: version})
}

func mount(m *bao.MountOutput) workflow.Mount {
	return workflow.Mount{Type: m.Type, PluginVersion: m.PluginVersion, RunningVersion: m.RunningVersion, RunningSHA256: m.RunningSha256}
}

// ReadMount: the library reads one secrets engine (MountInfo) but has no single auth method read,
// so an auth method comes from its typed list.
func (b client) ReadMount(kind, path string) (workflow.Mount, error) {
	if kind == workflow.Auth {
		all, err := b.ListMounts(kind)
		if err != nil {
			return workflow.Mount{}, err
		}
		m, ok := all[path+"/"]
		if !ok {
			return workflow.Mount{}, fmt.Errorf("auth method %s/ not listed", path)
		}
		return m, nil
	}
	m, err := b.c.Sys().MountInfo(path)
	if err != nil {
		return workflow.Mount{}, err
	}
	return mount(m), nil
}

func (b client) ListMounts(kind string) (map[string]workflow.Mount, error) {
	var all map[string]*bao.MountOutput
	var err error
	if kind == workflow.Auth {
		all, err = b.c.Sys().ListAuth()
	} else {
		all, err = b.c.Sys().ListMounts()
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

func (b client) ReloadPlugin(name string, global bool) (string, error) {
	return b.c.Sys().ReloadPlugin(&bao.ReloadPluginInput{Plugin: name, Scope: scope(global)})
}

func (b client) ReloadMounts(paths []string, global bool) (string, error) {
	return b.c.Sys().ReloadPlugin(&bao.ReloadPluginInput{Mounts: paths, Scope: scope(global)})
}

func (b client) RootReload(string, string, bool) (string, error) {
	return "", fmt.Errorf("reload/:type/:name: %w", workflow.ErrNotInLibrary)
}

func (b client) ReloadStatus(id string) (map[string]string, error) {
	r, err := b.c.Sys().ReloadPluginStatus(&bao.ReloadPluginStatusInput{ReloadID: id})
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
	cfg := bao.DefaultConfig()
	if cfg.Error != nil {
		fail(cfg.Error)
	}
	c, err := bao.NewClient(cfg)
	if err != nil {
		fail(err)
	}
	os.Exit(workflow.Main(client{c}, plugins, opts))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "openbao-api:", strings.TrimSpace(err.Error()))
	os.Exit(2)
}
