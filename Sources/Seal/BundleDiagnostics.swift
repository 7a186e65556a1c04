import Diagnostics

/// The bundle's error codes (E4xxx), one per way a bundle can be refused. Codes and exit statuses are
/// stable: a code is never reused for another meaning. E40xx are structure, E41xx the signature and
/// trust, E42xx the lockfile stamp, E43xx the digests; E44xx is reserved for the bytecode verifier.
public enum BundleCode: String, DiagnosticCodeSet {
  case notABundle = "E4001"
  case unsupportedVersion = "E4002"
  case truncated = "E4003"
  case trailingBytes = "E4004"
  case limitExceeded = "E4005"
  case malformedManifest = "E4006"
  case malformedSectionHeader = "E4007"
  case duplicateSection = "E4008"
  case missingSection = "E4009"
  case unlistedSection = "E4010"
  case sectionMismatch = "E4011"
  case malformedSignatureBlock = "E4012"
  case unreadableBundle = "E4013"
  case noTrustedBuilders = "E4101"
  case untrustedBuilder = "E4102"
  case invalidSignature = "E4103"
  case invalidTrustEntry = "E4104"
  case lockfileMismatch = "E4201"
  case compressedDigestMismatch = "E4301"
  case sectionInflation = "E4302"
  case sectionDigestMismatch = "E4303"
  case invalidBytecode = "E4401"

  /// The exit status of `cruftvm` for this failure (docs/bundle-format.md lists them). 0 is success,
  /// 2 a usage error; 60 to 69 are reserved for the bytecode verifier.
  public var exitStatus: Int32 {
    switch self {
    case .unreadableBundle: 3
    case .notABundle: 10
    case .unsupportedVersion: 11
    case .truncated: 12
    case .trailingBytes: 13
    case .limitExceeded: 14
    case .malformedManifest: 15
    case .malformedSectionHeader: 16
    case .duplicateSection: 17
    case .missingSection: 18
    case .unlistedSection: 19
    case .sectionMismatch: 20
    case .malformedSignatureBlock: 21
    case .noTrustedBuilders: 30
    case .untrustedBuilder: 31
    case .invalidSignature: 32
    case .invalidTrustEntry: 33
    case .lockfileMismatch: 40
    case .compressedDigestMismatch: 50
    case .sectionInflation: 51
    case .sectionDigestMismatch: 52
    case .invalidBytecode: 60
    }
  }

  public var title: String { BundleCode.catalog(self).title }
  public var explanation: String { BundleCode.catalog(self).explanation }

  static let rebuild = "Rebuild the bundle with cruftc build and copy it again."

