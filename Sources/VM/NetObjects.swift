import Foundation

/// A `Headers` object of the net handle: a list of (lowercased name, value) pairs. Iteration gives
/// the names sorted, each once with its values joined by ", " (set-cookie lines stay apart), as
/// node's Headers does.
final class HeadersObject: JSObject {
  var list: [(name: String, value: String)] = []
  /// A fetched response's headers cannot be changed (the Fetch standard's "immutable" guard).
  var isImmutable = false

  override var liveBytes: Int {
    super.liveBytes + list.reduce(0) { $0 + 32 + $1.name.utf8.count + $1.value.utf8.count }
  }

  /// The sorted and combined list iteration and `get` see.
  var sortedAndCombined: [(name: String, value: String)] {
    var out: [(name: String, value: String)] = []
    for name in Set(list.map(\.name)).sorted() {
      let values = list.filter { $0.name == name }.map(\.value)
      if name == "set-cookie" {
        for value in values { out.append((name, value)) }
      } else {
        out.append((name, values.joined(separator: ", ")))
      }
    }
    return out
  }
}

/// A `Response` of the net handle: the status line, headers, final URL and a body read at most once.
final class ResponseObject: JSObject {
  var status = 200
  var statusText = ""
  var headers: Value = .undefined
  var url = ""
  var redirected = false
  /// "basic" for a fetched response, "default" for one the program constructed.
  var type = "basic"
  var body = Data()
  var bodyUsed = false

  override var liveBytes: Int { super.liveBytes + 64 + body.count }

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(headers)
  }
}

/// The prototypes of Headers and Response objects, made once per VM and frozen like intrinsics.
final class NetPrototypes {
  let headers: JSObject
  let response: JSObject

  init(headers: JSObject, response: JSObject) {
    self.headers = headers
    self.response = response
  }

  func trace(_ marker: inout Marker) {
    marker.mark(Value(headers))
    marker.mark(Value(response))
  }
}

extension VM {
  var netObjectPrototypes: NetPrototypes {
    if let netPrototypes { return netPrototypes }
    let made = NetPrototypes(headers: makeHeadersPrototype(), response: makeResponsePrototype())
    netPrototypes = made
    return made
  }

  func newHeaders(_ list: [(name: String, value: String)]) -> HeadersObject {
    let headers = heap.register(
      HeadersObject(shape: emptyShape, proto: Value(netObjectPrototypes.headers)),
      bytes: 128 + 64 * list.count)
    headers.list = list
    return headers
  }

  // MARK: Headers

  /// A header name is an HTTP token; a value has no NUL, CR or LF once leading and trailing
  /// whitespace is removed (the Fetch standard's normalization).
  func headerPair(_ name: Value, _ value: Value, method: String) throws(Throw) -> (
    name: String, value: String
  ) {
    let nameText = try toSwiftString(name)
    let tokenCharacters = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    guard !nameText.isEmpty, nameText.allSatisfy({ tokenCharacters.contains($0) }) else {
      throw typeError("Headers.\(method): \"\(nameText)\" is an invalid header name.")
    }
    let valueText = try toSwiftString(value).trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n"))
    guard !valueText.contains(where: { $0 == "\0" || $0 == "\r" || $0 == "\n" }) else {
      throw typeError("Headers.\(method): \"\(valueText)\" is an invalid header value.")
    }
    return (nameText.lowercased(), valueText)
  }

