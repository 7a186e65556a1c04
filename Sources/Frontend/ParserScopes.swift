/// Declaration bookkeeping for the early errors about duplicate and conflicting bindings.
struct Scope {
  struct Flags: OptionSet {
    let rawValue: UInt16
    static let top = Flags(rawValue: 1 << 0)
    static let function = Flags(rawValue: 1 << 1)
    static let async = Flags(rawValue: 1 << 2)
    static let generator = Flags(rawValue: 1 << 3)
    static let arrow = Flags(rawValue: 1 << 4)
    static let simpleCatch = Flags(rawValue: 1 << 5)
    /// `super.x` is allowed (methods, accessors, constructors, field initializers).
    static let superProperty = Flags(rawValue: 1 << 6)
    /// `super()` is allowed (constructors of derived classes).
    static let superCall = Flags(rawValue: 1 << 7)
    static let staticBlock = Flags(rawValue: 1 << 8)
    /// A class field initializer: `this` is the instance, `arguments` and `await` are forbidden.
    static let classFieldInit = Flags(rawValue: 1 << 9)
    static let var_: Flags = [.top, .function, .staticBlock, .classFieldInit]
  }

  var flags: Flags
  var varNames: [Atom] = []
  var lexicalNames: [Atom] = []
  var functionNames: [Atom] = []
}

enum BindingKind {
  case `var`
  case lexical
  /// A function declaration in a block, which Annex B lets repeat in sloppy code.
  case function
  /// The parameter of `catch (e)`, which a `var e` in the catch body may repeat.
  case simpleCatch
  /// A name that is checked but not declared (`catch` param patterns are declared lexically).
  case none
}

struct PrivateNameScope {
  enum Kind: Equatable { case field, method, getter, setter, staticGetter, staticSetter, staticMember }
  var declared: [(atom: Atom, kind: Kind)] = []
  var used: [(atom: Atom, range: Range<Int>)] = []
}

extension Parser {
  mutating func enterScope(_ flags: Scope.Flags) {
    scopes.append(Scope(flags: flags))
  }

  mutating func exitScope() {
    scopes.removeLast()
  }

  // These read flags and names in place: binding a `Scope` copy would retain its arrays, and a
  // later append through `scopes[i]` would then copy the whole array.

  /// The flags of the nearest scope that `var` declarations land in.
  var varScopeFlags: Scope.Flags {
    var i = scopes.count - 1
    while scopes[i].flags.isDisjoint(with: .var_) { i -= 1 }
    return scopes[i].flags
  }

  /// The flags of the nearest scope that gives `this` (a non-arrow function, a static block, or the top).
  var thisScopeFlags: Scope.Flags {
    var i = scopes.count - 1
    while scopes[i].flags.isDisjoint(with: .var_) || scopes[i].flags.contains(.arrow) { i -= 1 }
    return scopes[i].flags
  }

  var inFunction: Bool { varScopeFlags.contains(.function) }

  var inGenerator: Bool { varScopeFlags.contains(.generator) }

  var inAsync: Bool { varScopeFlags.contains(.async) }

  /// `arguments` is forbidden where `this` is a class under construction.
  var inClassInitializer: Bool {
    !thisScopeFlags.isDisjoint(with: [.classFieldInit, .staticBlock])
  }

  var inStaticBlock: Bool { varScopeFlags.contains(.staticBlock) }

  /// Whether `await` is an operator here.
  var canAwait: Bool {
    var i = scopes.count - 1
    while i >= 0 {
      let flags = scopes[i].flags
      if !flags.isDisjoint(with: [.staticBlock, .classFieldInit]) { return false }
      if flags.contains(.function) { return flags.contains(.async) }
      i -= 1
    }
    return goal.isModule
  }

  var allowsSuperProperty: Bool { thisScopeFlags.contains(.superProperty) }

  var allowsSuperCall: Bool { thisScopeFlags.contains(.superCall) }

  var allowsNewTarget: Bool {
    var i = scopes.count - 1
    while i >= 0 {
      let flags = scopes[i].flags
      if !flags.isDisjoint(with: [.staticBlock, .classFieldInit]) { return true }
      if flags.contains(.function) && !flags.contains(.arrow) { return true }
      i -= 1
    }
    return goal == .commonJS
  }

