// Lint for the Go programs: gofmt must have nothing to change. Without Go (outside CI) it says so and passes.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../go", import.meta.url));
let out;
try {
  out = execFileSync("gofmt", ["-l", "."], { cwd: dir, encoding: "utf8" });
} catch (err) {
  if (err.code !== "ENOENT") throw err;
  if (process.env.CI) throw new Error("gofmt is missing: CI must check the Go programs");
  console.warn("skipping gofmt: Go is not installed");
  process.exit(0);
}
if (out.trim()) {
  console.error(`gofmt would change:\n${out}run: gofmt -w test/clients/go`);
  process.exit(1);
}
