// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "cruft",
  products: [
    .executable(name: "cruftc", targets: ["Driver"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Shared by every stage: source files, locations, diagnostics and their renderers.
    .target(name: "Diagnostics"),
    // Lexer, parser, AST, early errors and the regular-expression pattern validator.
    .target(name: "Frontend", dependencies: ["Diagnostics"]),
    // Module resolution, the closed module graph, the static-import gate, digests and the lockfile.
    .target(name: "GraphCheck", dependencies: ["Frontend", "Diagnostics", "CSodium"]),
    // libsodium: SHA-512 digests now, Ed25519 signatures with provenance and the bundle.
    .systemLibrary(name: "CSodium", path: "Sources/CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
    .executableTarget(
      name: "Driver",
      dependencies: [
        "Frontend", "GraphCheck", "Diagnostics",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Replays a seed corpus in a normal build; with -DFUZZING it is a libFuzzer target.
    .executableTarget(name: "FuzzParser", dependencies: ["Frontend"], path: "Fuzz/Parser"),
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(name: "FrontendTests", dependencies: ["Frontend", "Diagnostics"]),
    .testTarget(name: "GraphCheckTests", dependencies: ["GraphCheck", "Frontend"], resources: [.copy("Fixtures")]),
  ]
)
