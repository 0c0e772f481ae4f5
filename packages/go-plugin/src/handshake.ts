// go-plugin's handshake line, CORE|APP|NETWORK|ADDR|PROTOCOL|CERT[|MUX], checked as its client checks
// it, in the order it checks it, with its words.
import { X509Certificate } from "node:crypto";
import type { GoPluginWording } from "./types.js";

/** go-plugin's core protocol version. */
export const CORE_PROTOCOL_VERSION = 1;

export interface Handshake {
  appVersion: number;
  network: "unix" | "tcp";
  address: string;
  protocol: string;
  /** PEM of the plugin's server certificate, when it sent one (automatic mTLS). */
  serverCertPem?: string;
}

export type HandshakeCheck =
  | { ok: true; handshake: Handshake }
  | { ok: false; reason: "core-version" | "api-version" | "protocol" | "address" | "cert"; message: string }
  | { ok: false; reason: "unrecognized"; line: string };

/** Go's strconv.Atoi, with its error text. */
export function goAtoi(text: string): number | Error {
  if (!/^[+-]?\d+$/.test(text)) return new Error(`strconv.Atoi: parsing ${goQuote(text)}: invalid syntax`);
  const n = Number(text);
  if (!Number.isSafeInteger(n))
    return new Error(`strconv.Atoi: parsing ${goQuote(text)}: value out of range`);
  return n;
}

/** Go's %q for the ASCII texts a handshake carries (JSON escaping matches for those). */
export function goQuote(text: string): string {
  return JSON.stringify(text);
}

function wordsFor(wording: GoPluginWording) {
  const cap = (s: string) => (wording === "1.6" ? s[0]?.toUpperCase() + s.slice(1) : s);
  return {
    coreParse: cap("error parsing core protocol version"),
    core: cap("incompatible core API version with plugin"),
    authorEnd: wording === "1.6" ? "." : "",
    api: cap("incompatible API version with plugin"),
    address: cap("unknown address type"),
    protocol: cap("unsupported plugin protocol"),
  };
}

/**
 * Checks the first line the plugin printed. `offered` are the app protocol versions the host offered,
 * in the order it lists them; `allowed` the protocols it speaks.
 */
export function checkHandshake(
  rawLine: string,
  offered: readonly number[],
  wording: GoPluginWording = "1.8",
  allowed: readonly string[] = ["grpc"],
): HandshakeCheck {
  const w = wordsFor(wording);
  const line = rawLine.trim();
  const parts = line.split("|");
  if (parts.length < 4) return { ok: false, reason: "unrecognized", line };
  const [coreText = "", appText = "", network = "", address = ""] = parts;

  const core = goAtoi(coreText);
  if (core instanceof Error)
    return { ok: false, reason: "core-version", message: `${w.coreParse}: ${core.message}` };
  if (core !== CORE_PROTOCOL_VERSION) {
    return {
      ok: false,
      reason: "core-version",
      message:
        `${w.core}. Plugin version: ${coreText}, Core version: ${CORE_PROTOCOL_VERSION}\n\n` +
        "To fix this, the plugin usually only needs to be recompiled.\n" +
        `Please report this to the plugin author${w.authorEnd}`,
    };
  }

  const app = goAtoi(appText);
  if (app instanceof Error) {
    return {
      ok: false,
      reason: "api-version",
      message: `Error parsing protocol version ${goQuote(appText)}: ${app.message}`,
    };
  }
  if (!offered.includes(app)) {
    return {
      ok: false,
      reason: "api-version",
      message: `${w.api}. Plugin version: ${app}, Client versions: [${offered.join(" ")}]`,
    };
  }

  if (network !== "unix" && network !== "tcp") {
    return { ok: false, reason: "address", message: `${w.address}: ${address}` };
  }

  const protocol = parts.length >= 5 ? (parts[4] ?? "") : "netrpc";
  if (!allowed.includes(protocol)) {
    return {
      ok: false,
      reason: "protocol",
      message: `${w.protocol} ${goQuote(protocol)}. Supported: [${allowed.join(" ")}]`,
    };
  }

  const handshake: Handshake = { appVersion: app, network, address, protocol };
  const certText = parts[5];
  if (certText !== undefined && certText.length > 50) {
    const pem = certPemFromHandshake(certText);
    if (pem instanceof Error)
      return { ok: false, reason: "cert", message: `error parsing server cert: ${pem.message}` };
    handshake.serverCertPem = pem;
  }
  return { ok: true, handshake };
}

/** The handshake's certificate is base64 (standard alphabet, no padding) of the DER. */
function certPemFromHandshake(text: string): string | Error {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) {
    return new Error("illegal base64 data in the certificate");
  }
  const der = Buffer.from(text, "base64");
  try {
    new X509Certificate(der);
  } catch (error) {
    return new Error(`x509: ${(error as Error).message}`);
  }
  const b64 = der.toString("base64").replace(/.{1,64}/g, "$&\n");
  return `-----BEGIN CERTIFICATE-----\n${b64}-----END CERTIFICATE-----\n`;
}
