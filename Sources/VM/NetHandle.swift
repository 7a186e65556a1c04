import Foundation
import Seal

/// Where a request goes, as the authority check sees it: the host as URL parsing gives it
/// (lowercased; an IPv6 literal in brackets) and the port (the scheme's default when none is written).
/// Only the name the guest gave is checked: what it resolves to is not (no DNS rebinding defence).
struct NetTarget: Equatable {
  let host: String
  let port: Int

  init?(_ url: URL) {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      var host = url.host?.lowercased(), !host.isEmpty
    else { return nil }
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    self.host = host.contains(":") ? "[\(host)]" : host
    port = url.port ?? (scheme == "https" ? 443 : 80)
  }

  var hostPort: String { "\(host):\(port)" }

  /// The Fetch standard's "bad ports" (other protocols' well-known ports), which fetch never connects to.
  static let badPorts: Set<Int> = [
    1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
    109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
    526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
    3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080,
  ]
}

/// The hosts one package may reach: its manifest's `receives` (the claims narrowed by the
/// application's grants, fixed at build time), intersected with what `cruftvm run --allow net...`
/// allows. An entry is `host:port`, `host:*` (any port of the host) or `*` (any host).
struct NetAuthority {
  let packageName: String
  let received: [String]
  /// `--allow net:HOST:PORT` entries; `*` (from `--allow net`) is whatever the bundle grants.
  let allowed: Set<String>

  init(packageName: String, received: [String], allowed: Set<String>) {
    self.packageName = packageName
    self.received = received
    self.allowed = allowed
  }

  init(package: BundlePackage, grants: RunGrants) {
    var received: [String] = []
    if case .array(let items)? = package.receives["net"] {
      for case .string(let entry) in items { received.append(entry) }
    }
    self.init(packageName: package.name, received: received, allowed: grants.net)
  }

  func permits(_ target: NetTarget) -> Bool {
    bundleGrants(target)
      && (allowed.contains("*") || allowed.contains { NetAuthority.entry($0, covers: target) })
  }

  /// The bundle's manifest gives the package this target (the run may still not allow it).
  func bundleGrants(_ target: NetTarget) -> Bool {
    received.contains { NetAuthority.entry($0, covers: target) }
  }

  static func entry(_ entry: String, covers target: NetTarget) -> Bool {
    if entry == "*" { return true }
    guard let colon = entry.lastIndex(of: ":") else { return false }
    let host = entry[..<colon].lowercased()
    let port = entry[entry.index(after: colon)...]
    return host == target.host && (port == "*" || Int(port) == target.port)
  }
}

extension RunGrants {
  /// `--allow net` (every host the bundle grants) or `--allow net:HOST:PORT` (`HOST:*` for any port).
  mutating func allowNet(_ text: String) throws(RunError) {
    if text == "net" {
      net.insert("*")
      return
    }
    try allowNet(entry: String(text.dropFirst("net:".count)), from: "--allow \(text)")
  }

  /// One allowance: `host:port`, `host:*`, or `*` for every host the bundle grants. `from` says
  /// where it was written, for the error.
  mutating func allowNet(entry text: String, from origin: String) throws(RunError) {
    let entry = text.lowercased()
    if entry == "*" {
      net.insert("*")
      return
    }
    guard let colon = entry.lastIndex(of: ":"), colon != entry.startIndex else {
      throw RunError(
        message: "\(origin): a net allowance is net:HOST:PORT",
        help: "for example --allow net:example.com:443",
        status: RunError.usageStatus)
    }
    let port = entry[entry.index(after: colon)...]
    guard port == "*" || (Int(port).map { (1...65535).contains($0) } ?? false) else {
      throw RunError(
        message: "\(origin): '\(port)' is not a port (1 to 65535, or * for any)",
        help: "for example --allow net:example.com:443", status: RunError.usageStatus)
    }
    net.insert(entry)
  }
}

/// One fetch in progress: the request of the next hop and what its redirects have done so far.
struct FetchState {
  enum RedirectMode: String { case follow, manual, error }

  var request: NetRequest
  var redirect: RedirectMode
  /// Every URL fetched so far, the current one last.
  var urlList: [URL]
  let authority: NetAuthority
}

