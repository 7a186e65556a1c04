import Diagnostics

/// A set of capabilities with their attenuations, as claimed by a package, granted by the
/// application, or inferred from code. `"*"` in a list means "any" (only inference produces it).
///
/// The manifest form (package.json "caps", cruft.json "claims" and "grants"):
/// `{"fs": ["./cache"], "net": ["registry.example.com:443"], "env": ["LANG"], "clock": true}`;
/// `"fs": ["./dir"]` is read and write, `"fs": {"read": [...], "write": [...]}` distinguishes them.
public struct CapabilitySet: Equatable, Sendable {
  public var fsRead: [String] = []
  public var fsWrite: [String] = []
  public var net: [String] = []
  public var env: [String] = []
  public var clock = false
  public var random = false
  public var stdio = false

  public init() {}

  public var kinds: Set<CapabilityKind> {
    var kinds = Set<CapabilityKind>()
    if !fsRead.isEmpty || !fsWrite.isEmpty { kinds.insert(.fs) }
    if !net.isEmpty { kinds.insert(.net) }
    if !env.isEmpty { kinds.insert(.env) }
    if clock { kinds.insert(.clock) }
    if random { kinds.insert(.random) }
    if stdio { kinds.insert(.stdio) }
    return kinds
  }

  public var isEmpty: Bool { kinds.isEmpty }

  /// Parses the manifest form; the error names the offending key.
  public init(parsing value: JSONValue) throws(CapabilityFormError) {
    guard let members = value.members else { throw CapabilityFormError("must be an object") }
    func strings(_ value: JSONValue, _ key: String) throws(CapabilityFormError) -> [String] {
      guard let items = value.arrayValue else {
        throw CapabilityFormError("\"\(key)\" must be a list of strings")
      }
      var out: [String] = []
      for item in items {
        guard let text = item.stringValue, !text.isEmpty else {
          throw CapabilityFormError("\"\(key)\" must be a list of non-empty strings")
        }
        out.append(text)
      }
      return out
    }
    func flag(_ value: JSONValue, _ key: String) throws(CapabilityFormError) -> Bool {
      if case .bool(let on) = value { return on }
      // `"stdio": []` reads naturally as "none" and `["stdout"]` as "some": both are accepted.
      if let items = value.arrayValue { return !items.isEmpty }
      throw CapabilityFormError("\"\(key)\" must be true or false")
    }
    for member in members {
      switch member.key {
      case "fs":
        if member.value.arrayValue != nil {
          let paths = try strings(member.value, "fs")
          fsRead = paths
          fsWrite = paths
        } else if let access = member.value.members {
          for entry in access {
            switch entry.key {
            case "read": fsRead = try strings(entry.value, "fs.read")
            case "write": fsWrite = try strings(entry.value, "fs.write")
            default: throw CapabilityFormError("\"fs\" takes \"read\" and \"write\", not \"\(entry.key)\"")
            }
          }
        } else {
          throw CapabilityFormError("\"fs\" must be a list of paths or { \"read\": [...], \"write\": [...] }")
        }
      case "net": net = try strings(member.value, "net")
      case "env": env = try strings(member.value, "env")
      case "clock": clock = try flag(member.value, "clock")
      case "random": random = try flag(member.value, "random")
      case "stdio": stdio = try flag(member.value, "stdio")
      default:
        throw CapabilityFormError(
          "\"\(member.key)\" is not a capability kind (fs, net, env, clock, random, stdio)")
      }
    }
    fsRead = Array(Set(fsRead)).sorted()
    fsWrite = Array(Set(fsWrite)).sorted()
    net = Array(Set(net)).sorted()
    env = Array(Set(env)).sorted()
  }

  /// The claims implied by uses in code: kinds, and environment variable names where literal.
  public init(inferredFrom uses: [CapabilityUse]) {
    var envNames = Set<String>()
    var anyEnv = false
    for use in uses {
      switch use.kind {
      case .fs:
        fsRead = ["*"]
        fsWrite = ["*"]
      case .net: net = ["*"]
      case .env:
        if let name = use.detail { envNames.insert(name) } else { anyEnv = true }
      case .clock: clock = true
      case .random: random = true
      case .stdio: stdio = true
      }
    }
    env = anyEnv ? ["*"] : envNames.sorted()
  }

  /// What a package receives: its claims narrowed to what is granted, list by list.
  public func intersection(_ grant: CapabilitySet) -> CapabilitySet {
    func meet(_ claimed: [String], _ granted: [String]) -> [String] {
      // An inferred "*" claim is narrowed to what is granted; granting "*" to it grants any.
      if claimed.contains("*") { return granted }
      if granted.contains("*") { return claimed }
      return claimed.filter(granted.contains)
    }
    var out = CapabilitySet()
    out.fsRead = meet(fsRead, grant.fsRead)
    out.fsWrite = meet(fsWrite, grant.fsWrite)
    out.net = meet(net, grant.net)
    out.env = meet(env, grant.env)
    out.clock = clock && grant.clock
    out.random = random && grant.random
    out.stdio = stdio && grant.stdio
    return out
  }

  /// Entries of `self` that `claims` does not cover: a grant beyond the claim, or a claim that grew.
  public func excess(over claims: CapabilitySet) -> [String] {
    func extra(_ mine: [String], _ theirs: [String], _ label: String) -> [String] {
      if theirs.contains("*") { return [] }
      return mine.filter { !theirs.contains($0) }.map { "\(label) \($0)" }
    }
    var out = extra(fsRead, claims.fsRead, "fs read") + extra(fsWrite, claims.fsWrite, "fs write")
    out += extra(net, claims.net, "net") + extra(env, claims.env, "env")
    if clock && !claims.clock { out.append("clock") }
    if random && !claims.random { out.append("random") }
    if stdio && !claims.stdio { out.append("stdio") }
    return out
  }

  /// The canonical manifest form, for the lockfile and `cruftc audit --format json`.
  public var json: JSONValue {
    var members: [(String, JSONValue)] = []
    if clock { members.append(("clock", .bool(true))) }
    if !env.isEmpty { members.append(("env", .array(env.map { .string($0) }))) }
    if !fsRead.isEmpty || !fsWrite.isEmpty {
      if fsRead == fsWrite {
        members.append(("fs", .array(fsRead.map { .string($0) })))
      } else {
        members.append(
          (
            "fs",
            .record([
              ("read", .array(fsRead.map { .string($0) })), ("write", .array(fsWrite.map { .string($0) })),
            ])
          ))
      }
    }
    if !net.isEmpty { members.append(("net", .array(net.map { .string($0) }))) }
    if random { members.append(("random", .bool(true))) }
    if stdio { members.append(("stdio", .bool(true))) }
    return .record(members)
  }

  /// One line for people: "env LANG, clock, stdio".
  public var summary: String {
    var parts: [String] = []
    if fsRead == fsWrite && !fsRead.isEmpty {
      parts.append("fs \(fsRead.joined(separator: " "))")
    } else {
      if !fsRead.isEmpty { parts.append("fs read \(fsRead.joined(separator: " "))") }
      if !fsWrite.isEmpty { parts.append("fs write \(fsWrite.joined(separator: " "))") }
    }
    if !net.isEmpty { parts.append("net \(net.joined(separator: " "))") }
    if !env.isEmpty { parts.append("env \(env.joined(separator: " "))") }
    if clock { parts.append("clock") }
    if random { parts.append("random") }
    if stdio { parts.append("stdio") }
    return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
  }
}

public struct CapabilityFormError: Error, Sendable, CustomStringConvertible {
  public var message: String
  init(_ message: String) { self.message = message }
  public var description: String { message }
}
