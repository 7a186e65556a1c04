import Diagnostics
import Provenance

/// The signed description of a bundle: what application it is, which lockfile it was built from, every
/// package with its pinned digests and capabilities, every module with its code's digest, and every
/// section's digest. The signature is over this document's canonical bytes and the document covers
/// every section, so one signature covers every byte that can run.
///
/// Its JSON form is canonical (`CanonicalJSON`: sorted keys, no whitespace, one final newline) with
/// packages sorted by key, modules and sections by name (bytewise), so equal manifests have equal
/// bytes. The decoder (`init(canonicalBytes:)`) accepts exactly the bytes `canonicalBytes` produces.
public struct BundleManifest: Sendable, Equatable {
  /// Always `BundleFormat.version`; a decoded manifest with another value is refused.
  public var formatVersion: Int
  /// The compiler that built the bundle, such as `cruftc 0.1.0`.
  public var compilerVersion: String
  public var application: BundleIdentity
  /// SHA-512 of the canonical bytes of the cruft.lock the bundle was built from.
  public var lockfileDigest: SHA512Digest
  public var packages: [BundlePackage]
  public var modules: [BundleModule]
  /// One entry per section. `BundleWriter` fills this in from the section bytes it is given.
  public var sections: [BundleSectionEntry]
  /// The name of the module that runs first.
  public var entry: String

  public init(
    compilerVersion: String, application: BundleIdentity, lockfileDigest: SHA512Digest,
    packages: [BundlePackage], modules: [BundleModule], entry: String, sections: [BundleSectionEntry] = []
  ) {
    self.formatVersion = Int(BundleFormat.version)
    self.compilerVersion = compilerVersion
    self.application = application
    self.lockfileDigest = lockfileDigest
    self.packages = packages
    self.modules = modules
    self.sections = sections
    self.entry = entry
  }

  public func package(_ key: String) -> BundlePackage? { packages.first { $0.key == key } }
  public func module(_ name: String) -> BundleModule? { modules.first { $0.name == name } }
  public func section(_ name: String) -> BundleSectionEntry? { sections.first { $0.name == name } }

  /// The modules whose code is `section`, for messages that name what a damaged section breaks.
  public func modules(usingSection section: String) -> [BundleModule] {
    modules.filter { $0.codeSection == section }
  }
}

/// The application a bundle runs: the root package's name and version.
public struct BundleIdentity: Sendable, Equatable, CustomStringConvertible {
  public var name: String
  public var version: String

  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }

  public var description: String { "\(name)@\(version)" }
}

/// One package of the lockfile closure, as the lockfile pins it.
public struct BundlePackage: Sendable, Equatable {
  /// The lockfile's key: `.` for the application, `node_modules/NAME`, `store:NAME`, ...
  public var key: String
  public var name: String
  public var version: String
  /// The lockfile's `integrity` of the package's files (SRI).
  public var integrity: SHA512Digest
  /// What the package asks for, is granted, and receives (the intersection), as CapLowering's JSON
  /// objects. Seal does not interpret them; the VM will hand out exactly `receives`.
  public var claims: JSONValue
  public var grants: JSONValue
  public var receives: JSONValue
  /// The publisher and registry keys, for packages that came from a registry.
  public var publisher: Fingerprint?
  public var registry: Fingerprint?

  public init(
    key: String, name: String, version: String, integrity: SHA512Digest, claims: JSONValue = .object([]),
    grants: JSONValue = .object([]), receives: JSONValue = .object([]), publisher: Fingerprint? = nil,
    registry: Fingerprint? = nil
  ) {
    self.key = key
    self.name = name
    self.version = version
    self.integrity = integrity
    self.claims = claims
    self.grants = grants
    self.receives = receives
    self.publisher = publisher
    self.registry = registry
  }
}

/// One module of the closed module graph.
public struct BundleModule: Sendable, Equatable {
  /// `PACKAGEKEY:PATH`, as the lockfile's entries name modules (`node_modules/dep:index.js`).
  public var name: String
  public var package: String
  /// The module's path inside its package.
  public var path: String
  /// SHA-512 of the module's source file, as the lockfile records it.
  public var sourceDigest: SHA512Digest
  /// The name of the `code` section holding the module's compiled code, and that code's digest (the
  /// same digest the section's entry records; the reader checks that they agree).
  public var codeSection: String
  public var codeDigest: SHA512Digest
  /// The import table, in the order the compiled code refers to it: module names of this bundle,
  /// or `node:NAME` for Node builtins.
  public var imports: [String]
  /// The module's handle parameters, in order (what CapLowering lowered ambient authority to).
  public var handles: [String]
  /// Native code for the module's hot numeric functions, when the compiler selected any.
  public var native: BundleNativeCode?

