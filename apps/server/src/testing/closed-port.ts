// A loopback address nothing listens on, for tests of refused connections: bind a port, note it, close it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return `http://127.0.0.1:${port}`;
}
