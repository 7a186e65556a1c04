import Foundation
import FuzzSupport
import Provenance
@_spi(Testing) import Seal
import VM

// A libFuzzer target for the bundle reader and verifier. Built with -DFUZZING (scripts/fuzz-bundle.sh)
// it hands control to libFuzzer; in a normal build it replays the files or directories it is given,
// so CI runs the seed corpus through the reader on every build. `--write-fixtures DIR` writes the
// sample bundles, their keys and the seed corpus (DIR/seeds).
//
// Each input goes three ways: as a whole bundle (open, then every check with the sample builder
// trusted), as a manifest (the strict canonical decoder), and as a zlib stream (the bounded inflater,
// which in a real bundle only ever sees bytes a trusted builder signed, so a fuzzer could not reach it
// through the first way).

let trusted = [TrustedBuilder(fingerprint: SampleBundles.builderKey.fingerprint)]

func exercise(_ bytes: [UInt8]) {
  _ = try? BundleLoader.load(
    bytes: bytes, trusting: trusted, expectedLockfileDigest: SampleBundles.lockfileDigest)
  _ = try? BundleManifest(canonicalBytes: bytes)
  // The first two bytes pick a declared size up to 64 KiB; the rest is the stream.
  if bytes.count > 2 {
    let size = Int(bytes[0]) | Int(bytes[1]) << 8
    _ = SealInternals.inflate(Array(bytes.dropFirst(2)), size: size, chunk: 1 + size / 3)
  }
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("fuzz-bundle: \(message)\n".utf8))
  exit(2)
}

func write(_ bytes: [UInt8], to path: String) {
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
    fail("cannot write \(path)")
  }
}

/// The sample bundles, keys and seeds. Everything is deterministic, so app.cruft is byte for byte
/// the committed lit-tests/seal/Inputs/app.cruft.
func writeFixtures(to directory: String) {
  let seeds = directory + "/seeds"
  let keys = directory + "/keys"
  for path in [directory, seeds, keys] {
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      fail("cannot create \(path)")
    }
  }
  for (name, key) in [("builder", SampleBundles.builderKey), ("other", SampleBundles.otherKey)] {
    for ext in [".key", ".pub"] { try? FileManager.default.removeItem(atPath: "\(keys)/\(name)\(ext)") }
    do {
      try KeyFiles.writeKeyPair(key, basePath: "\(keys)/\(name)", name: name)
    } catch {
      fail(error.description)
    }
  }
  let application: [UInt8]
  let revised: [UInt8]
  let many: [UInt8]
  do {
    application = try SampleBundles.application()
    revised = try SampleBundles.application(revision: 2)
    many = try SampleBundles.application(modules: 1000)
  } catch {
    fail(error.description)
  }
  write(application, to: directory + "/app.cruft")
  write(revised, to: directory + "/app-v2.cruft")
  write(many, to: directory + "/modules-1000.cruft")
  write(SampleBundles.bomb(), to: directory + "/bomb.cruft")
  write(Array((SampleBundles.lockfileDigest.integrity + "\n").utf8), to: directory + "/lockfile-digest")

  // Seeds: the bundles whole and cut at each structural boundary, the manifest alone, and zlib
  // streams prefixed with their size, as `exercise` reads them.
  var corpus: [(String, [UInt8])] = [("app.cruft", application), ("app-v2.cruft", revised)]
  if let reader = try? BundleReader.open(bytes: application) {
    let manifest = reader.manifest.canonicalBytes
    corpus.append(("manifest.json", manifest))
    for cut in [
      8, 12, 16, 16 + manifest.count, 20 + manifest.count, application.count - 97, application.count - 1,
    ] {
      corpus.append(("app-cut-\(cut).cruft", Array(application.prefix(cut))))
    }
  }
  let small = SealInternals.deflate(Array("console.log('hello')".utf8))
  corpus.append(("zlib-small", [20, 0] + small))
  corpus.append(("zlib-zeros", [0, 1] + SealInternals.deflate([UInt8](repeating: 0, count: 256))))
  for (name, bytes) in corpus { write(bytes, to: seeds + "/" + name) }
  print("fuzz-bundle: wrote fixtures and \(corpus.count) seeds to \(directory)")
}

#if FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  // The sanitizer build writes its own seeds (scripts/fuzz-bundle.sh): no second build needed.
  if CommandLine.arguments.count == 3 && CommandLine.arguments[1] == "--write-fixtures" {
    writeFixtures(to: CommandLine.arguments[2])
    exit(0)
  }
  runLibFuzzer(fuzzOneInput)
#else
  let arguments = Array(CommandLine.arguments.dropFirst())
  if arguments.first == "--write-fixtures" {
    guard arguments.count == 2 else { fail("usage: FuzzBundle --write-fixtures DIR") }
    writeFixtures(to: arguments[1])
  } else {
    print(
      "fuzz-bundle: replayed \(replaySeedInputs(arguments, tool: "fuzz-bundle", exercise)) inputs without a crash"
    )
  }
#endif
