'use strict';
// node:path, the POSIX flavour (the only one cruft provides: `path.win32` keeps node's constants,
// but its functions throw).
//
// resolve(): node resolves relative paths against process.cwd(). A library module under cruft
// has no process handle (the working directory is authority the application may not have), so
// relative paths are resolved against the root '/'.

const { validateObject, validateString } = require('./internal/validators.js');

const SLASH = 47; // '/'
const DOT = 46; // '.'

// Collapses '.', '..' and repeated slashes in a path that has no leading slash of its own;
// '..' above the start is kept only when allowed (relative paths).
function normalizeSegments(path, allowAboveRoot) {
  const kept = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (kept.length > 0 && kept[kept.length - 1] !== '..') kept.pop();
      else if (allowAboveRoot) kept.push('..');
    } else {
      kept.push(segment);
    }
  }
  return kept.join('/');
}

function resolve(...paths) {
  let resolved = '';
  let absolute = false;
  for (let i = paths.length - 1; i >= 0 && !absolute; i--) {
    const path = paths[i];
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  // Nothing absolute was given: the working directory would come next; it is '/' here.
  return `/${normalizeSegments(resolved, false)}`;
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailingSlash = path.charCodeAt(path.length - 1) === SLASH;
  let normalized = normalizeSegments(path, !absolute);
  if (normalized.length === 0) {
    if (absolute) return '/';
    return trailingSlash ? './' : '.';
  }
  if (trailingSlash) normalized += '/';
  return absolute ? `/${normalized}` : normalized;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function join(...paths) {
  if (paths.length === 0) return '.';
  const present = [];
  for (const path of paths) {
    validateString(path, 'path');
    if (path.length > 0) present.push(path);
  }
  if (present.length === 0) return '.';
  return normalize(present.join('/'));
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromParts = resolve(from).split('/').filter((part) => part !== '');
  const toParts = resolve(to).split('/').filter((part) => part !== '');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
    common++;
  }
  const up = fromParts.slice(common).map(() => '..');
  return up.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(path) {
  return path;
}

// Where the last segment of `path` starts and ends, trailing slashes ignored; the scan stops at
// index `floor`. end is -1 when there is no segment.
function lastSegmentBounds(path, floor) {
  let end = -1;
  let start = 0;
  for (let i = path.length - 1; i >= floor; i--) {
    if (path.charCodeAt(i) === SLASH) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return { start, end };
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path.charCodeAt(0) === SLASH;
  let end = -1;
  let seenNonSlash = false;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path.charCodeAt(i) === SLASH) {
      if (seenNonSlash) {
        end = i;
        break;
      }
    } else {
      seenNonSlash = true;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    const { start, end } = lastSegmentBounds(path, 0);
    return end === -1 ? '' : path.slice(start, end);
  }
  if (suffix === path) return '';
  // Match the suffix backwards against the last segment while finding where it starts. A suffix
  // that is the whole segment is not removed.
  let start = 0;
  let end = -1;
  let segmentEnd = -1;
  let suffixIndex = suffix.length - 1;
  for (let i = path.length - 1; i >= 0; i--) {
    const code = path.charCodeAt(i);
    if (code === SLASH) {
      if (segmentEnd !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (segmentEnd === -1) segmentEnd = i + 1;
    if (suffixIndex >= 0) {
      if (code === suffix.charCodeAt(suffixIndex)) {
        suffixIndex--;
        if (suffixIndex === -1) end = i;
      } else {
        suffixIndex = -1;
        end = segmentEnd;
      }
    }
  }
  if (start === end) end = segmentEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

// The extension of a file name: from its last dot, unless that dot starts the name ('.bashrc')
// or the name is '..'.
function extensionOf(name) {
  if (name === '..') return '';
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  const { start, end } = lastSegmentBounds(path, 0);
  if (end === -1) return '';
  return extensionOf(path.slice(start, end));
}

function parse(path) {
  validateString(path, 'path');
  const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return parsed;
  const absolute = path.charCodeAt(0) === SLASH;
  if (absolute) parsed.root = '/';
  const { start: segmentStart, end } = lastSegmentBounds(path, absolute ? 1 : 0);
  if (end !== -1) {
    const start = segmentStart === 0 && absolute ? 1 : segmentStart;
    parsed.base = path.slice(start, end);
    // node's parse treats '..' right after the root as a name '.' with the extension '.'.
    parsed.ext = parsed.base === '..' && start === 1 ? '.' : extensionOf(parsed.base);
    parsed.name = parsed.base.slice(0, parsed.base.length - parsed.ext.length);
  }
  // The directory drops only the one slash before the last segment.
  if (segmentStart > 0) parsed.dir = path.slice(0, segmentStart - 1);
  else if (absolute) parsed.dir = '/';
  return parsed;
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext ? `${pathObject.ext.charCodeAt(0) === DOT ? '' : '.'}${pathObject.ext}` : '';
    base = `${pathObject.name || ''}${ext}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

const posix = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};

// Windows paths are not implemented: the object exists (packages destructure it at load time)
// with node's constants, and each function throws when called.
const win32 = { sep: '\\', delimiter: ';', win32: null, posix };
for (const name of Object.keys(posix)) {
  if (typeof posix[name] !== 'function') continue;
  win32[name] = function notProvided() {
    throw new Error(`path.win32.${name}() is not provided under cruft: only POSIX paths are supported`);
  };
}
win32.win32 = win32;
posix.win32 = win32;
posix.posix = posix;

module.exports = posix;
