import Diagnostics
import Provenance

// The strict manifest decoder and the consistency rules that the writer and the reader share. A
// manifest that decodes is exactly what `canonicalBytes` would produce for the decoded value, and it
// is internally consistent: every reference (package, section, import, entry) resolves.

extension BundleManifest {
  static let fields = [
    "application", "compilerVersion", "entry", "formatVersion", "lockfileDigest", "modules", "packages",
    "sections",
  ]

  /// Decodes and validates stored manifest bytes. Anything but the canonical encoding of a consistent
  /// manifest fails with E4006 (E4002 for another format version).
  public init(canonicalBytes bytes: [UInt8]) throws(BundleError) {
    try ManifestShape.check(bytes)
    let value: JSONValue
    do {
      value = try CanonicalJSON.decode(bytes)
    } catch {
      throw BundleError(.malformedManifest, "the manifest is \(error.reason)")
    }
    let root = try FieldReader(value, context: .fixed("the manifest"), required: Self.fields)
    let version = try root.integer("formatVersion")
    guard version == Int(BundleFormat.version) else {
      throw BundleError(
        .unsupportedVersion,
        "the manifest declares format version \(version); this reader knows only \(BundleFormat.version)")
    }
    let identity = try FieldReader(
      try root.object("application"), context: .fixed("the manifest's application"),
      required: ["name", "version"])
    self.init(
      compilerVersion: try root.text("compilerVersion"),
      application: BundleIdentity(name: try identity.text("name"), version: try identity.text("version")),
      lockfileDigest: try root.digest("lockfileDigest"),
      packages: try root.array("packages").map { (item) throws(BundleError) in
        try BundlePackage(decoding: item)
      },
      modules: try root.array("modules").map { (item) throws(BundleError) in try BundleModule(decoding: item)
      },
      entry: try root.text("entry"),
      sections: try root.array("sections").map { (item) throws(BundleError) in
        try BundleSectionEntry(decoding: item)
      })
    try validate()
  }

