import { describe, expect, it } from "vitest";
import { generateHostCertificate } from "./cert.js";
import { checkHandshake, goAtoi } from "./handshake.js";

const certDer = (() => {
  const pem = generateHostCertificate().certPem;
  return Buffer.from(pem.replace(/-----[A-Z ]+-----|\n/g, ""), "base64");
})();
// go-plugin sends the DER in base64 without padding (Go's RawStdEncoding).
const rawB64 = certDer.toString("base64").replace(/=+$/, "");

describe("checkHandshake", () => {
  it("accepts what a v5 plugin prints, with its certificate", () => {
    const check = checkHandshake(`1|5|unix|/tmp/plugin123|grpc|${rawB64}\n`, [5]);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.handshake).toMatchObject({
      appVersion: 5,
      network: "unix",
      address: "/tmp/plugin123",
      protocol: "grpc",
    });
    expect(check.handshake.serverCertPem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
  });

  it.each([
    { line: "hello", expected: { ok: false, reason: "unrecognized", line: "hello" } },
    { line: "  a|b|c  ", expected: { ok: false, reason: "unrecognized", line: "a|b|c" } },
    { line: "1|6|unix|/x|grpc|", offered: [5, 6], expected: { ok: true } },
    {
      line: "1|5|unix|/x",
      expected: {
        ok: false,
        reason: "protocol",
        message: 'unsupported plugin protocol "netrpc". Supported: [grpc]',
      },
    },
    { line: "1|5|unix|/x|grpc|short", expected: { ok: true } },
    {
      line: "1|5|unix|/x|grpc|!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      expected: { ok: false, reason: "cert" },
    },
    {
      line: "1|x|unix|/x|grpc|",
      expected: {
        ok: false,
        reason: "api-version",
        message: 'Error parsing protocol version "x": strconv.Atoi: parsing "x": invalid syntax',
      },
    },
    {
      line: "1|4|unix|/x|grpc|",
      offered: [5, 6],
      expected: {
        ok: false,
        reason: "api-version",
        message: "incompatible API version with plugin. Plugin version: 4, Client versions: [5 6]",
      },
    },
  ])("$line", ({ line, offered, expected }) => {
    expect(checkHandshake(line, offered ?? [5])).toMatchObject(expected);
  });

  it("words core-version errors as go-plugin 1.6 did (capitals, a final period)", () => {
    expect(checkHandshake("3|5|unix|/x|grpc|", [5], "1.6")).toMatchObject({
      message:
        "Incompatible core API version with plugin. Plugin version: 3, Core version: 1\n\n" +
        "To fix this, the plugin usually only needs to be recompiled.\nPlease report this to the plugin author.",
    });
  });
});

describe("goAtoi", () => {
  it.each([
    ["5", 5],
    ["+5", 5],
    ["-1", -1],
  ])("%s", (text, n) => expect(goAtoi(text)).toBe(n));
  it.each([
    ["", 'strconv.Atoi: parsing "": invalid syntax'],
    ["5 ", 'strconv.Atoi: parsing "5 ": invalid syntax'],
    ["99999999999999999999", 'strconv.Atoi: parsing "99999999999999999999": value out of range'],
  ])("%j fails", (text, message) => expect((goAtoi(text) as Error).message).toBe(message));
});
