package workflow

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Options say what the server is expected to be and where the workflow may mount.
type Options struct {
	// Flavor is "vault" or "openbao": OpenBao has no reload/:type/:name and no reload status.
	Flavor string
	// Prefix makes mount paths unique to this run.
	Prefix string
	// Policy is the token's policy when it is not root: "" expects the root token.
	Policy string
}

type run struct {
	c            Client
	r            *Report
	o            Options
	p            Plugins
	sPath, aPath string
}

// Run drives the whole workflow and reports each step; it stops early only when setup fails.
func Run(c Client, p Plugins, o Options, r *Report) {
	w := &run{c: c, r: r, o: o, p: p, sPath: o.Prefix + "-secrets", aPath: o.Prefix + "-auth"}
	w.server()
	if !w.catalog() {
		return
	}
	defer w.cleanup()
	if !w.enable() {
		return
	}
	w.upgrade()
	w.reloads()
	w.downgrade()
}

func (w *run) server() {
	w.r.Step("sys/seal-status: initialized, unsealed, a version", func() error {
		initialized, sealed, version, err := w.c.Status()
		if err != nil {
			return err
		}
		if !initialized || sealed || version == "" {
			return fmt.Errorf("initialized=%v sealed=%v version=%q", initialized, sealed, version)
		}
		return nil
	})
	w.r.Step("sys/init: initialized", func() error {
		ok, err := w.c.InitStatus()
		if err == nil && !ok {
			err = errors.New("not initialized")
		}
		return err
	})
	w.r.Step("sys/leader: answers", func() error {
		_, err := w.c.Leader()
		return err
	})
	w.r.Step("sys/ha-status: exactly one active node, each with an address and a version", func() error {
		nodes, err := w.c.HAStatus()
		if err != nil {
			return err
		}
		active := 0
		for _, n := range nodes {
			if n.Active {
				active++
			}
			if n.APIAddress == "" || n.Version == "" {
				return fmt.Errorf("node %+v", n)
			}
		}
		if active != 1 {
			return fmt.Errorf("%d active nodes in %+v", active, nodes)
		}
		return nil
	})
	wantPolicy := "root"
	if w.o.Policy != "" {
		wantPolicy = w.o.Policy
	}
	w.r.Step("auth/token/lookup-self: the token's policy ("+wantPolicy+")", func() error {
		policies, err := w.c.LookupSelf()
		if err == nil && !slices.Contains(policies, wantPolicy) {
			err = fmt.Errorf("policies %v", policies)
		}
		return err
	})
	w.r.Step("sys/capabilities-self: root, or sudo, on the catalog", func() error {
		caps, err := w.c.CapabilitiesSelf("sys/plugins/catalog/secret/" + w.p.Secret.Name)
		if err == nil && w.o.Policy == "" && !slices.Equal(caps, []string{"root"}) {
			err = fmt.Errorf("capabilities %v", caps)
		}
		if err == nil && w.o.Policy != "" && !slices.Contains(caps, "sudo") {
			err = fmt.Errorf("capabilities %v", caps)
		}
		return err
	})
}

func (w *run) subjects() []struct {
	typ string
	s   Subject
} {
	return []struct {
		typ string
		s   Subject
	}{{"secret", w.p.Secret}, {"auth", w.p.Auth}}
}