  /// The header list of a `headers` init: a Headers object, a sequence of [name, value] pairs, or a
  /// record of names to values.
  func headerList(from value: Value) throws(Throw) -> [(name: String, value: String)] {
    if value.isUndefined || value.isNull { return [] }
    guard value.isObject else {
      throw typeError(
        "Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>."
      )
    }
    if let headers = value.object as? HeadersObject { return headers.list }
    var list: [(name: String, value: String)] = []
    let iteratorMethod = try get(value, .named(PropertyKey(symbol: names.symbolIterator)))
    if isCallable(iteratorMethod) {
      try iterate(value) { (pair) throws(Throw) in
        guard pair.isObject else {
          throw typeError("Headers constructor: expected name/value pair to be length 2, found 1.")
        }
        var parts: [Value] = []
        try iterate(pair) { (part) throws(Throw) in parts.append(part) }
        guard parts.count == 2 else {
          throw typeError(
            "Headers constructor: expected name/value pair to be length 2, found \(parts.count).")
        }
        list.append(try headerPair(parts[0], parts[1], method: "append"))
      }
      return list
    }
    for key in try ownKeys(value.object, includeSymbols: false, onlyEnumerable: true) {
      guard let property = try ownProperty(value.object, key), property.attributes.contains(.enumerable)
      else {
        continue
      }
      let name: Value
      switch key {
      case .index(let index): name = Value(number: Double(index))
      case .named(let propertyKey): name = propertyKey.value
      }
      list.append(try headerPair(name, try get(value, key), method: "append"))
    }
    return list
  }

  private func makeHeadersPrototype() -> JSObject {
    let prototype = newObject()
    func thisHeaders(_ vm: VM, _ call: NativeCall, _ method: String) throws(Throw) -> HeadersObject {
      guard call.this.isObject, let headers = call.this.object as? HeadersObject else {
        throw vm.typeError("Headers.\(method): Illegal invocation")
      }
      return headers
    }
    func method(_ name: String, _ length: Int, _ body: @escaping NativeFunction) {
      prototype.addProperty(key(name), Value(makeNative(name, length: length, body)), .data)
    }
    func mutableHeaders(_ vm: VM, _ call: NativeCall, _ method: String) throws(Throw) -> HeadersObject {
      let headers = try thisHeaders(vm, call, method)
      guard !headers.isImmutable else { throw vm.typeError("immutable") }
      return headers
    }
    method("get", 1) { vm, call in
      let headers = try thisHeaders(vm, call, "get")
      let name = try vm.toSwiftString(call[0]).lowercased()
      let values = headers.list.filter { $0.name == name }.map(\.value)
      return values.isEmpty ? .null : vm.string(values.joined(separator: ", "))
    }
    method("has", 1) { vm, call in
      let headers = try thisHeaders(vm, call, "has")
      let name = try vm.toSwiftString(call[0]).lowercased()
      return headers.list.contains { $0.name == name } ? .true : .false
    }
    method("append", 2) { vm, call in
      let headers = try mutableHeaders(vm, call, "append")
      headers.list.append(try vm.headerPair(call[0], call[1], method: "append"))
      return .undefined
    }
    method("set", 2) { vm, call in
      let headers = try mutableHeaders(vm, call, "set")
      let pair = try vm.headerPair(call[0], call[1], method: "set")
      if let first = headers.list.firstIndex(where: { $0.name == pair.name }) {
        headers.list[first] = pair
        headers.list = headers.list.enumerated().filter { $0.offset <= first || $0.element.name != pair.name }
          .map(\.element)
      } else {
        headers.list.append(pair)
      }
      return .undefined
    }
    method("delete", 1) { vm, call in
      let headers = try mutableHeaders(vm, call, "delete")
      let name = try vm.toSwiftString(call[0]).lowercased()
      headers.list.removeAll { $0.name == name }
      return .undefined
    }
    method("getSetCookie", 0) { vm, call in
      let headers = try thisHeaders(vm, call, "getSetCookie")
      return Value(vm.newArray(headers.list.filter { $0.name == "set-cookie" }.map { vm.string($0.value) }))
    }
    method("forEach", 1) { vm, call in
      let headers = try thisHeaders(vm, call, "forEach")
      guard vm.isCallable(call[0]) else {
        throw vm.typeError("Headers.forEach: Argument 1 could not be converted to: Function.")
      }
      for (name, value) in headers.sortedAndCombined {
        _ = try vm.call(call[0], this: call[1], [vm.string(value), vm.string(name), call.this])
      }
      return .undefined
    }
    // entries, keys and values iterate a snapshot of the sorted and combined list.
    for (name, part) in [("entries", 2), ("keys", 0), ("values", 1)] {
      let function = makeNative(name, length: 0) { vm, call in
        let headers = try thisHeaders(vm, call, name)
        let items = headers.sortedAndCombined.map { (pair) -> Value in
          switch part {
          case 0: return vm.string(pair.name)
          case 1: return vm.string(pair.value)
          default: return Value(vm.newArray([vm.string(pair.name), vm.string(pair.value)]))
          }
        }
        return Value(try vm.makeArrayIterator(Value(vm.newArray(items)), kind: 0))
      }
      prototype.addProperty(key(name), Value(function), .data)
      if name == "entries" {
        prototype.addProperty(PropertyKey(symbol: names.symbolIterator), Value(function), .hidden)
      }
    }
    prototype.addProperty(
      PropertyKey(symbol: names.symbolToStringTag), Value(atom("Headers")), [.configurable])
    addInspection(prototype, "Headers") { vm, this in
      guard let headers = this.object as? HeadersObject else { return [] }
      return headers.sortedAndCombined.map { ($0.name, vm.string($0.value)) }
    }
    // `new Headers(init)` works as in node, for code that reaches the constructor through a response.
    let constructor = makeNative("Headers", length: 0, constructor: true) { vm, call in
      guard !call.newTarget.isUndefined else {
        throw vm.typeError("Class constructor Headers cannot be invoked without 'new'")
      }
      return Value(vm.newHeaders(try vm.headerList(from: call[0])))
    }
    linkConstructor(constructor, prototype)
    freezeNetPrototype(prototype)
    return prototype
  }