  /// The rules every manifest obeys, beyond its JSON shape. The writer runs them before it signs, so
  /// it never produces a bundle that its reader refuses.
  public func validate() throws(BundleError) {
    guard formatVersion == Int(BundleFormat.version) else {
      throw BundleError(.unsupportedVersion, "the manifest declares format version \(formatVersion)")
    }
    for (field, value) in [
      ("compilerVersion", compilerVersion), ("application name", application.name),
      ("application version", application.version), ("entry", entry),
    ] {
      try Self.checkText(value, what: "the manifest's \(field)")
    }
    try Self.checkOrder(packages.map(\.key), what: "package key")
    try Self.checkOrder(modules.map(\.name), what: "module name")
    try Self.checkOrder(sections.map(\.name), what: "section name")

    var sectionsByName: [String: BundleSectionEntry] = [:]
    for section in sections {
      try Self.checkText(section.name, what: "a section name")
      guard section.name.utf8.count <= BundleFormat.maximumNameLength else {
        throw malformed("section name \(Display.quoted(section.name)) is longer than 4096 bytes")
      }
      // A zlib stream is never shorter than its 2-byte header, one block and its 4-byte checksum.
      guard section.compressedSize >= 8 else {
        throw malformed("section \(Display.quoted(section.name)) declares an impossible compressed size")
      }
      sectionsByName[section.name] = section
    }
    var packageKeys = Set<String>()
    for package in packages {
      for (field, value) in [("key", package.key), ("name", package.name), ("version", package.version)] {
        try Self.checkText(value, what: "a package's \(field)")
      }
      for (field, value) in [
        ("claims", package.claims), ("grants", package.grants), ("receives", package.receives),
      ] {
        guard value.members != nil else {
          throw malformed("package \(Display.quoted(package.key)) field \"\(field)\" must be an object")
        }
        try Self.checkCapabilityValue(
          value, depth: 0, what: "package \(Display.quoted(package.key)) \(field)")
      }
      packageKeys.insert(package.key)
    }
    let moduleNames = Set(modules.map(\.name))
    for module in modules {
      // Rendered only for a message: escaping every name would cost more than the checks.
      var quoted: String { Display.quoted(module.name) }
      try Self.checkText(module.path, what: "module \(quoted)'s path")
      guard packageKeys.contains(module.package) else {
        throw malformed(
          "module \(quoted) belongs to package \(Display.quoted(module.package)), which is not listed")
      }
      guard module.name == BundleModule.name(package: module.package, path: module.path) else {
        throw malformed("module \(quoted) is not named PACKAGE:PATH after its package and path")
      }
      guard let section = sectionsByName[module.codeSection], section.kind == .code else {
        throw malformed(
          "module \(quoted)'s code section \(Display.quoted(module.codeSection)) is not a listed code section"
        )
      }
      guard section.digest == module.codeDigest else {
        throw malformed(
          "module \(quoted) records code digest \(module.codeDigest.short), but its section records \(section.digest.short)"
        )
      }
      var seen = Set<String>()
      for target in module.imports {
        try Self.checkText(target, what: "an import of module \(quoted)")
        guard seen.insert(target).inserted else {
          throw malformed("module \(quoted) lists the import \(Display.quoted(target)) twice")
        }
        let isBuiltin =
          target.hasPrefix(BundleModule.builtinPrefix) && target.count > BundleModule.builtinPrefix.count
        guard isBuiltin || moduleNames.contains(target) else {
          throw malformed(
            "module \(quoted) imports \(Display.quoted(target)), which is not a module of the bundle")
        }
      }
      if let native = module.native {
        guard let section = sectionsByName[native.section], section.kind == .bitcode,
          native.section == BundleNativeCode.sectionName(module: module.name)
        else {
          throw malformed(
            "module \(quoted)'s bitcode section \(Display.quoted(native.section)) is not its listed bitcode section"
          )
        }
        guard section.digest == native.digest else {
          throw malformed(
            "module \(quoted) records bitcode digest \(native.digest.short), but its section records \(section.digest.short)"
          )
        }
        guard !native.functions.isEmpty else { throw malformed("module \(quoted) lists no native functions") }
        for (index, function) in native.functions.enumerated() {
          guard index == 0 || native.functions[index - 1].function < function.function else {
            throw malformed("module \(quoted)'s native functions are not sorted by function index")
          }
          guard function.parameters.count == function.arity else {
            throw malformed(
              "module \(quoted)'s native function \(function.symbol) lists \(function.parameters.count) parameter kinds for \(function.arity) parameters"
            )
          }
          guard function.arity <= BundleNativeFunction.maximumArity else {
            throw malformed(
              "module \(quoted)'s native function \(function.symbol) takes \(function.arity) parameters (at most \(BundleNativeFunction.maximumArity))"
            )
          }
        }
      }
      seen = []
      for handle in module.handles {
        try Self.checkText(handle, what: "a handle of module \(quoted)")
        guard seen.insert(handle).inserted else {
          throw malformed("module \(quoted) lists the handle \(Display.quoted(handle)) twice")
        }
      }
    }
    guard moduleNames.contains(entry) else {
      throw malformed("the entry module \(Display.quoted(entry)) is not a module of the bundle")
    }
  }

  func malformed(_ reason: String) -> BundleError {
    BundleError(.malformedManifest, "the manifest is inconsistent: \(reason)")
  }

  static func checkOrder(_ names: [String], what: String) throws(BundleError) {
    for index in names.indices.dropFirst() where !precedes(names[index - 1], names[index]) {
      let problem = names[index - 1] == names[index] ? "appears twice" : "is out of order"
      throw BundleError(
        .malformedManifest, "the manifest's \(what) \(Display.quoted(names[index])) \(problem)")
    }
  }

