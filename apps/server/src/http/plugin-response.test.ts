import { describe, expect, it } from "vitest";
import type { MountAnswer, MountRequest } from "../ports/runtime.js";
import { renderAnswer } from "./plugin-response.js";

type Case = [string, { answer: MountAnswer; operation: MountRequest["operation"]; want: unknown }];

const err = (type: number, message: string, code = 0) => ({ error: { type, message, code } });

describe("a plugin's answer as Vault's HTTP layer writes it", () => {
  it.each<Case>([
    [
      "unsupported path: 404, through go-multierror",
      {
        answer: err(6, "unsupported path"),
        operation: "read",
        want: { kind: "error", status: 404, errors: ["1 error occurred:\n\t* unsupported path\n\n"] },
      },
    ],
    [
      "unsupported operation: 405",
      { answer: err(5, "unsupported operation"), operation: "delete", want: { status: 405 } },
    ],
    [
      "permission denied: 403",
      { answer: err(8, "permission denied"), operation: "update", want: { status: 403 } },
    ],
    [
      "a coded error keeps its code",
      { answer: err(3, "teapot", 418), operation: "update", want: { status: 418 } },
    ],
    [
      "a plain error with no response: 500",
      { answer: err(0, "boom"), operation: "update", want: { status: 500 } },
    ],
    [
      "an error with a response: 400",
      {
        answer: { ...err(7, "invalid request"), response: { data: { x: 1 } } },
        operation: "update",
        want: { status: 400 },
      },
    ],
    [
      "an error response (data holding only error): 400, the bare message",
      {
        answer: { response: { data: { error: "missing name" } } },
        operation: "update",
        want: { kind: "error", status: 400, errors: ["missing name"] },
      },
    ],
    [
      "a read of nothing: 404 with no message",
      { answer: {}, operation: "read", want: { kind: "error", status: 404, errors: [] } },
    ],
    ["a write with no response: 204", { answer: {}, operation: "update", want: { kind: "empty" } }],
    [
      "a list with no keys: 404",
      {
        answer: { response: { data: { keys: [] } } },
        operation: "list",
        want: { kind: "error", status: 404 },
      },
    ],
    [
      "a list with keys: the envelope",
      {
        answer: { response: { data: { keys: ["a", "b/"] } } },
        operation: "list",
        want: { kind: "envelope", data: { keys: ["a", "b/"] }, warnings: null },
      },
    ],
    [
      "a secret's lease: its TTL and renewability",
      {
        answer: { response: { data: { v: 1 }, secret: { ttlSeconds: 60, renewable: true } } },
        operation: "read",
        want: { kind: "envelope", leaseDuration: 60, renewable: true },
      },
    ],
    [
      "warnings alone: the envelope with null data",
      {
        answer: { response: { warnings: ["careful"] } },
        operation: "update",
        want: { kind: "envelope", data: null, warnings: ["careful"] },
      },
    ],
    [
      "a redirect",
      {
        answer: { response: { redirect: "/v1/x" } },
        operation: "read",
        want: { kind: "redirect", location: "/v1/x" },
      },
    ],
  ])("%s", (_name, { answer, operation, want }) => {
    expect(renderAnswer(answer, operation)).toMatchObject(want as object);
  });
});
