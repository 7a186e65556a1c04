// Runs under cruftvm with the handles each test line allows: fs, process, random, clock.
import fs from "node:fs";
import { readFile } from "node:fs/promises";
import crypto from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import os from "node:os";
import tty from "node:tty";
import reader from "reader";
import nosy from "nosy";

const mode = process.argv[2] ?? "fs";
const show = (f) => {
  try {
    return String(f());
  } catch (e) {
    return `${e.name} ${e.code} ${e.message}`;
  }
};

if (mode === "fs") {
  console.log("read", fs.readFileSync("data/hello.txt", "utf8").trim(), fs.readFileSync("./data/hello.txt").length);
  fs.writeFileSync("data/out.txt", "one");
  fs.appendFileSync("data/out.txt", new Uint8Array([32, 116, 119, 111]));
  console.log("written", fs.readFileSync("data/out.txt", { encoding: "utf8" }), fs.existsSync("data/out.txt"), fs.existsSync("data/none"));
  const stats = fs.statSync("data/out.txt");
  console.log("stat", stats.isFile(), stats.isDirectory(), stats.size, typeof stats.mtimeMs, stats.mtime instanceof Date, fs.statSync("data").isDirectory());
  console.log("mkdir", typeof fs.mkdirSync("data/a/b", { recursive: true }), fs.mkdirSync("data/a/b", { recursive: true }));
  fs.renameSync("data/out.txt", "data/a/b/moved.txt");
  console.log("readdir", fs.readdirSync("data").join(" "), fs.readdirSync("data/a", { withFileTypes: true }).map((d) => `${d.name}:${d.isDirectory()}`).join(" "));
  fs.rmSync("data/a", { recursive: true });
  fs.rmSync("data/gone", { force: true });
  console.log("removed", fs.existsSync("data/a"));
  console.log("hex", fs.readFileSync("data/hello.txt", "hex"), fs.readFileSync("data/hello.txt", "base64"));
  for (const [name, f] of [
    ["missing", () => fs.readFileSync("data/missing.txt")],
    ["directory", () => fs.readFileSync("data")],
    ["exists", () => fs.mkdirSync("data")],
    ["rmdir", () => fs.rmSync("data/sub")],
    ["encoding", () => fs.readFileSync("data/hello.txt", "klingon")],
    ["type", () => fs.readFileSync({})],
  ]) {
    try {
      f();
      console.log(name, "no error");
    } catch (e) {
      console.log(name, e.name, e.code, e.errno, e.syscall, e.path, "|", e.message);
    }
  }
  readFile("data/hello.txt", "utf8")
    .then((text) => {
      console.log("promises", text.trim());
      return fs.promises.readFile("data/missing.txt");
    })
    .catch((e) => {
      console.log("promises rejected", e.code);
      fs.readFile("data/hello.txt", "utf8", (error, text) => console.log("callback", error, text.trim()));
    });
  Promise.resolve().then(() => console.log("microtask first"));
} else if (mode === "escape") {
  // Every path the guest can write that leaves ./data, and the literal names that do not.
  for (const path of [
    "secret.txt", "data/../secret.txt", "./data/../../secret.txt", process.cwd() + "/secret.txt", "/etc/passwd",
    "data/%2e%2e/secret.txt", "data\\..\\secret.txt", "data/hello.txt\0.png", "data/link-out/secret.txt",
    "data/file-link", "data/../data/hello.txt", "data/nothere/../hello.txt",
    // Whether a directory outside exists must not change the answer.
    "/etc/.." + process.cwd() + "/data/hello.txt", "/no-such-dir/.." + process.cwd() + "/data/hello.txt",
  ]) {
    console.log(JSON.stringify(path), show(() => fs.readFileSync(path, "utf8").trim()));
  }
  console.log("write through link", show(() => fs.writeFileSync("data/file-link", "pwned")));
  console.log("write through dangling link", show(() => fs.writeFileSync("data/dangling", "pwned")));
  console.log("write through dir link", show(() => fs.writeFileSync("data/link-out/new.txt", "pwned")));
  console.log("rename out", show(() => fs.renameSync("data/hello.txt", "data/../stolen.txt")));
  console.log("rename in", show(() => fs.renameSync("secret.txt", "data/stolen.txt")));
  console.log("mkdir out", show(() => fs.mkdirSync("data/../made", { recursive: true })));
  console.log("rm out", show(() => fs.rmSync("data/..", { recursive: true })));
  console.log("stat link", show(() => fs.statSync("data/file-link").size));
  console.log("exists outside", fs.existsSync("secret.txt"), fs.existsSync("data/file-link"));
} else if (mode === "readonly") {
  console.log(show(() => fs.readFileSync("data/hello.txt", "utf8").trim()));
  console.log(show(() => fs.writeFileSync("data/x.txt", "x")));
} else if (mode === "deps") {
  console.log("reader", show(() => reader.read("data/hello.txt").trim()));
  console.log("reader write", show(() => reader.write("data/x.txt", "x")));
  console.log("reader outside", show(() => reader.read("secret.txt")));
  console.log("reader env", show(() => reader.env()));
  console.log("reader exit", show(() => reader.exit()));
  for (const attempt of nosy.attempts()) console.log("nosy", show(attempt));
} else if (mode === "env") {
  console.log(Object.keys(process.env).join(","), "CRUFT_SHOWN" in process.env, "CRUFT_HIDDEN" in process.env, process.env.CRUFT_HIDDEN);
  console.log(JSON.stringify(process.env));
} else if (mode === "random") {
  const values = crypto.getRandomValues(new Uint32Array(4));
  const uuid = crypto.randomUUID();
  console.log(values.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), crypto.randomBytes(8).length);
  const ints = Array.from({ length: 200 }, () => crypto.randomInt(3, 6));
  console.log(ints.every((n) => n >= 3 && n < 6), new Set(ints).size, typeof Math.random());
  console.log(show(() => crypto.randomInt(5, 5)), "|", show(() => crypto.getRandomValues(new Float64Array(2))));
} else if (mode === "clock") {
  const start = performance.now();
  const order = [];
  const timeout = setTimeout(() => order.push("timeout"), 0);
  console.log(typeof timeout, timeout.hasRef(), timeout.unref().hasRef(), timeout.ref().hasRef(), typeof +timeout, `${+timeout}` === String(timeout[Symbol.toPrimitive]()));
  setImmediate(() => order.push("immediate"));
  Promise.resolve().then(() => order.push("promise"));
  process.nextTick(() => order.push("tick"));
  const unrefd = setTimeout(() => console.log("unref'd timer must not keep the run alive"), 100000);
  unrefd.unref();
  let count = 0;
  const interval = setInterval(() => {
    if (++count === 3) {
      clearInterval(interval);
      // setTimeout(0) against setImmediate from the main module is a race in node: only the first
      // two places are fixed.
      console.log("order", order.slice(0, 2).join(" "), order.slice(2).sort().join(" "), "interval", count, performance.now() >= start);
    }
  }, 2);
} else if (mode === "more") {
  const start = process.hrtime();
  fs.copyFileSync("data/hello.txt", "data/copy.txt");
  console.log("copy", fs.readFileSync("data/copy.txt", "utf8").trim(), fs.realpathSync("data/copy.txt") === process.cwd() + "/data/copy.txt");
  console.log("copy excl", show(() => fs.copyFileSync("data/hello.txt", "data/copy.txt", 1)));
  console.log("copy out", show(() => fs.copyFileSync("data/hello.txt", "copy.txt")));
  fs.unlinkSync("data/copy.txt");
  fs.mkdirSync("data/empty");
  fs.rmdirSync("data/empty");
  console.log("rmdir", show(() => fs.rmdirSync("data/empty")));
  console.log("quiet stat", fs.statSync("data/none", { throwIfNoEntry: false }), fs.lstatSync("data/hello.txt", { throwIfNoEntry: false }).isFile());
  sleep(3, "slept").then((value) => {
    const [seconds, nanoseconds] = process.hrtime(start);
    console.log(value, seconds * 1e9 + nanoseconds >= 3e6, typeof process.hrtime.bigint(), process.uptime() > 0);
    process.emitWarning("careful", "DeprecationWarning");
  });
} else if (mode === "os") {
  console.log(JSON.stringify(os.EOL), os.endianness(), os.platform(), os.type(), os.arch(), typeof os.release(), os.homedir(), os.tmpdir(), os.loadavg().length, os.constants.signals.SIGTERM, tty.isatty(99));
} else if (mode === "exit") {
  setTimeout(() => console.log("never runs"), 1);
  process.exitCode = 4;
  console.log("exiting");
  process.exit(6);
  console.log("never printed");
} else if (mode === "exitcode") {
  process.exitCode = 4;
} else if (mode === "cwd") {
  console.log("cwd", show(() => process.cwd()));
}
