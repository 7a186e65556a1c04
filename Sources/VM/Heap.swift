/// Everything a `Value` can point to. The heap's `cells` array holds the only strong reference to
/// each cell; values hold raw pointers. The collector marks what the roots reach and drops the rest
/// from `cells`, and Swift frees them: cycles between cells are invisible to reference counting, so
/// cyclic garbage is reclaimed like any other.
class Cell {
  var marked = false
  /// The estimated size recorded when the cell was registered.
  var estimatedBytes: Int32 = 0

  /// The estimated size now (objects and strings grow after registration).
  var liveBytes: Int { Int(estimatedBytes) }

  /// Marks every value this cell holds strongly.
  func trace(_ marker: inout Marker) {}

  /// For cells the heap holds in `weakHolders`: marks the values of entries whose weakly held key
  /// is marked (an ephemeron: a WeakMap keeps a value alive only while its key lives) and tells
  /// whether it marked anything.
  func markEphemerons(_ marker: inout Marker) -> Bool { false }

  /// For cells in `weakHolders`, after marking: forgets every weakly held cell that is not marked,
  /// before the sweep frees it.
  func dropDeadReferences() {}
}

/// The mark phase's work list.
struct Marker {
  var gray: [Cell] = []

  @inline(__always) mutating func mark(_ value: Value) {
    if value.isCell { mark(value.cell) }
  }

  @inline(__always) mutating func mark(_ cell: Cell?) {
    guard let cell, !cell.marked else { return }
    cell.marked = true
    gray.append(cell)
  }

  mutating func drain() {
    while let cell = gray.popLast() { cell.trace(&self) }
  }
}

/// The cells of one VM and the bookkeeping that decides when to collect.
final class Heap {
  private(set) var cells: [Cell] = []
  /// Estimated bytes allocated since the last collection, and live after it.
  private(set) var allocatedSinceCollection = 0
  private(set) var liveAfterCollection = 0
  /// Collect when this many bytes were allocated since the last collection.
  private var threshold = 8 << 20
  /// `--max-heap`: the estimated live size above which the run ends.
  let maximumBytes: Int
  private(set) var collections = 0
  /// Cells that hold references weakly (WeakMap, WeakSet, WeakRef, FinalizationRegistry).
  private(set) var weakHolders: [Cell] = []

  init(maximumBytes: Int) {
    self.maximumBytes = maximumBytes
  }

  @inline(__always) func register<T: Cell>(_ cell: T, bytes: Int) -> T {
    cells.append(cell)
    cell.estimatedBytes = Int32(clamping: bytes)
    allocatedSinceCollection &+= bytes
    return cell
  }

  func registerWeakHolder(_ cell: Cell) { weakHolders.append(cell) }

  /// Accounts for growth of a cell's storage (an array's elements, a string's flattening).
  @inline(__always) func noteGrowth(bytes: Int) {
    allocatedSinceCollection &+= bytes
  }

  var wantsCollection: Bool { allocatedSinceCollection >= threshold }

  /// Whether the estimated heap exceeds the limit even right after a collection.
  var isOverLimit: Bool { liveAfterCollection + allocatedSinceCollection > maximumBytes }

  /// Marks from `roots`, then frees every cell they do not reach.
  func collect(roots: (inout Marker) -> Void) {
    var marker = Marker()
    roots(&marker)
    marker.drain()
    // Ephemerons: marking a value can mark another weak map's key, so repeat until nothing changes.
    var changed = true
    while changed {
      changed = false
      for holder in weakHolders where holder.marked {
        if holder.markEphemerons(&marker) { changed = true }
      }
      marker.drain()
    }
    weakHolders.removeAll { !$0.marked }
    for holder in weakHolders { holder.dropDeadReferences() }
    var live = 0
    var kept: [Cell] = []
    kept.reserveCapacity(cells.count)
    for cell in cells where cell.marked {
      cell.marked = false
      live &+= cell.liveBytes
      kept.append(cell)
    }
    cells = kept
    collections += 1
    liveAfterCollection = live
    allocatedSinceCollection = 0
    // Collect again after allocating as much as survived (at least 8 MB): the cost of marking is
    // then proportional to what was allocated.
    threshold = max(8 << 20, liveAfterCollection)
  }
}
