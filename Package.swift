// swift-tools-version:6.0
import PackageDescription

/// The static LLVM-19 libraries libCruftJIT.so needs, in link order.
let llvmStaticLibraries = [
  "-lLLVMX86TargetMCA",
  "-lLLVMMCA",
  "-lLLVMX86Disassembler",
  "-lLLVMX86AsmParser",
  "-lLLVMX86CodeGen",
  "-lLLVMX86Desc",
  "-lLLVMX86Info",
  "-lLLVMMCDisassembler",
  "-lLLVMGlobalISel",
  "-lLLVMSelectionDAG",
  "-lLLVMAsmPrinter",
  "-lLLVMOrcJIT",
  "-lLLVMPasses",
  "-lLLVMIRPrinter",
  "-lLLVMHipStdPar",
  "-lLLVMCoroutines",
  "-lLLVMipo",
  "-lLLVMInstrumentation",
  "-lLLVMVectorize",
  "-lLLVMLinker",
  "-lLLVMFrontendOpenMP",
  "-lLLVMFrontendOffloading",
  "-lLLVMCodeGen",
  "-lLLVMScalarOpts",
  "-lLLVMInstCombine",
  "-lLLVMObjCARCOpts",
  "-lLLVMCodeGenTypes",
  "-lLLVMBitWriter",
  "-lLLVMCFGuard",
  "-lLLVMAggressiveInstCombine",
  "-lLLVMTransformUtils",
  "-lLLVMWindowsDriver",
  "-lLLVMJITLink",
  "-lLLVMOption",
  "-lLLVMExecutionEngine",
  "-lLLVMTarget",
  "-lLLVMAnalysis",
  "-lLLVMProfileData",
  "-lLLVMSymbolize",
  "-lLLVMDebugInfoBTF",
  "-lLLVMDebugInfoPDB",
  "-lLLVMDebugInfoMSF",
  "-lLLVMDebugInfoDWARF",
  "-lLLVMRuntimeDyld",
  "-lLLVMOrcTargetProcess",
  "-lLLVMOrcShared",
  "-lLLVMObject",
  "-lLLVMTextAPI",
  "-lLLVMMCParser",
  "-lLLVMIRReader",
  "-lLLVMAsmParser",
  "-lLLVMBitReader",
  "-lLLVMMC",
  "-lLLVMDebugInfoCodeView",
  "-lLLVMCore",
  "-lLLVMRemarks",
  "-lLLVMBitstreamReader",
  "-lLLVMBinaryFormat",
  "-lLLVMTargetParser",
  "-lLLVMSupport",
  "-lLLVMDemangle",
]

