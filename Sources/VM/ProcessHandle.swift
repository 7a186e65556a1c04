import Foundation

extension VM {
  /// The node version `process.version` reports: node's own, so that a package cannot tell it runs
  /// under cruftvm (the corpus drivers compare output with this node).
  static let reportedNodeVersion = "20.20.2"
  /// process.pid and the warnings' "(node:PID)": a constant, so that no package learns the host's.
  static let reportedProcessID = 1

  /// `process`: pure members (argv, platform, version, nextTick), the environment names the package
  /// holds, stdout and stderr with stdio, cwd() with fs, and exit/exitCode for the application only.
  func makeProcessHandle(_ held: HeldCapabilities, package: String, context: RunContext) -> Value {
    let process = newObject()
    process.addProperty(key("argv"), Value(newArray(context.arguments.map { string($0) })), .data)
    process.addProperty(key("argv0"), Value(atom("node")), .data)
    process.addProperty(key("execArgv"), Value(newArray()), .data)
    process.addProperty(key("platform"), Value(atom("linux")), .data)
    process.addProperty(key("arch"), Value(atom("x64")), .data)
    process.addProperty(key("version"), Value(atom("v" + VM.reportedNodeVersion)), .data)
    let versions = newObject()
    versions.addProperty(key("node"), Value(atom(VM.reportedNodeVersion)), .data)
    freeze(versions)
    process.addProperty(key("versions"), Value(versions), .data)
    let release = newObject()
    release.addProperty(key("name"), Value(atom("node")), .data)
    freeze(release)
    process.addProperty(key("release"), Value(release), .data)

    // exitCode is an accessor so that the process object can be frozen; only the application sets it.
    let getExitCode = makeNative("get exitCode", length: 0) { _, _ in
      context.exitCode.map { Value(int: $0) } ?? .undefined
    }
    let setExitCode = makeNative("set exitCode", length: 1) { vm, call in
      guard held.isApplication else {
        throw vm.applicationOnly(package, "process.exitCode")
      }
      context.exitCode = try vm.exitStatus(call[0], "code")
      return .undefined
    }
    defineAccessor(
      process, .named(key("exitCode")), getter: Value(getExitCode), setter: Value(setExitCode),
      attributes: [.enumerable])
    process.addProperty(
      key("exit"),
      Value(
        makeNative("exit", length: 1) { vm, call in
          guard held.isApplication else {
            throw vm.applicationOnly(package, "process.exit")
          }
          if !call[0].isUndefined { context.exitCode = try vm.exitStatus(call[0], "code") }
          throw Throw(termination: .exit(context.exitCode ?? 0))
        }), .hidden)
    process.addProperty(
      key("cwd"),
      Value(
        makeNative("cwd", length: 0) { vm, _ in
          guard held.fs else { throw vm.capabilityDenied(package, "fs", via: "process.cwd") }
          return vm.string(context.root)
        }), .hidden)
    process.addProperty(
      key("nextTick"),
      Value(
        makeNative("nextTick", length: 1) { vm, call in
          guard vm.isCallable(call[0]) else {
            throw vm.invalidArgumentType("callback", "of type function", call[0])
          }
          let arguments = call.count > 1 ? (1..<call.count).map { call[$0] } : []
          vm.timers.enqueueTick(call[0], arguments: arguments)
          return .undefined
        }), .hidden)
    // hrtime and uptime read the monotonic clock (the clock capability).
    let hrtime = makeNative("hrtime", length: 1) { vm, call in
      guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "process.hrtime") }
      var nanoseconds = Int64(DispatchTime.now().uptimeNanoseconds)
      if !call[0].isUndefined {
        // hrtime(previous): the time since `previous`, a [seconds, nanoseconds] pair.
        let previous = try vm.arrayValues(call[0])
        guard previous.count == 2, previous[0].isNumber, previous[1].isNumber else {
          throw vm.invalidArgumentType("time", "an instance of Array", call[0])
        }
        nanoseconds -= Int64(previous[0].number) * 1_000_000_000 + Int64(previous[1].number)
      }
      return Value(
        vm.newArray([
          Value(number: Double(nanoseconds / 1_000_000_000)),
          Value(number: Double(nanoseconds % 1_000_000_000)),
        ]))
    }
    hrtime.addProperty(
      key("bigint"),
      Value(
        makeNative("bigint", length: 0) { vm, _ in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "process.hrtime.bigint") }
          return Value(vm.bigint(BigIntValue(Int(DispatchTime.now().uptimeNanoseconds))))
        }), .hidden)
    freeze(hrtime)
    process.addProperty(key("hrtime"), Value(hrtime), .hidden)
    process.addProperty(
      key("uptime"),
      Value(
        makeNative("uptime", length: 0) { vm, _ in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "process.uptime") }
          return Value(number: vm.timers.now() / 1000)
        }), .hidden)
    // emitWarning prints as node does when nobody listens: "(node:PID) Name: message" on stderr.
    process.addProperty(
      key("emitWarning"),
      Value(
        makeNative("emitWarning", length: 1) { vm, call in
          guard held.stdio else { throw vm.capabilityDenied(package, "stdio", via: "process.emitWarning") }
          var name = "Warning"
          var message: String
          if call[0].isObject, call[0].object.kind == .error {
            name = try vm.toSwiftString(try vm.get(call[0], vm.names.name))
            message = try vm.toSwiftString(try vm.get(call[0], vm.names.message))
          } else {
            message = try vm.toSwiftString(call[0])
          }
          if call[1].isString {
            name = call[1].string.swiftString
          } else if call[1].isObject {
            let type = try vm.get(call[1], vm.key("type"))
            if type.isString { name = type.string.swiftString }
          }
          // Printed on the next tick, as node emits it; the first warning of a run adds node's hint.
          var text = "(node:\(VM.reportedProcessID)) \(name): \(message)\n"
          if !context.warned {
            context.warned = true
            let flag = name == "DeprecationWarning" ? "--trace-deprecation" : "--trace-warnings"
            text += "(Use `node \(flag) ...` to show where the warning was created)\n"
          }
          let print = vm.makeNative("", length: 0) { vm, _ in
            vm.standardError(text)
            return .undefined
          }
          vm.timers.enqueueTick(Value(print), arguments: [])
          return .undefined
        }), .hidden)
    process.addProperty(key("pid"), Value(int: Int32(VM.reportedProcessID)), .data)
    // process.env: the names the package holds, as an ordinary object (packages assign to it).
    let env = newObject()
    for variable in context.environment.keys.sorted() where held.allEnv || held.env.contains(variable) {
      env.addProperty(key(variable), string(context.environment[variable] ?? ""), .data)
    }
    process.addProperty(key("env"), Value(env), .data)
    for (stream, write) in [("stdout", standardOutput), ("stderr", standardError)] {
      let object = newObject()
      object.addProperty(
        key("write"),
        Value(
          makeNative("write", length: 1) { vm, call in
            guard held.stdio else {
              throw vm.capabilityDenied(package, "stdio", via: "process.\(stream).write")
            }
            let chunk = call[0]
            if let bytes = vm.byteView(chunk) {
              write(String(decoding: bytes, as: UTF8.self))
            } else if chunk.isString {
              write(chunk.string.swiftString)
            } else {
              throw vm.invalidArgumentType(
                "chunk", "of type string or an instance of Buffer or Uint8Array", chunk)
            }
            // write(chunk, callback) and write(chunk, encoding, callback): the callback runs after
            // the data is handed over, as a tick.
            let callback = vm.isCallable(call[1]) ? call[1] : call[2]
            if vm.isCallable(callback) { vm.timers.enqueueTick(callback, arguments: []) }
            return .true
          }), .hidden)
      object.addProperty(key("fd"), Value(int: stream == "stdout" ? 1 : 2), .data)
      freeze(object)
      process.addProperty(key(stream), Value(object), .data)
    }
    freeze(process)
    return Value(process)
  }

  /// The refusal of process.exit and process.exitCode to a dependency.
  func applicationOnly(_ package: String, _ member: String) -> Throw {
    nodeError(
      realm.typeErrorPrototype, code: "E_CAP_DENIED",
      "cruft: \(package) used \(member), which only the application may use: a dependency cannot end the run or choose its exit status"
    )
  }

  /// A process exit status: an integer (or integer string), taken modulo 256 as the kernel does.
  func exitStatus(_ value: Value, _ name: String) throws(Throw) -> Int32? {
    if value.isUndefined || value.isNull { return nil }
    var number = Double.nan
    if value.isNumber {
      number = value.number
    } else if value.isString, let parsed = Int32(value.string.swiftString) {
      number = Double(parsed)
    } else {
      throw invalidArgumentType(name, "of type number", value)
    }
    guard number.isFinite, number == number.rounded(), abs(number) < 2_147_483_648 else {
      throw nodeError(
        realm.rangeErrorPrototype, code: "ERR_OUT_OF_RANGE",
        "The value of \"\(name)\" is out of range. It must be an integer. Received \(display(value))")
    }
    return Int32(number)
  }
}