  public init(
    package: String, path: String, sourceDigest: SHA512Digest, codeSection: String, codeDigest: SHA512Digest,
    imports: [String] = [], handles: [String] = [], native: BundleNativeCode? = nil
  ) {
    self.name = BundleModule.name(package: package, path: path)
    self.package = package
    self.path = path
    self.sourceDigest = sourceDigest
    self.codeSection = codeSection
    self.codeDigest = codeDigest
    self.imports = imports
    self.handles = handles
    self.native = native
  }

  public static func name(package: String, path: String) -> String { package + ":" + path }

  /// The prefix of an import table entry that names a Node builtin.
  public static let builtinPrefix = "node:"
}

/// A section's entry in the manifest: everything about its bytes, so that the signature over the
/// manifest covers them. The compressed digest makes the file's every byte signed: two zlib streams
/// that inflate to the same bytes are still two different bundles, and only one of them verifies.
/// A module's native code: one `bitcode` section (an LLVM module) and the functions it defines.
public struct BundleNativeCode: Sendable, Equatable {
  /// The name of the `bitcode` section, and the digest of its bytes (the reader checks they agree).
  public var section: String
  public var digest: SHA512Digest
  /// Sorted by bytecode function index, each index once.
  public var functions: [BundleNativeFunction]

  public init(section: String, digest: SHA512Digest, functions: [BundleNativeFunction]) {
    self.section = section
    self.digest = digest
    self.functions = functions
  }

  /// The name of the bitcode section of the module `moduleName`.
  public static func sectionName(module moduleName: String) -> String { "bitcode/" + moduleName }
}

/// One function of a module's native code: bytecode function `function` also exists as the native
/// function `symbol` (`cruft_fn_F`, F the index) taking `arity` numbers.
public struct BundleNativeFunction: Sendable, Equatable {
  public var function: Int
  public var symbol: String
  public var arity: Int
  public var returns: NativeResult
  /// What each of the `arity` parameters must receive for the native code to run (the VM's guard):
  /// a number, or (where a profile saw nothing else) a boolean, passed as 0 or 1, or a typed array of
  /// one element type, passed as its parameter position (docs/jit.md).
  public var parameters: [NativeParameter]

  /// Native functions take at most this many parameters (the VM's call trampolines).
  public static let maximumArity = 8

  public init(function: Int, arity: Int, returns: NativeResult, parameters: [NativeParameter]? = nil) {
    self.function = function
    self.symbol = BundleNativeFunction.symbol(function: function)
    self.arity = arity
    self.returns = returns
    self.parameters = parameters ?? Array(repeating: .number, count: arity)
  }

  public static func symbol(function: Int) -> String { "cruft_fn_\(function)" }
}

/// What a native function's double result means.
public enum NativeResult: String, Sendable, Equatable {
  /// A JavaScript number.
  case number
  /// 0 for false, 1 for true.
  case boolean
}

/// What a native function's parameter receives, as the VM's guard checks it.
public enum NativeParameter: String, Sendable, Equatable, CaseIterable {
  /// A JavaScript number.
  case number
  /// A boolean, passed as 0 or 1.
  case boolean
  /// A typed array of this element type (not detached), passed as the parameter's position in the
  /// native entry call: the runtime's element accessors find its storage by that number.
  case int8Array = "Int8Array"
  case uint8Array = "Uint8Array"
  case uint8ClampedArray = "Uint8ClampedArray"
  case int16Array = "Int16Array"
  case uint16Array = "Uint16Array"
  case int32Array = "Int32Array"
  case uint32Array = "Uint32Array"
  case float32Array = "Float32Array"
  case float64Array = "Float64Array"

  public var isTypedArray: Bool { self != .number && self != .boolean }
}

