import Foundation
import Provenance
@_spi(Testing) import Seal
import XCTest

/// Shared sample bundles and the helpers that take them apart and put them back together.
enum Fixture {
  static let builder = SampleBundles.builderKey
  static let trusted: Set<Fingerprint> = [SampleBundles.builderKey.fingerprint]

  /// The sample application; `SampleBundles` never fails for it.
  static let application: [UInt8] = (try? SampleBundles.application()) ?? []

  /// The repository root, from this file's path (Tests/SealTests/Fixtures.swift).
  static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The directory the test bundle and the package's executables are built into.
  static let productsDirectory: String = {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
    var url = URL(fileURLWithPath: executable).deletingLastPathComponent()
    // The test runner is DIR/cruftPackageTests.xctest, a plain executable on Linux.
    if url.lastPathComponent.hasSuffix(".xctest") { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The first check that refuses `bytes`, or nil if every check passes.
  static func refusal(
    _ bytes: [UInt8], limits: BundleLimits = BundleLimits(), trusting: Set<Fingerprint> = trusted,
    lockfile: SHA512Digest? = SampleBundles.lockfileDigest
  ) -> BundleError? {
    do {
      _ = try BundleReader.open(bytes: bytes, limits: limits).verify(
        trusting: trusting, expectedLockfileDigest: lockfile)
      return nil
    } catch {
      return error
    }
  }

  /// Where the parts of a well-formed bundle lie.
  struct Layout {
    var manifest: Range<Int>
    /// Per section: where its header starts, and its compressed bytes.
    var sections: [(header: Int, data: Range<Int>)]
    var signatureBlock: Range<Int>
  }

  static func layout(_ bytes: [UInt8]) -> Layout {
    func u32(_ at: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
    let manifestLength = u32(12)
    var offset = 16 + manifestLength
    let count = u32(offset)
    offset += 4
    var sections: [(Int, Range<Int>)] = []
    for _ in 0..<count {
      let header = offset
      let nameLength = Int(bytes[offset + 1]) | Int(bytes[offset + 2]) << 8
      offset += 3 + nameLength
      let compressed = u32(offset)
      offset += 8
      sections.append((header, offset..<(offset + compressed)))
      offset += compressed
    }
    return Layout(
      manifest: 16..<(16 + manifestLength), sections: sections, signatureBlock: offset..<bytes.count)
  }

  /// The sample application's parts, for assembling variants: its manifest and compressed sections.
  static func parts() throws -> (
    manifest: BundleManifest, sections: [(entry: BundleSectionEntry, compressed: [UInt8])]
  ) {
    let reader = try BundleReader.open(bytes: application)
    let layout = layout(application)
    let sections = zip(reader.manifest.sections, layout.sections).map { ($0, Array(application[$1.data])) }
    return (reader.manifest, sections)
  }

  /// A bundle laid out from `manifest` (encoded as is, not sorted) and `sections`, signed by `key`.
  static func assemble(
    _ manifest: BundleManifest, _ sections: [(entry: BundleSectionEntry, compressed: [UInt8])],
    key: SecretKey = builder, version: UInt32 = BundleFormat.version
  ) -> [UInt8] {
    BundleWriter.assemble(manifest: manifest.canonicalBytes, sections: sections, key: key, version: version)
  }

  /// A section entry describing `bytes` exactly as the writer would.
  static func entry(_ name: String, kind: SectionKind = .code, bytes: [UInt8]) -> (
    BundleSectionEntry, [UInt8]
  ) {
    let compressed = SealInternals.deflate(bytes)
    return (
      BundleSectionEntry(
        name: name, kind: kind, size: bytes.count, digest: SHA512Digest(of: bytes),
        compressedSize: compressed.count,
        compressedDigest: SHA512Digest(of: compressed)),
      compressed
    )
  }

  /// A small consistent manifest with one module per section name given.
  static func manifest(modules names: [String]) -> (BundleManifest, [BundleSection]) {
    var sections: [BundleSection] = []
    var modules: [BundleModule] = []
    for name in names {
      let section = BundleSection(name: "code/" + name, kind: .code, bytes: Array("code of \(name)".utf8))
      sections.append(section)
      modules.append(
        BundleModule(
          package: ".", path: name, sourceDigest: SHA512Digest(of: Array(name.utf8)),
          codeSection: section.name,
          codeDigest: section.digest))
    }
    let manifest = BundleManifest(
      compilerVersion: "test", application: BundleIdentity(name: "t", version: "1.0.0"),
      lockfileDigest: SampleBundles.lockfileDigest,
      packages: [BundlePackage(key: ".", name: "t", version: "1.0.0", integrity: SHA512Digest(of: []))],
      modules: modules, entry: modules.first?.name ?? "")
    return (manifest, sections)
  }
}

/// Runs an executable under GNU time, which reports the child's own peak memory. (wait4 on a child
/// started with posix_spawn would not do: Linux carries the parent's high-water mark across the
/// vfork and exec, so every child would seem as large as the test process.)
struct MeasuredRun {
  static let time = "/usr/bin/time"
  var status: Int32
  var maximumResidentKiB: Int
  var seconds: Double
  var standardError: String

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: time) }

  static func run(_ path: String, _ arguments: [String]) throws -> MeasuredRun {
    let report = NSTemporaryDirectory() + "seal-time-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    defer { unlink(report) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: time)
    process.arguments = ["-f", "%M %e", "-o", report, path] + arguments
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let error = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // GNU time prefixes "Command exited with non-zero status N" to its report; the last line is ours.
    let fields =
      ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "")
      .split(separator: "\n").last?.split(separator: " ") ?? []
    return MeasuredRun(
      status: process.terminationStatus, maximumResidentKiB: fields.first.flatMap { Int($0) } ?? -1,
      seconds: fields.dropFirst().first.flatMap { Double($0) } ?? -1, standardError: error)
  }
}
