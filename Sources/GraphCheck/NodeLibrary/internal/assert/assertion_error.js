'use strict';
// assert.AssertionError and the messages node builds for failed assertions, including the
// line diff of the two inspected values ("+ actual - expected").
//
// Not reproduced: node shortens long `actual`/`expected` strings when the error itself is
// inspected (a custom inspect function); cruft's inspector shows them whole.

const { inspect } = require('cruft/native');
const { validateObject } = require('../validators.js');

const readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two one-line values shorter than this together are shown as `a !== b`.
const shortInputLength = 12;
// node compares against the terminal width of standard error, or 80 when it is not a terminal.
const lineWidth = 80;
// Longer listings are cut after this many lines.
const maxListedLines = 50;

// Every value is shown the same way whatever util.inspect.defaultOptions say.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Long listings keep their first 46 lines and a marker.
function cutLongListing(lines) {
  if (lines.length > maxListedLines) {
    lines.length = 46;
    lines.push('...');
  }
  return lines;
}

// Lines equal but for a trailing comma count as equal; the result is the actual line to show
// (with the comma added when only the expected line had one), or undefined when they differ.
function matchLines(actualLine, expectedLine) {
  if (actualLine === expectedLine) return actualLine;
  if (actualLine.endsWith(',') && actualLine.slice(0, -1) === expectedLine) return actualLine;
  if (expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) return `${actualLine},`;
  return undefined;
}

function createDiffMessage(actual, expected, operator, customMessage) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (
    operator === 'strictEqual' &&
    ((isObjectLike(actual) && isObjectLike(expected)) ||
      (typeof actual === 'function' && typeof expected === 'function'))
  ) {
    operator = 'strictEqualObject';
  }
  const title = customMessage || readableOperator[operator];

  // Two different one-line values: short primitives read best as `a !== b`; longer ones get a
  // caret under the first differing character.
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const inputLength = actualLines[0].length + expectedLines[0].length;
    if (inputLength <= shortInputLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${title}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && inputLength < lineWidth) {
      let column = 0;
      while (actualLines[0][column] === expectedLines[0][column]) column++;
      if (column > 2) indicator = `\n  ${' '.repeat(column)}^`;
    }
  }

  // Identical lines at the end are taken off; the last three are shown after the diff, and the
  // first of the rest too, with '...' between when more were hidden.
  let tail = '';
  let firstOfHiddenTail = '';
  let tailCount = 0;
  while (
    actualLines.length > 0 &&
    expectedLines.length > 0 &&
    actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]
  ) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (tailCount < 3) tail = `\n  ${line}${tail}`;
    else firstOfHiddenTail = line;
    tailCount++;
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Equal listings: the values are alike but not the same objects.
    const lines = cutLongListing(actualInspected.split('\n'));
    return `${readableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  let skipped = false;
  if (tailCount >= 5) {
    tail = `\n...${tail}`;
    skipped = true;
  }
  if (firstOfHiddenTail !== '') tail = `\n  ${firstOfHiddenTail}${tail}`;

  const header = `${title}\n+ actual - expected`;
  const skippedNote = ' ... Lines skipped';
  let shown = '';
  // '-' lines wait here so that a run of changes reads +++--- rather than +-+-+-.
  let pendingExpected = '';
  let printedLines = 0;
  let identicalRun = 0;

  // Before a change, the end of the run of identical lines just passed: up to three lines, or
  // '...' and the last two.
  const showEndOfIdenticalRun = (lines, index) => {
    if (identicalRun > 2) {
      if (identicalRun > 3) {
        if (identicalRun > 4) {
          if (identicalRun === 5) {
            shown += `\n  ${lines[index - 3]}`;
            printedLines++;
          } else {
            shown += '\n...';
            skipped = true;
          }
        }
        shown += `\n  ${lines[index - 2]}`;
        printedLines++;
      }
      shown += `\n  ${lines[index - 1]}`;
      printedLines++;
    }
    identicalRun = 0;
  };

  const actualIsLonger = actualLines.length >= maxLines;
  const longer = actualIsLonger ? actualLines : expectedLines;
  const commonLength = actualIsLonger ? expectedLines.length : actualLines.length;

  for (let index = 0; index < maxLines; index++) {
    if (index >= commonLength) {
      // Only the longer side has lines left.
      showEndOfIdenticalRun(longer, index);
      if (actualIsLonger) shown += `\n+ ${longer[index]}`;
      else pendingExpected += `\n- ${longer[index]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[index];
      const matched = matchLines(actualLines[index], expectedLine);
      if (matched === undefined) {
        showEndOfIdenticalRun(actualLines, index);
        shown += `\n+ ${actualLines[index]}`;
        pendingExpected += `\n- ${expectedLine}`;
        printedLines += 2;
      } else {
        shown += pendingExpected;
        pendingExpected = '';
        identicalRun++;
        // The first two identical lines after a change are always shown.
        if (identicalRun <= 2) {
          shown += `\n  ${matched}`;
          printedLines++;
        }
      }
    }
    if (printedLines > maxListedLines && index < maxLines - 2) {
      return `${header}${skippedNote}\n${shown}\n...${pendingExpected}\n...`;
    }
  }
  return `${header}${skipped ? skippedNote : ''}\n${shown}${pendingExpected}${tail}${indicator}`;
}