extension VM {
  /// The `fetch` handle of a package: node 20's fetch for http and https, limited to the package's
  /// net authority, which is checked before every connection, redirects included.
  func makeFetchHandle(package: BundlePackage, grants: RunGrants) -> Value {
    let authority = NetAuthority(package: package, grants: grants)
    let fetch = makeNative("fetch", length: 1) { vm, call in
      let promise = vm.newPromise()
      do throws(Throw) {
        let state = try vm.fetchState(input: call[0], options: call[1], authority: authority)
        vm.startFetchHop(state, promise: promise)
      } catch {
        if error.termination != nil { throw error }
        vm.rejectPromise(promise, error.value)
      }
      return Value(promise)
    }
    freeze(fetch)
    return Value(fetch)
  }

  /// The request a `fetch(input, init)` call describes, with node's errors for bad arguments.
  private func fetchState(input: Value, options: Value, authority: NetAuthority) throws(Throw) -> FetchState {
    let text = try toSwiftString(input)
    guard let url = VM.parseFetchURL(text) else {
      throw failedToParseURL(text)
    }
    if let user = url.user, !user.isEmpty || url.password != nil {
      throw typeError("Request cannot be constructed from a URL that includes credentials: \(text)")
    }
    var method = "GET"
    var headers: [(name: String, value: String)] = []
    var body: Data?
    var redirect = FetchState.RedirectMode.follow
    if options.isObject {
      let methodValue = try get(options, key("method"))
      if !methodValue.isUndefined {
        method = try toSwiftString(methodValue)
        let upper = method.uppercased()
        if ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"].contains(upper) { method = upper }
        if ["CONNECT", "TRACE", "TRACK"].contains(upper) {
          throw typeError("'\(method)' HTTP method is unsupported.")
        }
        let tokenCharacters = Set(
          "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        guard !method.isEmpty, method.allSatisfy({ tokenCharacters.contains($0) }) else {
          throw typeError("'\(method)' is not a valid HTTP method.")
        }
      }
      headers = try headerList(from: try get(options, key("headers")))
      let bodyValue = try get(options, key("body"))
      if !bodyValue.isUndefined && !bodyValue.isNull {
        guard method != "GET" && method != "HEAD" else {
          throw typeError("Request with GET/HEAD method cannot have body.")
        }
        let (bytes, contentType) = try requestBody(bodyValue)
        body = bytes
        if let contentType, !headers.contains(where: { $0.name == "content-type" }) {
          headers.append(("content-type", contentType))
        }
      }
      let redirectValue = try get(options, key("redirect"))
      if !redirectValue.isUndefined {
        let mode = try toSwiftString(redirectValue)
        guard let parsed = FetchState.RedirectMode(rawValue: mode) else {
          throw typeError(
            "Request constructor: \(mode) is not an accepted type. Expected one of follow, manual, error.")
        }
        redirect = parsed
      }
    }
    return FetchState(
      request: NetRequest(method: method, url: url, headers: headers, body: body), redirect: redirect,
      urlList: [url], authority: authority)
  }

  /// A body's bytes and the content type it implies: a string is UTF-8 text, an ArrayBuffer or a view
  /// its bytes, anything else its string form.
  func requestBody(_ value: Value) throws(Throw) -> (Data, String?) {
    if value.isObject {
      if let view = value.object as? TypedArrayObject {
        guard !view.isOutOfBounds else { return (Data(), nil) }
        return (Data(bytes: view.pointer(0), count: view.byteLength), nil)
      }
      if let buffer = value.object as? ArrayBufferObject {
        guard let data = buffer.data else { return (Data(), nil) }
        return (Data(bytes: data, count: buffer.byteLength), nil)
      }
      if let view = value.object as? DataViewObject {
        guard !view.isOutOfBounds, let data = view.buffer.data else { return (Data(), nil) }
        return (Data(bytes: data + view.byteOffset, count: view.viewByteLength), nil)
      }
      // URLSearchParams (the Node library's) is sent as a form, like node does.
      let tag = try get(value, .named(PropertyKey(symbol: names.symbolToStringTag)))
      if tag.isString, tag.string.swiftString == "URLSearchParams" {
        return (Data(try toSwiftString(value).utf8), "application/x-www-form-urlencoded;charset=UTF-8")
      }
    }
    return (Data(try toSwiftString(value).utf8), "text/plain;charset=UTF-8")
  }

