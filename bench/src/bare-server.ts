// The ceiling on this stack: node:http answering every request with fixed JSON bytes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, bodyFile] = process.argv.slice(2);
const body = readFileSync(bodyFile as string);
createServer((_req, res) => {
  res.writeHead(200, {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Content-Length": body.length,
  });
  res.end(body);
}).listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
