import Diagnostics

/// Provenance's diagnostic codes (E3xxx). Codes are stable: a code is never reused for another meaning.
public enum ProvenanceCode: String, DiagnosticCodeSet {
  case registryIdentityInvalid = "E3001"
  case registryNotPinned = "E3002"
  case artifactMissing = "E3003"
  case statementMalformed = "E3004"
  case envelopeMalformed = "E3005"
  case integrityMismatch = "E3006"
  case statementMismatch = "E3007"
  case publisherSignatureInvalid = "E3008"
  case publisherNotAuthorized = "E3009"
  case countersignatureInvalid = "E3010"
  case publisherNotTrusted = "E3011"
  case publisherChanged = "E3012"
  case aiGenerationDenied = "E3013"
  case aiReviewMissing = "E3014"
  case tarballRejected = "E3015"
  case keyFileInvalid = "E3016"
  case versionExists = "E3017"
  case wrongRegistryKey = "E3018"

  public var title: String { ProvenanceCode.catalog(self).title }
  public var explanation: String { ProvenanceCode.catalog(self).explanation }

  static func catalog(_ code: ProvenanceCode) -> (title: String, explanation: String) {
    switch code {
    case .registryIdentityInvalid:
      (
        "registry identity file invalid",
        """
        A registry's registry.json names the registry, its public key and its namespace ownership \
        table, and is signed by that key. The file is missing, not canonical JSON, or its signature \
        does not verify, so nothing the registry serves can be attributed to it.

        Re-fetch the registry; if it persists, the registry or the path to it has been tampered with.
        """
      )
    case .registryNotPinned:
      (
        "registry key differs from the pinned fingerprint",
        """
        The namespace of the package is pinned to one registry key in cruft.json, and the registry \
        that served it has another. This is what dependency confusion looks like: the same package \
        name offered by a registry the namespace does not belong to.

        Fetch the package from the registry its namespace is pinned to. If the registry really \
        rotated its key, check the new fingerprint out of band before changing the pin.
        """
      )
    case .artifactMissing:
      (
        "package version not in the registry",
        """
        The registry has no complete entry (package.tgz, statement.json and envelope.json) for the \
        requested name and version.

        Check the name and version, and that the registry path is the right one.
        """
      )
    case .statementMalformed:
      (
        "publisher statement malformed",
        """
        statement.json is not a canonical cruft-publisher-statement-v1 document: it is too large, \
        not canonical JSON (one byte form per statement, so a changed byte is caught here or by a \
        signature), or a field is missing or of the wrong type.

        Re-fetch the package; a statement that stays malformed was altered after signing.
        """
      )
    case .envelopeMalformed:
      (
        "signature envelope malformed",
        """
        envelope.json, which carries the publisher signature and the registry countersignature, is \
        not a canonical cruft-envelope-v1 document, or its publisher fingerprint does not belong to \
        its public key.

        Re-fetch the package; an envelope that stays malformed was altered after signing.
        """
      )
    case .integrityMismatch:
      (
        "tarball does not match the signed statement",
        """
        The SHA-512 of package.tgz differs from the integrity the publisher signed in the statement. \
        The tarball was replaced or altered after it was signed.

        Do not use this artifact; re-fetch it, and report the registry if it persists.
        """
      )
    case .statementMismatch:
      (
        "statement is for another package or version",
        """
        The signed statement names a different package or version than the one requested, or than \
        the package.json inside the tarball. A valid signature for one release replayed as another \
        (an old vulnerable version served as a new one, or one package served under another name) is \
        caught here.

        Do not use this artifact; the registry is serving a release under the wrong name or version.
        """
      )
    case .publisherSignatureInvalid:
      (
        "publisher signature invalid",
        """
        The publisher's Ed25519 signature does not verify over the statement, or it was made by a \
        different key than the publisher fingerprint the statement names. Either the statement was \
        changed after signing or someone signed it with a key that is not the publisher's.

        Do not use this artifact.
        """
      )
    case .publisherNotAuthorized:
      (
        "publisher does not own the namespace",
        """
        The registry's signed ownership table does not let this publisher key publish this package: \
        the most specific rule that covers the name (the name itself, then its scope @scope/*, then \
        *) does not list the key, or no rule covers the name.

        If the publisher is legitimate, the registry operator adds it with cruftc registry allow.
        """
      )
    case .countersignatureInvalid:
      (
        "registry countersignature invalid",
        """
        The registry's countersignature is missing, was made by another registry, or does not verify \
        over exactly this statement digest, this publisher signature, this registry and namespace. \
        A countersignature lifted from another artifact is caught here.

        Do not use this artifact; only releases the registry accepted carry its countersignature.
        """
      )
    case .publisherNotTrusted:
      (
        "publisher not in the trusted list",
        """
        cruft.json lists the publisher keys trusted for this package, and the key that signed it is \
        not among them.

        If the new publisher is legitimate, add its fingerprint to the trusted list after checking \
        it out of band.
        """
      )
    case .publisherChanged:
      (
        "publisher key changed",
        """
        The lockfile pins the key that signed earlier versions of this package, and this version is \
        signed by another key. A changed publisher key is what a stolen account looks like, so it is \
        refused until accepted explicitly.

        Verify the new key with the publisher out of band, then run \
        cruftc lock --accept-publisher NAME=FINGERPRINT and review the lockfile diff.
        """
      )
    case .aiGenerationDenied:
      (
        "machine-generated code denied by policy",
        """
        The publisher declares that this release was machine-generated, and the project's AI \
        provenance policy is deny.

        Choose another package or version, or change the policy in cruft.json.
        """
      )
    case .aiReviewMissing:
      (
        "machine-generated code without a recorded review",
        """
        The publisher declares that this release was machine-generated and names no reviewer, and \
        the project's AI provenance policy requires a recorded review.

        Ask the publisher to record a review (cruftc publish --reviewed-by), or change the policy.
        """
      )
    case .tarballRejected:
      (
        "tarball refused",
        """
        The package tarball is not a safe npm archive: it is not gzip and ustar, it is truncated or \
        has trailing data, a header checksum is wrong, or an entry climbs out of the package (.., an \
        absolute path), is a symbolic or hard link, a device, a duplicate, or it expands beyond the \
        size, entry or compression-ratio limits (a decompression bomb).

        Do not use this artifact.
        """
      )
    case .keyFileInvalid:
      (
        "key file invalid",
        """
        A key file is one line: cruft-secret-key-v1 or cruft-public-key-v1, ed25519, the key in \
        canonical base64 and, for a public key, an optional name, ending in a newline. The file is \
        truncated, larger than 4 KiB, of the wrong kind, of the wrong length, not canonical, \
        inconsistent, or (for a secret key) readable by other users.

        Use the files cruftc key generate wrote; never edit them by hand.
        """
      )
    case .versionExists:
      (
        "version already published",
        """
        The registry already holds this name and version. Published versions are immutable: \
        replacing one would let a registry change code that consumers already pinned.

        Publish a new version.
        """
      )
    case .wrongRegistryKey:
      (
        "key is not the registry's key",
        """
        The secret key given to a registry command is not the key whose public half registry.json \
        records, so it cannot sign for this registry.

        Pass the registry's own key (the one cruftc registry init was given).
        """
      )
    }
  }
}

/// A provenance check that failed: a stable code, a message naming the package, the registry and the
/// expected and found fingerprints where they apply, and what to do.
public struct ProvenanceFailure: Error, Sendable, CustomStringConvertible {
  public var code: ProvenanceCode
  public var message: String
  public var hint: String
  /// `name@version` when the failure concerns a package.
  public var package: String?
  /// The registry directory when the failure concerns a registry.
  public var registry: String?
  public var expected: Fingerprint?
  public var found: Fingerprint?

  public init(
    _ code: ProvenanceCode, _ message: String, hint: String, package: String? = nil, registry: String? = nil,
    expected: Fingerprint? = nil, found: Fingerprint? = nil
  ) {
    self.code = code
    self.message = message
    self.hint = hint
    self.package = package
    self.registry = registry
    self.expected = expected
    self.found = found
  }

  public var description: String { "error[\(code.rawValue)]: \(message)" }

  /// The failure as a diagnostic about the package (or the registry) as a whole.
  public var diagnostic: Diagnostic {
    Diagnostic(
      code: code.rawValue, message: message, file: nil, range: 0..<0, help: hint, subject: package ?? registry
    )
  }
}