func (w *run) catalog() bool {
	ok := true
	for _, t := range w.subjects() {
		for _, rel := range t.s.Releases {
			ok = w.r.Step(fmt.Sprintf("register %s %s %s", t.typ, t.s.Name, rel.Version), func() error {
				return w.c.Register(Plugin{Type: t.typ, Name: t.s.Name, Version: rel.Version, Command: rel.Command, SHA256: rel.SHA256})
			}) && ok
		}
	}
	if !ok {
		return false
	}
	w.r.Step("list every type: names, builtins and both versions in detail", func() error {
		names, details, err := w.c.List("")
		if err != nil {
			return err
		}
		for _, t := range w.subjects() {
			if !slices.Contains(names, t.s.Name) {
				return fmt.Errorf("%s missing from the names", t.s.Name)
			}
			if err := hasVersions(details, t.typ, t.s); err != nil {
				return err
			}
		}
		if !slices.ContainsFunc(details, func(p Plugin) bool { return p.Builtin }) {
			return errors.New("no builtin plugin in the detailed list")
		}
		return nil
	})
	for _, t := range w.subjects() {
		w.r.Step("list "+t.typ+": only that type, both versions", func() error {
			names, details, err := w.c.List(t.typ)
			if err != nil {
				return err
			}
			if !slices.Contains(names, t.s.Name) {
				return fmt.Errorf("%s missing from %v", t.s.Name, names)
			}
			for _, d := range details {
				if d.Type != t.typ {
					return fmt.Errorf("a %s plugin in the %s list: %s", d.Type, t.typ, d.Name)
				}
			}
			return hasVersions(details, t.typ, t.s)
		})
		for _, rel := range t.s.Releases {
			w.r.Step(fmt.Sprintf("info %s %s -version=%s", t.typ, t.s.Name, rel.Version), func() error {
				got, err := w.c.Get(t.typ, t.s.Name, rel.Version)
				if err != nil {
					return err
				}
				want := Plugin{Name: t.s.Name, Version: rel.Version, Command: rel.Command, SHA256: rel.SHA256}
				got.Type = ""
				if got != want {
					return fmt.Errorf("got %+v, want %+v", got, want)
				}
				return nil
			})
		}
	}
	w.r.Step("info of a plugin that does not exist is an error", func() error {
		if _, err := w.c.Get("secret", w.p.Secret.Name+"-absent", ""); err == nil {
			return errors.New("no error")
		}
		return nil
	})
	return true
}

func hasVersions(details []Plugin, typ string, s Subject) error {
	for _, rel := range s.Releases {
		if !slices.ContainsFunc(details, func(p Plugin) bool {
			return p.Type == typ && p.Name == s.Name && p.Version == rel.Version && !p.Builtin
		}) {
			return fmt.Errorf("%s %s %s missing from the detailed list", typ, s.Name, rel.Version)
		}
	}
	return nil
}

// path is how the mount is named in sys/mounts and in reload's mounts list.
func (w *run) path(kind string) string {
	if kind == Auth {
		return w.aPath
	}
	return w.sPath
}

func (w *run) subject(kind string) Subject {
	if kind == Auth {
		return w.p.Auth
	}
	return w.p.Secret
}

func (w *run) enable() bool {
	ok := true
	for _, kind := range []string{Secrets, Auth} {
		s := w.subject(kind)
		ok = w.r.Step(fmt.Sprintf("%s enable -plugin-version=%s %s", kind, s.Releases[0].Version, s.Name), func() error {
			return w.c.Enable(kind, w.path(kind), s.Name, s.Releases[0].Version)
		}) && ok
		w.expectMount(kind, "after enable", s.Releases[0].Version, s.Releases[0])
	}
	return ok
}

// expectMount checks Version (configured) against Running Version and the running binary's hash.
func (w *run) expectMount(kind, when, configured string, running Release) {
	w.r.Step(fmt.Sprintf("%s read %s: Version %s, Running Version %s", kind, when, configured, running.Version), func() error {
		m, err := w.c.ReadMount(kind, w.path(kind))
		if err != nil {
			return err
		}
		return mountIs(m, w.subject(kind).Name, configured, running)
	})
}

func mountIs(m Mount, typ, configured string, running Release) error {
	want := Mount{Type: typ, PluginVersion: configured, RunningVersion: running.Version, RunningSHA256: running.SHA256}
	if m != want {
		return fmt.Errorf("got %+v, want %+v", m, want)
	}
	return nil
}

func (w *run) tune(kind, version string) {
	w.r.Step(fmt.Sprintf("%s tune -plugin-version=%s %s", kind, version, w.path(kind)), func() error {
		return w.c.Tune(kind, w.path(kind), version)
	})
}

