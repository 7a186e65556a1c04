import Diagnostics
import Foundation

/// The publisher's declaration of how the code was written: whether machine generation was involved,
/// with which tools, and who reviewed the result. Absent from a statement means "not declared".
public struct AIGeneration: Sendable, Equatable {
  public var generated: Bool
  public var tools: [String]
  public var reviewedBy: [String]

  public init(generated: Bool, tools: [String] = [], reviewedBy: [String] = []) {
    self.generated = generated
    self.tools = tools
    self.reviewedBy = reviewedBy
  }

  /// Tool and reviewer names: 1 to 128 bytes without control characters, at most 32 of each.
  public static func isValidLabel(_ label: String) -> Bool {
    !label.isEmpty && label.utf8.count <= 128
      && !label.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
  }

  public var isValid: Bool {
    tools.count <= 32 && reviewedBy.count <= 32 && (tools + reviewedBy).allSatisfy(Self.isValidLabel)
  }

  var json: JSONValue {
    .record([
      ("generated", .bool(generated)), ("reviewedBy", .array(reviewedBy.map(JSONValue.string))),
      ("tools", .array(tools.map(JSONValue.string))),
    ])
  }
}

/// What a consumer accepts with respect to machine-generated code.
public enum AIPolicy: String, Sendable, CaseIterable {
  /// Any declaration, or none.
  case allow
  /// Code declared as machine-generated must name at least one reviewer.
  case requireReview = "require-review"
  /// Code declared as machine-generated is refused.
  case deny
}

/// The document a publisher signs: `cruft-publisher-statement-v1` in canonical JSON.
public struct PublisherStatement: Sendable, Equatable {
  public static let type = "cruft-publisher-statement-v1"
  /// Far above any real statement; bounds what a reader parses.
  public static let maximumSize = 64 << 10

  public var name: String
  public var version: String
  /// The SRI of the tarball (`sha512-...`).
  public var integrity: SHA512Digest
  public var publisher: Fingerprint
  /// RFC 3339 in UTC, to the second: `2024-05-01T12:00:00Z`.
  public var time: String
  public var aiGeneration: AIGeneration?

  public init(
    name: String, version: String, integrity: SHA512Digest, publisher: Fingerprint, time: String,
    aiGeneration: AIGeneration? = nil
  ) {
    self.name = name
    self.version = version
    self.integrity = integrity
    self.publisher = publisher
    self.time = time
    self.aiGeneration = aiGeneration
  }

  /// The exact bytes that are signed and stored as statement.json.
  public var canonicalBytes: [UInt8] {
    var attributes: [(String, JSONValue)] = []
    if let aiGeneration { attributes.append(("aiGenerated", aiGeneration.json)) }
    return CanonicalJSON.encode(
      .record([
        ("attributes", .record(attributes)), ("integrity", .string(integrity.integrity)),
        ("name", .string(name)),
        ("publisher", .string(publisher.text)), ("time", .string(time)), ("type", .string(Self.type)),
        ("version", .string(version)),
      ]))
  }

  /// Parses statement.json, refusing anything but a canonical, complete, well-typed statement.
  public static func parse(_ bytes: [UInt8]) throws(CanonicalJSON.Failure) -> PublisherStatement {
    guard bytes.count <= maximumSize else {
      throw CanonicalJSON.Failure(reason: "larger than \(maximumSize) bytes")
    }
    let value = try CanonicalJSON.decode(bytes)
    let reader = try DocumentReader(
      value, document: "the statement",
      allowedKeys: ["attributes", "integrity", "name", "publisher", "time", "type", "version"])
    guard try reader.string("type") == type else {
      throw CanonicalJSON.Failure(reason: "the statement's type is not \(type)")
    }
    let name = try reader.string("name")
    guard PackageName.isValid(name) else {
      throw CanonicalJSON.Failure(reason: "the statement's name is not a valid package name")
    }
    let version = try reader.string("version")
    guard PackageVersion.isValid(version) else {
      throw CanonicalJSON.Failure(reason: "the statement's version is not a semantic version")
    }
    let integrity = try reader.integrity("integrity")
    let time = try reader.string("time")
    guard Timestamp.isValid(time) else {
      throw CanonicalJSON.Failure(reason: "the statement's time is not RFC 3339 UTC (YYYY-MM-DDTHH:MM:SSZ)")
    }
    let attributes = try DocumentReader(
      try reader.object("attributes"), document: "the statement's attributes", allowedKeys: ["aiGenerated"])
    var aiGeneration: AIGeneration?
    if let ai = attributes.value("aiGenerated") {
      let fields = try DocumentReader(
        ai, document: "the aiGenerated attribute", allowedKeys: ["generated", "reviewedBy", "tools"])
      aiGeneration = AIGeneration(
        generated: try fields.bool("generated"), tools: try fields.strings("tools"),
        reviewedBy: try fields.strings("reviewedBy"))
      guard aiGeneration?.isValid == true else {
        throw CanonicalJSON.Failure(reason: "the aiGenerated attribute has an invalid tool or reviewer name")
      }
    }
    return PublisherStatement(
      name: name, version: version, integrity: integrity, publisher: try reader.fingerprint("publisher"),
      time: time,
      aiGeneration: aiGeneration)
  }
}

