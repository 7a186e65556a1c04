import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension VM {
  /// `require('os')`: EOL, devNull, endianness and constants are pure; platform, type, arch and
  /// machine are the constants process reports; everything that describes the host (hostname,
  /// release, homedir, tmpdir, userInfo, memory, load, uptime, parallelism) is the env capability,
  /// as the capability table says, and needs the package to hold some environment grant.
  func makeOSHandle(_ held: HeldCapabilities, package: String, context: RunContext) -> Value {
    var members: [String: Value] = [:]
    members["EOL"] = Value(atom("\n"))
    members["devNull"] = Value(atom("/dev/null"))
    func constant(_ name: String, _ value: @escaping (VM) -> Value) {
      members[name] = Value(makeNative(name, length: 0) { vm, _ in value(vm) })
    }
    constant("endianness") { vm in Value(vm.atom("LE")) }
    func host(_ name: String, _ value: @escaping (VM) throws(Throw) -> Value) {
      members[name] = Value(
        makeNative(name, length: 0) { vm, _ in
          guard held.allEnv || !held.env.isEmpty else {
            throw vm.capabilityDenied(package, "env", via: "os.\(name)")
          }
          return try value(vm)
        })
    }
    host("platform") { vm in Value(vm.atom("linux")) }
    host("type") { vm in Value(vm.atom("Linux")) }
    host("arch") { vm in Value(vm.atom("x64")) }
    host("machine") { vm in Value(vm.atom("x86_64")) }
    host("release") { vm in vm.string(VM.uname(\.release)) }
    host("version") { vm in vm.string(VM.uname(\.version)) }
    host("hostname") { vm in vm.string(ProcessInfo.processInfo.hostName) }
    host("homedir") { vm in vm.string(context.environment["HOME"] ?? NSHomeDirectory()) }
    host("tmpdir") { vm in
      let configured = ["TMPDIR", "TMP", "TEMP"].lazy.compactMap { context.environment[$0] }.first {
        !$0.isEmpty
      }
      var directory = configured ?? "/tmp"
      if directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
      return vm.string(directory)
    }
    host("availableParallelism") { _ in Value(int: Int32(ProcessInfo.processInfo.activeProcessorCount)) }
    host("totalmem") { _ in Value(number: Double(ProcessInfo.processInfo.physicalMemory)) }
    host("freemem") { _ in
      // libuv reads MemAvailable, in kB.
      let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
      let line = meminfo.split(separator: "\n").first { $0.hasPrefix("MemAvailable:") }
      let kilobytes = line.flatMap { Double($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
      return Value(number: kilobytes * 1024)
    }
    host("uptime") { _ in Value(number: ProcessInfo.processInfo.systemUptime.rounded(.down)) }
    host("loadavg") { vm in
      var averages = [Double](repeating: 0, count: 3)
      _ = getloadavg(&averages, 3)
      return Value(vm.newArray(averages.map { Value(number: $0) }))
    }
    host("userInfo") { vm in
      let info = vm.newObject()
      let uid = getuid()
      info.addProperty(vm.key("uid"), Value(number: Double(uid)), .data)
      info.addProperty(vm.key("gid"), Value(number: Double(getgid())), .data)
      var name = "", home = "", shell: String? = nil
      if let entry = getpwuid(uid) {
        name = String(cString: entry.pointee.pw_name)
        home = String(cString: entry.pointee.pw_dir)
        shell = String(cString: entry.pointee.pw_shell)
      }
      info.addProperty(vm.key("username"), vm.string(name), .data)
      info.addProperty(vm.key("homedir"), vm.string(home), .data)
      info.addProperty(vm.key("shell"), shell.map { vm.string($0) } ?? .null, .data)
      return Value(info)
    }
    let signals = newObject()
    for (name, number) in [
      ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6),
      ("SIGBUS", 7),
      ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
      ("SIGALRM", 14), ("SIGTERM", 15), ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20),
    ] {
      signals.addProperty(key(name), Value(int: Int32(number)), .data)
    }
    freeze(signals)
    let constants = newObject()
    constants.addProperty(key("signals"), Value(signals), .data)
    freeze(constants)
    members["constants"] = Value(constants)
    return moduleObject(members)
  }

  /// A field of uname(2) as text.
  static func uname<Field>(_ field: KeyPath<utsname, Field>) -> String {
    var names = utsname()
    guard Glibc.uname(&names) == 0 else { return "" }
    return withUnsafeBytes(of: names[keyPath: field]) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
  }

  /// `require('tty')`: isatty(fd) for the standard streams (the stdio capability); other
  /// descriptors are not the program's.
  func makeTTYHandle(_ held: HeldCapabilities, package: String) -> Value {
    moduleObject([
      "isatty": Value(
        makeNative("isatty", length: 1) { vm, call in
          guard held.stdio else { throw vm.capabilityDenied(package, "stdio", via: "tty.isatty") }
          guard call[0].isNumber, [0, 1, 2].contains(call[0].number) else { return .false }
          return Value(bool: Glibc.isatty(Int32(call[0].number)) == 1)
        })
    ])
  }
}