  /// Identifiers and paths: non-empty, at most 4096 bytes, and nothing that could rewrite a terminal or
  /// disguise text (control characters, line separators, bidirectional overrides).
  static func checkText(_ text: String, what: @autoclosure () -> String, allowEmpty: Bool = false)
    throws(BundleError)
  {
    guard allowEmpty || !text.isEmpty else { throw BundleError(.malformedManifest, "\(what()) is empty") }
    guard text.utf8.count <= BundleFormat.maximumNameLength else {
      throw BundleError(
        .malformedManifest, "\(what()) is longer than \(BundleFormat.maximumNameLength) bytes")
    }
    guard text.unicodeScalars.allSatisfy(isDisplayable) else {
      throw BundleError(.malformedManifest, "\(what()) \(Display.quoted(text)) holds a control character")
    }
  }

  /// Whether a character may appear in manifest text: not a control character, line separator,
  /// bidirectional override or byte order mark.
  public static func isDisplayable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: false
    default: true
    }
  }

  /// Capability objects are CapLowering's (`{"env": ["LANG"], "fs": {"read": [...]}, "stdio": true}`):
  /// shallow, with displayable strings. The depth bound keeps every later walk over them cheap.
  static func checkCapabilityValue(_ value: JSONValue, depth: Int, what: String) throws(BundleError) {
    guard depth < 8 else { throw BundleError(.malformedManifest, "\(what) is nested too deeply") }
    switch value {
    case .string(let text): try checkText(text, what: what, allowEmpty: true)
    case .array(let items):
      for item in items { try checkCapabilityValue(item, depth: depth + 1, what: what) }
    case .object(let members):
      for member in members {
        try checkText(member.key, what: what, allowEmpty: true)
        try checkCapabilityValue(member.value, depth: depth + 1, what: what)
      }
    case .null, .bool, .number: break
    }
  }
}

extension BundlePackage {
  static let requiredFields = ["claims", "grants", "integrity", "key", "name", "receives", "version"]

  init(decoding value: JSONValue) throws(BundleError) {
    let fields = try FieldReader(
      value, context: .entry("package", value["key"]), required: Self.requiredFields,
      optional: ["publisher", "registry"])
    self.init(
      key: try fields.text("key"), name: try fields.text("name"), version: try fields.text("version"),
      integrity: try fields.digest("integrity"), claims: try fields.object("claims"),
      grants: try fields.object("grants"), receives: try fields.object("receives"),
      publisher: try fields.optionalFingerprint("publisher"),
      registry: try fields.optionalFingerprint("registry"))
  }
}

extension BundleModule {
  static let fields = [
    "codeDigest", "codeSection", "handles", "imports", "name", "package", "path", "sourceDigest",
  ]

  init(decoding value: JSONValue) throws(BundleError) {
    let fields = try FieldReader(
      value, context: .entry("module", value["name"]), required: Self.fields, optional: ["native"])
    self.init(
      package: try fields.text("package"), path: try fields.text("path"),
      sourceDigest: try fields.digest("sourceDigest"), codeSection: try fields.text("codeSection"),
      codeDigest: try fields.digest("codeDigest"), imports: try fields.strings("imports"),
      handles: try fields.strings("handles"),
      native: try fields.optionalObject("native").map { value throws(BundleError) in
        try BundleNativeCode(decoding: value)
      })
    // The name is derived from package and path; the stored one must be exactly that.
    let stored = try fields.text("name")
    guard stored == name else {
      throw BundleError(
        .malformedManifest, "the manifest's module \(Display.quoted(stored)) is not named PACKAGE:PATH")
    }
  }
}

extension BundleNativeCode {
  static let fields = ["bitcodeDigest", "bitcodeSection", "functions"]