  /// An absolute http or https URL, or any other absolute URL (refused later as an unknown scheme);
  /// nil when the text is not an absolute URL. The fragment is not part of the request.
  static func parseFetchURL(_ text: String, relativeTo base: URL? = nil) -> URL? {
    guard let parsed = URL(string: text, relativeTo: base)?.absoluteURL,
      var components = URLComponents(url: parsed, resolvingAgainstBaseURL: false),
      let scheme = components.scheme, !scheme.isEmpty
    else { return nil }
    components.scheme = scheme.lowercased()
    components.fragment = nil
    if scheme.lowercased() == "http" || scheme.lowercased() == "https" {
      // Parsing decodes a percent-encoded host; one that still holds "%" is refused, so that the check
      // and the connection read the same name.
      guard let host = components.percentEncodedHost, !host.isEmpty, !host.contains("%") else { return nil }
      if components.percentEncodedPath.isEmpty { components.percentEncodedPath = "/" }
    }
    return components.url
  }

  private func failedToParseURL(_ text: String) -> Throw {
    let error = typeError("Failed to parse URL from \(text)")
    let cause = nodeError(realm.typeErrorPrototype, code: "ERR_INVALID_URL", "Invalid URL")
    if cause.value.isObject { cause.value.object.addProperty(key("input"), string(text), .data) }
    error.value.object.addProperty(key("cause"), cause.value, .hidden)
    return error
  }

  /// Node's `TypeError: fetch failed`, with what went wrong as its `cause`.
  private func fetchFailed(_ failure: NetFailure, target: NetTarget?) -> Value {
    let cause = makeError(realm.errorPrototype, failure.message)
    // Node's system errors carry errno (libuv's negative numbers on Linux), code and syscall, then
    // where the connection went.
    let errno = ["ECONNREFUSED": -111, "ETIMEDOUT": -110, "ENOTFOUND": -3008]
    if let code = failure.code, let number = errno[code] {
      cause.object.addProperty(key("errno"), Value(number: Double(number)), .data)
    }
    if let code = failure.code { cause.object.addProperty(key("code"), string(code), .data) }
    if let syscall = failure.syscall { cause.object.addProperty(key("syscall"), string(syscall), .data) }
    if failure.code == "ENOTFOUND", let target {
      cause.object.addProperty(key("hostname"), string(target.host), .data)
    }
    if failure.code == "ECONNREFUSED" || failure.code == "ETIMEDOUT", let target {
      cause.object.addProperty(key("address"), string(target.host), .data)
      cause.object.addProperty(key("port"), Value(number: Double(target.port)), .data)
    }
    let error = makeError(realm.typeErrorPrototype, "fetch failed")
    error.object.addProperty(key("cause"), cause, .hidden)
    return error
  }

  /// The refusal of a request to a host the package does not hold: it names the capability, the
  /// host:port asked for and the grant that would allow it.
  private func netDenial(_ authority: NetAuthority, _ target: NetTarget, url: URL, redirectedFrom: URL?)
    -> Value
  {
    let hostPort = target.hostPort
    let attempt =
      redirectedFrom.map { "a redirect from \($0.absoluteString) to \(url.absoluteString)" }
      ?? "fetch \(url.absoluteString)"
    // Say which side is missing: the bundle's grant (then the run's allowance is needed too), or
    // only this run's allowance.
    let remedy =
      authority.bundleGrants(target)
      ? "this run does not allow it; allow it with cruftvm run --allow net:\(hostPort)"
      : "grant it with \"net\": [\"\(hostPort)\"] in cruft.json and allow it with cruftvm run --allow net:\(hostPort)"
    let error = makeError(
      realm.typeErrorPrototype,
      "cruft: \(authority.packageName) was not granted net access to \(hostPort) (\(attempt)); \(remedy)")
    error.object.addProperty(key("code"), string("E_CAP_DENIED"), .data)
    error.object.addProperty(key("capability"), string("net"), .data)
    error.object.addProperty(key("target"), string(hostPort), .data)
    return error
  }

