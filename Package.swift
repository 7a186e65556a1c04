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
    .executableTarget(
      name: "Driver",
      dependencies: [
        "Frontend", "Diagnostics",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Replays a seed corpus in a normal build; with -DFUZZING it is a libFuzzer target.
    .executableTarget(name: "FuzzParser", dependencies: ["Frontend"], path: "Fuzz/Parser"),
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(name: "FrontendTests", dependencies: ["Frontend", "Diagnostics"]),
  ]
)
