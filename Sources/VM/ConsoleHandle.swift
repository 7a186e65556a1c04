extension VM {
  /// `console` (and `require('console')`): the stdio capability, printed with node's formatting.
  func makeConsoleHandle(_ held: HeldCapabilities, package: String) -> Value {
    let console = newObject()
    for method in ["log", "info", "debug", "error", "warn", "trace"] {
      let toError = method == "error" || method == "warn" || method == "trace"
      console.addProperty(
        key(method),
        Value(
          makeNative(method, length: 0) { vm, call in
            guard held.stdio else { throw vm.capabilityDenied(package, "stdio", via: "console.\(method)") }
            let line = try vm.format(call.arguments.array) + "\n"
            if toError { vm.standardError(line) } else { vm.standardOutput(line) }
            return .undefined
          }), .hidden)
    }
    func add(_ name: String, _ length: Int, _ body: @escaping (VM, NativeCall) throws(Throw) -> String) {
      console.addProperty(
        key(name),
        Value(
          makeNative(name, length: length) { vm, call in
            guard held.stdio else { throw vm.capabilityDenied(package, "stdio", via: "console.\(name)") }
            vm.standardOutput(try body(vm, call) + "\n")
            return .undefined
          }), .hidden)
    }
    // console.dir(value, options): util.inspect with the options, never format directives.
    add("dir", 0) { vm, call throws(Throw) in
      let options = call[1].isObject ? try vm.inspectOptions(from: call[1]) : InspectOptions()
      return try vm.withInspectOptions(options) { () throws(Throw) in try vm.inspect(call[0], topLevel: false)
      }
    }
    add("table", 1) { vm, call throws(Throw) in
      if !call[1].isUndefined && !(call[1].isObject && call[1].object.kind == .array) {
        throw vm.invalidArgumentType("properties", "an instance of Array", call[1])
      }
      guard call[0].isObject else { return try vm.format([call[0]]) }
      return try vm.consoleTable(call[0].object, properties: call[1])
    }
    freeze(console)
    return Value(console)
  }

  /// node's console.table: a box-drawn table of an object's (or array's) rows, one column per
  /// property, a `Values` column for primitive rows; Maps and Sets by iteration index.
  func consoleTable(_ data: JSObject, properties: Value) throws(Throw) -> String {
    // Cells as node's `_inspect` shows them: one level deep, at most three array elements, one line.
    func cell(_ value: Value) throws(Throw) -> String {
      var options = InspectOptions()
      options.depth = 0
      if value.isObject && value.object.kind != .array,
        try enumerableOwnKeys(value.object).count > 2
      {
        options.depth = -1
      }
      options.maxArrayLength = 3
      options.breakLength = Int.max / 2
      return try withInspectOptions(options) { () throws(Throw) in try inspect(value, topLevel: false) }
    }
    var head: [String]
    var columns: [[String?]]
    if data.kind == .map || data.kind == .set {
      let collection = data as! CollectionObject
      var keys: [String?] = []
      var values: [String?] = []
      var indices: [String?] = []
      for position in collection.keys.indices where collection.live[position] {
        indices.append(String(indices.count))
        if data.kind == .map {
          keys.append(try cell(collection.keys[position]))
          values.append(try cell(collection.values[position]))
        } else {
          values.append(try cell(collection.keys[position]))
        }
      }
      head = data.kind == .map ? ["(iteration index)", "Key", "Values"] : ["(iteration index)", "Values"]
      columns = data.kind == .map ? [indices, keys, values] : [indices, values]
      return boxTable(head: head, columns: columns)
    }
    let rowKeys = try enumerableOwnKeys(data)
    var chosen: [Key]? = nil
    if properties.isObject {
      chosen = try arrayValues(properties).map { (name) throws(Throw) in try toKey(name) }
    }
    var columnOrder: [Key] = []
    var columnCells: [Key: [String?]] = [:]
    var values: [String?] = Array(repeating: nil, count: rowKeys.count)
    var hasPrimitives = false
    for (row, rowKey) in rowKeys.enumerated() {
      let item = try get(Value(data), rowKey)
      let primitive = !item.isObject
      if chosen == nil && primitive {
        hasPrimitives = true
        values[row] = try cell(item)
        continue
      }
      var keys: [Key] = chosen ?? []
      if chosen == nil && item.isObject { keys = try enumerableOwnKeys(item.object) }
      for key in keys {
        if columnCells[key] == nil {
          columnOrder.append(key)
          columnCells[key] = Array(repeating: nil, count: rowKeys.count)
        }
        if !primitive, try ownProperty(item.object, key) != nil {
          columnCells[key]![row] = try cell(try get(item, key))
        } else {
          columnCells[key]![row] = ""
        }
      }
    }
    head = ["(index)"] + columnOrder.map { displayKey($0) }
    columns = [rowKeys.map { displayKey($0) }] + columnOrder.map { columnCells[$0]! }
    if hasPrimitives {
      head.append("Values")
      columns.append(values)
    }
    return boxTable(head: head, columns: columns)
  }

  private func displayKey(_ key: Key) -> String {
    switch key {
    case .index(let index): return String(index)
    case .named(let name): return display(name.value)
    }
  }

  /// The box drawing of node's `cli_table` (node 20.20: cells aligned left).
  private func boxTable(head: [String], columns: [[String?]]) -> String {
    let rowCount = columns.map(\.count).max() ?? 0
    var widths = head.map(\.count)
    var rows: [[String]] = Array(repeating: [], count: rowCount)
    for (index, column) in columns.enumerated() {
      for row in 0..<rowCount {
        let text = row < column.count ? column[row] ?? "" : ""
        rows[row].append(text)
        widths[index] = max(widths[index], text.count)
      }
    }
    func render(_ cells: [String]) -> String {
      var out = "│ "
      for (index, text) in cells.enumerated() {
        out += text + String(repeating: " ", count: widths[index] - text.count)
        if index != cells.count - 1 { out += " │ " }
      }
      return out + " │"
    }
    let divider = widths.map { String(repeating: "─", count: $0 + 2) }
    var out = "┌" + divider.joined(separator: "┬") + "┐\n" + render(head) + "\n"
    out += "├" + divider.joined(separator: "┼") + "┤\n"
    for row in rows { out += render(row) + "\n" }
    return out + "└" + divider.joined(separator: "┴") + "┘"
  }
}