  /// Function declarations count as `var` at the top of functions and of scripts.
  func treatsFunctionsAsVar(_ flags: Scope.Flags) -> Bool {
    flags.contains(.function) || (!goal.isModule && flags.contains(.top))
  }

  mutating func declare(_ atom: Atom, as kind: BindingKind, at range: Range<Int>) throws(SyntaxError) {
    var redeclared = false
    let last = scopes.count - 1
    switch kind {
    case .lexical:
      redeclared =
        scopes[last].lexicalNames.contains(atom) || scopes[last].functionNames.contains(atom)
        || scopes[last].varNames.contains(atom)
      scopes[last].lexicalNames.append(atom)
    case .simpleCatch:
      scopes[last].lexicalNames.append(atom)
    case .function:
      if treatsFunctionsAsVar(scopes[last].flags) {
        redeclared = scopes[last].lexicalNames.contains(atom)
      } else {
        redeclared = scopes[last].lexicalNames.contains(atom) || scopes[last].varNames.contains(atom)
      }
      scopes[last].functionNames.append(atom)
    case .var:
      var i = last
      while i >= 0 {
        let flags = scopes[i].flags
        if (scopes[i].lexicalNames.contains(atom)
          && !(flags.contains(.simpleCatch) && scopes[i].lexicalNames.first == atom))
          || (!treatsFunctionsAsVar(flags) && scopes[i].functionNames.contains(atom))
        {
          redeclared = true
          break
        }
        scopes[i].varNames.append(atom)
        if !flags.isDisjoint(with: .var_) { break }
        i -= 1
      }
    case .none:
      break
    }
    if redeclared {
      throw SyntaxError(
        .duplicateDeclaration, "'\(spelling(atom))' has already been declared", at: range,
        help: "rename one of the declarations, or assign to the existing binding instead")
    }
  }

  // MARK: Private names

  mutating func declarePrivateName(_ atom: Atom, kind: PrivateNameScope.Kind, at range: Range<Int>)
    throws(SyntaxError)
  {
    let last = privateNameScopes.count - 1
    if let existing = privateNameScopes[last].declared.first(where: { $0.atom == atom }) {
      // A getter and a setter of the same placement may share a name.
      let pair: Bool =
        switch (existing.kind, kind) {
        case (.getter, .setter), (.setter, .getter), (.staticGetter, .staticSetter),
          (.staticSetter, .staticGetter):
          true
        default: false
        }
      let alreadyPaired = privateNameScopes[last].declared.filter { $0.atom == atom }.count > 1
      if !pair || alreadyPaired {
        throw SyntaxError(
          .invalidPrivateName, "private name '#\(spelling(atom))' has already been declared", at: range,
          help: "each private name may be declared once per class (a getter and setter pair is allowed)")
      }
    }
    privateNameScopes[last].declared.append((atom, kind))
  }

  mutating func usePrivateName(_ atom: Atom, at range: Range<Int>) throws(SyntaxError) {
    guard !privateNameScopes.isEmpty else {
      throw SyntaxError(
        .invalidPrivateName, "private name '#\(spelling(atom))' is used outside a class", at: range,
        help: "private names can only be used inside the class body that declares them")
    }
    privateNameScopes[privateNameScopes.count - 1].used.append((atom, range))
  }

  /// At the end of a class body: names not declared here must be declared by an enclosing class.
  mutating func exitPrivateNameScope() throws(SyntaxError) {
    let scope = privateNameScopes.removeLast()
    for use in scope.used where !scope.declared.contains(where: { $0.atom == use.atom }) {
      if privateNameScopes.isEmpty {
        throw SyntaxError(
          .invalidPrivateName, "private name '#\(spelling(use.atom))' is not declared in an enclosing class",
          at: use.range, help: "declare it in the class body, for example '#\(spelling(use.atom));'")
      }
      privateNameScopes[privateNameScopes.count - 1].used.append(use)
    }
  }
}