  static func catalog(_ code: BundleCode) -> (title: String, explanation: String) {
    switch code {
    case .invalidBytecode:
      (
        "compiled code the verifier refuses",
        """
        A code section passed its digest check but is not code the VM can run safely: an unknown \
        instruction, a register, constant, function, import or handle out of range, a jump into the \
        middle of an instruction, or code that can run off its end. The message names the section, \
        the function and the word. A correct cruftc never writes such code; the builder that signed \
        the bundle produced it.

        Rebuild the bundle with a released cruftc, and report the bundle if it came from one.
        """
      )
    case .notABundle:
      (
        "not a cruft bundle",
        """
        The file does not start with the eight bytes CRUFTBN and a NUL that begin every cruft bundle. \
        It is some other file, or the start of a bundle was overwritten.

        Pass the NAME.cruft file that cruftc build wrote.
        """
      )
    case .unsupportedVersion:
      (
        "unsupported bundle format version",
        """
        The bundle declares a format version this cruftvm does not know, in its header or in its \
        manifest. A reader never guesses at a layout it was not written for.

        Use a cruftvm from the same release as the cruftc that built the bundle, or rebuild it.
        """
      )
    case .truncated:
      (
        "truncated bundle",
        """
        A length or count in the bundle runs past the end of the file: the file was cut short, for \
        example by an interrupted copy or download.

        \(rebuild)
        """
      )
    case .trailingBytes:
      (
        "bytes after the end of the bundle",
        """
        The bundle's signature block is followed by more bytes. Nothing may follow it: appended data \
        is a classic way to smuggle an unsigned payload past a verifier that stops early.

        \(rebuild)
        """
      )
    case .limitExceeded:
      (
        "bundle exceeds a size limit",
        """
        A size or count the bundle declares is beyond the reader's limits (file size, manifest size, \
        section count, a section's size, the total size, or the ratio between a section's inflated \
        and compressed sizes). The limits are checked before anything is allocated or inflated, so \
        that a hostile file such as a zip bomb costs nothing.

        Real applications are far below the limits; a bundle that is not was built to attack its reader.
        """
      )
    case .malformedManifest:
      (
        "malformed bundle manifest",
        """
        The manifest is not canonical JSON, has a missing, mistyped or unknown field, is not sorted, \
        or is inconsistent (a module of an unknown package, an import of an unknown module, a code \
        digest that differs from its section's). The manifest is what the builder signs; it has \
        exactly one byte form.

        \(rebuild)
        """
      )
    case .malformedSectionHeader:
      (
        "malformed section header",
        """
        A section header has an unknown kind or a name that is empty, too long, not UTF-8, or holds \
        control characters.

        \(rebuild)
        """
      )
    case .duplicateSection:
      (
        "duplicate section",
        """
        Two sections have the same name. Each section appears exactly once, so that there is never a \
        question of which copy was verified and which one runs.

        \(rebuild)
        """
      )
    case .missingSection:
      (
        "section listed in the manifest is missing",
        """
        The manifest lists a section that the file does not contain.

        \(rebuild)
        """
      )
    case .unlistedSection:
      (
        "section not listed in the manifest",
        """
        The file contains a section that the manifest does not list. The signature covers only what \
        the manifest lists, so an unlisted section is unsigned code.

        \(rebuild)
        """
      )
    case .sectionMismatch:
      (
        "section header differs from the manifest",
        """
        A section's kind, sizes or position in the file differ from its entry in the manifest. \
        Sections appear in the manifest's order, with exactly the kind and sizes it records.

        \(rebuild)
        """
      )
    case .malformedSignatureBlock:
      (
        "malformed signature block",
        """
        The signature block at the end of the bundle has the wrong length or an unknown algorithm. \
        The only algorithm is Ed25519 (byte 1), followed by the 32-byte builder key and the \
        64-byte signature.

        \(rebuild)
        """
      )
    case .unreadableBundle:
      (
        "bundle file cannot be read",
        """
        The bundle file does not exist, is not a regular file, or cannot be read.

        Check the path and its permissions.
        """
      )
    case .noTrustedBuilders:
      (
        "no trusted builder keys",
        """
        A bundle runs only if it is signed by a builder you trust, and no builder key is trusted: \
        neither --trust was given nor does the trust file list any key.

        Pass --trust BUILDER.pub, or list the builder's public key file or fingerprint in \
        $XDG_CONFIG_HOME/cruft/trusted-builders (default ~/.config/cruft/trusted-builders).
        """
      )
    case .untrustedBuilder:
      (
        "bundle signed by an untrusted builder",
        """
        The bundle is signed by a key that is not among the trusted builder keys. Anyone can build \
        and sign a bundle; only a signature by a key you trust says that the bytes are what your \
        builder produced from the sources your lockfile pins.

        If the builder is legitimate, verify its fingerprint out of band, then trust its public key.
        """
      )
    case .invalidSignature:
      (
        "bundle signature does not verify",
        """
        The bundle names a trusted builder key, but the signature does not verify over the \
        manifest: the manifest was changed after it was signed, or the signature was forged.

        Do not run this bundle. Rebuild it from trusted sources.
        """
      )
    case .invalidTrustEntry:
      (
        "invalid trusted builder entry",
        """
        A --trust argument or a line of the trust file is neither a readable cruft public key file \
        nor a fingerprint (ed25519: and 32 base32 characters).

        Fix the entry; public key files are the NAME.pub files that cruftc key generate writes.
        """
      )
    case .lockfileMismatch:
      (
        "bundle built from a different lockfile",
        """
        The bundle is stamped with the digest of the cruft.lock it was built from, and that is not \
        the digest you expected. The bundle holds code from another set of pinned packages.

        Rebuild the bundle from the lockfile you reviewed, or check which lockfile digest you passed.
        """
      )
    case .compressedDigestMismatch:
      (
        "compressed section does not match its digest",
        """
        The compressed bytes of a section differ from the digest the signed manifest records: the \
        section was changed after the bundle was signed.

        Do not run this bundle. Rebuild it from trusted sources.
        """
      )
    case .sectionInflation:
      (
        "section does not inflate to its declared size",
        """
        A section's zlib data is corrupt, has bytes after its end, or inflates to more or fewer \
        bytes than the manifest declares. Inflation stops at the declared size, so a section that \
        would inflate to gigabytes (a zip bomb) is refused after at most its declared size. The \
        compressed bytes matched the signed manifest, so the builder itself signed this section: \
        its key, or the machine it runs on, is broken or compromised.

        Do not run this bundle, and find out why the builder produced it.
        """
      )
    case .sectionDigestMismatch:
      (
        "section does not match its digest",
        """
        The inflated bytes of a section differ from the SHA-512 digest the signed manifest records. \
        These are the bytes the VM would execute; they are not the bytes the compiler produced. The \
        compressed bytes matched the signed manifest, so the builder itself signed this section.

        Do not run this bundle, and find out why the builder produced it.
        """
      )
    }
  }
}

