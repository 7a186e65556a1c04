/// Titles, long explanations and default hints for the Frontend's diagnostic codes.
/// `cruftc explain CODE` prints these, and docs/diagnostics.md is generated from them.
enum FrontendDiagnosticCatalog {
  struct Entry {
    var title: String
    var explanation: String
    var help: String?
  }

  static func entry(_ code: DiagnosticCode) -> Entry {
    switch code {
    case .invalidUTF8:
      Entry(
        title: "source is not valid UTF-8",
        explanation: """
          JavaScript sources are read as UTF-8. The file contains a byte sequence that is not \
          well-formed UTF-8 (a stray continuation byte, a truncated sequence, an overlong form or an \
          encoded surrogate). cruft refuses to guess an encoding, because a different decoding could \
          change what the program means.

          Re-encode the file as UTF-8, for example: iconv -f latin1 -t utf-8 file.js > file.utf8.js
          """,
        help: "re-encode the file as UTF-8")
    case .unexpectedCharacter:
      Entry(
        title: "unexpected character",
        explanation: """
          The character cannot begin any JavaScript token here: for example a NUL byte, a '#' that \
          does not start a private name or a hashbang, '@' (decorators are not part of ECMAScript \
          2023), or a non-ASCII symbol that is neither white space nor an identifier character.

          Remove the character, or put it inside a string or comment.
          """,
        help: "remove the character, or put it inside a string or comment")
    case .unterminatedComment:
      Entry(
        title: "unterminated comment",
        explanation: """
          A /* comment has no closing */ before the end of the file. Everything after it would be \
          ignored, so this is almost always a mistake.

          Add the closing */.
          """,
        help: "close the comment with */")
    case .unterminatedString:
      Entry(
        title: "unterminated string literal",
        explanation: """
          A string literal reaches the end of its line or of the file without its closing quote. \
          Strings in quotes cannot span lines unless each line ends with a backslash.

          Close the string on the same line, escape the line break as \\n, or use a template literal \
          (`...`) for text that spans lines.
          """,
        help: "close the string on the same line, or use a template literal for multi-line text")
    case .unterminatedTemplate:
      Entry(
        title: "unterminated template literal",
        explanation: """
          A template literal (`...`) has no closing backquote before the end of the file.

          Add the closing backquote.
          """,
        help: "close the template with a backquote")
    case .unterminatedRegExp:
      Entry(
        title: "unterminated regular expression",
        explanation: """
          A regular expression literal has no closing '/' on its line. A '/' inside a character \
          class [...] or escaped as \\/ does not end it.

          Close the literal, or, if a division was meant, check the operand before the '/'.
          """,
        help: "close the regular expression with '/' on the same line")
    case .invalidEscape:
      Entry(
        title: "invalid escape sequence",
        explanation: """
          An escape sequence is malformed: \\x needs two hexadecimal digits, \\u needs four or a \
          braced code point no larger than 10FFFF, identifiers allow only \\u escapes that produce \
          identifier characters, and untagged template literals allow no invalid escapes at all.

          Fix the escape, or escape the backslash itself as \\\\.
          """,
        help: "fix the escape, or write \\\\ for a literal backslash")
    case .invalidNumber:
      Entry(
        title: "invalid numeric literal",
        explanation: """
          A numeric literal is malformed: a radix prefix with no digits (0x), a separator '_' that \
          is not between two digits, a BigInt suffix 'n' on a number with a fraction, exponent or \
          leading zero, or a letter or digit directly after the number (3in x).

          Fix the literal; put a space between a number and a following keyword.
          """,
        help: "write digits on both sides of '_', and no letters directly after a number")
    case .htmlCommentInModule:
      Entry(
        title: "HTML-like comment in a module",
        explanation: """
          '<!--' and '-->' start comments only in classic scripts (Annex B of the specification). \
          In ES modules they are operators, and here they do not form valid code.

          Use // or /* */ comments.
          """)
    case .legacyOctalInStrictMode:
      Entry(
        title: "legacy octal syntax in strict mode",
        explanation: """
          Numbers with a leading zero (017, 08) and octal escapes in strings ("\\012", "\\8") are \
          legacy syntax that strict mode code forbids. Modules and classes are always strict, as is \
          code after a "use strict" directive.

          Write octal numbers as 0o17, decimals without the leading zero, and characters as \\x or \\u \
          escapes.
          """)
    case .invalidRegExp:
      Entry(
        title: "invalid regular expression",
        explanation: """
          The pattern or flags of a regular expression literal break the rules of the \
          specification's pattern grammar: an unknown or repeated flag, an unbalanced group or \
          class, a quantifier with nothing to repeat, an invalid escape or property name in \
          Unicode mode (u or v flag), a duplicate group name, or a class range out of order.

          Cruft checks literals at compile time, exactly as an engine would when loading the file.
          """,
        help: "fix the pattern; to match the character literally, escape it with a backslash")
    case .unexpectedToken:
      Entry(
        title: "syntax error",
        explanation: """
          The token cannot appear here in ECMAScript 2023 syntax. The message says what was \
          expected. Common causes: a missing comma or bracket, an operator with no operand, or \
          syntax from a newer or non-standard dialect (TypeScript, JSX, decorators) that must be \
          compiled to JavaScript first.
          """,
        help: "look for a missing comma, bracket or operator just before this point")
    case .nestingTooDeep:
      Entry(
        title: "nesting too deep",
        explanation: """
          The file nests expressions, statements or patterns more deeply than the parser's bound. \
          The bound keeps the compiler's own stack safe on hostile input; real code stays far below it.

          Split the construct into smaller parts, for example with intermediate variables.
          """)
    case .invalidAssignmentTarget:
      Entry(
        title: "invalid assignment target",
        explanation: """
          The left side of an assignment, the operand of ++/--, or the target of a for-in/of loop \
          must be a variable, a property access, or (for '=' only) a destructuring pattern. Calls, \
          literals, and the results of operators cannot be assigned to.
          """)
    case .invalidDestructuring:
      Entry(
        title: "invalid destructuring pattern",
        explanation: """
          A destructuring pattern breaks a rule: a rest element that is not last or has a default, \
          a parenthesized pattern, a method used as a target, or a shorthand default {a = 1} used \
          in an object literal that is not a pattern.
          """)
    case .reservedWord:
      Entry(
        title: "reserved word used as a name",
        explanation: """
          Reserved words (if, class, new, ...) cannot name variables, parameters, functions or \
          labels, not even when written with \\u escapes. Strict mode code also reserves \
          implements, interface, let, package, private, protected, public, static and yield, and \
          modules reserve await.

          Choose another name.
          """)
    case .strictModeRestriction:
      Entry(
        title: "not allowed in strict mode",
        explanation: """
          Strict mode code (modules, classes, and code under "use strict") forbids 'with', \
          deleting a plain variable, and binding or assigning the names eval and arguments. \
          Cruft compiles every module with strict semantics, so this construct cannot be kept.
          """)
    case .mixedOperators:
      Entry(
        title: "operators that need parentheses",
        explanation: """
          The language refuses to guess precedence in two places: '??' mixed with '||' or '&&', \
          and a unary operator (-, !, typeof, await, ...) on the left of '**'.

          Add parentheses to say which operation happens first: (a ?? b) || c, (-a) ** 2.
          """)
    case .invalidOptionalChain:
      Entry(
        title: "invalid use of optional chaining",
        explanation: """
          An optional chain (a?.b) cannot be assigned to, tagged with a template, or used as the \
          callee of 'new'.
          """)
    case .declarationNotAllowedHere:
      Entry(
        title: "declaration in a single-statement position",
        explanation: """
          The body of if, else, while, for, do, with and labelled statements is a single \
          statement, which cannot be a let/const/class declaration, a generator or async \
          function, or (in strict code) any function declaration. Annex B lets sloppy scripts use \
          a plain function declaration as an if body or after a label.

          Wrap the declaration in a block: if (x) { let y = 1; }
          """)
    case .invalidForLoopHead:
      Entry(
        title: "invalid for-in/for-of head",
        explanation: """
          The head of a for-in or for-of loop declares exactly one binding and gives it no \
          initializer; for-of heads cannot start with 'let' or 'async' as names; and 'for await' is \
          only valid in async functions and at the top level of modules, with 'of'.
          """)
    case .duplicateDeclaration:
      Entry(
        title: "duplicate declaration",
        explanation: """
          A let, const or class declaration, or a function in a block or module, has the same \
          name as another declaration in the same scope, or a var declaration conflicts with a \
          lexical one. Also reported for an object literal that sets __proto__ twice.

          Rename one of them, or assign to the existing binding.
          """)
    case .duplicateParameter:
      Entry(
        title: "duplicate parameter name",
        explanation: """
          Parameter names must be unique in strict code, arrow functions, methods, and functions \
          with default, destructured or rest parameters.
          """)
    case .useStrictWithComplexParameters:
      Entry(
        title: "\"use strict\" with non-simple parameters",
        explanation: """
          A function whose parameters have defaults, destructuring or a rest element cannot \
          contain a "use strict" directive, because its parameters would be evaluated before the \
          directive could apply.

          Put "use strict" at the top of the file or enclosing function.
          """)
    case .invalidLabel:
      Entry(
        title: "invalid label",
        explanation: """
          A label is declared twice in nested statements, or break/continue names a label that \
          does not enclose it.
          """)
    case .invalidBreakOrContinue:
      Entry(
        title: "break or continue outside its statement",
        explanation: """
          'break' must be inside a loop, a switch, or a labelled statement it names; 'continue' \
          must be inside a loop and may only name a loop's label. Neither crosses a function \
          boundary.
          """)
    case .returnOutsideFunction:
      Entry(
        title: "return outside a function",
        explanation: """
          'return' is only valid inside a function. CommonJS files are wrapped in a function by \
          Node, so a top-level return is allowed there, but not in ES modules or classic scripts.
          """)
    case .invalidSuper:
      Entry(
        title: "invalid use of super",
        explanation: """
          super.x and super[x] are only valid in methods (of classes and object literals), and \
          super(...) only in the constructor of a class that extends another. 'super' alone is \
          never an expression.
          """)
    case .newTargetOutsideFunction:
      Entry(
        title: "new.target outside a function",
        explanation: """
          new.target is only valid inside non-arrow functions (or arrows nested in them), class \
          bodies, and CommonJS modules.
          """)
    case .invalidClassElement:
      Entry(
        title: "invalid class element",
        explanation: """
          A class has two constructors, a constructor that is a getter, setter, generator or \
          async method, a field named 'constructor', a static member named 'prototype', or the \
          private name #constructor.
          """)
    case .invalidPrivateName:
      Entry(
        title: "invalid private name",
        explanation: """
          A private name (#x) is used outside any class that declares it, declared twice (other \
          than as one getter and one setter), deleted, accessed on super, or stands alone other \
          than on the left of 'in'.
          """)
    case .invalidAccessorParameters:
      Entry(
        title: "wrong number of accessor parameters",
        explanation: """
          A getter takes no parameters; a setter takes exactly one, which cannot be a rest \
          parameter.
          """)
    case .invalidAwaitOrYield:
      Entry(
        title: "invalid await or yield",
        explanation: """
          'yield' is an operator inside generators and 'await' inside async functions and module \
          top level; there they cannot be used as names. Neither may appear in parameter default \
          values, 'await' is not allowed in class static blocks, and 'for await' needs an async \
          context.
          """)
    case .argumentsInClassInitializer:
      Entry(
        title: "arguments in a class field or static block",
        explanation: """
          Class field initializers and static blocks have no 'arguments' object, and the \
          specification makes referring to it an early error.
          """)
    case .moduleSyntaxOutsideModule:
      Entry(
        title: "module syntax outside a module",
        explanation: """
          import and export declarations and import.meta belong to ES modules, and declarations \
          must be at a module's top level. Node treats a file as a module when it is named .mjs or \
          the nearest package.json says "type": "module"; otherwise it is CommonJS.
          """)
    case .duplicateExport:
      Entry(
        title: "duplicate export",
        explanation: """
          A module exports the same name twice (including 'default'). Every exported name must be \
          unique; rename one with 'as'.
          """)
    case .undeclaredExport:
      Entry(
        title: "export of an undeclared name",
        explanation: """
          export { x } without 'from' exports a local binding, so x must be declared or imported \
          in this module. To re-export from another module, use export { x } from './other.js'.
          """)
    }
  }
}