  init(decoding value: JSONValue) throws(BundleError) {
    let fields = try FieldReader(value, context: .fixed("a module's native code"), required: Self.fields)
    var functions: [BundleNativeFunction] = []
    for item in try fields.array("functions") {
      functions.append(try BundleNativeFunction(decoding: item))
    }
    self.init(
      section: try fields.text("bitcodeSection"), digest: try fields.digest("bitcodeDigest"),
      functions: functions)
  }
}

extension BundleNativeFunction {
  static let fields = ["arity", "function", "parameters", "returns", "symbol"]

  init(decoding value: JSONValue) throws(BundleError) {
    let fields = try FieldReader(value, context: .fixed("a native function"), required: Self.fields)
    let resultName = try fields.text("returns")
    guard let returns = NativeResult(rawValue: resultName) else {
      throw BundleError(
        .malformedManifest, "a native function's result kind \(Display.quoted(resultName)) is unknown")
    }
    var parameters: [NativeParameter] = []
    for name in try fields.strings("parameters") {
      guard let kind = NativeParameter(rawValue: name) else {
        throw BundleError(
          .malformedManifest, "a native function's parameter kind \(Display.quoted(name)) is unknown")
      }
      parameters.append(kind)
    }
    self.init(
      function: try fields.integer("function"), arity: try fields.integer("arity"), returns: returns,
      parameters: parameters)
    // The symbol is derived from the index; the stored one must be exactly that.
    let stored = try fields.text("symbol")
    guard stored == symbol else {
      throw BundleError(
        .malformedManifest, "the native function \(Display.quoted(stored)) is not named \(symbol)")
    }
  }
}

extension BundleSectionEntry {
  static let fields = ["compressedDigest", "compressedSize", "digest", "kind", "name", "size"]

  init(decoding value: JSONValue) throws(BundleError) {
    let fields = try FieldReader(value, context: .entry("section", value["name"]), required: Self.fields)
    let kindName = try fields.text("kind")
    guard let kind = SectionKind(rawValue: kindName) else {
      throw BundleError(
        .malformedManifest, "the manifest's section kind \(Display.quoted(kindName)) is unknown")
    }
    self.init(
      name: try fields.text("name"), kind: kind, size: try fields.integer("size"),
      digest: try fields.digest("digest"), compressedSize: try fields.integer("compressedSize"),
      compressedDigest: try fields.digest("compressedDigest"))
  }
}

/// A single pass over the manifest bytes, before the JSON parser sees them, that refuses what no
/// manifest looks like. The parser builds a value of some 25 bytes for every 2 or 3 bytes of input, and
/// this runs before the signature is checked, so without it a 16 MiB manifest of `[[],[],...]` or one
/// long string would cost hundreds of megabytes. With it, the parser's memory is a small multiple of
/// the manifest's size.
enum ManifestShape {
  /// Manifests nest 4 levels, and capability objects a few more (the validator allows 8 inside them).
  static let maximumDepth = 16
  /// Every string is at most 4096 bytes; canonical JSON escapes at most `"` and `\` (two bytes each).
  static let maximumStringBytes = 2 * BundleFormat.maximumNameLength + 2
  /// Real manifests have one value (`[`, `{` or `,`) per 30 to 40 bytes: digests dominate.
  static let bytesPerValue = 12

  static func check(_ bytes: [UInt8]) throws(BundleError) {
    var depth = 0
    var values = 0
    var inString = false
    var escaped = false
    var stringStart = 0
    for (index, byte) in bytes.enumerated() {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        } else if index - stringStart > maximumStringBytes {
          throw BundleError(
            .malformedManifest,
            "the manifest has a string of more than \(maximumStringBytes) bytes at byte \(stringStart)")
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        stringStart = index
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        values += 1
        guard depth <= maximumDepth else {
          throw BundleError(.malformedManifest, "the manifest nests more than \(maximumDepth) levels deep")
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth -= 1
      case UInt8(ascii: ","):
        values += 1
      default:
        break
      }
    }
    guard values <= bytes.count / bytesPerValue + 256 else {
      throw BundleError(
        .malformedManifest,
        "the manifest holds \(values) values in \(bytes.count) bytes; manifests hold about one per 30 bytes")
    }
  }
}

