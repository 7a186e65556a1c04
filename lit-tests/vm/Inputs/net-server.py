"""The net handle's test server: HTTP on loopback ports chosen by the system, for one command.

Usage: net-server.py LOG -- COMMAND ARGS...
Starts the server, runs COMMAND with `{PORT}` and `{OTHER}` in its arguments replaced by two HTTP
ports and `{TLS}` by a third serving HTTPS with a certificate nobody trusts (net-server-tls.pem,
for 127.0.0.1) and `{CLOSED}` by a port nothing listens on, copies its output, stops the server and exits with the command's status. Every
request a port receives is appended to LOG as "granted|other|tls METHOD PATH", so a test can
assert that a refused request never reached the server. Each run has its own ports, so runs in
parallel do not meet."""

import http.server
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time


def make_handler(name, ports, log):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):
            pass

        def send(self, status, body, content_type="text/plain; charset=utf-8", extra=()):
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for header, value in extra:
                self.send_header(header, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            with log["lock"]:
                with open(log["path"], "a") as out:
                    out.write(f"{name} {self.command} {self.path}\n")
            path = self.path
            if path == "/text":
                self.send(200, "hello from the test server", extra=[("X-Test", "one"), ("X-Test", "two")])
            elif path == "/json":
                self.send(200, json.dumps({"ok": True, "items": [1, 2, 3]}), "application/json")
            elif path == "/redirect-inside":
                self.send(302, "", extra=[("Location", "/text")])
            elif path == "/redirect-see-other":
                self.send(303, "", extra=[("Location", "/echo")])
            elif path == "/redirect-outside":
                self.send(302, "", extra=[("Location", f"http://127.0.0.1:{ports['other']}/text")])
            elif path == "/redirect-credentials":
                self.send(302, "", extra=[("Location", f"http://user:secret@127.0.0.1:{ports['granted']}/text")])
            elif path == "/redirect-host":
                self.send(302, "", extra=[("Location", f"http://localhost:{ports['granted']}/text")])
            elif path == "/slow":
                time.sleep(0.2)
                self.send(200, "slow answer")
            elif path == "/big":
                self.send(200, "x" * (40 << 20))
            elif path.startswith("/status/"):
                self.send(int(path[len("/status/"):]), "status page")
            elif path == "/echo":
                headers = {k.lower(): v for k, v in self.headers.items() if k.lower().startswith("x-")}
                headers["content-type"] = self.headers.get("Content-Type")
                self.send(200, json.dumps({"method": self.command, "headers": headers, "body": body}, sort_keys=True),
                          "application/json")
            else:
                self.send(404, "no such page")

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = handle_any

    return Handler


def main():
    log_path, separator, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    assert separator == "--" and command, __doc__
    open(log_path, "w").close()
    log = {"path": log_path, "lock": threading.Lock()}
    ports = {}
    servers = {}
    for name in ("granted", "other", "tls"):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(name, ports, log))
        server.daemon_threads = True
        # A client that hangs up early (a refused certificate, a body cut off) is not the test's failure.
        server.handle_error = lambda request, client_address: None
        if name == "tls":
            # A certificate for 127.0.0.1 that no system trusts: a client that verifies refuses it.
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(os.path.join(os.path.dirname(os.path.abspath(__file__)), "net-server-tls.pem"))
            server.socket = context.wrap_socket(server.socket, server_side=True)
        servers[name] = server
        ports[name] = server.server_address[1]
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    # A port that was free a moment ago and that nothing listens on now: connecting is refused.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    substitutions = {"{PORT}": ports["granted"], "{OTHER}": ports["other"], "{TLS}": ports["tls"], "{CLOSED}": closed}
    arguments = []
    for argument in command:
        for placeholder, port in substitutions.items():
            argument = argument.replace(placeholder, str(port))
        arguments.append(argument)
    # A proxy from the environment would carry the loopback requests elsewhere.
    environment = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    completed = subprocess.run(arguments, capture_output=True, timeout=120, env=environment)
    sys.stdout.buffer.write(completed.stdout)
    sys.stderr.buffer.write(completed.stderr)
    for server in servers.values():
        server.shutdown()
    sys.exit(completed.returncode)


if __name__ == "__main__":
    main()
