extension VM {
  /// `console` (and `require('console')`): the stdio capability, printed with node's formatting.
  func makeConsoleHandle(_ held: HeldCapabilities, package: String) -> Value {
    let console = newObject()
    for method in ["log", "info", "debug", "error", "warn", "trace"] {
      let toError = method == "error" || method == "warn" || method == "trace"
      console.addProperty(
        key(method),
        Value(
          makeNative(method, length: 0) { vm, call in
            guard held.stdio else { throw vm.capabilityDenied(package, "stdio", via: "console.\(method)") }
            let line = try vm.format(call.arguments.array) + "\n"
            if toError { vm.standardError(line) } else { vm.standardOutput(line) }
            return .undefined
          }), .hidden)
    }
    freeze(console)
    return Value(console)
  }
}
