import CZlib
import Foundation
import XCTest

@testable import Provenance

/// One tar header and its data, with every field under the test's control (to build hostile archives).
struct RawEntry {
  var name: String
  var type: Character = "0"
  var data: [UInt8] = []
  var linkName = ""
  var prefix = ""
  var declaredSize: Int?
  var corruptChecksum = false

  func encoded() -> [UInt8] {
    var block = [UInt8](repeating: 0, count: 512)
    func put(_ text: String, _ offset: Int, _ width: Int) {
      for (index, byte) in Array(text.utf8).prefix(width).enumerated() { block[offset + index] = byte }
    }
    func octal(_ value: Int, _ width: Int) -> String {
      let digits = String(value, radix: 8)
      return String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
    }
    put(name, 0, 100)
    put(octal(0o644, 8), 100, 7)
    put(octal(0, 8), 108, 7)
    put(octal(0, 8), 116, 7)
    put(octal(declaredSize ?? data.count, 12), 124, 11)
    put(octal(0, 12), 136, 11)
    block[156] = type.asciiValue!
    put(linkName, 157, 100)
    put("ustar\u{0}00", 257, 8)
    put(prefix, 345, 155)
    put("        ", 148, 8)
    let sum = block.reduce(0) { $0 + Int($1) } + (corruptChecksum ? 1 : 0)
    put(octal(sum, 7), 148, 6)
    let padding = (512 - data.count % 512) % 512
    return block + data + [UInt8](repeating: 0, count: padding)
  }
}

func rawTar(_ entries: [RawEntry], end: [UInt8] = [UInt8](repeating: 0, count: 1024)) -> [UInt8] {
  entries.flatMap { $0.encoded() } + end
}

func gzip(_ bytes: [UInt8]) -> [UInt8] { Gzip.compress(bytes) }

func paxData(_ records: [(String, String)]) -> [UInt8] {
  records.flatMap { Tar.paxRecord(key: $0.0, value: Array($0.1.utf8)) }
}

/// The peak resident set size of this process, in bytes.
func peakMemory() -> Int {
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  return usage.ru_maxrss * 1024
}

