'use strict';
// node:path/posix: the same object as require('path') (cruft's path is the POSIX one).

module.exports = require('../path.js').posix;