public struct BundleSectionEntry: Sendable, Equatable {
  public var name: String
  public var kind: SectionKind
  /// Inflated size and SHA-512 of the inflated bytes: what runs.
  public var size: Int
  public var digest: SHA512Digest
  /// Size and SHA-512 of the zlib stream as stored in the file.
  public var compressedSize: Int
  public var compressedDigest: SHA512Digest

  public init(
    name: String, kind: SectionKind, size: Int, digest: SHA512Digest, compressedSize: Int,
    compressedDigest: SHA512Digest
  ) {
    self.name = name
    self.kind = kind
    self.size = size
    self.digest = digest
    self.compressedSize = compressedSize
    self.compressedDigest = compressedDigest
  }
}

/// A section's content as the compiler hands it to the writer.
public struct BundleSection: Sendable, Equatable {
  public var name: String
  public var kind: SectionKind
  public var bytes: [UInt8]

  public init(name: String, kind: SectionKind, bytes: [UInt8]) {
    self.name = name
    self.kind = kind
    self.bytes = bytes
  }

  /// The digest a module's `codeDigest` must record for this section.
  public var digest: SHA512Digest { SHA512Digest(of: bytes) }
}

// MARK: Canonical JSON

extension BundleManifest {
  /// The manifest as JSON, members in any order (canonical encoding sorts them).
  public var json: JSONValue {
    .record([
      (
        "application",
        .record([("name", .string(application.name)), ("version", .string(application.version))])
      ),
      ("compilerVersion", .string(compilerVersion)),
      ("entry", .string(entry)),
      ("formatVersion", .int(formatVersion)),
      ("lockfileDigest", .string(lockfileDigest.integrity)),
      ("modules", .array(modules.map(\.json))),
      ("packages", .array(packages.map(\.json))),
      ("sections", .array(sections.map(\.json))),
    ])
  }

  /// The exact bytes that are stored and signed. Assumes `sorted()`; the writer ensures it.
  public var canonicalBytes: [UInt8] { CanonicalJSON.encode(json) }

  /// The manifest with packages, modules and sections in canonical order.
  public func sorted() -> BundleManifest {
    var copy = self
    copy.packages.sort { BundleManifest.precedes($0.key, $1.key) }
    copy.modules.sort { BundleManifest.precedes($0.name, $1.name) }
    copy.sections.sort { BundleManifest.precedes($0.name, $1.name) }
    return copy
  }

  /// Bytewise UTF-8 order, the order canonical JSON uses for keys: the same on every platform.
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }
}

extension BundlePackage {
  var json: JSONValue {
    var members: [(String, JSONValue)] = [
      ("claims", claims), ("grants", grants), ("integrity", .string(integrity.integrity)),
      ("key", .string(key)),
      ("name", .string(name)), ("receives", receives), ("version", .string(version)),
    ]
    if let publisher { members.append(("publisher", .string(publisher.text))) }
    if let registry { members.append(("registry", .string(registry.text))) }
    return .record(members)
  }
}

extension BundleModule {
  var json: JSONValue {
    .record(
      [
        ("codeDigest", .string(codeDigest.integrity)),
        ("codeSection", .string(codeSection)),
        ("handles", .array(handles.map { .string($0) })),
        ("imports", .array(imports.map { .string($0) })),
        ("name", .string(name)),
      ] + (native.map { [("native", $0.json)] } ?? []) + [
        ("package", .string(package)),
        ("path", .string(path)),
        ("sourceDigest", .string(sourceDigest.integrity)),
      ])
  }
}

extension BundleNativeCode {
  var json: JSONValue {
    .record([
      ("bitcodeDigest", .string(digest.integrity)),
      ("bitcodeSection", .string(section)),
      ("functions", .array(functions.map { $0.json })),
    ])
  }
}

extension BundleNativeFunction {
  var json: JSONValue {
    .record([
      ("arity", .int(arity)),
      ("function", .int(function)),
      ("parameters", .array(parameters.map { .string($0.rawValue) })),
      ("returns", .string(returns.rawValue)),
      ("symbol", .string(symbol)),
    ])
  }
}

extension BundleSectionEntry {
  var json: JSONValue {
    .record([
      ("compressedDigest", .string(compressedDigest.integrity)),
      ("compressedSize", .int(compressedSize)),
      ("digest", .string(digest.integrity)),
      ("kind", .string(kind.rawValue)),
      ("name", .string(name)),
      ("size", .int(size)),
    ])
  }
}
