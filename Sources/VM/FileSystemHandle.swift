import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one file operation needs: the package's grants and the root that relative paths start from.
struct FileAccess {
  let held: HeldCapabilities
  let package: String
  let root: String
  /// The function the guest called (`fs.readFileSync`), for denials.
  var function = ""

  enum Direction {
    case read, write

    var label: String { self == .read ? "read" : "write" }
  }

  /// A checked path: what the guest wrote (for messages) and the canonical host path (for the
  /// operation, so that the file checked is the file used).
  struct Checked {
    var guest: String
    var host: String
  }

  /// Converts the guest's path argument once, canonicalizes it, and checks it against the grant in
  /// `direction`. A denial names the missing grant and echoes only the guest's own text.
  func check(
    _ vm: VM, _ value: Value, _ direction: Direction, syscall: String, argument: String = "path",
    followFinalLink: Bool = true
  ) throws(Throw) -> Checked {
    let guest = try vm.guestPath(value, argument)
    guard held.fs else { throw vm.capabilityDenied(package, "fs", via: function) }
    let grant = direction == .read ? held.fsRead : held.fsWrite
    // The walk looks only at what the package may read or write anyway, and at the ancestors of its
    // prefixes: what exists outside the grant never changes the answer.
    let (read, write) = (held.fsRead, held.fsWrite)
    let canonical: CanonicalPath
    do throws(PathCanonicalizer.Failure) {
      canonical = try PathCanonicalizer.canonicalize(
        guest, relativeTo: root, followFinalLink: followFinalLink,
        mayInspect: { read.mayInspect($0) || write.mayInspect($0) })
    } catch .notInspectable(let outside) {
      throw denial(vm, guest, direction, grant.missing(outside) ?? .package)
    } catch {
      // Only .tooManyLinks is left: guestPath refused NUL bytes.
      throw vm.systemError(ELOOP, syscall: syscall, path: guest)
    }
    if let missing = grant.missing(canonical.path) { throw denial(vm, guest, direction, missing) }
    if canonical.missingBeforeParent { throw vm.systemError(ENOENT, syscall: syscall, path: guest) }
    return Checked(guest: guest, host: canonical.path)
  }

  /// The refusal of a path: which grant is missing, and only the guest's own text.
  func denial(_ vm: VM, _ guest: String, _ direction: Direction, _ missing: PathGrant.Missing) -> Throw {
    switch missing {
    case .package:
      return vm.fileDenied(
        "cruft: \(package) was not granted fs \(direction.label) access to '\(guest)' (\(function)); grant it in "
          + "cruft.json (\"fs\": {\"\(direction.label)\": [\"./DIR\"]}) and allow it with cruftvm run --allow fs-\(direction.label):./DIR"
      )
    case .run:
      return vm.fileDenied(
        "cruft: this run does not allow fs \(direction.label) access to '\(guest)' for \(package) (\(function)); "
          + "allow it with cruftvm run --allow fs-\(direction.label):./DIR")
    }
  }
}

/// The file operations the fs handle offers, each a function of the converted arguments that
/// returns its result or throws a guest error. The sync, promise and callback forms share them.
struct FileOperation {
  var name: String
  var length: Int
  var run: (VM, FileAccess, NativeCall) throws(Throw) -> Value
}

