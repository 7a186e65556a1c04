import Foundation

/// setTimeout and friends, in node's (libuv's) loop phases: the timers due at the loop's cached time,
/// in due order (then creation order), then the immediates queued before that check phase; and
/// process.nextTick's queue, which runs before the promise jobs. Only packages holding the clock
/// capability receive the timer handles.
struct Timers {
  struct Timer {
    var id: Int
    var due: Double
    /// The delay as given (after node's clamping), for intervals and refresh().
    var delay: Double
    var callback: Value
    var arguments: [Value]
    /// `this` of the callback: the Timeout or Immediate object, as in node.
    var receiver: Value
    var repeats: Bool
    /// An unref'd timer does not keep the run alive by itself.
    var referenced = true
  }

  private var pending: [Timer] = []
  /// setImmediate callbacks, first in first out.
  private var immediates: [Timer] = []
  private var nextID = 1
  /// process.nextTick callbacks with their arguments, first in first out.
  private var ticks: [(callback: Value, arguments: [Value])] = []
  private var tickHead = 0
  private let start = DispatchTime.now().uptimeNanoseconds
  /// The loop's cached time (libuv's uv_now), which moves only when an iteration starts: a timer
  /// runs in the first iteration whose time has reached it. (A timer is due `delay` after the
  /// moment it was set, as node reads the time afresh when setting one.)
  private(set) var loopTime = 0.0

  /// Milliseconds since the run started, from the monotonic clock.
  func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }

  /// A timeout or interval due `delay` ms from now, or (`immediate`) an immediate.
  mutating func schedule(
    _ callback: Value, arguments: [Value], delay: Double, repeats: Bool, immediate: Bool = false
  ) -> Int {
    let id = nextID
    nextID += 1
    let timer = Timer(
      id: id, due: now() + delay, delay: delay, callback: callback, arguments: arguments,
      receiver: .undefined, repeats: repeats)
    if immediate { immediates.append(timer) } else { pending.append(timer) }
    return id
  }

  /// Applies `change` to the timeout, interval or immediate `id`; false when it already ran or was
  /// cleared.
  @discardableResult
  private mutating func update(_ id: Int, _ change: (inout Timer) -> Void) -> Bool {
    if let index = pending.firstIndex(where: { $0.id == id }) {
      change(&pending[index])
      return true
    }
    if let index = immediates.firstIndex(where: { $0.id == id }) {
      change(&immediates[index])
      return true
    }
    return false
  }

  /// The object a timer's callback receives as `this`.
  mutating func setReceiver(_ id: Int, _ receiver: Value) {
    update(id) { $0.receiver = receiver }
  }

  mutating func cancel(_ id: Int) {
    pending.removeAll { $0.id == id }
    immediates.removeAll { $0.id == id }
  }

  /// ref() and unref(); false when the timer already ran or was cleared.
  @discardableResult
  mutating func setReferenced(_ id: Int, _ referenced: Bool) -> Bool {
    update(id) { $0.referenced = referenced }
  }

  func isReferenced(_ id: Int) -> Bool? {
    (pending.first { $0.id == id } ?? immediates.first { $0.id == id })?.referenced
  }

  /// refresh(): due again one delay from now, keeping its id.
  mutating func refresh(_ id: Int) {
    let now = now()
    update(id) { $0.due = now + $0.delay }
  }

  /// Something referenced is left to run: without it the run ends, even if unref'd timers remain.
  var hasReferencedWork: Bool {
    pending.contains(where: \.referenced) || immediates.contains(where: \.referenced)
  }

  /// A loop iteration starts: the cached time moves to now.
  mutating func updateLoopTime() { loopTime = now() }

  /// Removes and returns the timer due first at the loop's time (an interval is re-armed), if any.
  mutating func nextDue() -> Timer? {
    guard
      let index = pending.indices.min(by: {
        (pending[$0].due, pending[$0].id) < (pending[$1].due, pending[$1].id)
      }), pending[index].due <= loopTime
    else { return nil }
    let timer = pending[index]
    if timer.repeats {
      pending[index].due = loopTime + timer.delay
    } else {
      pending.remove(at: index)
    }
    return timer
  }

  /// When the next timeout or interval is due, for the loop to sleep until then.
  var nextDueTime: Double? { pending.map(\.due).min() }

  /// Until when the event loop may wait for host results (fetch) before timer work is due: now when
  /// immediates are waiting, nil when only unref'd timers (or none) are left.
  var nextWakeTime: Double? {
    if !immediates.isEmpty { return now() }
    return pending.contains(where: \.referenced) ? pending.map(\.due).min() : nil
  }

  var immediateCount: Int { immediates.count }

  mutating func takeImmediate() -> Timer? { immediates.isEmpty ? nil : immediates.removeFirst() }

  var hasTicks: Bool { tickHead < ticks.count }

  mutating func enqueueTick(_ callback: Value, arguments: [Value]) {
    ticks.append((callback, arguments))
  }

  mutating func dequeueTick() -> (callback: Value, arguments: [Value])? {
    guard tickHead < ticks.count else { return nil }
    let tick = ticks[tickHead]
    tickHead += 1
    if tickHead == ticks.count {
      ticks.removeAll(keepingCapacity: true)
      tickHead = 0
    }
    return tick
  }

  func trace(_ marker: inout Marker) {
    for timer in pending + immediates {
      marker.mark(timer.callback)
      marker.mark(timer.receiver)
      for argument in timer.arguments { marker.mark(argument) }
    }
    for tick in ticks[tickHead...] {
      marker.mark(tick.callback)
      for argument in tick.arguments { marker.mark(argument) }
    }
  }
}