func (w *run) upgrade() {
	for _, kind := range []string{Secrets, Auth} {
		s := w.subject(kind)
		w.tune(kind, s.Releases[1].Version)
		w.expectMount(kind, "after tune, before reload", s.Releases[1].Version, s.Releases[0])
		w.r.Step(kind+" list -detailed: the tuned mount still runs the old version", func() error {
			all, err := w.c.ListMounts(kind)
			if err != nil {
				return err
			}
			m, ok := all[w.path(kind)+"/"]
			if !ok {
				return fmt.Errorf("%s/ not listed", w.path(kind))
			}
			return mountIs(m, s.Name, s.Releases[1].Version, s.Releases[0])
		})
	}
	s := w.p.Secret
	w.r.Step("plugin reload -mounts="+w.sPath, func() error {
		_, err := w.c.ReloadMounts([]string{w.sPath}, false)
		return err
	})
	w.expectMount(Secrets, "after reload -mounts", s.Releases[1].Version, s.Releases[1])
	a := w.p.Auth
	w.r.Step("plugin reload -plugin="+a.Name, func() error {
		_, err := w.c.ReloadPlugin(a.Name, false)
		return err
	})
	w.expectMount(Auth, "after reload -plugin", a.Releases[1].Version, a.Releases[1])
}

func (w *run) reloads() {
	s := w.p.Secret
	var id string
	w.r.Step("plugin reload -scope=global -mounts: a reload id", func() error {
		var err error
		id, err = w.c.ReloadMounts([]string{w.sPath}, true)
		if err == nil && id == "" {
			err = errors.New("no reload id")
		}
		return err
	})
	w.r.Step("plugin reload-status: every node succeeded", func() error {
		results, err := w.c.ReloadStatus(id)
		if w.o.Flavor == "openbao" {
			if err == nil {
				return errors.New("OpenBao has no reload status, yet the call succeeded")
			}
			return notAvailable("OpenBao has no sys/plugins/reload/backend/status (%v)", short(err))
		}
		if err != nil {
			return err
		}
		if len(results) == 0 {
			return errors.New("no node in the results")
		}
		for node, e := range results {
			if e != "" {
				return fmt.Errorf("node %s: %s", node, e)
			}
		}
		return nil
	})
	w.r.Step("plugin reload secret "+s.Name+" (sys/plugins/reload/:type/:name)", func() error {
		_, err := w.c.RootReload("secret", s.Name, false)
		if w.o.Flavor == "openbao" && !errors.Is(err, ErrNotInLibrary) {
			if err == nil {
				return errors.New("OpenBao has no reload/:type/:name, yet the call succeeded")
			}
			return notAvailable("OpenBao has no sys/plugins/reload/:type/:name (%v)", short(err))
		}
		return err
	})
	w.expectMount(Secrets, "after the reloads", s.Releases[1].Version, s.Releases[1])
}

func (w *run) downgrade() {
	s, a := w.p.Secret, w.p.Auth
	w.tune(Secrets, s.Releases[0].Version)
	w.r.Step("plugin reload -plugin="+s.Name+" (downgrade)", func() error {
		_, err := w.c.ReloadPlugin(s.Name, false)
		return err
	})
	w.expectMount(Secrets, "after downgrade", s.Releases[0].Version, s.Releases[0])
	w.tune(Auth, a.Releases[0].Version)
	w.r.Step("plugin reload -mounts=auth/"+w.aPath+" (downgrade)", func() error {
		_, err := w.c.ReloadMounts([]string{"auth/" + w.aPath}, false)
		return err
	})
	w.expectMount(Auth, "after downgrade", a.Releases[0].Version, a.Releases[0])
}

func (w *run) cleanup() {
	for _, kind := range []string{Secrets, Auth} {
		w.r.Step(kind+" disable "+w.path(kind), func() error { return w.c.Disable(kind, w.path(kind)) })
	}
	for _, t := range w.subjects() {
		for _, rel := range t.s.Releases {
			w.r.Step(fmt.Sprintf("deregister %s %s -version=%s", t.typ, t.s.Name, rel.Version), func() error {
				return w.c.Deregister(t.typ, t.s.Name, rel.Version)
			})
		}
		w.r.Step("after deregister, "+t.s.Name+" is gone from the "+t.typ+" list", func() error {
			names, details, err := w.c.List(t.typ)
			if err != nil {
				return err
			}
			if slices.Contains(names, t.s.Name) || slices.ContainsFunc(details, func(p Plugin) bool { return p.Name == t.s.Name }) {
				return fmt.Errorf("%s still listed", t.s.Name)
			}
			return nil
		})
	}
	w.r.Step("deregister again is not an error", func() error {
		return w.c.Deregister("secret", w.p.Secret.Name, w.p.Secret.Releases[0].Version)
	})
}

// short keeps the first line of a library's error, which can carry the URL and several lines.
func short(err error) string {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
}
