import Diagnostics
import Provenance

/// What `cruftvm run --profile FILE` saw: how often each function of each module was called from
/// bytecode and what kinds of value its parameters received. `cruftc build --profile FILE` reads it
/// back to mark more functions for native code (docs/jit.md). One definition, written by the VM and
/// read by the compiler; the bytes are canonical JSON, so one run's profile has one spelling.
public struct RunProfile: Sendable, Equatable {
  public static let format = "cruft-profile"
  public static let version = 1

  /// `name@version` of the application the profiled bundle was built from.
  public var application: String
  /// Sorted by name; only modules with at least one called function.
  public var modules: [Module]

  public struct Module: Sendable, Equatable {
    /// `PACKAGEKEY:PATH`, as the bundle manifest names it.
    public var name: String
    /// The digest of the module's bytecode in the profiled bundle: function indices mean something
    /// only for that exact code, so a compiler whose bytecode differs ignores the module's entry.
    public var codeDigest: SHA512Digest
    /// Sorted by function index.
    public var functions: [Function]

    public init(name: String, codeDigest: SHA512Digest, functions: [Function]) {
      self.name = name
      self.codeDigest = codeDigest
      self.functions = functions
    }
  }

  public struct Function: Sendable, Equatable {
    /// The bytecode function index.
    public var function: Int
    public var name: String
    /// Calls that entered the function from the VM (native code calling native code is not counted).
    public var calls: Int
    /// Per declared parameter, the kinds of value received, sorted: `bigint`, `boolean`, `double`,
    /// `function`, `int32`, `null`, `object` (other than a typed array), `string`, `symbol`,
    /// `undefined`, or a typed array's constructor name (`Float64Array`, ..., `BigInt64Array`).
    public var parameters: [[String]]

    public init(function: Int, name: String, calls: Int, parameters: [[String]]) {
      self.function = function
      self.name = name
      self.calls = calls
      self.parameters = parameters
    }
  }

  public static let kinds: Set<String> = [
    "bigint", "boolean", "double", "function", "int32", "null", "object", "string", "symbol", "undefined",
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
    "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
  ]

  public init(application: String, modules: [Module]) {
    self.application = application
    self.modules = modules
  }

  public var canonicalBytes: [UInt8] {
    let modules: [JSONValue] = modules.map { module in
      .record([
        ("codeDigest", .string(module.codeDigest.integrity)),
        (
          "functions",
          .array(
            module.functions.map { function in
              .record([
                ("calls", .int(function.calls)),
                ("function", .int(function.function)),
                ("name", .string(function.name)),
                ("parameters", .array(function.parameters.map { .array($0.map { .string($0) }) })),
              ])
            })
        ),
        ("name", .string(module.name)),
      ])
    }
    return CanonicalJSON.encode(
      .record([
        ("application", .string(application)),
        ("format", .string(Self.format)),
        ("modules", .array(modules)),
        ("version", .int(Self.version)),
      ]))
  }

  /// Decodes a profile file; a message naming what is wrong otherwise.
  public init(bytes: [UInt8]) throws(ProfileError) {
    let value: JSONValue
    do {
      value = try CanonicalJSON.decode(bytes)
    } catch {
      throw ProfileError("the profile is \(error.reason)")
    }
    guard value["format"]?.stringValue == Self.format else {
      throw ProfileError("this is not a cruft profile (its \"format\" is not \"\(Self.format)\")")
    }
    guard case .number(let version)? = value["version"], version == Double(Self.version) else {
      throw ProfileError("the profile's version is not \(Self.version)")
    }
    guard let application = value["application"]?.stringValue else {
      throw ProfileError("the profile has no \"application\"")
    }
    var modules: [Module] = []
    for item in value["modules"]?.arrayValue ?? [] {
      guard let name = item["name"]?.stringValue,
        let digestText = item["codeDigest"]?.stringValue,
        let digest = SHA512Digest(integrity: digestText),
        let functionItems = item["functions"]?.arrayValue
      else {
        throw ProfileError("a module of the profile lacks its name, codeDigest or functions")
      }
      var functions: [Function] = []
      for entry in functionItems {
        guard case .number(let index)? = entry["function"], index >= 0, index < 4_294_967_296,
          index == index.rounded(),
          case .number(let calls)? = entry["calls"], calls >= 0, calls < 9_007_199_254_740_992,
          calls == calls.rounded(),
          let functionName = entry["name"]?.stringValue,
          let parameterItems = entry["parameters"]?.arrayValue
        else {
          throw ProfileError("a function of module \(Display.quoted(name)) in the profile is malformed")
        }
        var parameters: [[String]] = []
        for kinds in parameterItems {
          let names = kinds.arrayValue?.compactMap(\.stringValue) ?? []
          guard names.count == kinds.arrayValue?.count, names.allSatisfy(Self.kinds.contains) else {
            throw ProfileError(
              "function \(index) of module \(Display.quoted(name)) lists a parameter kind the profile format does not have"
            )
          }
          parameters.append(names)
        }
        functions.append(
          Function(function: Int(index), name: functionName, calls: Int(calls), parameters: parameters))
      }
      modules.append(Module(name: name, codeDigest: digest, functions: functions))
    }
    self.init(application: application, modules: modules)
  }
}

public struct ProfileError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