  // MARK: Response

  func newResponse(
    status: Int, headers: [(name: String, value: String)], body: Data, url: String, redirected: Bool
  ) -> ResponseObject {
    let response = heap.register(
      ResponseObject(shape: emptyShape, proto: Value(netObjectPrototypes.response)), bytes: 160 + body.count)
    response.status = status
    response.statusText = HTTPReasonPhrase.text(for: status)
    let headersObject = newHeaders(headers)
    headersObject.isImmutable = true
    response.headers = Value(headersObject)
    response.url = url
    response.redirected = redirected
    response.body = body
    return response
  }

  private func makeResponsePrototype() -> JSObject {
    let prototype = newObject()
    func thisResponse(_ vm: VM, _ call: NativeCall) throws(Throw) -> ResponseObject {
      guard call.this.isObject, let response = call.this.object as? ResponseObject else {
        throw vm.typeError("Illegal invocation")
      }
      return response
    }
    func getter(_ name: String, _ read: @escaping (VM, ResponseObject) -> Value) {
      let function = makeNative("get " + name, length: 0) { vm, call in read(vm, try thisResponse(vm, call)) }
      defineAccessor(
        prototype, .named(key(name)), getter: Value(function), setter: nil,
        attributes: [.configurable, .enumerable])
    }
    getter("status") { _, response in Value(number: Double(response.status)) }
    getter("statusText") { vm, response in vm.string(response.statusText) }
    getter("ok") { _, response in (200...299).contains(response.status) ? .true : .false }
    getter("headers") { _, response in response.headers }
    getter("url") { vm, response in vm.string(response.url) }
    getter("redirected") { _, response in response.redirected ? .true : .false }
    getter("type") { vm, response in vm.string(response.type) }
    getter("bodyUsed") { _, response in response.bodyUsed ? .true : .false }
    /// The body methods read the body once and settle a promise; a second read is refused.
    func bodyMethod(_ name: String, _ read: @escaping (VM, Data) throws(Throw) -> Value) {
      let function = makeNative(name, length: 0) { vm, call in
        let response = try thisResponse(vm, call)
        let promise = vm.newPromise()
        if response.bodyUsed {
          vm.rejectPromise(promise, vm.typeError("Body is unusable: Body has already been read").value)
          return Value(promise)
        }
        response.bodyUsed = true
        let body = response.body
        response.body = Data()
        do throws(Throw) {
          vm.resolvePromise(promise, try read(vm, body))
        } catch {
          if error.termination != nil { throw error }
          vm.rejectPromise(promise, error.value)
        }
        return Value(promise)
      }
      prototype.addProperty(key(name), Value(function), .data)
    }
    let clone = makeNative("clone", length: 0) { vm, call in
      let response = try thisResponse(vm, call)
      guard !response.bodyUsed else { throw vm.typeError("Response.clone: Body has already been consumed.") }
      let copy = vm.newResponse(
        status: response.status, headers: [], body: response.body, url: response.url,
        redirected: response.redirected)
      copy.statusText = response.statusText
      copy.type = response.type
      if let headers = response.headers.object as? HeadersObject,
        let copied = copy.headers.object as? HeadersObject
      {
        copied.list = headers.list
        copied.isImmutable = headers.isImmutable
      }
      return Value(copy)
    }
    prototype.addProperty(key("clone"), Value(clone), .data)
    bodyMethod("text") { vm, body in vm.string(VM.decodeUTF8Body(body)) }
    bodyMethod("json") { (vm, body) throws(Throw) in
      var parser = JSONTextParser(units: Array(VM.decodeUTF8Body(body).utf16), vm: vm)
      return try parser.parseDocument()
    }
    bodyMethod("arrayBuffer") { (vm, body) throws(Throw) in
      let buffer = try vm.allocateArrayBuffer(body.count)
      if let data = buffer.data {
        body.copyBytes(to: data.assumingMemoryBound(to: UInt8.self), count: body.count)
      }
      return Value(buffer)
    }
    bodyMethod("bytes") { (vm, body) throws(Throw) in
      let bytes = try vm.allocateTypedArray(.uint8, length: body.count)
      if body.count > 0 {
        body.copyBytes(to: bytes.pointer(0).assumingMemoryBound(to: UInt8.self), count: body.count)
      }
      return Value(bytes)
    }
    prototype.addProperty(
      PropertyKey(symbol: names.symbolToStringTag), Value(atom("Response")), [.configurable])
    addInspection(prototype, "Response") { vm, this in
      guard let response = this.object as? ResponseObject else { return [] }
      return [
        ("status", Value(number: Double(response.status))), ("statusText", vm.string(response.statusText)),
        ("headers", response.headers), ("bodyUsed", response.bodyUsed ? .true : .false),
        ("ok", (200...299).contains(response.status) ? .true : .false),
        ("redirected", response.redirected ? .true : .false), ("type", vm.string(response.type)),
        ("url", vm.string(response.url)),
      ]
    }
    // `new Response(body, { status, statusText, headers })`: a response made by the program itself.
    let constructor = makeNative("Response", length: 0, constructor: true) { vm, call in
      guard !call.newTarget.isUndefined else {
        throw vm.typeError("Class constructor Response cannot be invoked without 'new'")
      }
      let body = call[0].isUndefined || call[0].isNull ? Data() : try vm.requestBody(call[0]).0
      var status = 200
      var statusText: String?
      var headers: [(name: String, value: String)] = []
      if call[1].isObject {
        let statusValue = try vm.get(call[1], vm.key("status"))
        if !statusValue.isUndefined {
          let number = try vm.toNumber(statusValue)
          guard number >= 200, number < 600 else {
            throw vm.rangeError("init[\"status\"] must be in the range of 200 to 599, inclusive.")
          }
          status = Int(number)
        }
        let statusTextValue = try vm.get(call[1], vm.key("statusText"))
        if !statusTextValue.isUndefined { statusText = try vm.toSwiftString(statusTextValue) }
        headers = try vm.headerList(from: try vm.get(call[1], vm.key("headers")))
      }
      let response = vm.newResponse(status: status, headers: headers, body: body, url: "", redirected: false)
      response.statusText = statusText ?? ""
      response.type = "default"
      (response.headers.object as? HeadersObject)?.isImmutable = false
      return Value(response)
    }
    linkConstructor(constructor, prototype)
    freezeNetPrototype(prototype)
    return prototype
  }