/// A valid gzip member holding a tar archive of one file of zeros, `mebibytes` MiB in all (the last
/// KiB of zeros is the end-of-archive marker). Built from one compressed mebibyte repeated (a full
/// flush makes the blocks independent), so it costs milliseconds and about 1 KiB per MiB.
func decompressionBomb(mebibytes: Int) -> [UInt8] {
  let zeroCount = mebibytes << 20
  let header = RawEntry(name: "package/zeros.js", declaredSize: zeroCount - 1024).encoded().prefix(512)
  let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
  stream.initialize(to: z_stream())
  defer {
    deflateEnd(stream)
    stream.deallocate()
  }
  _ = deflateInit2_(
    stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
  func deflateSegment(_ input: [UInt8], flush: Int32) -> [UInt8] {
    var input = input
    var output = [UInt8](repeating: 0, count: input.count + 4096)
    let produced = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.pointee.next_in = inBuffer.baseAddress
        stream.pointee.avail_in = UInt32(inBuffer.count)
        stream.pointee.next_out = outBuffer.baseAddress
        stream.pointee.avail_out = UInt32(outBuffer.count)
        _ = deflate(stream, flush)
        return outBuffer.count - Int(stream.pointee.avail_out)
      }
    }
    return Array(output.prefix(produced))
  }
  let mebibyte = [UInt8](repeating: 0, count: 1 << 20)
  var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
  out += deflateSegment(Array(header), flush: Z_FULL_FLUSH)
  let zeros = deflateSegment(mebibyte, flush: Z_FULL_FLUSH)
  XCTAssertEqual(deflateSegment(mebibyte, flush: Z_FULL_FLUSH), zeros, "independent blocks repeat exactly")
  let repeats = zeroCount >> 20
  out.reserveCapacity(out.count + zeros.count * repeats + 64)
  for _ in 2..<repeats { out += zeros }
  out += deflateSegment(mebibyte, flush: Z_FULL_FLUSH)
  out += deflateSegment(mebibyte, flush: Z_FINISH)
  var crc = header.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
  let zeroCRC = mebibyte.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
  for _ in 0..<repeats { crc = crc32_combine(crc, zeroCRC, 1 << 20) }
  let size = UInt32(truncatingIfNeeded: 512 + zeroCount)
  for value in [UInt32(crc), size] { out += (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
  return out
}

final class TarballTests: XCTestCase {
  var directory = ""

  override func setUpWithError() throws {
    directory = try temporaryDirectory()
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: directory)
  }

  func makePackage(_ files: [String: String]) throws -> String {
    let root = directory + "/pkg-\(UUID().uuidString)"
    for (path, text) in files {
      let full = root + "/" + path
      try FileManager.default.createDirectory(
        atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: full, atomically: false, encoding: .utf8)
    }
    return root
  }

  func testPackIsDeterministicAndSkipsWhatNpmSkips() throws {
    let root = try makePackage([
      "package.json": #"{"name":"det","version":"1.0.0"}"#, "index.js": "module.exports = 1;\n",
      "lib/a.js": "a\n", "lib/.hidden.js": "nested dotfiles stay\n", ".env": "SECRET=1\n",
      ".npmignore": "x\n",
      "node_modules/dep/index.js": "no\n", ".git/config": "no\n", "lib/node_modules/x.js": "no\n",
      "lib/.npmrc": "//registry.npmjs.org/:_authToken=secret\n", "README.md": "# det\n",
    ])
    let first = try PackageTarball.pack(directory: root)
    // Different modification times, permissions and creation order must not matter.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1)], ofItemAtPath: root + "/index.js")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: root + "/lib/a.js")
    let second = try PackageTarball.pack(directory: root)
    XCTAssertEqual(first.tarball, second.tarball)
    XCTAssertEqual(first.integrity.integrity, second.integrity.integrity)
    XCTAssertEqual(
      first.paths, [".npmignore", "README.md", "index.js", "lib/.hidden.js", "lib/a.js", "package.json"])
    XCTAssertEqual(first.manifest, PackageManifest(name: "det", version: "1.0.0"))

    // The gzip header: no mtime, maximum compression, OS byte fixed.
    XCTAssertEqual(Array(first.tarball.prefix(10)), [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 2, 0xFF])
    var stream = Array(Data(first.tarball))
    let tar = try Gzip.inflate(stream, limits: TarballLimits())
    stream = []
    // Every header: sorted names under package/, mode 0644, owner 0, npm's fixed mtime.
    var names: [String] = []
    var offset = 0
    while offset < tar.count, tar[offset] != 0 {
      let header = Array(tar[offset..<(offset + 512)])
      names.append(String(decoding: header[0..<100].prefix { $0 != 0 }, as: UTF8.self))
      XCTAssertEqual(String(decoding: header[100..<107], as: UTF8.self), "0000644")
      XCTAssertEqual(String(decoding: header[108..<115], as: UTF8.self), "0000000")
      XCTAssertEqual(String(decoding: header[136..<147], as: UTF8.self), "0" + String(499_162_500, radix: 8))
      XCTAssertEqual(header[156], UInt8(ascii: "0"))
      let size = Int(String(decoding: header[124..<135], as: UTF8.self), radix: 8)!
      offset += 512 + (size + 511) / 512 * 512
    }
    XCTAssertEqual(names, first.paths.map { "package/" + $0 })
    XCTAssertEqual(try PackageTarball.read(first.tarball)["index.js"], Array("module.exports = 1;\n".utf8))
  }

  func testPackHonoursTheFilesList() throws {
    let root = try makePackage([
      "package.json":
        #"{"name":"@acme/files","version":"2.0.0","main":"main","files":["lib","!lib/test","bin/*.js"]}"#,
      "main.js": "main\n", "lib/a.js": "a\n", "lib/deep/b.js": "b\n", "lib/test/t.js": "t\n",
      "bin/cli.js": "c\n",
      "bin/cli.sh": "s\n", "src/x.js": "x\n", "README": "r\n", "LICENSE.txt": "l\n", "docs/README.md": "no\n",
    ])
    let packed = try PackageTarball.pack(directory: root)
    XCTAssertEqual(
      packed.paths,
      ["LICENSE.txt", "README", "bin/cli.js", "lib/a.js", "lib/deep/b.js", "main.js", "package.json"])
  }

  func testPackRefusesLinksAndBadManifests() throws {
    let root = try makePackage(["package.json": #"{"name":"l","version":"1.0.0"}"#, "a.js": "a\n"])
    try FileManager.default.createSymbolicLink(atPath: root + "/b.js", withDestinationPath: "/etc/passwd")
    XCTAssertThrowsError(try PackageTarball.pack(directory: root)) { error in
      XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
    }
    for manifest in [#"{"name":"Bad Name","version":"1.0.0"}"#, #"{"name":"ok","version":"1.0"}"#, "{", "[]"]
    {
      let other = try makePackage(["package.json": manifest])
      XCTAssertThrowsError(try PackageTarball.pack(directory: other), manifest)
    }
    XCTAssertThrowsError(try PackageTarball.pack(directory: try makePackage(["a.js": "a"])))
    XCTAssertThrowsError(try PackageTarball.pack(directory: directory + "/missing"))
  }

  func testReadsRealTarballs() throws {
    // npm pack: a ustar prefix split, PAX headers for a non-ASCII and an over-long name.
    let deep =
      "lib/" + String(repeating: "d", count: 60) + "/" + String(repeating: "e", count: 60) + "/"
      + String(repeating: "g", count: 90) + ".js"
    let long = "lib/" + String(repeating: "f", count: 120) + ".js"
    for (label, fixture) in [
      ("npm", TarballFixtures.npm), ("gnu", TarballFixtures.gnu), ("pax", TarballFixtures.pax),
    ] {
      let files = try PackageTarball.read(Base64.decode(fixture)!)
      XCTAssertEqual(
        Set(files.keys), ["index.js", "package.json", deep, long, "lib/\u{FC}n\u{EF}.txt"], label)
      XCTAssertEqual(files[deep], Array("module.exports = \"deep\";\n".utf8), label)
      XCTAssertEqual(files[long], Array("module.exports = \"long\";\n".utf8), label)
      XCTAssertEqual(files["lib/\u{FC}n\u{EF}.txt"], Array("caf\u{E9}\n".utf8), label)
    }
  }

  func testOwnWriterRoundTripsLongAndUnicodeNames() throws {
    let files: [String: [UInt8]] = [
      String(repeating: "a/", count: 80) + "x.js": [1], String(repeating: "n", count: 150) + ".js": [2],
      "dir/" + String(repeating: "m", count: 99): [], "\u{1F600}/\u{E9}.js": Array(repeating: 7, count: 513),
    ]
    XCTAssertEqual(try PackageTarball.read(PackageTarball.create(files)), files)
  }

  func expectRejection(
    _ bytes: [UInt8], limits: TarballLimits = TarballLimits(), _ check: (TarballError) -> Bool,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    do {
      let files = try PackageTarball.read(bytes, limits: limits)
      XCTFail("accepted: \(files.keys.sorted())", file: file, line: line)
    } catch {
      XCTAssertTrue(check(error), "wrong error: \(error)", file: file, line: line)
    }
  }

  func testExtractionAttacksAreRejected() {
    let ok = RawEntry(name: "package/package.json", data: Array("{}".utf8))
    func tgz(_ entries: [RawEntry]) -> [UInt8] { gzip(rawTar([ok] + entries)) }
    XCTAssertNoThrow(try PackageTarball.read(tgz([])))

    for name in ["package/../../etc/passwd", "../x.js", "package/a/../../../x", ".."] {
      expectRejection(tgz([RawEntry(name: name)])) {
        if case .pathTraversal(name) = $0 { true } else { false }
      }
    }
    for name in ["/etc/passwd", "/package/x.js", "C:/windows/x.js"] {
      expectRejection(tgz([RawEntry(name: name)])) {
        if case .absolutePath(name) = $0 { true } else { false }
      }
    }
    expectRejection(tgz([RawEntry(name: "package\\..\\x.js")])) {
      if case .invalidName = $0 { true } else { false }
    }
    expectRejection(tgz([RawEntry(name: "top.js")])) { if case .invalidName = $0 { true } else { false } }
    expectRejection(tgz([RawEntry(name: "package/link.js", type: "2", linkName: "/etc/passwd")])) {
      $0 == .link(name: "package/link.js", target: "/etc/passwd", hard: false)
    }
    expectRejection(tgz([RawEntry(name: "package/inside.js", type: "2", linkName: "index.js")])) {
      if case .link(_, _, false) = $0 { true } else { false }
    }
    expectRejection(tgz([RawEntry(name: "package/hard.js", type: "1", linkName: "package/package.json")])) {
      $0 == .link(name: "package/hard.js", target: "package/package.json", hard: true)
    }
    for (type, kind) in [("3", "character device"), ("4", "block device"), ("6", "FIFO")] {
      expectRejection(tgz([RawEntry(name: "package/dev", type: Character(type))])) {
        $0 == .specialFile(name: "package/dev", kind: kind)
      }
    }
    expectRejection(tgz([RawEntry(name: "package/s", type: "S")])) {
      if case .unsupportedEntry = $0 { true } else { false }
    }
    expectRejection(tgz([RawEntry(name: "package/package.json")])) {
      $0 == .duplicateEntry(path: "package.json")
    }
    expectRejection(tgz([RawEntry(name: "other//./package.json")])) {
      $0 == .duplicateEntry(path: "package.json")
    }
    expectRejection(tgz([RawEntry(name: "package/a"), RawEntry(name: "package/a/b.js")])) {
      $0 == .pathConflict(path: "a")
    }
    // Extended headers cannot smuggle what a plain header may not say.
    expectRejection(
      tgz([
        RawEntry(name: "PaxHeader", type: "x", data: paxData([("path", "package/../../x")])),
        RawEntry(name: "package/ok"),
      ])
    ) { if case .pathTraversal = $0 { true } else { false } }
    expectRejection(
      tgz([
        RawEntry(name: "././@LongLink", type: "L", data: Array("/abs/x\0".utf8)),
        RawEntry(name: "package/ok"),
      ])
    ) { if case .absolutePath("/abs/x") = $0 { true } else { false } }
    expectRejection(
      tgz([
        RawEntry(name: "PaxHeader", type: "x", data: paxData([("linkpath", "/etc")])),
        RawEntry(name: "package/l", type: "2", linkName: "x"),
      ])
    ) { if case .link = $0 { true } else { false } }
    expectRejection(
      tgz([
        RawEntry(name: "PaxHeader", type: "x", data: Array("99 path=x\n".utf8)), RawEntry(name: "package/ok"),
      ])
    ) {
      if case .malformedHeader = $0 { true } else { false }
    }
    expectRejection(tgz([RawEntry(name: "PaxHeader", type: "x", data: paxData([("path", "package/x")]))])) {
      if case .malformedHeader = $0 { true } else { false }
    }
  }

  func testSizeLimitsAreEnforced() {
    var limits = TarballLimits()
    limits.maximumFileSize = 1000
    limits.maximumTotalSize = 1500
    limits.maximumEntries = 3
    let big = RawEntry(name: "package/big.js", data: [UInt8](repeating: 65, count: 1001))
    expectRejection(gzip(rawTar([big])), limits: limits) {
      $0 == .fileTooLarge(path: "package/big.js", limit: 1000)
    }
    // A header may claim a size the data does not have.
    expectRejection(gzip(rawTar([RawEntry(name: "package/x", declaredSize: 1 << 40)])), limits: limits) {
      if case .fileTooLarge = $0 { true } else { false }
    }
    let half = [UInt8](repeating: 66, count: 800)
    expectRejection(
      gzip(rawTar([RawEntry(name: "package/a", data: half), RawEntry(name: "package/b", data: half)])),
      limits: limits
    ) {
      if case .tooLarge = $0 { true } else { false }
    }
    let many = (0..<4).map { RawEntry(name: "package/\($0).js") }
    expectRejection(gzip(rawTar(many)), limits: limits) { $0 == .tooManyEntries(limit: 3) }
  }

  func testDecompressionBombIsStoppedEarlyWithBoundedMemory() throws {
    let bomb = decompressionBomb(mebibytes: 2048)
    XCTAssertLessThan(bomb.count, 4 << 20, "2 GiB of zeros compress to a few MB")
    let before = peakMemory()
    let start = Date()
    expectRejection(bomb) { $0 == .compressionRatio(limit: 200) }
    XCTAssertLessThan(Date().timeIntervalSince(start), 2, "rejected after about 1 MiB of output")
    // Without the ratio cap, the size cap still stops it long before 2 GiB.
    var limits = TarballLimits()
    limits.maximumCompressionRatio = .max
    limits.maximumTotalSize = 16 << 20
    expectRejection(bomb, limits: limits) { $0 == .tooLarge(limit: 16 << 20) }
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    // The peak is the whole test process's, which earlier tests' allocator state shifts by tens of
    // megabytes; the point is that it stays an order of magnitude below the 2 GiB the bomb holds.
    XCTAssertLessThan(peakMemory() - before, 192 << 20, "memory stays near the cap, not near 2 GiB")
  }

  func testTheBombConstructionIsAValidArchive() throws {
    // Otherwise the test above could pass on a merely corrupt stream.
    var limits = TarballLimits()
    limits.maximumCompressionRatio = .max
    let files = try PackageTarball.read(decompressionBomb(mebibytes: 8), limits: limits)
    XCTAssertEqual(files["zeros.js"]?.count, (8 << 20) - 1024)
    XCTAssertEqual(files["zeros.js"]?.allSatisfy { $0 == 0 }, true)
  }

  func testCorruptionIsRejected() throws {
    let valid = PackageTarball.create([
      "package.json": Array("{}".utf8), "a.js": Array(repeating: 1, count: 3000),
    ])
    XCTAssertNoThrow(try PackageTarball.read(valid))
    // Truncated anywhere: never accepted.
    for length in stride(from: 0, to: valid.count, by: 7) {
      XCTAssertThrowsError(try PackageTarball.read(Array(valid.prefix(length))), "cut at \(length)")
    }
    expectRejection(Array(valid.dropLast())) { $0 == .truncated }
    expectRejection(Array("not a tarball".utf8)) { $0 == .notGzip }
    // The gzip CRC guards the data.
    var badCRC = valid
    badCRC[badCRC.count - 6] ^= 1
    expectRejection(badCRC) {
      if case .compression(let reason) = $0 { reason.contains("check") } else { false }
    }
    // Trailing data after the gzip member, other than zero padding.
    XCTAssertNoThrow(try PackageTarball.read(valid + [0, 0, 0, 0]))
    expectRejection(valid + [1]) { $0 == .trailingData }
    expectRejection(valid + valid) { $0 == .trailingData }
    // Inside the tar stream: garbage after the end marker, a bad header checksum, a missing end marker.
    let tar = rawTar([RawEntry(name: "package/package.json", data: Array("{}".utf8))])
    expectRejection(gzip(tar + Array("garbage".utf8) + [UInt8](repeating: 0, count: 505))) {
      $0 == .trailingData
    }
    expectRejection(gzip(rawTar([RawEntry(name: "package/package.json", corruptChecksum: true)]))) {
      $0 == .badHeaderChecksum(entry: 1)
    }
    expectRejection(gzip(rawTar([RawEntry(name: "package/package.json")], end: []))) { $0 == .truncated }
    expectRejection(gzip(Array(tar.prefix(700)))) { $0 == .truncated }
    var badSize = RawEntry(name: "package/x").encoded()
    badSize.replaceSubrange(124..<136, with: Array("00000000z00\0".utf8))
    let sum = badSize.enumerated().reduce(0) { $0 + ((148..<156).contains($1.offset) ? 32 : Int($1.element)) }
    badSize.replaceSubrange(148..<156, with: Array((String(sum, radix: 8).leftPadded(6) + "\0 ").utf8))
    expectRejection(gzip(badSize + [UInt8](repeating: 0, count: 1024))) {
      if case .malformedHeader = $0 { true } else { false }
    }
  }

  func testAFlippedByteNeverYieldsDifferentFiles() throws {
    // gzip's CRC-32 covers the inflated data, so a changed byte is either refused or harmless: a
    // header field zlib ignores (mtime, extra flags, OS byte), or a Huffman table entry for a symbol
    // that is never used. (In a registry the signed SRI refuses those too.)
    let valid = PackageTarball.create(["package.json": Array("{\"name\":\"x\"}".utf8), "i.js": [1, 2, 3]])
    let files = try PackageTarball.read(valid)
    var refused = 0
    for index in valid.indices {
      var changed = valid
      changed[index] ^= 0x20
      if let result = try? PackageTarball.read(changed) {
        XCTAssertEqual(result, files, "byte \(index) changed the files and was accepted")
      } else {
        refused += 1
      }
    }
    XCTAssertGreaterThan(refused, valid.count * 9 / 10)
  }
}