extension VM {
  /// `require('fs')`: the Sync functions, the callback forms, and `promises` (also
  /// `require('fs/promises')`), all checking the package's fs grant on every call.
  func makeFileSystemHandle(_ held: HeldCapabilities, package: String, context: RunContext) -> Value {
    let access = FileAccess(held: held, package: package, root: context.root)
    let typeSymbol = newSymbol(description: Value(atom("type")))
    let statsPrototype = makeStatsPrototype()
    let direntPrototype = makeDirentPrototype(typeSymbol)
    var members: [String: Value] = [:]
    var promises: [String: Value] = [:]
    func named(_ function: String) -> FileAccess {
      var named = access
      named.function = function
      return named
    }
    for operation in fileOperations(
      statsPrototype: statsPrototype, direntPrototype: direntPrototype, typeSymbol)
    {
      let run = operation.run
      let syncAccess = named("fs.\(operation.name)Sync")
      members[operation.name + "Sync"] = Value(
        makeNative(operation.name + "Sync", length: operation.length) { vm, call in
          try run(vm, syncAccess, call)
        })
      // The promise settles in a task of its own, as node's does once the I/O completes: the
      // promise jobs already queued run first.
      let promiseAccess = named("fs.promises.\(operation.name)")
      promises[operation.name] = Value(
        makeNative(operation.name, length: operation.length) { vm, call in
          let promise = vm.newPromise()
          var outcome: [Value]
          do throws(Throw) {
            outcome = [try run(vm, promiseAccess, call), .true]
          } catch {
            if error.termination != nil { throw error }
            outcome = [error.value, .false]
          }
          let settle = vm.makeNative("", length: 2) { vm, call in
            let promise = call.callee.captured[0].object as! PromiseObject
            if vm.toBoolean(call[1]) {
              vm.resolvePromise(promise, call[0])
            } else {
              vm.rejectPromise(promise, call[0])
            }
            return .undefined
          }
          settle.captured = [Value(promise)]
          _ = vm.timers.schedule(Value(settle), arguments: outcome, delay: 0, repeats: false)
          return Value(promise)
        })
      let callbackAccess = named("fs.\(operation.name)")
      // fs.readFile(path[, options], callback): the callback runs as a task of its own, as node's does
      // after the I/O completes.
      members[operation.name] = Value(
        makeNative(operation.name, length: operation.length + 1) { vm, call in
          let last = call.count - 1
          guard last >= 0, vm.isCallable(call[last]) else {
            throw vm.invalidArgumentType("cb", "of type function", last >= 0 ? call[last] : .undefined)
          }
          let callback = call[last]
          let arguments = (0..<last).map { call[$0] }
          let result: [Value]
          do throws(Throw) {
            let value = try vm.callNativeBody(run, callbackAccess, arguments: arguments)
            result = value.isUndefined ? [.null] : [.null, value]
          } catch {
            if error.termination != nil { throw error }
            result = [error.value]
          }
          _ = vm.timers.schedule(callback, arguments: result, delay: 0, repeats: false)
          return .undefined
        })
    }
    let existsAccess = named("fs.existsSync")
    members["existsSync"] = Value(
      makeNative("existsSync", length: 1) { vm, call in
        // node's existsSync never throws for a bad path; a path outside the grant does not exist for
        // the package either. A package without any fs grant is told so.
        guard held.fs else { throw vm.capabilityDenied(package, "fs", via: "fs.existsSync") }
        guard let checked = try? existsAccess.check(vm, call[0], .read, syscall: "access") else {
          return .false
        }
        return Value(bool: Glibc.access(checked.host, F_OK) == 0)
      })
    let promisesModule = moduleObject(promises)
    members["promises"] = promisesModule
    let constants = newObject()
    for (name, value) in [("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK)] {
      constants.addProperty(key(name), Value(int: Int32(value)), .data)
    }
    freeze(constants)
    members["constants"] = Value(constants)
    for (name, value) in [("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK)] {
      members[name] = Value(int: Int32(value))
    }
    return moduleObject(members)
  }

  /// Runs a file operation with an argument list of its own (the callback form drops the callback).
  func callNativeBody(
    _ run: @escaping (VM, FileAccess, NativeCall) throws(Throw) -> Value, _ access: FileAccess,
    arguments: [Value]
  ) throws(Throw) -> Value {
    let shim = makeNative("", length: 0) { vm, call in try run(vm, access, call) }
    return try call(Value(shim), this: .undefined, arguments)
  }

  // MARK: The operations

  func fileOperations(statsPrototype: JSObject, direntPrototype: JSObject, _ typeSymbol: JSSymbol)
    -> [FileOperation]
  {
    [
      FileOperation(name: "readFile", length: 2) { (vm, access, call) throws(Throw) -> Value in
        let encoding = try vm.fileEncoding(call[1])
        let path = try access.check(vm, call[0], .read, syscall: "open")
        let bytes = try vm.hostRead(path)
        guard let encoding else { return try vm.makeNodeBytes(bytes) }
        return vm.string(encoding.decode(bytes))
      },
      FileOperation(name: "writeFile", length: 3) { (vm, access, call) throws(Throw) -> Value in
        try vm.writeFile(access, call, append: false)
      },
      FileOperation(name: "appendFile", length: 3) { (vm, access, call) throws(Throw) -> Value in
        try vm.writeFile(access, call, append: true)
      },
      FileOperation(name: "stat", length: 2) { (vm, access, call) throws(Throw) -> Value in
        let quiet = try vm.statQuietWhenMissing(call[1])
        let path = try access.check(vm, call[0], .read, syscall: "stat")
        return try vm.hostStat(path, syscall: "stat", follow: true, prototype: statsPrototype, quiet: quiet)
      },
      FileOperation(name: "lstat", length: 2) { (vm, access, call) throws(Throw) -> Value in
        let quiet = try vm.statQuietWhenMissing(call[1])
        let path = try access.check(
          vm, call[0], .read, syscall: "lstat", followFinalLink: false)
        return try vm.hostStat(path, syscall: "lstat", follow: false, prototype: statsPrototype, quiet: quiet)
      },
      FileOperation(name: "readdir", length: 2) { (vm, access, call) throws(Throw) -> Value in
        var withFileTypes = false
        var encoding: TextEncodingName? = .utf8
        if call[1].isString {
          encoding = try vm.fileEncoding(call[1])
        } else if call[1].isObject {
          withFileTypes = vm.toBoolean(try vm.get(call[1], vm.key("withFileTypes")))
          encoding = try vm.fileEncoding(try vm.get(call[1], vm.key("encoding")), default: .utf8)
        }
        let path = try access.check(vm, call[0], .read, syscall: "scandir")
        let entries = try vm.hostReadDirectory(path)
        return Value(
          vm.newArray(
            try entries.map { (entry) throws(Throw) -> Value in
              let name: Value
              if let encoding {
                name = vm.string(encoding.decode(Array(entry.name.utf8)))
              } else {
                name = try vm.makeNodeBytes(Array(entry.name.utf8))
              }
              guard withFileTypes else { return name }
              let dirent = vm.newObject(proto: Value(direntPrototype))
              dirent.addProperty(vm.names.name, name, .data)
              dirent.addProperty(vm.key("parentPath"), vm.string(path.guest), .data)
              dirent.addProperty(vm.key("path"), vm.string(path.guest), .data)
              dirent.addProperty(PropertyKey(symbol: typeSymbol), Value(int: Int32(entry.type)), .data)
              return Value(dirent)
            }))
      },
      FileOperation(name: "mkdir", length: 2) { (vm, access, call) throws(Throw) -> Value in
        var recursive = false
        var mode: mode_t = 0o777
        if call[1].isNumber {
          mode = mode_t(truncatingIfNeeded: Int(call[1].number))
        } else if call[1].isObject {
          recursive = vm.toBoolean(try vm.get(call[1], vm.key("recursive")))
          let requested = try vm.get(call[1], vm.key("mode"))
          if requested.isNumber { mode = mode_t(truncatingIfNeeded: Int(requested.number)) }
        }
        let path = try access.check(vm, call[0], .write, syscall: "mkdir")
        return try vm.hostMakeDirectory(path, recursive: recursive, mode: mode, access: access)
      },
      FileOperation(name: "rm", length: 2) { (vm, access, call) throws(Throw) -> Value in
        var recursive = false
        var force = false
        if call[1].isObject {
          recursive = vm.toBoolean(try vm.get(call[1], vm.key("recursive")))
          force = vm.toBoolean(try vm.get(call[1], vm.key("force")))
        }
        // rm removes a symbolic link itself, never what it points to.
        let path = try access.check(vm, call[0], .write, syscall: "rm", followFinalLink: false)
        try vm.hostRemove(path, recursive: recursive, force: force)
        return .undefined
      },
      FileOperation(name: "unlink", length: 1) { (vm, access, call) throws(Throw) -> Value in
        let path = try access.check(
          vm, call[0], .write, syscall: "unlink", followFinalLink: false)
        guard unlink(path.host) == 0 else { throw vm.systemError(errno, syscall: "unlink", path: path.guest) }
        return .undefined
      },
      FileOperation(name: "rename", length: 2) { (vm, access, call) throws(Throw) -> Value in
        // Both ends are checked, each as the entry itself: rename moves a link, it does not write
        // through it.
        let from = try access.check(
          vm, call[0], .write, syscall: "rename", argument: "oldPath", followFinalLink: false)
        let to = try access.check(
          vm, call[1], .write, syscall: "rename", argument: "newPath", followFinalLink: false)
        guard rename(from.host, to.host) == 0 else {
          throw vm.systemError(errno, syscall: "rename", path: from.guest, destination: to.guest)
        }
        return .undefined
      },
      FileOperation(name: "rmdir", length: 2) { (vm, access, call) throws(Throw) -> Value in
        let path = try access.check(vm, call[0], .write, syscall: "rmdir", followFinalLink: false)
        guard rmdir(path.host) == 0 else { throw vm.systemError(errno, syscall: "rmdir", path: path.guest) }
        return .undefined
      },
      FileOperation(name: "realpath", length: 2) { (vm, access, call) throws(Throw) -> Value in
        // The canonical path is what the check computed; it lies inside the read grant.
        let path = try access.check(vm, call[0], .read, syscall: "realpath")
        var status = stat()
        guard lstat(path.host, &status) == 0 else {
          throw vm.systemError(errno, syscall: "realpath", path: path.guest)
        }
        return vm.string(path.host)
      },
      FileOperation(name: "copyFile", length: 3) { (vm, access, call) throws(Throw) -> Value in
        let mode = call[2].isNumber ? Int32(truncatingIfNeeded: Int(call[2].number)) : 0
        let source = try access.check(vm, call[0], .read, syscall: "copyfile", argument: "src")
        let destination = try access.check(vm, call[1], .write, syscall: "copyfile", argument: "dest")
        let bytes: [UInt8]
        do throws(Throw) {
          bytes = try vm.hostRead(source)
        } catch {
          throw vm.systemError(
            ENOENT, syscall: "copyfile", path: source.guest, destination: destination.guest)
        }
        // COPYFILE_EXCL (1): fail when the destination exists.
        var flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW
        if mode & 1 != 0 { flags |= O_EXCL }
        let descriptor = open(destination.host, flags, 0o666)
        guard descriptor >= 0 else {
          throw vm.systemError(errno, syscall: "copyfile", path: source.guest, destination: destination.guest)
        }
        defer { close(descriptor) }
        try vm.writeAll(descriptor, bytes)
        return .undefined
      },
      FileOperation(name: "access", length: 2) { (vm, access, call) throws(Throw) -> Value in
        let mode = call[1].isNumber ? Int32(truncatingIfNeeded: Int(call[1].number)) : F_OK
        let direction: FileAccess.Direction = mode & W_OK != 0 ? .write : .read
        let path = try access.check(vm, call[0], direction, syscall: "access")
        guard Glibc.access(path.host, mode) == 0 else {
          throw vm.systemError(errno, syscall: "access", path: path.guest)
        }
        return .undefined
      },
    ]
  }

  /// writeFile and appendFile: data as a string (in the options' encoding) or bytes; flag w, wx, a, ax.
  func writeFile(_ access: FileAccess, _ call: NativeCall, append: Bool) throws(Throw) -> Value {
    let options = call[2]
    var encoding: TextEncodingName = .utf8
    var flag = append ? "a" : "w"
    var mode: mode_t = 0o666
    if options.isString {
      encoding = try fileEncoding(options) ?? .utf8
    } else if options.isObject {
      encoding = try fileEncoding(try get(options, key("encoding")), default: .utf8) ?? .utf8
      let requestedFlag = try get(options, key("flag"))
      if !requestedFlag.isUndefined { flag = try toSwiftString(requestedFlag) }
      let requestedMode = try get(options, key("mode"))
      if requestedMode.isNumber { mode = mode_t(truncatingIfNeeded: Int(requestedMode.number)) }
    }
    let data = call[1]
    let bytes: [UInt8]
    if data.isString {
      bytes = encoding.encode(data.string.units)
    } else if let view = byteView(data), !(data.object is ArrayBufferObject) {
      bytes = view
    } else {
      throw invalidArgumentType(
        "data", "of type string or an instance of Buffer, TypedArray, or DataView", data)
    }
    var flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW
    switch flag {
    case "w": flags |= O_TRUNC
    case "wx", "xw": flags |= O_TRUNC | O_EXCL
    case "a": flags |= O_APPEND
    case "ax", "xa": flags |= O_APPEND | O_EXCL
    default:
      throw nodeError(
        realm.typeErrorPrototype, code: "ERR_INVALID_ARG_VALUE",
        "The argument 'flags' is invalid. Received '\(flag)' (cruftvm writes with w, wx, a or ax)")
    }
    let path = try access.check(self, call[0], .write, syscall: "open")
    let descriptor = open(path.host, flags, mode)
    guard descriptor >= 0 else { throw systemError(errno, syscall: "open", path: path.guest) }
    defer { close(descriptor) }
    try writeAll(descriptor, bytes)
    return .undefined
  }

  func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(Throw) {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw systemError(errno, syscall: "write", path: nil)
      }
      written += count
    }
  }