/// How a message names the object being read: by its key or name when it has one. Kept unrendered
/// until a message needs it, since rendering escapes the name and most objects are fine.
enum FieldContext {
  case fixed(String)
  case entry(String, JSONValue?)

  var text: String {
    switch self {
    case .fixed(let text): return text
    case .entry(let kind, let name):
      guard let name = name?.stringValue else { return "a \(kind) of the manifest" }
      return "the manifest's \(kind) \(Display.quoted(name))"
    }
  }
}

/// Typed access to the members of one JSON object of the manifest: exactly the listed fields, each of
/// the expected type, failing with E4006 and the field's name.
struct FieldReader {
  let members: [String: JSONValue]
  let context: FieldContext

  init(_ value: JSONValue, context: FieldContext, required: [String], optional: [String] = [])
    throws(BundleError)
  {
    guard let list = value.members else {
      throw BundleError(.malformedManifest, "\(context.text) is not an object")
    }
    var members: [String: JSONValue] = [:]
    for member in list {
      guard required.contains(member.key) || optional.contains(member.key) else {
        throw BundleError(
          .malformedManifest, "\(context.text) has an unknown field \(Display.quoted(member.key))")
      }
      members[member.key] = member.value
    }
    for key in required where members[key] == nil {
      throw BundleError(.malformedManifest, "\(context.text) has no field \"\(key)\"")
    }
    self.members = members
    self.context = context
  }

  private func wrong(_ key: String, _ kind: String) -> BundleError {
    BundleError(.malformedManifest, "\(context.text) field \"\(key)\" must be \(kind)")
  }

  func text(_ key: String) throws(BundleError) -> String {
    guard let text = members[key]?.stringValue else { throw wrong(key, "a string") }
    return text
  }

  func integer(_ key: String) throws(BundleError) -> Int {
    // Canonical JSON admits only non-negative integers below 2^53, which Int holds exactly.
    guard case .number(let n)? = members[key], n >= 0, n < 9_007_199_254_740_992, n == n.rounded() else {
      throw wrong(key, "a non-negative integer")
    }
    return Int(n)
  }

  func strings(_ key: String) throws(BundleError) -> [String] {
    guard let items = members[key]?.arrayValue else { throw wrong(key, "an array of strings") }
    var out: [String] = []
    out.reserveCapacity(items.count)
    for item in items {
      guard let text = item.stringValue else { throw wrong(key, "an array of strings") }
      out.append(text)
    }
    return out
  }

  func array(_ key: String) throws(BundleError) -> [JSONValue] {
    guard let items = members[key]?.arrayValue else { throw wrong(key, "an array") }
    return items
  }

  func optionalObject(_ key: String) throws(BundleError) -> JSONValue? {
    guard members[key] != nil else { return nil }
    return try object(key)
  }

  func object(_ key: String) throws(BundleError) -> JSONValue {
    guard let value = members[key], value.members != nil else { throw wrong(key, "an object") }
    return value
  }

  /// A `sha512-` SRI in canonical base64, so that one digest has one spelling.
  func digest(_ key: String) throws(BundleError) -> SHA512Digest {
    let text = try text(key)
    guard let digest = SHA512Digest(integrity: text), digest.integrity == text else {
      throw wrong(key, "a sha512 SRI in canonical base64")
    }
    return digest
  }

  func optionalFingerprint(_ key: String) throws(BundleError) -> Fingerprint? {
    guard members[key] != nil else { return nil }
    guard let fingerprint = Fingerprint(try text(key)) else {
      throw wrong(key, "a fingerprint (ed25519:...)")
    }
    return fingerprint
  }
}

extension SHA512Digest {
  /// The first characters of the SRI, enough to tell two digests apart in a message.
  public var short: String { String(integrity.prefix(27)) + "..." }
}
