import { createPrivateKey, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateHostCertificate } from "./cert.js";

describe("generateHostCertificate", () => {
  it("makes go-plugin's host certificate: P-521, self-signed CA, SAN localhost, 262980 h", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const { certPem, keyPem } = generateHostCertificate(now);
    const cert = new X509Certificate(certPem);
    expect(cert.subject).toBe("O=HashiCorp\nCN=localhost");
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.subjectAltName).toBe("DNS:localhost");
    expect(cert.ca).toBe(true);
    expect(cert.keyUsage?.sort()).toEqual(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(keyPem))).toBe(true);
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe("secp521r1");
    expect(new Date(cert.validFrom).toISOString()).toBe("2026-12-06T11:59:30.000Z");
    expect(new Date(cert.validTo).toISOString()).toBe("2056-12-06T00:00:00.000Z"); // 10957.5 days later;
    expect(keyPem).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);
  });

  it("gives each host a new key and serial", () => {
    const a = new X509Certificate(generateHostCertificate().certPem);
    const b = new X509Certificate(generateHostCertificate().certPem);
    expect(a.serialNumber).not.toBe(b.serialNumber);
    expect(a.fingerprint256).not.toBe(b.fingerprint256);
  });

  it("makes a P-256 one on request, signed with ecdsa-with-SHA256", () => {
    const { certPem, keyPem } = generateHostCertificate(new Date(), "P-256");
    const cert = new X509Certificate(certPem);
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(keyPem))).toBe(true);
    expect(cert.subjectAltName).toBe("DNS:localhost");
  });
});