  // MARK: Host operations on checked paths

  func hostRead(_ path: FileAccess.Checked) throws(Throw) -> [UInt8] {
    let descriptor = open(path.host, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { throw systemError(errno, syscall: "open", path: path.guest) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw systemError(errno, syscall: "read", path: nil)
      }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
      guard bytes.count <= 1 << 31 else {
        throw rangeError("File size is greater than 2 GiB")
      }
    }
  }

  /// statSync's `{throwIfNoEntry: false}`: a missing file gives undefined instead of ENOENT.
  func statQuietWhenMissing(_ options: Value) throws(Throw) -> Bool {
    guard options.isObject else { return false }
    let value = try get(options, key("throwIfNoEntry"))
    return value.isBool && !value.bool
  }

  func hostStat(
    _ path: FileAccess.Checked, syscall: String, follow: Bool, prototype: JSObject, quiet: Bool = false
  ) throws(Throw) -> Value {
    var status = stat()
    let result = follow ? stat(path.host, &status) : lstat(path.host, &status)
    guard result == 0 else {
      if quiet && (errno == ENOENT || errno == ENOTDIR) { return .undefined }
      throw systemError(errno, syscall: syscall, path: path.guest)
    }
    let stats = newObject(proto: Value(prototype))
    func number(_ name: String, _ value: Double) { stats.addProperty(key(name), Value(number: value), .data) }
    number("dev", Double(status.st_dev))
    number("mode", Double(status.st_mode))
    number("nlink", Double(status.st_nlink))
    number("uid", Double(status.st_uid))
    number("gid", Double(status.st_gid))
    number("rdev", Double(status.st_rdev))
    number("blksize", Double(status.st_blksize))
    number("ino", Double(status.st_ino))
    number("size", Double(status.st_size))
    number("blocks", Double(status.st_blocks))
    func milliseconds(_ time: timespec) -> Double {
      Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }
    let times = [
      ("atime", milliseconds(status.st_atim)), ("mtime", milliseconds(status.st_mtim)),
      ("ctime", milliseconds(status.st_ctim)), ("birthtime", milliseconds(status.st_ctim)),
    ]
    for (name, value) in times { number(name + "Ms", value) }
    for (name, value) in times {
      let date = makeDate(DateMath.timeClip(value.rounded(.down)), proto: Value(realm.datePrototype))
      stats.addProperty(key(name), Value(date), .data)
    }
    return Value(stats)
  }

