// docs/deployment.md promises that every command it tells an operator to run is run by a test or
// script here. Its `sh` blocks and its systemd units' `ExecStart=` lines are matched against
// tests/setup/guide-commands.ts, and each entry's test must exist and contain the text by which it
// runs the command.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDE_COMMANDS, type GuideCommand } from "../setup/guide-commands";

const ROOT = path.resolve(import.meta.dirname, "../..");
const guide = readFileSync(path.join(ROOT, "docs/deployment.md"), "utf8");

/** The commands of the guide's code blocks: `sh` lines (comments and continuations handled) and units' ExecStart. */
function guideCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const [, lang, body] of markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    if (lang === "sh") {
      const joined = body!.replace(/\\\n\s*/g, " ");
      for (const line of joined.split("\n")) {
        const command = line.replace(/(^|\s)#.*$/, "").trim();
        if (command) commands.push(command);
      }
    } else if (lang === "ini") {
      for (const [, exec] of body!.matchAll(/^ExecStart=(.+)$/gm)) commands.push(exec!.trim());
    }
  }
  return commands;
}

const matches = (entry: GuideCommand, command: string) =>
  typeof entry.command === "string" ? entry.command === command : entry.command.test(command);

const commands = guideCommands(guide);

describe("docs/deployment.md", () => {
  it("has commands to check", () => {
    expect(commands).toContain("npm run db:migrate");
    expect(commands).toContain("/usr/bin/npm start -- -p %i -H localhost");
  });

  it("lists every command it tells an operator to run in tests/setup/guide-commands.ts", () => {
    expect(commands.filter((c) => !GUIDE_COMMANDS.some((e) => matches(e, c)))).toEqual([]);
  });

  it("names no command the guide no longer has", () => {
    expect(GUIDE_COMMANDS.filter((e) => !commands.some((c) => matches(e, c))).map((e) => String(e.command))).toEqual([]);
  });

  for (const entry of GUIDE_COMMANDS) {
    const name = String(entry.command);
    if (entry.external) {
      it(`${name} is the operating system's (${entry.external})`, () => expect(entry.runBy).toBeUndefined());
    } else {
      it(`${name} is run by ${entry.runBy}`, () => {
        const file = path.join(ROOT, entry.runBy ?? "");
        expect(entry.runBy && existsSync(file), `${entry.runBy} exists`).toBe(true);
        const proof = entry.proof ?? name;
        expect(readFileSync(file, "utf8"), `${entry.runBy} runs it by "${proof}"`).toContain(proof);
      });
    }
  }

  it("openssl rand -hex 32 gives a session secret server/env.ts accepts", () => {
    const result = spawnSync("openssl", ["rand", "-hex", "32"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
  });
});
