import { describe, expect, it } from "vitest";
import { architectureNote, goArch, goFileMode } from "./diagnose.js";

describe("goFileMode", () => {
  it.each([
    [0o100755, "-rwxr-xr-x"],
    [0o100644, "-rw-r--r--"],
    [0o040700, "drwx------"],
    [0o104755, "urwxr-xr-x"],
    [0o120777, "Lrwxrwxrwx"],
    [0o020666, "Dcrw-rw-rw-"],
    [0o041777, "dtrwxrwxrwx"],
  ])("%o is %s", (mode, text) => expect(goFileMode(mode)).toBe(text));
});

describe("architectureNote", () => {
  function elf(machine: number): Buffer {
    const b = Buffer.alloc(64);
    b.writeUInt32BE(0x7f454c46, 0);
    b[4] = 2;
    b[5] = 1;
    b.writeUInt16LE(machine, 18);
    return b;
  }
  it.each([
    [elf(62), "  ELF architecture: EM_X86_64 (current architecture: amd64)\n"],
    [elf(183), "  ELF architecture: EM_AARCH64 (current architecture: amd64)\n"],
    [Buffer.from("#!/bin/sh\n"), undefined],
  ])("%#", (head, note) => expect(architectureNote(head, "amd64")).toBe(note));

  it("maps Node's architecture names to Go's", () => {
    expect([goArch("x64"), goArch("arm64"), goArch("ia32")]).toEqual(["amd64", "arm64", "386"]);
  });
});