  /// The entries of a directory, sorted by name (node gives the kernel's order, which no program can
  /// rely on), with their dirent types (node's UV_DIRENT_ numbers).
  func hostReadDirectory(_ path: FileAccess.Checked) throws(Throw) -> [(name: String, type: Int)] {
    guard let directory = opendir(path.host) else {
      throw systemError(errno, syscall: "scandir", path: path.guest)
    }
    defer { closedir(directory) }
    var entries: [(name: String, type: Int)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      var type = Int(entry.pointee.d_type)
      if type == Int(DT_UNKNOWN) {
        var status = stat()
        if lstat(path.host + "/" + name, &status) == 0 { type = VM.direntType(mode: status.st_mode) }
      } else {
        type = VM.direntType(dType: type)
      }
      entries.append((name, type))
    }
    return entries.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
  }

  /// node's dirent type numbers: 1 file, 2 directory, 3 link, 4 fifo, 5 socket, 6 char, 7 block.
  static func direntType(dType: Int) -> Int {
    switch dType {
    case Int(DT_REG): 1
    case Int(DT_DIR): 2
    case Int(DT_LNK): 3
    case Int(DT_FIFO): 4
    case Int(DT_SOCK): 5
    case Int(DT_CHR): 6
    case Int(DT_BLK): 7
    default: 0
    }
  }

