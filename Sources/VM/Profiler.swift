import Provenance
import Seal

/// `cruftvm run --profile FILE`: how often each bytecode function is called and what kinds of value
/// its parameters receive, for `cruftc build --profile FILE` (docs/jit.md).
///
/// Profiling routes every call through `invoke` (no function is a plain call while it is on), so the
/// dispatch loop's fast path carries no profiling check when it is off.
final class Profiler {
  /// Per function of a module, by index: calls, and a bit set of kinds per declared parameter.
  var calls: [ObjectIdentifier: (function: CompiledFunction, calls: Int, kinds: [UInt32])] = [:]

  /// The kinds by bit: typed arrays are their constructor's name (RunProfile.kinds), in the order of
  /// `TypedArrayType` from `typedArrayKind`.
  static let kindNames =
    [
      "int32", "double", "boolean", "string", "undefined", "null", "object", "function", "symbol", "bigint",
    ] + TypedArrayType.allCases.map(\.name)
  static let typedArrayKind = 10

  func record(_ compiled: CompiledFunction, _ arguments: Arguments) {
    let key = ObjectIdentifier(compiled)
    var entry =
      calls[key] ?? (compiled, 0, Array(repeating: 0, count: min(compiled.parameterCount, 64)))
    entry.calls += 1
    for index in entry.kinds.indices {
      let value = index < arguments.count ? arguments.base.unsafelyUnwrapped[index] : .undefined
      entry.kinds[index] |= 1 << Self.kind(of: value)
    }
    calls[key] = entry
  }

  static func kind(of value: Value) -> Int {
    if value.isInt { return 0 }
    if value.isDouble { return 1 }
    if value.isBool { return 2 }
    if value.isString { return 3 }
    if value.isUndefined { return 4 }
    if value.isNull { return 5 }
    if value.isObject {
      let object = value.object
      if object.kind == .typedArray {
        return typedArrayKind + Int(unsafeDowncast(object, to: TypedArrayObject.self).type.rawValue)
      }
      return object.kind == .function ? 7 : 6
    }
    if value.isSymbol { return 8 }
    return 9
  }

  /// The profile of the run: modules by name, functions by index, only those called.
  func profile(application: String, manifest: BundleManifest) -> RunProfile {
    var byModule: [String: [RunProfile.Function]] = [:]
    for entry in calls.values {
      let compiled = entry.function
      let parameters = entry.kinds.map { bits in
        Self.kindNames.indices.filter { bits & (1 << $0) != 0 }.map { Self.kindNames[$0] }.sorted()
      }
      byModule[compiled.module.name, default: []].append(
        RunProfile.Function(
          function: compiled.index, name: String(decoding: compiled.name, as: UTF16.self), calls: entry.calls,
          parameters: parameters))
    }
    var result: [RunProfile.Module] = []
    for module in manifest.modules.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
      guard let functions = byModule[module.name] else { continue }
      result.append(
        RunProfile.Module(
          name: module.name, codeDigest: module.codeDigest,
          functions: functions.sorted { $0.function < $1.function }))
    }
    return RunProfile(application: application, modules: result)
  }
}

extension VM {
  /// Turns profiling on: from now on every call of a bytecode function goes through `invoke`.
  func startProfiling() {
    profiler = Profiler()
    for module in modules {
      for function in module.functions { function.info.pointee.isPlainCall = false }
    }
  }
}
