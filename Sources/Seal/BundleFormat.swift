// The Provenance and Diagnostics types that appear in Seal's public API, re-exported so that the VM
// (which depends on Seal alone) sees exactly these and nothing else of the compiler's libraries.
@_exported import struct Diagnostics.DiagnosticDescriptor
@_exported import struct Diagnostics.JSONMember
@_exported import enum Diagnostics.JSONValue
@_exported import struct Provenance.Fingerprint
@_exported import struct Provenance.PublicKey
@_exported import struct Provenance.SHA512Digest
@_exported import class Provenance.SecretKey

/// The constants of the bundle file format (docs/bundle-format.md). Everything here is part of the
/// format: changing any of it means a new format version.
public enum BundleFormat {
  /// The first eight bytes of every bundle.
  public static let magic: [UInt8] = Array("CRUFTBN".utf8) + [0]
  /// The only format version this reader accepts and this writer produces.
  public static let version: UInt32 = 1
  /// The signature is over this context, a NUL byte, then SHA-512 of the manifest bytes, so that a
  /// bundle signature can never be replayed as any other kind of cruft signature, or the reverse.
  public static let signingContext = "cruft bundle manifest v1"
  /// The one signature algorithm: Ed25519, as libsodium implements it (strict, non-malleable).
  static let ed25519Algorithm: UInt8 = 1
  /// Algorithm byte, public key, signature.
  static let signatureBlockLength = 1 + 32 + 64
  /// The longest section name, in UTF-8 bytes (the length is a u16 on the wire).
  public static let maximumNameLength = 4096

  /// The exact message the builder signs.
  public static func signedMessage(manifest: [UInt8]) -> [UInt8] {
    Array(signingContext.utf8) + [0] + SHA512Digest(of: manifest).bytes
  }
}

/// What a section holds. The wire byte and the manifest word are both part of the format.
public enum SectionKind: String, Sendable, CaseIterable, Comparable {
  /// A module's compiled code (bytecode from issue 7 on).
  case code
  /// LLVM bitcode for hot numeric functions.
  case bitcode

  var wireValue: UInt8 {
    switch self {
    case .code: 1
    case .bitcode: 2
    }
  }

  init?(wireValue: UInt8) {
    switch wireValue {
    case 1: self = .code
    case 2: self = .bitcode
    default: return nil
    }
  }

  public static func < (lhs: SectionKind, rhs: SectionKind) -> Bool { lhs.wireValue < rhs.wireValue }
}

/// Bounds on everything a bundle declares. The reader checks each declared length and count against
/// these and against the bytes actually present before it allocates or inflates anything, so a hostile
/// file costs at most these amounts of memory and time. The writer refuses to produce a bundle that the
/// default limits would reject.
public struct BundleLimits: Sendable, Equatable {
  /// The whole file.
  public var maximumFileSize = 1 << 30
  /// The canonical manifest's bytes: about 20 000 modules. It is parsed before the signature is
  /// checked, so this bounds what an unsigned file can make the JSON parser hold.
  public var maximumManifestSize = 16 << 20
  public var maximumSectionCount = 1 << 18
  /// One section's inflated bytes.
  public var maximumSectionSize = 256 << 20
  /// All sections' inflated bytes together.
  public var maximumTotalSize = 1 << 30
  /// Declared inflated bytes per compressed byte. Code compresses 3 to 10 times; deflate's own
  /// ceiling is about 1032, which is what a zip bomb uses.
  public var maximumCompressionRatio = 200
  /// Sections smaller than this are exempt from the ratio cap: a few kilobytes of zeros are harmless
  /// and legitimately compress beyond any ratio.
  public var ratioGracePeriod = 1 << 20
  /// Inflation proceeds at most this many output bytes at a time.
  public var inflateChunkSize = 1 << 20

  public init() {}

  /// Whether `size` inflated bytes from `compressed` compressed bytes is within the ratio cap.
  func allowsRatio(size: Int, compressed: Int) -> Bool {
    size <= ratioGracePeriod || size / max(compressed, 1) <= maximumCompressionRatio
  }
}
