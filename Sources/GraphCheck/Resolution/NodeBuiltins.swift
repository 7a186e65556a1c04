/// The modules Node 20 provides itself, which resolution never looks for on disk.
enum NodeBuiltins {
  /// `require('module').builtinModules` of Node v20.20.2, generated with
  /// `node -p 'JSON.stringify(require("module").builtinModules)'`. Every one of these resolves with or
  /// without the `node:` prefix, and the unprefixed form wins over a package of the same name (so
  /// `require('punycode')` is the builtin even though Debian ships a `punycode` package).
  static let modules: Set<String> = [
    "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing", "_http_server",
    "_stream_duplex", "_stream_passthrough", "_stream_readable", "_stream_transform", "_stream_wrap",
    "_stream_writable", "_tls_common", "_tls_wrap", "assert", "assert/strict", "async_hooks", "buffer",
    "child_process", "cluster", "console", "constants", "crypto", "dgram", "diagnostics_channel", "dns",
    "dns/promises", "domain", "events", "fs", "fs/promises", "http", "http2", "https", "inspector",
    "inspector/promises", "module", "net", "os", "path", "path/posix", "path/win32", "perf_hooks",
    "process", "punycode", "querystring", "readline", "readline/promises", "repl", "stream",
    "stream/consumers", "stream/promises", "stream/web", "string_decoder", "sys", "timers",
    "timers/promises", "tls", "trace_events", "tty", "url", "util", "util/types", "v8", "vm", "wasi",
    "worker_threads", "zlib",
  ]

  /// Builtins that exist only with the `node:` prefix (`require('test')` looks in node_modules), as
  /// `require('module').isBuiltin('node:' + name)` reports in Node v20.20.2.
  static let prefixOnly: Set<String> = ["sea", "test", "test/reporters"]

  /// The builtin an unprefixed specifier names, if any.
  static func unprefixed(_ specifier: String) -> String? {
    modules.contains(specifier) ? specifier : nil
  }

  /// For a `node:` specifier: `.some(name)` when it names a builtin, `.none` when it does not, and nil
  /// when the specifier does not carry the prefix at all.
  static func prefixed(_ specifier: String) -> String?? {
    guard specifier.hasPrefix("node:") else { return nil }
    let name = String(specifier.dropFirst(5))
    return .some(modules.contains(name) || prefixOnly.contains(name) ? name : nil)
  }
}
