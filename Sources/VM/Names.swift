/// Property keys the VM itself uses, interned once.
struct Names {
  let length, prototype, constructor, name, message, stack, cause, toString, valueOf, next, done, value,
    `return`, `throw`, get, set, enumerable, configurable, writable, callee, lastIndex, index, input, groups,
    then, errors, raw, default_, exports, url, join, toJSON, size, source, flags, global: PropertyKey
  let symbolIterator, symbolAsyncIterator, symbolHasInstance, symbolToPrimitive, symbolToStringTag,
    symbolSpecies, symbolIsConcatSpreadable, symbolUnscopables, symbolMatch, symbolMatchAll, symbolReplace,
    symbolSearch, symbolSplit: JSSymbol
  let emptyString: JSString

  init(vm: VM) {
    func k(_ text: String) -> PropertyKey { vm.key(text) }
    length = k("length")
    prototype = k("prototype")
    constructor = k("constructor")
    name = k("name")
    message = k("message")
    stack = k("stack")
    cause = k("cause")
    toString = k("toString")
    valueOf = k("valueOf")
    next = k("next")
    done = k("done")
    value = k("value")
    `return` = k("return")
    `throw` = k("throw")
    get = k("get")
    set = k("set")
    enumerable = k("enumerable")
    configurable = k("configurable")
    writable = k("writable")
    callee = k("callee")
    lastIndex = k("lastIndex")
    index = k("index")
    input = k("input")
    groups = k("groups")
    then = k("then")
    errors = k("errors")
    raw = k("raw")
    default_ = k("default")
    exports = k("exports")
    url = k("url")
    join = k("join")
    toJSON = k("toJSON")
    size = k("size")
    source = k("source")
    flags = k("flags")
    global = k("global")
    func symbol(_ text: String) -> JSSymbol { vm.newSymbol(description: Value(vm.atom(text))) }
    symbolIterator = symbol("Symbol.iterator")
    symbolAsyncIterator = symbol("Symbol.asyncIterator")
    symbolHasInstance = symbol("Symbol.hasInstance")
    symbolToPrimitive = symbol("Symbol.toPrimitive")
    symbolToStringTag = symbol("Symbol.toStringTag")
    symbolSpecies = symbol("Symbol.species")
    symbolIsConcatSpreadable = symbol("Symbol.isConcatSpreadable")
    symbolUnscopables = symbol("Symbol.unscopables")
    symbolMatch = symbol("Symbol.match")
    symbolMatchAll = symbol("Symbol.matchAll")
    symbolReplace = symbol("Symbol.replace")
    symbolSearch = symbol("Symbol.search")
    symbolSplit = symbol("Symbol.split")
    emptyString = vm.atom("")
  }

  func trace(_ marker: inout Marker) {
    for symbol in [
      symbolIterator, symbolAsyncIterator, symbolHasInstance, symbolToPrimitive, symbolToStringTag,
      symbolSpecies,
      symbolIsConcatSpreadable, symbolUnscopables, symbolMatch, symbolMatchAll, symbolReplace, symbolSearch,
      symbolSplit,
    ] {
      marker.mark(symbol)
    }
  }
}