  /// Checks the hop's host against the package's authority, then sends it off the VM thread; the
  /// event loop hands the result to `completeFetchHop`.
  private func startFetchHop(_ state: FetchState, promise: PromiseObject) {
    let url = state.request.url
    let previous = state.urlList.count > 1 ? state.urlList[state.urlList.count - 2] : nil
    guard let target = NetTarget(url) else {
      // Node's messages: file: is "not implemented", other schemes unknown; a redirect must stay HTTP(S).
      let message =
        previous != nil
        ? "URL scheme must be a HTTP(S) scheme"
        : url.scheme == "file" ? "not implemented... yet..." : "unknown scheme"
      rejectPromise(promise, fetchFailed(NetFailure(message: message), target: nil))
      return
    }
    guard state.authority.permits(target) else {
      rejectPromise(promise, netDenial(state.authority, target, url: url, redirectedFrom: previous))
      return
    }
    if NetTarget.badPorts.contains(target.port) {
      rejectPromise(promise, fetchFailed(NetFailure(message: "bad port"), target: target))
      return
    }
    let mailbox = hostOperations.mailbox
    let id = hostOperations.start(roots: [Value(promise)]) { (vm, roots, result) throws(Throw) in
      guard let promise = roots[0].object as? PromiseObject, let result = result as? NetResult else { return }
      do throws(Throw) {
        try vm.completeFetchHop(state, target: target, promise: promise, result: result)
      } catch {
        if error.termination != nil { throw error }
        vm.rejectPromise(promise, error.value)
      }
    }
    NetClient.shared.send(state.request, limit: limits.maximumHeapBytes) { result in mailbox.post(id, result)
    }
  }

  /// On the VM thread: settles the fetch with the response, or follows a redirect as a new hop.
  private func completeFetchHop(
    _ state: FetchState, target: NetTarget, promise: PromiseObject, result: NetResult
  )
    throws(Throw)
  {
    switch result {
    case .failure(let failure):
      rejectPromise(promise, fetchFailed(failure, target: target))
    case .response(let status, let headers, let body):
      let location = headers.first { $0.name == "location" }?.value
      if [301, 302, 303, 307, 308].contains(status), let location, state.redirect != .manual {
        if state.redirect == .error {
          rejectPromise(promise, fetchFailed(NetFailure(message: "unexpected redirect"), target: target))
          return
        }
        guard state.urlList.count <= 20 else {
          rejectPromise(promise, fetchFailed(NetFailure(message: "redirect count exceeded"), target: target))
          return
        }
        guard let next = VM.parseFetchURL(location, relativeTo: state.request.url) else {
          rejectPromise(promise, fetchFailed(NetFailure(message: "Invalid URL"), target: target))
          return
        }
        // The Fetch standard refuses credentials in a cross-origin Location; none are ever sent here.
        if next.user != nil || next.password != nil {
          rejectPromise(
            promise, fetchFailed(NetFailure(message: "redirect to a URL with credentials"), target: target))
          return
        }
        startFetchHop(VM.redirected(state, to: next, status: status), promise: promise)
        return
      }
      // The body joins the heap as the response's bytes: it counts against --max-heap like any buffer.
      try reserve(bytes: body.count)
      let response = newResponse(
        status: status, headers: headers, body: body, url: state.request.url.absoluteString,
        redirected: state.urlList.count > 1)
      resolvePromise(promise, Value(response))
    }
  }

  /// The next hop of a followed redirect (the Fetch standard's HTTP-redirect fetch): 301 and 302
  /// turn a POST into a GET, 303 turns anything but HEAD into a GET, both dropping the body and its
  /// headers; credentials headers are not sent to another origin.
  static func redirected(_ state: FetchState, to next: URL, status: Int) -> FetchState {
    var state = state
    let method = state.request.method
    if ((status == 301 || status == 302) && method == "POST")
      || (status == 303 && method != "GET" && method != "HEAD")
    {
      state.request.method = "GET"
      state.request.body = nil
      let bodyHeaders: Set = [
        "content-encoding", "content-language", "content-location", "content-type", "content-length",
      ]
      state.request.headers.removeAll { bodyHeaders.contains($0.name) }
    }
    let current = state.request.url
    let sameOrigin =
      current.scheme == next.scheme && NetTarget(current) == NetTarget(next)
    if !sameOrigin {
      state.request.headers.removeAll {
        ["authorization", "cookie", "proxy-authorization"].contains($0.name)
      }
    }
    state.request.url = next
    state.urlList.append(next)
    return state
  }
}

extension NetFailure {
  init(message: String) {
    self.init(message: message, code: nil, syscall: nil)
  }
}
