// The notes go-plugin's command runner appends to "Unrecognized remote plugin message": the file's
// path, mode, owner, group and, for an executable format it knows, its architecture.
import { open, readFile, stat } from "node:fs/promises";
import { arch, endianness } from "node:os";

const UNRECOGNIZED_NOTES =
  "This usually means\n" +
  "  the plugin was not compiled for this architecture,\n" +
  "  the plugin is missing dynamic-link libraries necessary to run,\n" +
  "  the plugin is not executable by this process due to file permissions, or\n" +
  "  the plugin failed to negotiate the initial go-plugin protocol handshake\n";

/** The whole "Unrecognized remote plugin message" text, as go-plugin composes it. */
export async function unrecognizedMessage(
  line: string,
  readAnyLine: boolean,
  command: string,
): Promise<string> {
  let text = `Unrecognized remote plugin message: ${line}`;
  if (!readAnyLine) text += "\nFailed to read any lines from plugin's stdout";
  return `${text}\n${UNRECOGNIZED_NOTES}${await additionalNotes(command)}`;
}

/** Go's os.FileMode.String() for what stat reports. */
export function goFileMode(mode: number): string {
  const S_IFMT = 0o170000;
  const type = mode & S_IFMT;
  let out = "";
  if (type === 0o040000) out += "d";
  if (type === 0o120000) out += "L";
  if (type === 0o060000 || type === 0o020000) out += "D";
  if (type === 0o010000) out += "p";
  if (type === 0o140000) out += "S";
  if (mode & 0o4000) out += "u";
  if (mode & 0o2000) out += "g";
  if (type === 0o020000) out += "c";
  if (mode & 0o1000) out += "t";
  if (out === "") out = "-";
  const rwx = "rwxrwxrwx";
  for (let i = 0; i < 9; i++) out += mode & (1 << (8 - i)) ? rwx[i] : "-";
  return out;
}

async function namesById(file: string): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  const text = await readFile(file, "utf8").catch(() => "");
  for (const line of text.split("\n")) {
    const [name, , id] = line.split(":");
    if (name && id && /^\d+$/.test(id) && !names.has(Number(id))) names.set(Number(id), name);
  }
  return names;
}

/** Go's GOARCH for Node's process.arch. */
export function goArch(nodeArch: string = arch()): string {
  const map: Record<string, string> = {
    x64: "amd64",
    ia32: "386",
    arm64: "arm64",
    arm: "arm",
    ppc64: endianness() === "LE" ? "ppc64le" : "ppc64",
    s390x: "s390x",
    riscv64: "riscv64",
    loong64: "loong64",
    mips: "mips",
    mipsel: "mipsle",
  };
  return map[nodeArch] ?? nodeArch;
}

const ELF_MACHINES: Record<number, string> = {
  3: "EM_386",
  8: "EM_MIPS",
  20: "EM_PPC",
  21: "EM_PPC64",
  22: "EM_S390",
  40: "EM_ARM",
  43: "EM_SPARCV9",
  62: "EM_X86_64",
  183: "EM_AARCH64",
  243: "EM_RISCV",
  258: "EM_LOONGARCH",
};

const MACHO_CPUS: Record<number, string> = {
  7: "Cpu386",
  16777223: "CpuAmd64",
  12: "CpuArm",
  16777228: "CpuArm64",
  18: "CpuPpc",
  16777234: "CpuPpc64",
};

const PE_MACHINES: Record<number, string> = {
  332: "386",
  448: "arm",
  25188: "loong64",
  34404: "amd64",
  43620: "arm64",
};

/** The architecture line for an ELF, Mach-O or PE header; undefined for other files. */
export function architectureNote(head: Buffer, current: string = goArch()): string | undefined {
  if (head.length >= 20 && head.readUInt32BE(0) === 0x7f454c46) {
    const little = head[5] !== 2;
    const machine = little ? head.readUInt16LE(18) : head.readUInt16BE(18);
    return `  ELF architecture: ${ELF_MACHINES[machine] ?? String(machine)} (current architecture: ${current})\n`;
  }
  if (head.length >= 8) {
    const magicLe = head.readUInt32LE(0);
    const magicBe = head.readUInt32BE(0);
    if (
      magicLe === 0xfeedface ||
      magicLe === 0xfeedfacf ||
      magicBe === 0xfeedface ||
      magicBe === 0xfeedfacf
    ) {
      const little = magicLe === 0xfeedface || magicLe === 0xfeedfacf;
      const cpu = little ? head.readUInt32LE(4) : head.readUInt32BE(4);
      return `  MachO architecture: ${MACHO_CPUS[cpu] ?? `Cpu${cpu}`} (current architecture: ${current})\n`;
    }
  }
  if (head.length >= 0x40 && head.toString("latin1", 0, 2) === "MZ") {
    const offset = head.readUInt32LE(0x3c);
    if (offset + 6 <= head.length && head.toString("latin1", offset, offset + 4) === "PE\0\0") {
      const machine = head.readUInt16LE(offset + 4);
      return `  PE architecture: ${PE_MACHINES[machine] ?? "unknown"} (current architecture: ${current})\n`;
    }
  }
  return undefined;
}

/** go-plugin's additionalNotesAboutCommand: "" when the file cannot be stat'ed. */
export async function additionalNotes(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return "";
  const [users, groups] = await Promise.all([namesById("/etc/passwd"), namesById("/etc/group")]);
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  let notes = "\nAdditional notes about plugin:\n";
  notes += `  Path: ${path}\n`;
  notes += `  Mode: ${goFileMode(info.mode)}\n`;
  notes += `  Owner: ${info.uid} [${users.get(info.uid) ?? "?"}] (current: ${uid} [${users.get(uid) ?? "?"}])\n`;
  notes += `  Group: ${info.gid} [${groups.get(info.gid) ?? "?"}] (current: ${gid} [${groups.get(gid) ?? "?"}])\n`;
  const head = await readHead(path, 4096);
  const archLine = head ? architectureNote(head) : undefined;
  if (archLine) notes += archLine;
  return notes;
}

async function readHead(path: string, size: number): Promise<Buffer | undefined> {
  const handle = await open(path, "r").catch(() => undefined);
  if (!handle) return undefined;
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