  static func direntType(mode: mode_t) -> Int {
    switch mode & S_IFMT {
    case S_IFREG: 1
    case S_IFDIR: 2
    case S_IFLNK: 3
    case S_IFIFO: 4
    case S_IFSOCK: 5
    case S_IFCHR: 6
    case S_IFBLK: 7
    default: 0
    }
  }

  /// mkdir; with `recursive`, every missing ancestor too (each checked against the write grant),
  /// returning the first directory created, or undefined when there was nothing to create.
  func hostMakeDirectory(_ path: FileAccess.Checked, recursive: Bool, mode: mode_t, access: FileAccess)
    throws(Throw) -> Value
  {
    guard recursive else {
      guard mkdir(path.host, mode) == 0 else { throw systemError(errno, syscall: "mkdir", path: path.guest) }
      return .undefined
    }
    var missing: [String] = []
    var current = path.host
    var status = stat()
    while lstat(current, &status) != 0 {
      guard errno == ENOENT else { throw systemError(errno, syscall: "mkdir", path: path.guest) }
      missing.append(current)
      current = (current as NSString).deletingLastPathComponent
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw systemError(missing.isEmpty ? EEXIST : ENOTDIR, syscall: "mkdir", path: path.guest)
    }
    for directory in missing.reversed() {
      if access.held.fsWrite.missing(directory) != nil {
        throw fileDenied(
          "cruft: \(access.package) was not granted fs write access to a parent of '\(path.guest)' (\(access.function)); "
            + "create the granted directory first, or grant its parent")
      }
      guard mkdir(directory, mode) == 0 || errno == EEXIST else {
        throw systemError(errno, syscall: "mkdir", path: path.guest)
      }
    }
    return missing.last.map { string($0) } ?? .undefined
  }

