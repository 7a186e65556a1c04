'use strict';
// node:util/types: the VM's brand checks, one function per kind of object.

module.exports = Object.assign({}, require('cruft/native').types);
