// Whether a request that Node's HTTP parser refused is a LIST, and where its bytes begin. Node reports a
// refused method (HPE_INVALID_METHOD) with the packet it was parsing (`err.rawPacket`) and the offset of
// the byte it refused (`err.bytesParsed`). Its parser reads a method as a path through the methods it
// knows: "LI" is the start of LINK, so a LIST is refused at its S, with "LI" just before (or, when the
// method was split across packets, at the end of the packet before, which Node no longer holds; the
// missing letters are then known). Any other refused method is not LIST, whatever its letters. A packet
// that ends before the method does may still hold a LIST: the front, which follows the framing, decides.
//
// One ambiguity remains and is resolved towards "not LIST": "UNLI" is also a prefix (of UNLINK), so a
// body ending in "UN" directly followed by a pipelined LIST reads as the method UNLIST.

/** `head`: the (maybe) LIST request's bytes, from its first byte to the end of the packet. */
export type RefusedRequest = { list: true; head: Buffer } | { list: false };

/**
 * @param packet the packet Node was parsing
 * @param refusedAt the offset of the byte it refused
 * @param earlierBytes whether the connection carried bytes before this packet
 */
export function refusedRequest(packet: Buffer, refusedAt: number, earlierBytes: boolean): RefusedRequest {
  // The packet may end inside the method: then it may still be LIST, and the front decides.
  const rest = packet.toString("latin1", refusedAt, refusedAt + 3);
  if (!"ST ".startsWith(rest)) return { list: false };
  const before = packet.toString("latin1", Math.max(0, refusedAt - 4), refusedAt);
  if (refusedAt >= 2) {
    if (!before.endsWith("LI") || before === "UNLI") return { list: false };
    return { list: true, head: packet.subarray(refusedAt - 2) };
  }
  if (!earlierBytes || before !== "LI".slice(2 - refusedAt)) return { list: false };
  const missing = Buffer.from("LI".slice(0, 2 - refusedAt), "latin1");
  return { list: true, head: Buffer.concat([missing, packet]) };
}
