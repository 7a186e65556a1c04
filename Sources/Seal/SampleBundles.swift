import Bytecode
import CZlib
import Diagnostics
import Provenance

/// The bundles the tests, the fuzz corpus, the mutation test and the benchmark are made from, defined
/// once so that the committed golden bundle (lit-tests/seal/Inputs/app.cruft) can be regenerated and
/// compared byte for byte. Deterministic: keys come from fixed seeds.
@_spi(Testing)
public enum SampleBundles {
  /// The builder key of every sample bundle, and a key nobody trusts.
  public static let builderKey = key(1)
  public static let otherKey = key(2)
  static let publisherKey = key(3)
  static let registryKey = key(4)

  /// The lockfile digest the samples are stamped with.
  public static let lockfileDigest = SHA512Digest(of: Array("the sample cruft.lock\n".utf8))

  /// Compiled code that verifies and runs: a module body that loads `text` as a string constant (so
  /// that sections differ and compress like code) and returns.
  /// `variant` is a number constant whose revisions differ in one low byte, so that two revisions
  /// compress to sections of equal size (the splicing tests need that).
  static func sampleCode(_ text: String, variant: Double = 0) -> [UInt8] {
    let body = BytecodeFunction(
      name: [], kind: .moduleBody, length: 0, parameterCount: 0, registerCount: 1, inlineCacheCount: 0,
      code: [
        UInt32(Opcode.loadConst.rawValue), 0, 0, UInt32(Opcode.loadUndefined.rawValue), 0,
        UInt32(Opcode.return.rawValue), 0,
      ])
    return BytecodeEncoding.encode(
      BytecodeModule(constants: [.string(Array(text.utf16)), .number(variant)], functions: [body]))
  }

  static func key(_ byte: UInt8) -> SecretKey {
    // A 32-byte seed always gives a key.
    SecretKey(seed: [UInt8](repeating: byte, count: 32))!
  }

  /// The greeter application: two packages (one from a registry), three modules, a bitcode section.
  /// `revision` changes one module's code, for a second bundle by the same builder (splicing tests).
  public static func application(revision: Int = 1, key: SecretKey = builderKey) throws(BundleError)
    -> [UInt8]
  {
    let sources: [(package: String, path: String, source: String, imports: [String], handles: [String])] = [
      (
        ".", "src/main.mjs",
        """
        import { format } from './format.js';
        import words from 'greeting-words';
        const lang = process.env.LANG ?? 'en';
        console.log(format(words.hello, lang, \(revision)));

        """,
        [".:src/format.js", "node_modules/greeting-words:index.js", "node:path"], ["env", "stdio"]
      ),
      (".", "src/format.js", "export function format(w, l, r) { return `${w} (${l}) #${r}`; }\n", [], []),
      ("node_modules/greeting-words", "index.js", "module.exports = { hello: 'Hello, world' };\n", [], []),
    ]
    var sections: [BundleSection] = []
    var modules: [BundleModule] = []
    for entry in sources {
      let code = BundleSection(
        name: "code/" + BundleModule.name(package: entry.package, path: entry.path), kind: .code,
        bytes: entry.path == "src/main.mjs"
          ? sampleCode(
            entry.source.replacingOccurrences(of: "\(revision)", with: "REVISION"),
            variant: Double(bitPattern: 0x4000_0000_0000_0000 | UInt64(revision)))
          : sampleCode(entry.source))
      sections.append(code)
      modules.append(
        BundleModule(
          package: entry.package, path: entry.path, sourceDigest: SHA512Digest(of: Array(entry.source.utf8)),
          codeSection: code.name, codeDigest: code.digest, imports: entry.imports, handles: entry.handles))
    }
    sections.append(
      BundleSection(
        name: "bitcode/.:src/format.js", kind: .bitcode, bytes: Array("BC\u{C0}\u{DE}sample".utf8)))
    let capabilities: JSONValue = .record([("env", .array([.string("LANG")])), ("stdio", .bool(true))])
    let packages = [
      BundlePackage(
        key: ".", name: "greeter", version: "1.0.0", integrity: SHA512Digest(of: Array("greeter files".utf8)),
        claims: capabilities, grants: capabilities, receives: capabilities),
      BundlePackage(
        key: "node_modules/greeting-words", name: "greeting-words", version: "1.0.0",
        integrity: SHA512Digest(of: Array("greeting-words files".utf8)), publisher: publisherKey.fingerprint,
        registry: registryKey.fingerprint),
    ]
    let manifest = BundleManifest(
      compilerVersion: "cruftc 0.1.0", application: BundleIdentity(name: "greeter", version: "1.0.0"),
      lockfileDigest: lockfileDigest, packages: packages, modules: modules, entry: ".:src/main.mjs")
    return try BundleWriter.write(manifest: manifest, sections: sections, key: key)
  }