  func hostRemove(_ path: FileAccess.Checked, recursive: Bool, force: Bool) throws(Throw) {
    var status = stat()
    guard lstat(path.host, &status) == 0 else {
      if force && errno == ENOENT { return }
      throw systemError(errno, syscall: "lstat", path: path.guest)
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      guard recursive else {
        let error = makeError(
          realm.errorPrototype, "Path is a directory: rm returned EISDIR (is a directory) \(path.guest)")
        error.object.addProperty(names.name, Value(atom("SystemError")), .hidden)
        error.object.addProperty(key("code"), Value(atom("ERR_FS_EISDIR")), .data)
        error.object.addProperty(key("errno"), Value(int: EISDIR), .data)
        error.object.addProperty(key("syscall"), Value(atom("rm")), .data)
        error.object.addProperty(key("path"), string(path.guest), .data)
        throw Throw(error)
      }
      if let failure = VM.removeTree(path.host) {
        throw systemError(failure, syscall: "rm", path: path.guest)
      }
      return
    }
    guard unlink(path.host) == 0 else { throw systemError(errno, syscall: "rm", path: path.guest) }
  }

  /// Removes a directory tree without following any symbolic link in it; the errno of the first
  /// failure, or nil.
  static func removeTree(_ path: String) -> Int32? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return errno == ENOENT ? nil : errno }
    if status.st_mode & S_IFMT == S_IFDIR {
      guard let directory = opendir(path) else { return errno }
      var names: [String] = []
      while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
      }
      closedir(directory)
      for name in names {
        if let failure = removeTree(path + "/" + name) { return failure }
      }
      return rmdir(path) == 0 ? nil : errno
    }
    return unlink(path) == 0 ? nil : errno
  }

  // MARK: Arguments, errors, Stats and Dirent

  /// The path argument as node accepts it: a string or the UTF-8 bytes of a Buffer/Uint8Array; no
  /// URL decoding. A NUL byte is refused before anything else happens.
  func guestPath(_ value: Value, _ name: String) throws(Throw) -> String {
    let path: String
    if value.isString {
      path = value.string.swiftString
    } else if value.isObject, value.object is TypedArrayObject, let bytes = byteView(value) {
      path = String(decoding: bytes, as: UTF8.self)
    } else {
      throw invalidArgumentType(name, "of type string or an instance of Buffer or URL", value)
    }
    guard !path.utf8.contains(0) else {
      let shown = path.replacingOccurrences(of: "\0", with: "\\x00")
      throw nodeError(
        realm.typeErrorPrototype, code: "ERR_INVALID_ARG_VALUE",
        "The argument '\(name)' must be a string, Uint8Array, or URL without null bytes. Received '\(shown)'")
    }
    return path
  }

  /// The encoding of a readFile/writeFile options argument (a name, or an object's `encoding`); nil
  /// means bytes.
  func fileEncoding(_ options: Value, default fallback: TextEncodingName? = nil) throws(Throw)
    -> TextEncodingName?
  {
    var value = options
    if options.isObject { value = try get(options, key("encoding")) }
    if value.isUndefined || value.isNull { return fallback }
    let name = try toSwiftString(value)
    if name == "buffer" { return nil }
    guard let encoding = TextEncodingName(name) else {
      throw nodeError(
        realm.typeErrorPrototype, code: "ERR_INVALID_ARG_VALUE",
        "The argument 'encoding' is invalid encoding. Received '\(name)'")
    }
    return encoding
  }

  /// A denial of a path: a TypeError with code 'E_CAP_DENIED'.
  func fileDenied(_ message: String) -> Throw {
    nodeError(realm.typeErrorPrototype, code: "E_CAP_DENIED", message)
  }

  /// node's error for a failed system call: `ENOENT: no such file or directory, open 'data/x.txt'`
  /// with errno (negative), code, syscall, path and dest, the paths as the guest wrote them.
  func systemError(_ number: Int32, syscall: String, path: String?, destination: String? = nil) -> Throw {
    let (code, description) = VM.systemErrorNames[number] ?? ("E\(number)", "unknown error")
    var message = "\(code): \(description), \(syscall)"
    if let path { message += " '\(path)'" }
    if let destination { message += " -> '\(destination)'" }
    let error = makeError(realm.errorPrototype, message)
    error.object.addProperty(key("errno"), Value(int: -number), .data)
    error.object.addProperty(key("code"), Value(atom(code)), .data)
    error.object.addProperty(key("syscall"), Value(atom(syscall)), .data)
    if let path { error.object.addProperty(key("path"), string(path), .data) }
    if let destination { error.object.addProperty(key("dest"), string(destination), .data) }
    return Throw(error)
  }

  /// libuv's names and descriptions of the errors file operations meet.
  static let systemErrorNames: [Int32: (String, String)] = [
    EPERM: ("EPERM", "operation not permitted"),
    ENOENT: ("ENOENT", "no such file or directory"),
    EIO: ("EIO", "i/o error"),
    EBADF: ("EBADF", "bad file descriptor"),
    EACCES: ("EACCES", "permission denied"),
    EBUSY: ("EBUSY", "resource busy or locked"),
    EEXIST: ("EEXIST", "file already exists"),
    EXDEV: ("EXDEV", "cross-device link not permitted"),
    ENOTDIR: ("ENOTDIR", "not a directory"),
    EISDIR: ("EISDIR", "illegal operation on a directory"),
    EINVAL: ("EINVAL", "invalid argument"),
    EMFILE: ("EMFILE", "too many open files"),
    EFBIG: ("EFBIG", "file too large"),
    ENOSPC: ("ENOSPC", "no space left on device"),
    EROFS: ("EROFS", "read-only file system"),
    ENAMETOOLONG: ("ENAMETOOLONG", "name too long"),
    ENOTEMPTY: ("ENOTEMPTY", "directory not empty"),
    ELOOP: ("ELOOP", "too many symbolic links encountered"),
  ]

  /// Stats.prototype: the is* methods read `this.mode`, as node's do.
  func makeStatsPrototype() -> JSObject {
    let prototype = newObject()
    let tests: [(String, mode_t)] = [
      ("isFile", S_IFREG), ("isDirectory", S_IFDIR), ("isSymbolicLink", S_IFLNK), ("isFIFO", S_IFIFO),
      ("isSocket", S_IFSOCK), ("isCharacterDevice", S_IFCHR), ("isBlockDevice", S_IFBLK),
    ]
    for (name, format) in tests {
      prototype.addProperty(
        key(name),
        Value(
          makeNative(name, length: 0) { vm, call in
            let mode = try vm.toNumber(try vm.get(call.this, vm.key("mode")))
            guard mode.isFinite else { return .false }
            return Value(bool: mode_t(truncatingIfNeeded: Int(mode)) & S_IFMT == format)
          }), .hidden)
    }
    addConstructorName("Stats", to: prototype)
    return prototype
  }

  /// Dirent.prototype: the is* methods read the entry's type, kept under a symbol of this handle.
  func makeDirentPrototype(_ typeSymbol: JSSymbol) -> JSObject {
    let prototype = newObject()
    let tests = [
      ("isFile", 1), ("isDirectory", 2), ("isSymbolicLink", 3), ("isFIFO", 4), ("isSocket", 5),
      ("isCharacterDevice", 6), ("isBlockDevice", 7),
    ]
    for (name, type) in tests {
      let method = makeNative(name, length: 0) { vm, call in
        let symbol = call.callee.captured[0].symbol
        let stored = try vm.get(call.this, PropertyKey(symbol: symbol))
        return Value(bool: stored.isInt && Int(stored.int) == type)
      }
      method.captured = [Value(typeSymbol)]
      prototype.addProperty(key(name), Value(method), .hidden)
    }
    addConstructorName("Dirent", to: prototype)
    return prototype
  }

  /// A constructor that cannot be called, so that the objects print as node's (`Stats { ... }`).
  func addConstructorName(_ name: String, to prototype: JSObject) {
    let constructor = makeNative(name, length: 0) { vm, _ in throw vm.typeError("Illegal constructor") }
    constructor.addProperty(names.prototype, Value(prototype), [])
    prototype.addProperty(names.constructor, Value(constructor), .hidden)
    freeze(constructor)
    freeze(prototype)
  }
}