let package = Package(
  name: "cruft",
  products: [
    .executable(name: "cruftc", targets: ["Driver"]),
    .executable(name: "cruftvm", targets: ["CruftVM"]),
    .executable(name: "test262-runner", targets: ["Test262Runner"]),
    // The VM's JIT: LLVM is linked here only, and cruftvm loads it (dlopen) only for a bundle with bitcode.
    .library(name: "CruftJIT", type: .dynamic, targets: ["JIT"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Shared by every stage: source files, locations, diagnostics and their renderers.
    .target(name: "Diagnostics"),
    // Lexer, parser, AST, early errors and the regular-expression pattern validator.
    .target(name: "Frontend", dependencies: ["Diagnostics"]),
    // Digests, Ed25519 keys and signatures, package tarballs, publisher statements and registries.
    .target(name: "Provenance", dependencies: ["Diagnostics", "CSodium", "CZlib"]),
    // Module resolution, the closed module graph, the static-import gate and the lockfile.
    // Node's pure builtin modules, written in JavaScript, ship with it (NodeLibrary/) and join the graph.
    .target(
      name: "GraphCheck", dependencies: ["Frontend", "Diagnostics", "Provenance"],
      resources: [.copy("NodeLibrary")]),
    // Every reference to ambient authority becomes an explicit handle; claims, grants and uses.
    .target(name: "CapLowering", dependencies: ["Frontend", "GraphCheck", "Diagnostics"]),
    .systemLibrary(
      name: "CSodium", path: "Sources/CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
    .systemLibrary(
      name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // The LLVM-19 C API's headers (include/ links to the system headers; see docs/jit.md). Each user
    // chooses how to link LLVM.
    .target(name: "CLLVM"),
    // The rules a bitcode module must pass to become native code: checked by the JIT library before it
    // compiles, and by the compiler on its own optimised output.
    .target(name: "BitcodeRules", dependencies: ["CLLVM"]),
    // Selects provably numeric functions and lowers them to optimised LLVM bitcode (libLLVM-19.so).
    .target(
      name: "HotPaths", dependencies: ["Frontend", "Diagnostics", "CLLVM", "BitcodeRules"],
      linkerSettings: [.linkedLibrary("LLVM-19")]),
    // The JIT library cruftvm loads on demand: checks a bitcode module, then compiles it with ORC LLJIT.
    // It links the LLVM components it needs statically, with their symbols kept inside it: loading it
    // then costs no dynamic linking of all of libLLVM (about 20 ms and 35 MB less per run with native
    // code). The list is `llvm-config-19 --link-static --libs orcjit native bitreader`.
    .target(
      name: "JIT", dependencies: ["CLLVM", "BitcodeRules"],
      linkerSettings: [
        .unsafeFlags(
          ["-L/usr/lib/llvm-19/lib", "-Xlinker", "--start-group"] + llvmStaticLibraries + [
            "-Xlinker", "--end-group", "-Xlinker", "--exclude-libs", "-Xlinker", "ALL",
          ]),
        .linkedLibrary("z"), .linkedLibrary("zstd"), .linkedLibrary("tinfo"), .linkedLibrary("stdc++"),
      ]),
    // What the VM needs to call native code without LLVM: call trampolines and the stack-overflow exit.
    .target(name: "CJITRuntime"),
    .executableTarget(
      name: "Driver",
      dependencies: [
        "Frontend", "GraphCheck", "CapLowering", "Provenance", "Seal", "Diagnostics", "Backend", "Bytecode",
        "HotPaths", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The sealed bundle's file format: its one definition, written by the compiler and read by the VM.
    .target(name: "Seal", dependencies: ["Diagnostics", "Provenance", "CZlib", "Bytecode"]),
    // The instruction set and the byte form of compiled code: written by Backend, read by the VM.
    .target(name: "Bytecode"),
    // Compiles a checked, lowered module graph to bytecode and writes the sealed bundle.
    .target(
      name: "Backend",
      dependencies: [
        "Frontend", "GraphCheck", "CapLowering", "Bytecode", "Seal", "Diagnostics", "Provenance", "HotPaths",
      ]),
    // The VM. It must never link Frontend, GraphCheck or CapLowering (SealTests checks).
    // Exclusivity checks are off: the interpreter's objects are classes whose stored properties the
    // dispatch loop mutates, and a dynamic check per access was measured at most of its instructions.
    .target(
      name: "VM", dependencies: ["Seal", "Bytecode", "CSodium", "CJITRuntime"],
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
    .executableTarget(
      name: "CruftVM",
      dependencies: ["VM", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // Runs test262's built-ins tests through the compiler and the VM, in process (docs/conformance.md).
    // It links the parser as cruftc does; the VM target itself still does not.
    .executableTarget(
      name: "Test262Runner",
      dependencies: [
        "Frontend", "GraphCheck", "CapLowering", "Backend", "Bytecode", "Seal", "Provenance", "Diagnostics",
        "VM",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Tools/Test262"),
    // Replays a seed corpus in a normal build; with -DFUZZING it is a libFuzzer target.
    .executableTarget(
      name: "FuzzBundle", dependencies: ["Seal", "VM", "Provenance", "FuzzSupport"], path: "Fuzz/Bundle"),
    // Replays a seed corpus in a normal build; with -DFUZZING it is a libFuzzer target.
    .executableTarget(name: "FuzzParser", dependencies: ["Frontend", "FuzzSupport"], path: "Fuzz/Parser"),
    // Replays a seed corpus in a normal build; with -DFUZZING it is a libFuzzer target for the bytecode
    // decoder and verifier that also runs every module the verifier accepts.
    .executableTarget(
      name: "FuzzBytecode", dependencies: ["VM", "Bytecode", "FuzzSupport"], path: "Fuzz/Bytecode",
      exclude: ["Seeds"]),
    // The libFuzzer driver and the seed replay both fuzz targets share.
    .target(name: "FuzzSupport", path: "Fuzz/Support"),
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(name: "FrontendTests", dependencies: ["Frontend", "Diagnostics"]),
    .testTarget(
      name: "GraphCheckTests", dependencies: ["GraphCheck", "Frontend", "Provenance"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "ProvenanceTests", dependencies: ["Provenance"]),
    .testTarget(name: "CapLoweringTests", dependencies: ["CapLowering", "GraphCheck", "Frontend"]),
    .testTarget(name: "SealTests", dependencies: ["Seal", "VM", "Provenance"]),
    .testTarget(
      name: "BackendTests", dependencies: ["Backend", "Bytecode", "Frontend", "GraphCheck", "CapLowering"]),
    .testTarget(name: "VMTests", dependencies: ["VM", "Bytecode"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "HotPathsTests", dependencies: ["HotPaths", "Frontend", "CLLVM"],
      linkerSettings: [.linkedLibrary("LLVM-19")]),
  ]
)