  /// An application of `count` modules in packages of ten, each module a few kilobytes of code that
  /// compresses like real code (about four to one), importing the module before it.
  public static func application(modules count: Int, key: SecretKey = builderKey) throws(BundleError)
    -> [UInt8]
  {
    var random = SplitMix(seed: 42)
    let words = [
      "const", "let", "function", "return", "if", "else", "value", "index", "length", "result", "options",
      "callback", "this", "prototype", "push", "=", "(", ")", "{", "}", ";", ".", "+", "0", "1",
      "'use strict'",
      "module.exports", "require", "typeof", "undefined", "null", "true", "false", "for", "while", "new",
    ]
    var sections: [BundleSection] = []
    var modules: [BundleModule] = []
    var packages: [BundlePackage] = []
    for index in 0..<count {
      let package = "node_modules/pkg\(index / 10)"
      if index % 10 == 0 {
        packages.append(
          BundlePackage(
            key: package, name: "pkg\(index / 10)", version: "1.\(index / 10).0",
            integrity: SHA512Digest(of: Array(package.utf8))))
      }
      var source = ""
      let size = 2048 + Int(random.next() % 12_288)
      while source.utf8.count < size {
        source += words[Int(random.next() % UInt64(words.count))]
        source += random.next() % 9 == 0 ? "\n" : " "
        if random.next() % 7 == 0 { source += "id\(random.next() % 5000)" }
      }
      let name = BundleModule.name(package: package, path: "lib/m\(index).js")
      let code = BundleSection(name: "code/" + name, kind: .code, bytes: sampleCode(source))
      sections.append(code)
      let imports = index == 0 ? [] : [modules[index - 1].name]
      modules.append(
        BundleModule(
          package: package, path: "lib/m\(index).js", sourceDigest: SHA512Digest(of: code.bytes),
          codeSection: code.name, codeDigest: code.digest, imports: imports))
    }
    let manifest = BundleManifest(
      compilerVersion: "cruftc 0.1.0", application: BundleIdentity(name: "many", version: "1.0.0"),
      lockfileDigest: lockfileDigest, packages: packages, modules: modules, entry: modules.last?.name ?? "")
    return try BundleWriter.write(manifest: manifest, sections: sections, key: key)
  }

  /// A zip bomb, correctly signed by `key`: its one section declares `declaredSize` bytes, and its zlib
  /// stream inflates to `inflatedSize` bytes of zeros (rounded up to 16 MiB; about 1 MB of stream per
  /// GiB). Everything up to inflation checks out, so only the inflater's bound stands between it and
  /// the reader's memory.
  public static func bomb(
    declaredSize: Int = 1 << 20, inflatedSize: Int = 8 << 30, key: SecretKey = builderKey
  ) -> [UInt8] {
    let stream = zerosStream(pieces: (inflatedSize + zerosPiece - 1) / zerosPiece)
    let name = "code/.:bomb.js"
    let entry = BundleSectionEntry(
      name: name, kind: .code, size: declaredSize, digest: SHA512Digest(of: Array("never reached".utf8)),
      compressedSize: stream.count, compressedDigest: SHA512Digest(of: stream))
    let module = BundleModule(
      package: ".", path: "bomb.js", sourceDigest: SHA512Digest(of: []), codeSection: name,
      codeDigest: entry.digest)
    let manifest = BundleManifest(
      compilerVersion: "cruftc 0.1.0", application: BundleIdentity(name: "bomb", version: "1.0.0"),
      lockfileDigest: lockfileDigest,
      packages: [BundlePackage(key: ".", name: "bomb", version: "1.0.0", integrity: SHA512Digest(of: []))],
      modules: [module], entry: module.name, sections: [entry])
    return BundleWriter.assemble(manifest: manifest.canonicalBytes, sections: [(entry, stream)], key: key)
  }

  static let zerosPiece = 16 << 20

  /// A valid zlib stream of `pieces` times 16 MiB of zeros, built without ever holding them: one piece
  /// compressed with a full flush (which makes it independent of what precedes it), then repeated.
  static func zerosStream(pieces copies: Int) -> [UInt8] {
    let piece = zerosPiece
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { stream.deallocate() }
    _ = deflateInit2_(
      stream, 9, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    defer { deflateEnd(stream) }
    func run(_ input: [UInt8], flush: Int32) -> [UInt8] {
      var input = input
      var output = [UInt8](repeating: 0, count: input.count / 100 + 1024)
      let produced = input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
          stream.pointee.next_in = inputBuffer.baseAddress
          stream.pointee.avail_in = UInt32(inputBuffer.count)
          stream.pointee.next_out = outputBuffer.baseAddress
          stream.pointee.avail_out = UInt32(outputBuffer.count)
          _ = deflate(stream, flush)
          return outputBuffer.count - Int(stream.pointee.avail_out)
        }
      }
      return Array(output[..<produced])
    }
    let first = run([UInt8](repeating: 0, count: piece), flush: Z_FULL_FLUSH)
    // The first piece carries the 2-byte zlib header; the repeats are the same block without it.
    let header = Array(first.prefix(2))
    let block = Array(first.dropFirst(2))
    var out = header
    out.reserveCapacity(2 + block.count * copies + 16)
    for _ in 0..<copies { out += block }
    // The final empty block, then the Adler-32 of all the zeros, so that the stream is valid throughout.
    out += [0x03, 0x00]
    let pieceChecksum = [UInt8](repeating: 0, count: piece).withUnsafeBufferPointer {
      adler32(1, $0.baseAddress, UInt32(piece))
    }
    var checksum = UInt(1)
    for _ in 0..<copies { checksum = adler32_combine(checksum, pieceChecksum, off_t(piece)) }
    for shift in [24, 16, 8, 0] { out.append(UInt8(truncatingIfNeeded: checksum >> UInt(shift))) }
    return out
  }
}

/// A small deterministic generator (SplitMix64), so that sample bundles are the same everywhere.
struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