/// Timestamps in statements: RFC 3339, UTC, whole seconds; one spelling per instant.
public enum Timestamp {
  public static func isValid(_ text: String) -> Bool {
    let b = Array(text.utf8)
    guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
      b[19] == 0x5A
    else { return false }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard (0x30...0x39).contains(b[i]) else { return nil }
        value = value * 10 + Int(b[i] - 0x30)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return year >= 1970 && (1...12).contains(month) && (1...days[month - 1]).contains(day) && hour < 24
      && minute < 60 && second < 60
  }

  /// The current time in the statement form.
  public static func now() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
    return formatter.string(from: Date())
  }
}

/// The signatures that accompany a statement: the publisher's, and the registry's countersignature
/// over the statement digest, the publisher signature, the registry and the namespace that allowed it.
public struct Envelope: Sendable, Equatable {
  public static let type = "cruft-envelope-v1"
  public static let maximumSize = 16 << 10

  public struct Countersignature: Sendable, Equatable {
    public var registry: Fingerprint
    /// The ownership rule under which the registry accepted the publisher (`@acme/*`, `left-pad`, `*`).
    public var namespace: String
    public var signature: [UInt8]
  }

  /// SHA-512 of statement.json.
  public var statement: SHA512Digest
  public var publisherKey: PublicKey
  public var publisherSignature: [UInt8]
  /// Absent while the submission waits in the registry's `incoming/` folder.
  public var countersignature: Countersignature?

  public var publisher: Fingerprint { publisherKey.fingerprint }

  /// The document the registry signs (in canonical JSON, under the countersignature context).
  public static func countersignedDocument(
    statement: SHA512Digest, publisherSignature: [UInt8], registry: Fingerprint, namespace: String
  ) -> [UInt8] {
    CanonicalJSON.encode(
      .record([
        ("namespace", .string(namespace)), ("publisherSignature", .string(Base64.encode(publisherSignature))),
        ("registry", .string(registry.text)), ("statement", .string(statement.integrity)),
        ("type", .string("cruft-countersignature-v1")),
      ]))
  }

  public var canonicalBytes: [UInt8] {
    var members: [(String, JSONValue)] = [
      (
        "publisher",
        .record([
          ("fingerprint", .string(publisher.text)), ("publicKey", .string(Base64.encode(publisherKey.bytes))),
          ("signature", .string(Base64.encode(publisherSignature))),
        ])
      ),
      ("statement", .string(statement.integrity)), ("type", .string(Self.type)),
    ]
    if let countersignature {
      members.append(
        (
          "registry",
          .record([
            ("fingerprint", .string(countersignature.registry.text)),
            ("namespace", .string(countersignature.namespace)),
            ("signature", .string(Base64.encode(countersignature.signature))),
          ])
        ))
    }
    return CanonicalJSON.encode(.record(members))
  }

  public static func parse(_ bytes: [UInt8]) throws(CanonicalJSON.Failure) -> Envelope {
    guard bytes.count <= maximumSize else {
      throw CanonicalJSON.Failure(reason: "larger than \(maximumSize) bytes")
    }
    let value = try CanonicalJSON.decode(bytes)
    let reader = try DocumentReader(
      value, document: "the envelope", allowedKeys: ["publisher", "registry", "statement", "type"])
    guard try reader.string("type") == type else {
      throw CanonicalJSON.Failure(reason: "the envelope's type is not \(type)")
    }
    let statement = try reader.integrity("statement")
    let publisher = try DocumentReader(
      try reader.object("publisher"), document: "the envelope's publisher",
      allowedKeys: ["fingerprint", "publicKey", "signature"])
    // base64(count:) checked the length.
    let key = PublicKey(bytes: try publisher.base64("publicKey", count: PublicKey.byteCount))!
    guard try publisher.fingerprint("fingerprint") == key.fingerprint else {
      throw CanonicalJSON.Failure(
        reason: "the envelope's publisher fingerprint is not that of its public key")
    }
    let signature = try publisher.base64("signature", count: 64)
    var countersignature: Countersignature?
    if reader.value("registry") != nil {
      let registry = try DocumentReader(
        try reader.object("registry"), document: "the envelope's registry",
        allowedKeys: ["fingerprint", "namespace", "signature"])
      let namespace = try registry.string("namespace")
      guard Namespace.isValid(namespace) else {
        throw CanonicalJSON.Failure(reason: "the envelope's namespace is not a valid namespace")
      }
      countersignature = Countersignature(
        registry: try registry.fingerprint("fingerprint"), namespace: namespace,
        signature: try registry.base64("signature", count: 64))
    }
    return Envelope(
      statement: statement, publisherKey: key, publisherSignature: signature,
      countersignature: countersignature)
  }
}