// The message of a failed not*Equal assertion: the one value that should have differed.
function createUnexpectedEqualityMessage(actual, operator) {
  let title = readableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    title = readableOperator.notStrictEqualObject;
  }
  const lines = cutLongListing(inspectValue(actual).split('\n'));
  if (lines.length === 1) return `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${title}\n\n${lines.join('\n')}\n`;
}

function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 3)}...` : text;
}

// The message for the remaining operators: both values, and how they should have related.
function createComparisonMessage(actual, expected, operator) {
  let actualShown = inspectValue(actual);
  let expectedShown = inspectValue(expected);
  const title = readableOperator[operator];
  if (operator === 'notDeepEqual' && actualShown === expectedShown) {
    return truncate(`${title}\n\n${actualShown}`, 1024);
  }
  actualShown = truncate(actualShown, 512);
  expectedShown = truncate(expectedShown, 512);
  if (operator === 'deepEqual') {
    return `${title}\n\n${actualShown}\n\nshould loosely deep-equal\n\n${expectedShown}`;
  }
  const unequalTitle = readableOperator[`${operator}Unequal`];
  if (unequalTitle) {
    return `${unequalTitle}\n\n${actualShown}\n\nshould not loosely deep-equal\n\n${expectedShown}`;
  }
  return `${actualShown} ${operator} ${expectedShown}`;
}

// A stand-in for an error that inspects without its stack.
function copyWithoutStack(error) {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(error)), error);
  Object.defineProperty(copy, 'message', { value: error.message });
  return copy;
}

// The message, and the actual and expected values the error keeps (errors are kept as copies
// without their stacks, as node does).
function describeFailure(options) {
  const { message, operator } = options;
  let { actual, expected } = options;
  if (message !== null && message !== undefined) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      return { text: createDiffMessage(actual, expected, operator, message), actual, expected };
    }
    return { text: String(message), actual, expected };
  }
  if (
    isObjectLike(actual) &&
    isObjectLike(expected) &&
    'stack' in actual &&
    actual instanceof Error &&
    'stack' in expected &&
    expected instanceof Error
  ) {
    actual = copyWithoutStack(actual);
    expected = copyWithoutStack(expected);
  }
  let text;
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    text = createDiffMessage(actual, expected, operator);
  } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    text = createUnexpectedEqualityMessage(actual, operator);
  } else {
    text = createComparisonMessage(actual, expected, operator);
  }
  return { text, actual, expected };
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const failure = describeFailure(options);
    super(failure.text);
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = failure.actual;
      this.expected = failure.expected;
      this.operator = operator;
    }
    // Error.captureStackTrace is node's (V8's); cruft has none.
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
      // node's stack is made now, while the name still shows the code.
      this.stack; // eslint-disable-line no-unused-expressions
    }
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError };
