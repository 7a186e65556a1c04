// Runs under cruftvm with the test server's ports: cruftvm run netapp.cruft ... -- PORT OTHER.
import { phoneHome } from "nonet";

const [port, other, mode = "all", tls] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;

async function attempt(label, run) {
  try {
    console.log(label, await run());
  } catch (error) {
    const cause = error.cause ? ` (cause: ${error.cause.message})` : "";
    console.log(label, "refused:", error.name, error.code ?? "", error.message + cause);
  }
}

if (mode === "wide") {
  // Only the other port: allowed by `--allow net` (the bundle grants 127.0.0.1:*), refused otherwise.
  await attempt("other port", async () => (await fetch(`http://127.0.0.1:${other}/text`)).text());
} else if (mode === "timers") {
  // Timers run while a request is under way; an interval that is always due does not starve it.
  setTimeout(() => console.log("timer 0"), 0);
  let ticks = 0;
  const interval = setInterval(() => {
    ticks++;
    const end = Date.now() + 3;
    while (Date.now() < end) {}
  }, 1);
  const response = await fetch(`${base}/slow`);
  clearInterval(interval);
  console.log("fetched", response.status, ticks > 0);
  setTimeout(() => console.log("timer after the fetch"), 5);
} else if (mode === "refused") {
  // Nothing listens on the port given: node's `fetch failed` with the system error as its cause.
  // Port 1 is one of fetch's bad ports, never connected to.
  for (const target of [`127.0.0.1:${tls}`, "127.0.0.1:1"]) {
    const error = await fetch(`http://${target}/`).catch((error) => error);
    const { message, errno, code, syscall, address, port } = error.cause;
    const fields = JSON.stringify({ message, errno, code, syscall, address, port }).replaceAll(tls, "CLOSED");
    console.log(error.name, error.message, fields);
  }
} else if (mode === "big") {
  // A body larger than --max-heap is cut off while it arrives.
  await attempt("big", async () => (await fetch(`${base}/big`)).status);
} else if (mode === "tls") {
  // HTTPS is verified: the test server's self-signed certificate is refused before any request.
  await attempt("tls", () => fetch(`https://127.0.0.1:${tls}/text`));
} else {
  await everything();
}

async function everything() {
await attempt("text", async () => {
  const response = await fetch(`${base}/text`);
  return [response.status, response.statusText, response.ok, response.headers.get("X-TEST"),
    response.headers.get("content-type"), response.url === `${base}/text`, response.redirected,
    await response.text()].join(" | ");
});
await attempt("json", async () => {
  const response = await fetch(`${base}/json`);
  const body = await response.json();
  return JSON.stringify(body) + " " + response.headers.has("Content-Type");
});
await attempt("headers", async () => {
  const response = await fetch(`${base}/text`);
  const names = [...response.headers.keys()].filter((name) => name.startsWith("x-") || name === "content-type");
  const seen = [];
  response.headers.forEach((value, name) => { if (name === "x-test") seen.push(value); });
  return names.join(",") + " " + seen.join(";") + " " + Object.prototype.toString.call(response.headers);
});
await attempt("clone", async () => {
  const response = await fetch(`${base}/text`);
  const copy = response.clone();
  let refused;
  try { response.headers.set("x-test", "changed"); } catch (error) { refused = `${error.name} ${error.message}`; }
  const made = new response.headers.constructor([["B", "2"], ["a", "1"]]);
  made.append("a", "3");
  return `${(await copy.text()) === (await response.text())} ${refused} ${[...made].join(";")}`;
});
await attempt("post", async () => {
  const response = await fetch(`${base}/echo`, {
    method: "post", headers: [["X-One", "1"], ["x-two", " 2 "]], body: "payload ✓",
  });
  return JSON.stringify(await response.json());
});
await attempt("put bytes", async () => {
  const response = await fetch(`${base}/echo`, {
    method: "PUT", headers: { "Content-Type": "application/octet-stream", "X-Kind": "bytes" },
    body: new TextEncoder().encode("raw bytes"),
  });
  return JSON.stringify(await response.json());
});
await attempt("array buffer", async () => {
  const response = await fetch(`${base}/text`);
  const buffer = await response.arrayBuffer();
  let again;
  try { await response.text(); } catch (error) { again = error.message; }
  const bytes = await (await fetch(`${base}/text`)).bytes();
  return `${buffer.constructor.name} ${buffer.byteLength} ${response.bodyUsed} ${again} ${bytes.constructor.name} ${bytes[0]}`;
});
await attempt("constructed", async () => {
  const made = new Response("made here", { status: 201, headers: { k: "v" } });
  const headers = new Headers([["a", "1"]]);
  return `${made.status} ${made.type} ${made.headers.get("k")} ${await made.text()} ${headers.get("A")} ${made instanceof Response}`;
});
await attempt("404", async () => {
  const response = await fetch(`${base}/status/404`);
  return `${response.status} ${response.statusText} ok=${response.ok} ${await response.text()}`;
});
await attempt("redirect inside", async () => {
  const response = await fetch(`${base}/redirect-inside`);
  return `${response.status} ${response.redirected} ${response.url === `${base}/text`} ${await response.text()}`;
});
await attempt("redirect 303", async () => {
  const response = await fetch(`${base}/redirect-see-other`, { method: "POST", body: "dropped" });
  return JSON.stringify(await response.json());
});
await attempt("redirect manual", async () => {
  const response = await fetch(`${base}/redirect-inside`, { redirect: "manual" });
  return `${response.status} ${response.headers.get("location")} ${response.redirected}`;
});
await attempt("redirect error", () => fetch(`${base}/redirect-inside`, { redirect: "error" }));
await attempt("redirect outside", () => fetch(`${base}/redirect-outside`));
await attempt("redirect other host", () => fetch(`${base}/redirect-host`));
await attempt("redirect credentials", () => fetch(`${base}/redirect-credentials`));
await attempt("other port", () => fetch(`http://127.0.0.1:${other}/text`));
await attempt("other host", () => fetch(`http://localhost:${port}/text`));
await attempt("dependency", () => phoneHome(`${base}/text`));
await attempt("scheme", () => fetch("file:///etc/passwd"));
await attempt("relative", () => fetch("/text"));
await attempt("get with body", () => fetch(`${base}/echo`, { body: "x" }));
const denied = await fetch(`http://127.0.0.1:${other}/text`).catch((error) => error);
console.log("denial", denied instanceof TypeError, denied.code, denied.capability, denied.target === `127.0.0.1:${other}`);
// A fetch nobody awaits still completes before the run ends.
fetch(`${base}/text`).then((response) => response.text()).then((text) => console.log("unawaited", text));
}
