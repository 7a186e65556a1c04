import Diagnostics
import Seal

/// What the person running a bundle allows (`cruftvm run --allow`). Every package receives at most
/// this, whatever the bundle's manifest says it was granted at build time.
public struct RunGrants: Sendable, Equatable {
  public var stdio = true
  public var clock = false
  public var random = false
  /// Environment variable names; "*" allows every name a package was granted.
  public var env: Set<String> = []
  /// `host:port` (or `host:*`) pairs; "*" allows every host a package was granted.
  public var net: Set<String> = []

  public init() {}

  /// Parses one `--allow` value: `stdio`, `clock`, `random`, `env`, `env=NAME,NAME`, `net`,
  /// `net:HOST:PORT`.
  public mutating func allow(_ text: String) throws(RunError) {
    if text == "net" || text.hasPrefix("net:") { return try allowNet(text) }
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    switch parts.first ?? "" {
    case "stdio": stdio = true
    case "clock": clock = true
    case "random": random = true
    case "env":
      if parts.count == 2 {
        for name in parts[1].split(separator: ",") { env.insert(String(name)) }
      } else {
        env.insert("*")
      }
    default:
      throw RunError(
        message: "--allow \(text): not a capability cruftvm grants",
        help:
          "use stdio, clock, random, env, env=NAME,NAME, net or net:HOST:PORT (the fs handle is not available yet)",
        status: RunError.usageStatus)
    }
  }
}

/// A run that could not start: a usage problem or a bundle the VM cannot link.
public struct RunError: Error, Sendable {
  public var message: String
  public var help: String?
  public var status: Int32

  public static let usageStatus: Int32 = 2
  public static let linkStatus: Int32 = 70
}

/// What a package holds: the manifest's `receives`, intersected with the run's grants.
struct HeldCapabilities {
  var stdio = false
  var clock = false
  var random = false
  var env: Set<String> = []
  var allEnv = false

  init(receives: JSONValue, grants: RunGrants) {
    func flag(_ name: String) -> Bool {
      if case .bool(true)? = receives[name] { return true }
      if case .array(let items)? = receives[name] { return !items.isEmpty }
      return false
    }
    stdio = flag("stdio") && grants.stdio
    clock = flag("clock") && grants.clock
    random = flag("random") && grants.random
    if case .array(let items)? = receives["env"] {
      for case .string(let name) in items where grants.env.contains("*") || grants.env.contains(name) {
        if name == "*" { allEnv = true } else { env.insert(name) }
      }
    }
  }
}

