'use strict';
// Runs cruft's JavaScript Node library (Sources/GraphCheck/NodeLibrary) under node, for developing
// and checking it against node itself:
//
//     node -r ./scripts/node-library-preload.cjs PROGRAM.cjs
//
// must print what `node PROGRAM.cjs` prints. `require('X')` and `require('node:X')` load the
// library file X.js whenever there is one (files under internal/ are not importable by name, as
// under cruftc), and `require('cruft/native')` loads a shim of the VM's natives built from node's
// own util. Only CommonJS `require` is redirected; `import` of a builtin still gets node's module.

const Module = require('module');
const fs = require('fs');
const path = require('path');
const nodeUtil = require('util');

const libraryRoot = path.join(__dirname, '..', 'Sources', 'GraphCheck', 'NodeLibrary');
const nativeShimId = path.join(libraryRoot, '(cruft-native-shim)');

// The natives cruftvm gives the library, and nothing more.
const nativeShim = new Module(nativeShimId);
nativeShim.filename = nativeShimId;
nativeShim.loaded = true;
nativeShim.exports = Object.freeze({
  inspect: (value, options) => nodeUtil.inspect(value, options),
  format: (...args) => nodeUtil.format(...args),
  formatWithOptions: (options, ...args) => nodeUtil.formatWithOptions(options, ...args),
  types: nodeUtil.types,
});
Module._cache[nativeShimId] = nativeShim;

function libraryFile(request) {
  const name = request.startsWith('node:') ? request.slice('node:'.length) : request;
  if (name === '' || name.startsWith('internal/') || name.startsWith('.') || name.includes('..')) {
    return undefined;
  }
  const file = path.join(libraryRoot, `${name}.js`);
  return fs.existsSync(file) ? file : undefined;
}

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveToLibrary(request, parent, isMain, options) {
  if (request === 'cruft/native' || request === nativeShimId) return nativeShimId;
  const file = libraryFile(request);
  if (file !== undefined) return file;
  return originalResolve.call(this, request, parent, isMain, options);
};

// node loads `node:X` as a builtin before it resolves anything, so those are redirected earlier.
const originalLoad = Module._load;
Module._load = function loadFromLibrary(request, parent, isMain) {
  const file = request.startsWith('node:') ? libraryFile(request) : undefined;
  return originalLoad.call(this, file === undefined ? request : file, parent, isMain);
};
