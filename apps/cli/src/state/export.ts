// A desired state's catalog as OpenBao's declarative plugin stanzas (server configuration, OpenBao 2.5+):
// `plugin "<type>" "<name>" { command, version, sha256sum, args, env }`, with plugin_auto_register = true,
// without which OpenBao registers nothing from them. Pins and mounts have no declarative form there.
import type { DesiredState } from "./file.js";

const hcl = (s: string) => JSON.stringify(s);
const list = (l: string[]) => `[${l.map(hcl).join(", ")}]`;

export function openbaoStanzas(state: DesiredState, source: string): string {
  const lines = [
    `# OpenBao server configuration (2.5+): the plugin catalog of ${source} as declarative plugins.`,
    "# OpenBao registers them at start and on SIGHUP, and removes declarative entries no longer listed.",
    "# An entry of the same type, name and version registered through the API makes the start fail:",
    "# deregister those first. The binaries must be in the server's plugin_directory.",
    "plugin_auto_register = true",
  ];
  for (const e of state.plugins) {
    const fields: [string, string][] = [
      ["command", hcl(e.command)],
      ["version", hcl(e.version)],
      ["sha256sum", hcl(e.sha256)],
      ...(e.args?.length ? ([["args", list(e.args)]] as [string, string][]) : []),
      ...(e.env?.length ? ([["env", list(e.env)]] as [string, string][]) : []),
    ];
    const width = Math.max(...fields.map(([k]) => k.length));
    lines.push(
      "",
      `plugin ${hcl(e.type)} ${hcl(e.name)} {`,
      ...fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`),
      "}",
    );
  }
  const mounts = state.mounts.length + state.connections.length;
  if (state.pins.length > 0 || mounts > 0) lines.push("");
  if (state.pins.length > 0)
    lines.push(`# Not exported: ${state.pins.length} pin(s); OpenBao has no plugin pins.`);
  if (mounts > 0)
    lines.push(
      `# Not exported: ${mounts} mount(s) and connection(s); OpenBao's configuration has no declarative mounts: apply the file with sysplugins apply.`,
    );
  return lines.join("\n");
}
