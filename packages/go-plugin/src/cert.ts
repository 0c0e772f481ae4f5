// The host's certificate for go-plugin's automatic mutual TLS, made as go-plugin's generateCert makes
// it: a fresh ECDSA key (P-521 as go-plugin's, or P-256 on request), self-signed, CA, SAN localhost, for both client and server use, valid
// from 30 s ago for 262980 hours. Built with node:crypto (key, SPKI, signature) and a small DER
// writer, so that starting a plugin loads no certificate library.
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import {
  bitString,
  boolean,
  explicit,
  implicitPrimitive,
  octetString,
  oid,
  printableString,
  sequence,
  set,
  smallInteger,
  time,
  tlv,
  unsignedInteger,
} from "./der.js";

export interface HostCertificate {
  certPem: string;
  keyPem: string;
}

const HOST = "localhost";

/** The host key's curve: go-plugin's P-521, or P-256, whose TLS handshakes cost about half (see README). */
export type HostKeyCurve = "P-521" | "P-256";

const CURVES: Record<HostKeyCurve, { name: string; pointBytes: number; hash: string; signatureOid: string }> =
  {
    // ecdsa-with-SHA512 / ecdsa-with-SHA256, the algorithms Go's x509 picks for these curves.
    "P-521": { name: "secp521r1", pointBytes: 133, hash: "sha512", signatureOid: "1.2.840.10045.4.3.4" },
    "P-256": { name: "prime256v1", pointBytes: 65, hash: "sha256", signatureOid: "1.2.840.10045.4.3.2" },
  };

function toPem(label: string, der: Buffer): string {
  const body = der.toString("base64").replace(/.{1,64}/g, "$&\n");
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical
    ? sequence(oid(id), boolean(true), octetString(value))
    : sequence(oid(id), octetString(value));
}

export function generateHostCertificate(
  now: Date = new Date(),
  curve: HostKeyCurve = "P-521",
): HostCertificate {
  const { name: namedCurve, pointBytes, hash, signatureOid } = CURVES[curve];
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve });
  const spki = publicKey.export({ type: "spki", format: "der" });
  // The subjectPublicKey BIT STRING is the SPKI's last element: its bytes after the 0x00 unused-bits byte.
  const uncompressedPoint = spki.subarray(spki.length - pointBytes);

  const name = sequence(
    set(sequence(oid("2.5.4.10"), printableString("HashiCorp"))),
    set(sequence(oid("2.5.4.3"), printableString(HOST))),
  );
  // digitalSignature, keyEncipherment, keyAgreement, keyCertSign: bits 0, 2, 4, 5.
  const keyUsage = bitString(Buffer.from([0b10101100]), 2);
  const extKeyUsage = sequence(oid("1.3.6.1.5.5.7.3.2"), oid("1.3.6.1.5.5.7.3.1"));
  const basicConstraints = sequence(boolean(true));
  const subjectKeyId = octetString(createHash("sha1").update(uncompressedPoint).digest());
  const subjectAltName = sequence(implicitPrimitive(2, Buffer.from(HOST, "latin1")));

  const serial = randomBytes(16);
  const algorithm = sequence(oid(signatureOid));
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(serial),
    algorithm,
    name,
    sequence(time(new Date(now.getTime() - 30_000)), time(new Date(now.getTime() + 262_980 * 3_600_000))),
    name,
    spki,
    explicit(
      3,
      sequence(
        extension("2.5.29.15", true, keyUsage),
        extension("2.5.29.37", false, extKeyUsage),
        extension("2.5.29.19", true, basicConstraints),
        extension("2.5.29.14", false, subjectKeyId),
        extension("2.5.29.17", false, subjectAltName),
      ),
    ),
  );
  const signature = sign(hash, tbs, privateKey);
  const der = tlv(0x30, tbs, algorithm, bitString(signature));
  return {
    certPem: toPem("CERTIFICATE", der),
    keyPem: privateKey.export({ type: "sec1", format: "pem" }).toString(),
  };
}
