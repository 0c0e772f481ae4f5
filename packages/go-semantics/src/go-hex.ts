// The error Go's encoding/hex DecodeString reports, so that a bad sha256 gets Vault's exact message.

function describeByte(b: number): string {
  const code = `U+${b.toString(16).toUpperCase().padStart(4, "0")}`;
  const printable = (b >= 0x20 && b < 0x7f) || (b >= 0xa1 && b !== 0xad);
  return printable ? `${code} '${String.fromCharCode(b)}'` : code;
}

const isHex = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);

/** Returns Go's error text for hex.DecodeString(input), or null when it decodes. */
export function goHexError(input: string): string | null {
  const bytes = Buffer.from(input, "utf8");
  let i = 1;
  for (; i < bytes.length; i += 2) {
    const a = bytes[i - 1] as number;
    const b = bytes[i] as number;
    if (!isHex(a)) return `encoding/hex: invalid byte: ${describeByte(a)}`;
    if (!isHex(b)) return `encoding/hex: invalid byte: ${describeByte(b)}`;
  }
  if (bytes.length % 2 === 1) {
    const last = bytes[bytes.length - 1] as number;
    if (!isHex(last)) return `encoding/hex: invalid byte: ${describeByte(last)}`;
    return "encoding/hex: odd length hex string";
  }
  return null;
}