  private func linkConstructor(_ constructor: JSFunction, _ prototype: JSObject) {
    constructor.addProperty(names.prototype, Value(prototype), [])
    prototype.addProperty(names.constructor, Value(constructor), .hidden)
    freeze(constructor)
  }

  /// Node prints a Response or Headers with its fields (`Response { status: 200, ... }`): the
  /// `util.inspect.custom` method gives inspect a plain object of that name holding them.
  private func addInspection(
    _ prototype: JSObject, _ name: String, _ fields: @escaping (VM, Value) -> [(String, Value)]
  ) {
    let symbol = registeredSymbol(atom("nodejs.util.inspect.custom"))
    let function = makeNative("[nodejs.util.inspect.custom]", length: 0) { vm, call in
      guard call.this.isObject else { return call.this }
      let named = vm.newObject()
      named.addProperty(
        vm.names.constructor, Value(vm.makeNative(name, length: 0) { _, _ in .undefined }), .hidden)
      let shown = vm.newObject(proto: Value(named))
      for (key, value) in fields(vm, call.this) { shown.addProperty(vm.key(key), value, .data) }
      return Value(shown)
    }
    prototype.addProperty(PropertyKey(symbol: symbol), Value(function), .hidden)
  }

  /// UTF-8 decode as fetch's `text()` does: a leading byte order mark dropped, bad bytes replaced.
  static func decodeUTF8Body(_ body: Data) -> String {
    let bytes = body.starts(with: [0xEF, 0xBB, 0xBF]) ? body.dropFirst(3) : body[...]
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The prototype and its functions are frozen, like the realm's intrinsics, so that one package
  /// cannot change what another package's responses do.
  private func freezeNetPrototype(_ prototype: JSObject) {
    for slot in 0..<prototype.shape.count {
      let value = prototype.slots[slot]
      if value.isObject {
        if let pair = value.object as? AccessorPair {
          if pair.getter.isObject { freeze(pair.getter.object) }
        } else {
          freeze(value.object)
        }
      }
    }
    freeze(prototype)
  }
}

extension VM {
  /// The `Headers` and `Response` handles: CapLowering passes these web globals to a module as
  /// handles, and they carry no authority (only `fetch` reaches the network), so every package
  /// receives the working constructors.
  func makeFetchClassHandle(_ name: String) -> Value {
    let prototype = name == "Headers" ? netObjectPrototypes.headers : netObjectPrototypes.response
    guard let slot = prototype.shape.slot(of: names.constructor) else { return .undefined }
    return prototype.slots[slot]
  }
}

/// The standard reason phrases (RFC 9110 and the IANA registry). URLSession does not give the
/// phrase the server sent, so `statusText` is the standard phrase for the status.
enum HTTPReasonPhrase {
  static func text(for status: Int) -> String {
    switch status {
    case 100: "Continue"
    case 101: "Switching Protocols"
    case 200: "OK"
    case 201: "Created"
    case 202: "Accepted"
    case 203: "Non-Authoritative Information"
    case 204: "No Content"
    case 205: "Reset Content"
    case 206: "Partial Content"
    case 300: "Multiple Choices"
    case 301: "Moved Permanently"
    case 302: "Found"
    case 303: "See Other"
    case 304: "Not Modified"
    case 307: "Temporary Redirect"
    case 308: "Permanent Redirect"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 402: "Payment Required"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 406: "Not Acceptable"
    case 407: "Proxy Authentication Required"
    case 408: "Request Timeout"
    case 409: "Conflict"
    case 410: "Gone"
    case 411: "Length Required"
    case 412: "Precondition Failed"
    case 413: "Content Too Large"
    case 414: "URI Too Long"
    case 415: "Unsupported Media Type"
    case 416: "Range Not Satisfiable"
    case 417: "Expectation Failed"
    case 418: "I'm a Teapot"
    case 421: "Misdirected Request"
    case 422: "Unprocessable Content"
    case 425: "Too Early"
    case 426: "Upgrade Required"
    case 428: "Precondition Required"
    case 429: "Too Many Requests"
    case 431: "Request Header Fields Too Large"
    case 451: "Unavailable For Legal Reasons"
    case 500: "Internal Server Error"
    case 501: "Not Implemented"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    case 505: "HTTP Version Not Supported"
    case 511: "Network Authentication Required"
    default: ""
    }
  }
}
