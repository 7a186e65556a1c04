import Seal

// The capability handles: the objects a package receives in place of ambient authority. One file per
// family (ConsoleHandle, ProcessHandle, ClockHandle, RandomHandle, FileSystemHandle); what a run
// allows is in RunGrants.swift. Every handle is a frozen object built from guest intrinsics, checks
// its capability on each use, and reports a missing grant as a guest-realm TypeError with code
// 'E_CAP_DENIED'.

extension VM {
  /// Builds the handle object named `name` for a package of the bundle: a capability root of the
  /// lowering (`console`, `clock`, `random`, `setTimeout`, ...) or a builtin module (`node:fs`).
  func makeHandle(_ name: String, package: BundlePackage, grants: RunGrants, context: RunContext)
    throws(Throw)
    -> Value
  {
    if name == "globalThis" { return Value(realm.global) }
    // One object per package and name, so that `require('fs')` in two of its modules is one module.
    let cacheKey = package.key + "\u{0}" + name
    if let built = context.handles[cacheKey] { return built }
    let held = HeldCapabilities(package: package, grants: grants, root: context.root)
    let packageName = package.name
    let handle: Value
    switch name {
    case "node:cruft/native":
      handle = makeNodeNativesHandle()
    case "console", "node:console":
      handle = makeConsoleHandle(held, package: packageName)
    case "process", "node:process":
      handle = makeProcessHandle(held, package: packageName, context: context)
    case "clock":
      handle = makeClockHandle(held, package: packageName, context: context)
    case "performance":
      handle = makePerformanceHandle(held, package: packageName)
    case "node:perf_hooks":
      handle = moduleObject(["performance": makePerformanceHandle(held, package: packageName)])
    case "random":
      handle = makeRandomHandle(held, package: packageName)
    case "crypto", "node:crypto":
      handle = makeCryptoHandle(held, package: packageName)
    case "setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate":
      handle = makeTimerFunction(name, held, package: packageName)
    case "node:timers":
      var members: [String: Value] = [:]
      for function in [
        "setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate",
      ] {
        members[function] = makeTimerFunction(function, held, package: packageName)
      }
      handle = moduleObject(members)
    case "node:os":
      handle = makeOSHandle(held, package: packageName, context: context)
    case "node:tty":
      handle = makeTTYHandle(held, package: packageName)
    case "node:timers/promises":
      handle = makeTimerPromisesHandle(held, package: packageName)
    case "node:fs":
      handle = makeFileSystemHandle(held, package: packageName, context: context)
    case "node:fs/promises":
      // The same object as require('fs').promises, as in node.
      let fs = try makeHandle("node:fs", package: package, grants: grants, context: context)
      handle = try get(fs, key("promises"))
    case "fetch":
      handle = makeFetchHandle(package: package, grants: grants)
    case "Headers", "Response":
      handle = makeFetchClassHandle(name)
    default:
      throw Throw(
        termination: .link(
          "module needs the handle '\(name)', which this VM does not provide yet (only console, process, "
            + "globalThis, clock, performance, random, crypto, timers, timers/promises, fs, os, tty, fetch, "
            + "Headers and Response exist)"))
    }
    context.handles[cacheKey] = handle
    return handle
  }

  /// The refusal of a capability the package does not hold: names the capability and the grant.
  func capabilityDenied(_ package: String, _ capability: String, via: String) -> Throw {
    // `--allow fs` alone would allow every path the package was granted: suggest a directory.
    let allow = capability == "fs" ? "fs:./DIR" : capability
    let error = makeError(
      realm.typeErrorPrototype,
      "cruft: \(package) was not granted \(capability) (\(via)); grant it in cruft.json and allow it with cruftvm run --allow \(allow)"
    )
    error.object.addProperty(key("code"), Value(atom("E_CAP_DENIED")), .data)
    return Throw(error)
  }

  /// A frozen builtin-module object whose `default` is itself (what `import x from "node:..."` reads).
  func moduleObject(_ members: [String: Value]) -> Value {
    let module = newObject()
    for (name, value) in members.sorted(by: { $0.key < $1.key }) {
      module.addProperty(key(name), value, .data)
    }
    module.addProperty(names.default_, Value(module), .hidden)
    freeze(module)
    return Value(module)
  }

  /// A node-style error: `message`, and `code` as an own property (`ERR_INVALID_ARG_TYPE`, ...).
  func nodeError(_ prototype: JSObject, code: String, _ message: String) -> Throw {
    let error = makeError(prototype, message)
    error.object.addProperty(key("code"), Value(atom(code)), .data)
    return Throw(error)
  }

  /// `ERR_INVALID_ARG_TYPE`, worded as node words it.
  func invalidArgumentType(_ name: String, _ expected: String, _ value: Value) -> Throw {
    nodeError(
      realm.typeErrorPrototype, code: "ERR_INVALID_ARG_TYPE",
      "The \"\(name)\" argument must be \(expected). Received \(describeReceived(value))")
  }

  /// How node ends an ERR_INVALID_ARG_TYPE message (`determineSpecificType`): "Received type number
  /// (1)", "Received an instance of Map", "Received function f", "Received undefined".
  func describeReceived(_ value: Value) -> String {
    if value.isUndefined { return "undefined" }
    if value.isNull { return "null" }
    if value.asFunction != nil, let own = try? get(value, names.name), own.isString,
      !own.string.swiftString.isEmpty
    {
      return "function \(own.string.swiftString)"
    }
    if value.isObject && value.asFunction == nil {
      // node names the constructor; a getter that throws leaves the inspected form.
      let constructor = (try? get(value, names.constructor)) ?? .undefined
      let name = constructor.isObject ? ((try? get(constructor, names.name)) ?? .undefined) : .undefined
      if name.isString && !name.string.swiftString.isEmpty {
        return "an instance of \(name.string.swiftString)"
      }
      var options = InspectOptions()
      options.depth = -1
      return (try? withInspectOptions(options) { () throws(Throw) in try inspect(value, topLevel: false) })
        ?? ""
    }
    var shown = (try? inspect(value, topLevel: false)) ?? ""
    if shown.count > 28 { shown = String(shown.prefix(25)) + "..." }
    let type =
      value.isString
      ? "string"
      : value.isNumber
        ? "number"
        : value.isBool ? "boolean" : value.isBigInt ? "bigint" : value.isSymbol ? "symbol" : "function"
    return "type \(type) (\(shown))"
  }
}
