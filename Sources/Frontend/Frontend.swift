import Diagnostics
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The Frontend's entry point: source bytes in, an AST or the first syntax error out.
public enum Frontend {
  /// The stack the parser runs on. Recursion is bounded by `Parser.maximumDepth`; this leaves
  /// ample room for it whatever thread the caller is on (test runners use small stacks).
  static let parserStackSize = 256 << 20

  public static func parse(_ file: SourceFile, goal: SourceGoal) -> Result<AST, SyntaxError> {
    if onLargeStack { return parseOnCurrentThread(file, goal: goal) }
    var result: Result<AST, SyntaxError>? = nil
    runWithLargeStack {
      result = parseOnCurrentThread(file, goal: goal)
    }
    return result!
  }

  static func parseOnCurrentThread(_ file: SourceFile, goal: SourceGoal) -> Result<AST, SyntaxError> {
    file.bytes.withUnsafeBufferPointer { buffer in
      if let offset = firstInvalidUTF8Offset(buffer) {
        return .failure(
          SyntaxError(
            .invalidUTF8, "source is not valid UTF-8", at: offset..<offset + 1,
            help: "JavaScript sources must be UTF-8; re-encode the file"))
      }
      // NUL padding lets the lexer look ahead without bounds checks.
      let padded = UnsafeMutablePointer<UInt8>.allocate(capacity: buffer.count + 8)
      defer { padded.deallocate() }
      if let base = buffer.baseAddress { padded.initialize(from: base, count: buffer.count) }
      (padded + buffer.count).initialize(repeating: 0, count: 8)
      var parser = Parser(bytes: UnsafePointer(padded), length: buffer.count, goal: goal)
      do throws(SyntaxError) {
        let root = try parser.parseProgram()
        var ast = AST(file: file, goal: goal)
        ast.nodes = parser.nodes
        ast.lists = parser.lists
        ast.atoms = parser.lexer.atoms
        ast.root = root
        return .success(ast)
      } catch {
        return .failure(error)
      }
    }
  }

  /// Runs `body` on a thread with a stack large enough to parse directly, and waits for it;
  /// callers that parse many files use it once rather than paying for a thread per file.
  public static func withParserStack(_ body: @escaping () -> Void) {
    runWithLargeStack(body)
  }

  /// Marks threads started by `runWithLargeStack`, so nested parses do not start another.
  static let largeStackMarker = "cruft.frontend.large-stack"

  static var onLargeStack: Bool {
    Thread.current.threadDictionary[largeStackMarker] != nil
  }

  /// Runs `body` on a thread with `parserStackSize` bytes of stack and waits for it.
  static func runWithLargeStack(_ body: @escaping () -> Void) {
    final class Box: @unchecked Sendable {
      let body: () -> Void
      init(_ body: @escaping () -> Void) { self.body = body }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, parserStackSize)
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(
      &thread, &attributes,
      { context in
        let box = Unmanaged<Box>.fromOpaque(context!).takeRetainedValue()
        Thread.current.threadDictionary[Frontend.largeStackMarker] = true
        box.body()
        return nil
      }, box)
    if created != 0 {
      // Could not create a thread: parse here, with the depth bound still in force.
      Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body()
      return
    }
    pthread_join(thread, nil)
  }
}
