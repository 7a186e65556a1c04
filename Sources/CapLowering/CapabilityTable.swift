import GraphCheck

/// The kinds of ambient authority a package can claim, be granted, and receive as a handle.
public enum CapabilityKind: String, CaseIterable, Sendable, Comparable {
  /// Files: path prefixes, read and write distinguished.
  case fs
  /// The network: host:port pairs.
  case net
  /// Environment variables (and the process's arguments): variable names.
  case env
  /// Wall-clock and monotonic time, and timers.
  case clock
  /// Randomness.
  case random
  /// Standard input, output and error, including the console.
  case stdio

  public static func < (lhs: CapabilityKind, rhs: CapabilityKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a name or a member path refers to, as far as authority goes.
public enum AmbientMeaning: Equatable, Sendable {
  /// A pure ECMAScript or Node built-in: no authority, provided to every package.
  case pure
  /// The package's own frozen global object (globalThis, global, self, window).
  case globalObject
  /// Authority of one kind: lowered to a handle parameter when the package is granted it.
  case capability(CapabilityKind)
  /// An object whose members differ (process, crypto, os): see `memberMeaning`.
  case mixed
  /// Never granted to any package: reaching for it is a compile error.
  case forbidden(reason: String)
  /// A CommonJS module-system name (module, exports, require, __filename, __dirname).
  case moduleSystem
}

/// The capability table: every name and builtin module that carries authority, in one place.
/// docs/capabilities.md is generated from it (`cruftc explain --capabilities`).
public enum CapabilityTable {
  /// The ECMAScript and web-standard globals that carry no authority. `Function` and `eval` are
  /// here because GraphCheck rejects their dangerous uses, and the VM's `Function` throws when called.
  public static let pureGlobals: Set<String> = [
    "Object", "Function", "Array", "Number", "parseFloat", "parseInt", "Infinity", "NaN", "undefined",
    "Boolean",
    "String", "Symbol", "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError",
    "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer",
    "SharedArrayBuffer", "Atomics", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array",
    "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array", "BigInt64Array",
    "DataView", "Map", "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect", "FinalizationRegistry",
    "WeakRef", "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "unescape",
    "isFinite", "isNaN", "eval", "structuredClone", "TextEncoder", "TextDecoder", "URL", "URLSearchParams",
    "atob", "btoa", "queueMicrotask", "Buffer", "EventTarget", "Event", "AbortController", "AbortSignal",
    "DOMException", "Iterator",
  ]

  /// Members the global object inherits from Object.prototype: sloppy code reads them as bare
  /// names (`hasOwnProperty.call(o, k)`), and they resolve on the package's own global.
  public static let inheritedGlobalMembers: Set<String> = [
    "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toString", "toLocaleString", "valueOf",
    "constructor", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
  ]

  /// The per-package frozen global. `self` and `window` are deliberately absent, as they are in
  /// Node: UMD code tests `typeof window` to decide it runs in a browser.
  public static let globalObjectNames: Set<String> = ["globalThis", "global"]

  /// Free names that are authority.
  public static let capabilityGlobals: [String: AmbientMeaning] = [
    "console": .capability(.stdio),
    "process": .mixed,
    "fetch": .capability(.net),
    "WebSocket": .capability(.net),
    "XMLHttpRequest": .capability(.net),
    "EventSource": .capability(.net),
    "Request": .pure,
    "Response": .pure,
    "Headers": .pure,
    "setTimeout": .capability(.clock),
    "setInterval": .capability(.clock),
    "setImmediate": .capability(.clock),
    "clearTimeout": .capability(.clock),
    "clearInterval": .capability(.clock),
    "clearImmediate": .capability(.clock),
    "performance": .capability(.clock),
    "crypto": .mixed,
    "WebAssembly": .forbidden(reason: "WebAssembly compiles code from bytes"),
    "importScripts": .forbidden(reason: "importScripts loads code by URL"),
    "module": .moduleSystem,
    "exports": .moduleSystem,
    "require": .moduleSystem,
    "__filename": .moduleSystem,
    "__dirname": .moduleSystem,
  ]

  /// Node's builtin modules, by name without `node:`. A builtin not listed is forbidden.
  public static let builtinModules: [String: AmbientMeaning] = {
    var table: [String: AmbientMeaning] = [:]
    for name in [
      "path", "path/posix", "path/win32", "util", "util/types", "events", "assert", "assert/strict", "buffer",
      "string_decoder", "querystring", "url", "punycode", "stream", "stream/promises", "stream/web",
      "stream/consumers", "zlib", "constants",
    ] {
      table[name] = .pure
    }
    for name in ["fs", "fs/promises"] { table[name] = .capability(.fs) }
    for name in ["http", "https", "http2", "net", "tls", "dgram", "dns", "dns/promises"] {
      table[name] = .capability(.net)
    }
    for name in ["timers", "timers/promises", "perf_hooks"] { table[name] = .capability(.clock) }
    for name in ["tty", "readline", "readline/promises", "console"] { table[name] = .capability(.stdio) }
    // The VM's natives for the toolchain's Node library (inspect, format, types); GraphCheck resolves
    // this name only inside the library.
    table[NodeLibrary.nativeBuiltin] = .pure
    table["crypto"] = .mixed
    table["os"] = .mixed
    table["process"] = .mixed
    let never: [String: String] = [
      "child_process": "it runs other programs with the application's full authority",
      "vm": "it compiles and runs code from strings",
      "worker_threads": "workers run code outside the package's confinement",
      "inspector": "the inspector controls and reads the whole process",
      "module": "the module system loads code outside the lockfile closure",
      "cluster": "it forks processes",
      "repl": "it evaluates code from strings",
      "v8": "it exposes engine internals",
      "wasi": "WebAssembly runs native-speed code from bytes",
      "trace_events": "it reads and controls process tracing",
      "async_hooks": "it observes every asynchronous operation of every package",
      "diagnostics_channel": "it observes other packages' internals",
      "test": "the test runner spawns processes",
      "sea": "single-executable internals",
    ]
    for (name, reason) in never { table[name] = .forbidden(reason: "'\(name)' is never granted: \(reason)") }
    return table
  }()

  /// The meaning of `object.member` for the mixed objects and for intrinsics with authority-bearing
  /// members. `object` is the global or builtin module name.
  public static func memberMeaning(_ object: String, _ member: String) -> AmbientMeaning? {
    switch object {
    case "process":
      switch member {
      case "env", "execPath", "title", "pid", "ppid", "getuid", "geteuid", "getgid",
        "getegid", "getgroups", "umask", "config", "report", "resourceUsage", "memoryUsage", "cpuUsage":
        return .capability(.env)
      case "stdout", "stderr", "stdin", "emitWarning":
        return .capability(.stdio)
      case "hrtime", "uptime":
        return .capability(.clock)
      case "cwd":
        return .capability(.fs)
      case "nextTick", "platform", "version", "versions", "arch", "release", "features", "exitCode":
        return .pure
      case "exit":
        // Ends the run cleanly with a status: the application's alone. The analysis refuses it in a
        // dependency (E2001), and the VM's process handle refuses a dependency's call again.
        return .pure
      case "argv", "argv0", "execArgv":
        // The arguments the person running the application passed (cruftvm run -- ARGS): input, not
        // ambient authority.
        return .pure
      case "binding", "_linkedBinding", "dlopen", "mainModule", "reallyExit", "abort", "kill",
        "chdir",
        "setuid", "seteuid", "setgid", "setegid", "setgroups", "initgroups", "send", "disconnect", "channel",
        "on", "once", "addListener", "prependListener", "emit", "_getActiveHandles", "_getActiveRequests",
        "permission", "setSourceMapsEnabled", "allowedNodeEnvironmentFlags", "moduleLoadList":
        return .forbidden(reason: "'process.\(member)' is never granted: it reaches the host process itself")
      default:
        // Members Node does not have (process.browser, process.type in Electron) read as undefined.
        return .pure
      }
    case "crypto":
      switch member {
      case "randomBytes", "randomFillSync", "randomFill", "randomInt", "randomUUID", "getRandomValues",
        "webcrypto", "pseudoRandomBytes", "rng", "prng", "generateKeyPair", "generateKeyPairSync",
        "generateKey",
        "generateKeySync", "generatePrime", "generatePrimeSync":
        return .capability(.random)
      default:
        return .pure
      }
    case "os":
      switch member {
      case "EOL", "constants", "endianness", "devNull":
        return .pure
      default:
        return .capability(.env)
      }
    case "Date":
      return member == "now" ? .capability(.clock) : nil
    case "Math":
      return member == "random" ? .capability(.random) : nil
    default:
      return nil
    }
  }
}