extension VM {
  /// Builds the handle object named `name` for a package of the bundle.
  func makeHandle(_ name: String, package: BundlePackage, grants: RunGrants, context: RunContext)
    throws(Throw)
    -> Value
  {
    let held = HeldCapabilities(receives: package.receives, grants: grants)
    let packageName = package.name
    func denied(_ what: String, _ via: String) -> Throw {
      typeError(
        "cruft: \(packageName) was not granted \(what) (\(via)); grant it in cruft.json and allow it with cruftvm run --allow \(what)"
      )
    }
    switch name {
    case "globalThis":
      return Value(realm.global)
    case "node:cruft/native":
      return makeNodeNativesHandle()
    case "console":
      let console = newObject()
      for method in ["log", "info", "debug", "error", "warn", "trace"] {
        let toError = method == "error" || method == "warn" || method == "trace"
        console.addProperty(
          key(method),
          Value(
            makeNative(method, length: 0) { vm, call in
              guard held.stdio else { throw denied("stdio", "console.\(method)") }
              let line = try vm.format(call.arguments.array) + "\n"
              if toError { vm.standardError(line) } else { vm.standardOutput(line) }
              return .undefined
            }), .hidden)
      }
      return Value(console)
    case "process":
      let process = newObject()
      let argv = newArray(context.arguments.map { string($0) })
      process.addProperty(key("argv"), Value(argv), .data)
      process.addProperty(key("platform"), Value(atom("cruft")), .data)
      process.addProperty(key("version"), Value(atom("v20.0.0-cruft")), .data)
      process.addProperty(key("exitCode"), .undefined, .data)
      process.addProperty(
        key("nextTick"),
        Value(
          makeNative("nextTick", length: 1) { vm, call in
            guard vm.isCallable(call[0]) else {
              throw vm.typeError("The \"callback\" argument must be of type function")
            }
            let arguments = vm.newArray(call.count > 1 ? (1..<call.count).map { call[$0] } : [])
            let bound = vm.makeNative("", length: 0) { vm, inner in
              try vm.call(
                inner.callee.captured[0], this: .undefined, try vm.arrayValues(inner.callee.captured[1]))
            }
            bound.captured = [call[0], Value(arguments)]
            let promise = vm.newPromise()
            vm.then(
              promise,
              .init(
                derived: .undefined, onFulfilled: Value(bound), onRejected: .undefined, resume: .undefined))
            vm.resolvePromise(promise, .undefined)
            return .undefined
          }), .hidden)
      let env = newObject()
      for variable in context.environment.keys.sorted() where held.allEnv || held.env.contains(variable) {
        env.addProperty(key(variable), string(context.environment[variable] ?? ""), .data)
      }
      process.addProperty(key("env"), Value(env), .data)
      let stdout = newObject()
      stdout.addProperty(
        key("write"),
        Value(
          makeNative("write", length: 1) { vm, call in
            guard held.stdio else { throw denied("stdio", "process.stdout.write") }
            vm.standardOutput(try vm.toSwiftString(call[0]))
            return .true
          }), .hidden)
      process.addProperty(key("stdout"), Value(stdout), .data)
      context.processObjects.append(Value(process))
      return Value(process)
    case "clock":
      let clock = newObject()
      // Whole milliseconds since the epoch, as Date.now() gives them.
      let nowMilliseconds = { (context.clock() * 1000).rounded(.down) }
      clock.addProperty(
        key("now"),
        Value(
          makeNative("now", length: 0) { vm, _ in
            guard held.clock else { throw denied("clock", "Date.now") }
            return Value(number: nowMilliseconds())
          }), .hidden)
      // `new Date()` without arguments is lowered to `$clock.date()`, `Date(...)` to `$clock.string(...)`.
      clock.addProperty(
        key("date"),
        Value(
          makeNative("date", length: 0) { vm, _ in
            guard held.clock else { throw denied("clock", "new Date()") }
            return Value(
              vm.makeDate(DateMath.timeClip(nowMilliseconds()), proto: Value(vm.realm.datePrototype)))
          }), .hidden)
      clock.addProperty(
        key("string"),
        Value(
          makeNative("string", length: 0) { vm, _ in
            guard held.clock else { throw denied("clock", "Date()") }
            return vm.string(vm.dateToString(DateMath.timeClip(nowMilliseconds())))
          }), .hidden)
      return Value(clock)
    case "random":
      let random = newObject()
      random.addProperty(
        key("random"),
        Value(
          makeNative("random", length: 0) { vm, _ in
            guard held.random else { throw denied("random", "Math.random") }
            return Value(Double.random(in: 0..<1))
          }), .hidden)
      return Value(random)
    case "setTimeout", "setInterval", "setImmediate":
      let repeats = name == "setInterval"
      return Value(
        makeNative(name, length: 1) { vm, call in
          guard held.clock else { throw denied("clock", name) }
          guard vm.isCallable(call[0]) else {
            throw vm.typeError(
              "The \"callback\" argument must be of type function. Received \(vm.display(call[0]))")
          }
          let delay =
            name == "setImmediate"
            ? 0 : max(1, try vm.toNumber(call[1]).isFinite ? try vm.toNumber(call[1]) : 1)
          let extra = call.count > 2 ? (2..<call.count).map { call[$0] } : []
          return Value(
            number: Double(vm.timers.schedule(call[0], arguments: extra, delay: delay, repeats: repeats)))
        })
    case "fetch":
      return makeFetchHandle(package: package, grants: grants)
    case "Headers", "Response":
      return makeFetchClassHandle(name)
    case "clearTimeout", "clearInterval", "clearImmediate":
      return Value(
        makeNative(name, length: 1) { vm, call in
          guard held.clock else { throw denied("clock", name) }
          if call[0].isNumber { vm.timers.cancel(Int(call[0].number)) }
          return .undefined
        })
    default:
      throw Throw(
        termination: .link(
          "module needs the handle '\(name)', which this VM does not provide yet (only console, process, "
            + "globalThis, clock, random, fetch, Headers and Response exist)"))
    }
  }
}

/// Run-wide inputs the handles read.
final class RunContext {
  let arguments: [String]
  let environment: [String: String]
  let clock: () -> Double
  var processObjects: [Value] = []

  init(arguments: [String], environment: [String: String], clock: @escaping () -> Double) {
    self.arguments = arguments
    self.environment = environment
    self.clock = clock
  }
}
