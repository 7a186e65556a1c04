import Foundation
import Provenance
@_spi(Testing) import Seal
import XCTest

/// Zip bombs and oversized declarations cost the reader neither time nor memory.
final class RobustnessTests: XCTestCase {
  /// A signed section that declares 1 MiB and inflates to 8 GiB: refused after 1 MiB of output.
  func testZipBombIsRefusedQuickly() throws {
    let bomb = SampleBundles.bomb()
    XCTAssertLessThan(bomb.count, 16 << 20)
    let start = Date()
    let error = try XCTUnwrap(Fixture.refusal(bomb))
    let seconds = Date().timeIntervalSince(start)
    XCTAssertEqual(error.code, .sectionInflation)
    XCTAssertTrue(error.message.contains("inflates to more than its declared 1048576 bytes"), error.message)
    XCTAssertLessThan(seconds, 5)
    print(
      "zip bomb (\(bomb.count) bytes, inflates to 8 GiB): refused in \(String(format: "%.3f", seconds)) s")
  }

  /// A section declaring more than the per-section cap, or a ratio beyond deflate's honest range, is
  /// refused from its header alone.
  func testOversizedDeclarationsAreRefusedBeforeInflating() throws {
    let tooLarge = SampleBundles.bomb(declaredSize: 300 << 20, inflatedSize: 16 << 20)
    let large = try XCTUnwrap(Fixture.refusal(tooLarge))
    XCTAssertEqual(large.code, .limitExceeded)
    XCTAssertTrue(large.message.contains("the limit is 268435456"), large.message)
    let ratio = try XCTUnwrap(
      Fixture.refusal(SampleBundles.bomb(declaredSize: 250 << 20, inflatedSize: 256 << 20)))
    XCTAssertEqual(ratio.code, .limitExceeded)
    XCTAssertTrue(ratio.message.contains("ratio"), ratio.message)
  }

  func testInflaterStopsAtTheDeclaredSize() {
    let stream = SealInternals.deflate([UInt8](repeating: 1, count: 100_000))
    XCTAssertEqual(SealInternals.inflate(stream, size: 100_000, chunk: 7)?.count, 100_000)
    XCTAssertNil(SealInternals.inflate(stream, size: 99_999, chunk: 4096))
    XCTAssertNil(SealInternals.inflate(stream, size: 100_001))
    XCTAssertNil(SealInternals.inflate(stream + [0], size: 100_000))
    XCTAssertNil(SealInternals.inflate([], size: 0))
    XCTAssertNil(SealInternals.inflate(Array(stream.prefix(10)), size: 100_000))
    XCTAssertEqual(SealInternals.inflate(SealInternals.deflate([]), size: 0), [])
  }

  /// The same bomb through the real `cruftvm`, measuring the process's peak memory.
  func testZipBombPeakMemoryInCruftvm() throws {
    let cruftvm = Fixture.productsDirectory + "/cruftvm"
    guard FileManager.default.isExecutableFile(atPath: cruftvm) else {
      throw XCTSkip("cruftvm is not built next to the tests (\(cruftvm))")
    }
    guard MeasuredRun.isAvailable else { throw XCTSkip("GNU time (\(MeasuredRun.time)) is not installed") }
    let directory = NSTemporaryDirectory() + "seal-bomb-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let pub = directory + "/builder.pub"
    try Data(KeyFiles.publicKeyText(Fixture.builder.publicKey, name: nil).utf8).write(
      to: URL(fileURLWithPath: pub))
    try Data(SampleBundles.bomb()).write(to: URL(fileURLWithPath: directory + "/bomb.cruft"))
    try Data(Fixture.application).write(to: URL(fileURLWithPath: directory + "/app.cruft"))

    let baseline = try MeasuredRun.run(cruftvm, ["verify", directory + "/app.cruft", "--trust", pub])
    XCTAssertEqual(baseline.status, 0, baseline.standardError)
    let bomb = try MeasuredRun.run(cruftvm, ["verify", directory + "/bomb.cruft", "--trust", pub])
    XCTAssertEqual(bomb.status, BundleCode.sectionInflation.exitStatus, bomb.standardError)
    XCTAssertTrue(bomb.standardError.contains("error[E4302]"), bomb.standardError)
    // The 8 MB file, the 1 MiB declared section and the runtime: far below the 8 GiB it expands to.
    XCTAssertLessThan(bomb.maximumResidentKiB, 128 << 10)
    XCTAssertLessThan(bomb.seconds, 10)
    print(
      "cruftvm verify zip bomb: exit \(bomb.status) in \(String(format: "%.3f", bomb.seconds)) s, peak RSS "
        + "\(bomb.maximumResidentKiB) KiB (small bundle: \(baseline.maximumResidentKiB) KiB)")
  }
}