/// Why a bundle was refused: a stable code, a message that names what failed (which section, which
/// digest, which key fingerprint), and what to do. Never contains secret material: the reader never
/// holds any, and untrusted text in messages goes through `Display.quoted`.
public struct BundleError: Error, Sendable, Equatable, CustomStringConvertible {
  public var code: BundleCode
  public var message: String
  public var help: String

  public init(_ code: BundleCode, _ message: String, help: String? = nil) {
    self.code = code
    self.message = message
    self.help = help ?? BundleError.defaultHelp(code)
  }

  public var exitStatus: Int32 { code.exitStatus }

  public var description: String { "error[\(code.rawValue)]: \(message)" }

  /// The error as a diagnostic about `subject` (the bundle's path), for the shared renderers.
  public func diagnostic(subject: String?) -> Diagnostic {
    Diagnostic(code: code.rawValue, message: message, file: nil, range: 0..<0, help: help, subject: subject)
  }

  static func defaultHelp(_ code: BundleCode) -> String {
    switch code {
    case .notABundle: "pass the NAME.cruft file that cruftc build wrote"
    case .unsupportedVersion: "use a cruftvm from the release of the cruftc that built the bundle"
    case .unreadableBundle: "check the path and its permissions"
    case .noTrustedBuilders:
      "pass --trust BUILDER.pub, or list the key in $XDG_CONFIG_HOME/cruft/trusted-builders"
    case .untrustedBuilder:
      "if the builder is legitimate, verify its fingerprint out of band, then pass --trust with its public key"
    case .invalidTrustEntry: "give a cruft public key file (NAME.pub) or a fingerprint (ed25519:...)"
    case .lockfileMismatch: "rebuild the bundle from the lockfile you reviewed"
    case .limitExceeded: "do not run this bundle; no real application comes near the limits"
    case .invalidSignature, .compressedDigestMismatch:
      "do not run this bundle; it was changed after it was signed"
    case .sectionInflation, .sectionDigestMismatch:
      "do not run this bundle; its builder signed a section that contradicts the manifest"
    default: "the bundle is damaged; rebuild it with cruftc build"
    }
  }
}
