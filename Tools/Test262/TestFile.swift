import Foundation

/// A test's frontmatter: the YAML between `/*---` and `---*/`, as far as running it needs.
struct TestMetadata: Equatable {
  var includes: [String] = []
  var flags: Set<String> = []
  var features: [String] = []
  /// `negative: {phase, type}`: the phase (parse, resolution, runtime) and the error's constructor name.
  var negativePhase: String?
  var negativeType: String?

  var isAsync: Bool { flags.contains("async") }
  var isModule: Bool { flags.contains("module") }

  /// Reads the frontmatter of `source`; a file without one has empty metadata. Only the subset of
  /// YAML test262 uses for these keys is read: inline lists (`[a, b]`), block lists (`- a`) and the
  /// two-level `negative` map. Lines may end in LF, CR LF or a lone CR (some tests use CR only).
  init(parsing source: String) {
    guard let start = source.range(of: "/*---"),
      let end = source.range(of: "---*/", range: start.upperBound..<source.endIndex)
    else { return }
    let body = source[start.upperBound..<end.lowerBound]
    let lines = body.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    var key: String?
    for rawLine in lines {
      let line = String(rawLine)
      let indented = line.first == " " || line.first == "\t"
      let text = Self.withoutComment(line).trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      if !indented {
        guard let colon = text.firstIndex(of: ":") else {
          key = nil
          continue
        }
        let name = String(text[..<colon])
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        key = name
        if value.hasPrefix("[") {
          store(name, Self.inlineList(value))
        } else if name == "negative", value.hasPrefix("{") {
          for (field, fieldValue) in Self.inlineMap(value) { storeNegative(field, fieldValue) }
        }
        continue
      }
      guard let key else { continue }
      if text.hasPrefix("- ") || text == "-" {
        store(key, [text.dropFirst().trimmingCharacters(in: .whitespaces)])
      } else if key == "negative", let colon = text.firstIndex(of: ":") {
        storeNegative(
          String(text[..<colon]).trimmingCharacters(in: .whitespaces),
          text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
      }
    }
  }

  private mutating func store(_ key: String, _ values: [String]) {
    let values = values.filter { !$0.isEmpty }
    switch key {
    case "includes": includes += values
    case "flags": flags.formUnion(values)
    case "features": features += values
    default: break
    }
  }

  private mutating func storeNegative(_ field: String, _ value: String) {
    if field == "phase" { negativePhase = value }
    if field == "type" { negativeType = value }
  }

  /// `[a, b, c]` as its items.
  static func inlineList(_ text: String) -> [String] {
    text.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
      .split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// `{phase: parse, type: SyntaxError}` as its pairs.
  static func inlineMap(_ text: String) -> [(String, String)] {
    text.trimmingCharacters(in: CharacterSet(charactersIn: "{} "))
      .split(separator: ",")
      .compactMap { pair in
        guard let colon = pair.firstIndex(of: ":") else { return nil }
        return (
          pair[..<colon].trimmingCharacters(in: .whitespaces),
          pair[pair.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        )
      }
  }

  /// The line without a YAML comment (`# ...` after a blank or at the start).
  static func withoutComment(_ line: String) -> String {
    if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { return "" }
    if let hash = line.range(of: " #") { return String(line[..<hash.lowerBound]) }
    return line
  }
}

/// Why a test is not counted: it needs something cruft deliberately does not have, or a feature
/// newer than the edition cruft targets.
enum NotApplicable: String, CaseIterable, Codable {
  /// The test (or a harness file it includes) uses `eval` or the `Function` constructor, which
  /// cruft refuses at compile time (E1004, E1005).
  case evalOrFunction = "eval/Function"
  /// `flags: [noStrict]` or `[raw]`: sloppy-mode only; cruft compiles everything as strict code.
  case noStrict = "noStrict"
  /// A feature newer than ECMAScript 2023 (`features:`), listed in `Applicability.newerFeatures`.
  case newerFeature = "newer feature"
  /// A host hook `$262` cannot provide without eval or a second realm (evalScript, createRealm,
  /// detachArrayBuffer, agent, IsHTMLDDA), or the `cross-realm`/`IsHTMLDDA` features.
  case host262 = "$262"
}

/// The rules that set tests aside before they run.
enum Applicability {
  /// Features after ECMAScript 2023, which cruft does not implement yet. The ES2024 features cruft
  /// already has (`array-grouping`, `promise-with-resolvers`, `String.prototype.isWellFormed`,
  /// `String.prototype.toWellFormed`, `regexp-v-flag`) are counted like the rest.
  static let newerFeatures: Set<String> = [
    // ES2024 features cruft does not have.
    "resizable-arraybuffer", "arraybuffer-transfer", "Atomics.waitAsync",
    // Shared memory (not planned: cruft has no agents).
    "Atomics", "SharedArrayBuffer", "Atomics.pause",
    // ES2025 and later, and proposals.
    "Temporal", "ShadowRealm", "set-methods", "iterator-helpers", "decorators", "json-parse-with-source",
    "explicit-resource-management", "uint8array-base64", "Float16Array", "RegExp.escape",
    "regexp-modifiers", "regexp-duplicate-named-groups", "promise-try", "Error.isError", "Math.sumPrecise",
    "Array.fromAsync", "upsert", "iterator-sequencing", "joint-iteration", "iterator-chunking",
    "iterator-includes", "Iterator.prototype.join", "await-dictionary", "immutable-arraybuffer",
    "source-phase-imports", "source-phase-imports-module-source", "import-defer", "import-attributes",
    "json-modules", "error-stack-accessor", "legacy-regexp", "canonical-tz", "AbstractModuleSource",
    "nonextensible-applies-to-private", "import-text", "import-bytes",
  ]

  /// Features that need a second realm or an engine hook.
  static let hostFeatures: Set<String> = ["cross-realm", "IsHTMLDDA"]

  /// The members of `$262` the runner provides.
  static let provided262: Set<String> = ["global", "gc"]

  /// Why `metadata` and `source` (the test with its harness files) are set aside, or nil to run it.
  static func reason(_ metadata: TestMetadata, source: String) -> (NotApplicable, String)? {
    if metadata.flags.contains("noStrict") || metadata.flags.contains("raw") {
      return (.noStrict, metadata.flags.contains("raw") ? "raw" : "noStrict")
    }
    if let feature = metadata.features.first(where: { newerFeatures.contains($0) || $0.hasPrefix("Intl") }) {
      return (.newerFeature, feature)
    }
    if let feature = metadata.features.first(where: { hostFeatures.contains($0) }) {
      return (.host262, feature)
    }
    if let hook = hooks262(in: source).first(where: { !provided262.contains($0) }) {
      return (.host262, "$262." + hook)
    }
    return nil
  }

  /// The member names read as `$262.NAME` in `source`.
  static func hooks262(in source: String) -> [String] {
    var names: [String] = []
    var rest = source[...]
    while let found = rest.range(of: "$262.") {
      let name = rest[found.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
      names.append(String(name))
      rest = rest[found.upperBound...]
    }
    return names
  }
}
