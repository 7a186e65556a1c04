import Diagnostics

/// registry.json: who the registry is and who may publish what, signed by the registry's own key.
///
///     {"registry":{"fingerprint":…,"name":…,"namespaces":{"@acme/*":["ed25519:…"]},"publicKey":…,
///      "serial":3,"type":"cruft-registry-v1"},"signature":…}
///
/// The signature covers the canonical `registry` object under the registry identity context, so the
/// ownership table cannot be edited by whoever hosts the files. `serial` grows with every change.
public struct RegistryIdentity: Sendable, Equatable {
  public static let type = "cruft-registry-v1"
  public static let maximumSize = 1 << 20

  public var name: String
  public var publicKey: PublicKey
  /// Namespace (`left-pad`, `@acme/*`, `*`) to the fingerprints of the publishers that own it.
  public var namespaces: [String: [Fingerprint]]
  public var serial: Int

  public var fingerprint: Fingerprint { publicKey.fingerprint }

  public init(name: String, publicKey: PublicKey, namespaces: [String: [Fingerprint]] = [:], serial: Int = 1)
  {
    self.name = name
    self.publicKey = publicKey
    self.namespaces = namespaces
    self.serial = serial
  }

  /// A registry's name: a short label of letters, digits and `._@+-`.
  public static func isValidName(_ name: String) -> Bool { KeyFiles.isValidName(name) }

  var body: JSONValue {
    .record([
      ("fingerprint", .string(fingerprint.text)), ("name", .string(name)),
      (
        "namespaces",
        .record(
          namespaces.sorted { $0.key < $1.key }.map {
            ($0.key, .array($0.value.sorted().map { .string($0.text) }))
          })
      ),
      ("publicKey", .string(Base64.encode(publicKey.bytes))), ("serial", .int(serial)),
      ("type", .string(Self.type)),
    ])
  }

  /// The signed file. `key` must be the registry's key (callers check, since a wrong key is a user error).
  func signedBytes(with key: SecretKey) -> [UInt8] {
    let signature = key.signature(
      for: SigningContext.registryIdentity.message(for: CanonicalJSON.encode(body)))
    return CanonicalJSON.encode(
      .record([("registry", body), ("signature", .string(Base64.encode(signature)))]))
  }

  /// Parses registry.json and checks its signature against the key it names. Whether that key is the
  /// one the consumer trusts is the caller's question (the pin).
  public static func parse(_ bytes: [UInt8]) throws(CanonicalJSON.Failure) -> RegistryIdentity {
    guard bytes.count <= maximumSize else {
      throw CanonicalJSON.Failure(reason: "larger than \(maximumSize) bytes")
    }
    let value = try CanonicalJSON.decode(bytes)
    let outer = try DocumentReader(value, document: "registry.json", allowedKeys: ["registry", "signature"])
    let bodyValue = try outer.object("registry")
    let signature = try outer.base64("signature", count: 64)
    let body = try DocumentReader(
      bodyValue, document: "registry.json's registry",
      allowedKeys: ["fingerprint", "name", "namespaces", "publicKey", "serial", "type"])
    guard try body.string("type") == type else {
      throw CanonicalJSON.Failure(reason: "registry.json's type is not \(type)")
    }
    // base64(count:) checked the length.
    let key = PublicKey(bytes: try body.base64("publicKey", count: PublicKey.byteCount))!
    guard try body.fingerprint("fingerprint") == key.fingerprint else {
      throw CanonicalJSON.Failure(reason: "registry.json's fingerprint is not that of its public key")
    }
    guard
      key.isValidSignature(
        signature, for: SigningContext.registryIdentity.message(for: CanonicalJSON.encode(bodyValue)))
    else {
      throw CanonicalJSON.Failure(reason: "registry.json's signature does not verify with the key it names")
    }
    let name = try body.string("name")
    guard isValidName(name) else { throw CanonicalJSON.Failure(reason: "registry.json's name is not valid") }
    var namespaces: [String: [Fingerprint]] = [:]
    guard let members = try body.object("namespaces").members else {
      throw CanonicalJSON.Failure(reason: "registry.json's namespaces must be an object")
    }
    for member in members {
      guard Namespace.isValid(member.key) else {
        throw CanonicalJSON.Failure(
          reason: "registry.json has an invalid namespace \(Display.quoted(member.key))")
      }
      guard let items = member.value.arrayValue else {
        throw CanonicalJSON.Failure(reason: "registry.json's namespace \(member.key) must list fingerprints")
      }
      var fingerprints: [Fingerprint] = []
      for item in items {
        guard let text = item.stringValue, let fingerprint = Fingerprint(text) else {
          throw CanonicalJSON.Failure(
            reason: "registry.json's namespace \(member.key) must list fingerprints")
        }
        fingerprints.append(fingerprint)
      }
      namespaces[member.key] = fingerprints
    }
    return RegistryIdentity(
      name: name, publicKey: key, namespaces: namespaces, serial: try body.integer("serial"))
  }

  /// The most specific ownership rule that covers `name` (the name, then its scope, then `*`).
  /// A more specific rule replaces the broader ones: `*` owners cannot publish a name listed on its own.
  public func ownershipRule(for name: String) -> (namespace: String, publishers: [Fingerprint])? {
    for candidate in Namespace.candidates(for: name) {
      if let publishers = namespaces[candidate] { return (candidate, publishers) }
    }
    return nil
  }
}