/// The text encodings node's fs and Buffer name.
enum TextEncodingName: Equatable {
  case utf8, utf16le, latin1, ascii, hex, base64, base64url

  init?(_ name: String) {
    switch name.lowercased() {
    case "utf8", "utf-8": self = .utf8
    case "utf16le", "utf-16le", "ucs2", "ucs-2": self = .utf16le
    case "latin1", "binary": self = .latin1
    case "ascii": self = .ascii
    case "hex": self = .hex
    case "base64": self = .base64
    case "base64url": self = .base64url
    default: return nil
    }
  }

  /// Bytes to UTF-16 code units, as node's Buffer#toString does.
  func decode(_ bytes: [UInt8]) -> [UInt16] {
    switch self {
    case .utf8: return Array(String(decoding: bytes, as: UTF8.self).utf16)
    case .latin1: return bytes.map { UInt16($0) }
    case .ascii: return bytes.map { UInt16($0 & 0x7f) }
    case .utf16le:
      return stride(from: 0, to: bytes.count - 1, by: 2).map {
        UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
      }
    case .hex:
      let digits = Array("0123456789abcdef".utf16)
      return bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }
    case .base64, .base64url:
      var text = Data(bytes).base64EncodedString()
      if self == .base64url {
        text = text.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
          .replacingOccurrences(of: "=", with: "")
      }
      return Array(text.utf16)
    }
  }

  /// UTF-16 code units to bytes, as node's Buffer.from(string, encoding) does: lone surrogates become
  /// U+FFFD in UTF-8, invalid hex stops the conversion, base64 skips characters outside its alphabet.
  func encode(_ units: [UInt16]) -> [UInt8] {
    switch self {
    case .utf8: return Array(String(decoding: units, as: UTF16.self).utf8)
    case .latin1, .ascii: return units.map { UInt8(truncatingIfNeeded: $0) }
    case .utf16le:
      return units.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    case .hex:
      func digit(_ unit: UInt16) -> UInt8? {
        switch unit {
        case 48...57: UInt8(unit - 48)
        case 97...102: UInt8(unit - 87)
        case 65...70: UInt8(unit - 55)
        default: nil
        }
      }
      var bytes: [UInt8] = []
      var index = 0
      while index + 1 < units.count, let high = digit(units[index]), let low = digit(units[index + 1]) {
        bytes.append(high << 4 | low)
        index += 2
      }
      return bytes
    case .base64, .base64url:
      var bytes: [UInt8] = []
      var accumulator: UInt32 = 0
      var bits = 0
      for unit in units {
        let value: UInt32
        switch unit {
        case 65...90: value = UInt32(unit - 65)
        case 97...122: value = UInt32(unit - 71)
        case 48...57: value = UInt32(unit + 4)
        case 43, 45: value = 62
        case 47, 95: value = 63
        case 61: return bytes
        default: continue
        }
        accumulator = accumulator << 6 | value
        bits += 6
        if bits >= 8 {
          bits -= 8
          bytes.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
        }
      }
      return bytes
    }
  }
}
