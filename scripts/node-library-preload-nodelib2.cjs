'use strict';
// Development aid (helper nodelib2's copy of the preload): `node -r ./scripts/node-library-preload-nodelib2.cjs P.cjs`
// runs P with require('X') / require('node:X') redirected to Sources/GraphCheck/NodeLibrary/X.js when that
// file exists, and require('cruft/native') redirected to a shim made from node's own util.
const Module = require('module');
const path = require('path');
const fs = require('fs');
const nodeUtil = require('util');

const libraryRoot = path.join(__dirname, '..', 'Sources', 'GraphCheck', 'NodeLibrary');
const nativeShimId = 'cruft-native-shim';
const nativeShim = {
  inspect: nodeUtil.inspect,
  format: nodeUtil.format,
  formatWithOptions: nodeUtil.formatWithOptions,
  types: nodeUtil.types,
};

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveThroughLibrary(request, parent, isMain, options) {
  if (request === 'cruft/native') return nativeShimId;
  const name = request.startsWith('node:') ? request.slice(5) : request;
  if (!name.startsWith('.') && !name.startsWith('/') && !name.startsWith('internal/')) {
    const file = path.join(libraryRoot, name + '.js');
    if (fs.existsSync(file)) return file;
  }
  return originalResolve.call(this, request, parent, isMain, options);
};
const shimModule = new Module(nativeShimId);
shimModule.exports = nativeShim;
shimModule.loaded = true;
Module._cache[nativeShimId] = shimModule;
