'use strict';
// Buffer's read/write methods for integers, floats and BigInts, with node's argument checks and range errors.
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS, validateNumber } = require('./error-codes.js');

function boundsError(value, lastValid, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (lastValid < 0) throw ERR_BUFFER_OUT_OF_BOUNDS();
  throw ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${lastValid}`, value);
}

function checkReadable(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

function checkWritable(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

// Node words the range of 6-byte and 8-byte values as powers of two, smaller ones as plain bounds.
function checkValue(value, min, max, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${size * 8}${n}`;
      else range = `>= -(2${n} ** ${size * 8 - 1}${n}) and < 2${n} ** ${size * 8 - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw ERR_OUT_OF_RANGE('value', range, value);
  }
}

function readUnsigned(buf, offset, size, littleEndian) {
  if (typeof offset !== 'number') throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  const first = buf[offset];
  const last = buf[offset + size - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - size);
  // The common sizes without a loop: these run once per field of every binary format a package reads.
  if (size === 1) return first;
  if (size === 2) return littleEndian ? first + last * 0x100 : first * 0x100 + last;
  if (size === 4) {
    return littleEndian
      ? first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 + last * 0x1000000
      : first * 0x1000000 + buf[offset + 1] * 0x10000 + buf[offset + 2] * 0x100 + last;
  }
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + buf[littleEndian ? offset + size - 1 - i : offset + i];
  return value;
}

function readSigned(buf, offset, size, littleEndian) {
  const value = readUnsigned(buf, offset, size, littleEndian);
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function writeInteger(buf, value, offset, size, littleEndian, signed) {
  value = +value;
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  if (size === 1) {
    validateNumber(offset, 'offset');
    checkValue(value, min, max, size);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkValue(value, min, max, size);
    checkWritable(buf, offset, size);
  }
  // The low 32 bits go through ToUint32 (two's complement for negatives), the rest by division, as node does.
  let low = value >>> 0;
  let high = Math.floor(value / 2 ** 32);
  for (let i = 0; i < size; i++) {
    let byte;
    if (i < 4) {
      byte = low & 0xff;
      low >>>= 8;
    } else {
      byte = high & 0xff;
      high >>>= 8;
    }
    buf[littleEndian ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

function viewOf(buf) {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) boundsError(byteLength, 6, 'byteLength');
}

function readBig(buf, offset, littleEndian, signed) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  const view = viewOf(buf);
  return signed ? view.getBigInt64(offset, littleEndian) : view.getBigUint64(offset, littleEndian);
}

function writeBig(buf, value, offset, littleEndian, signed) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  checkValue(value, min, max, 8);
  checkWritable(buf, offset, 8);
  // Mixing a Number into BigInt arithmetic throws the TypeError node throws for a non-BigInt value.
  const low = Number(value & 0xffffffffn);
  const high = Number((value >> 32n) & 0xffffffffn);
  const view = viewOf(buf);
  if (littleEndian) {
    view.setUint32(offset, low, true);
    view.setUint32(offset + 4, high, true);
  } else {
    view.setUint32(offset, high, false);
    view.setUint32(offset + 4, low, false);
  }
  return offset + 8;
}

function readFloat(buf, offset, size, littleEndian) {
  checkReadable(buf, offset, size);
  const view = viewOf(buf);
  return size === 4 ? view.getFloat32(offset, littleEndian) : view.getFloat64(offset, littleEndian);
}

function writeFloat(buf, value, offset, size, littleEndian) {
  value = +value;
  checkWritable(buf, offset, size);
  const view = viewOf(buf);
  if (size === 4) view.setFloat32(offset, value, littleEndian);
  else view.setFloat64(offset, value, littleEndian);
  return offset + size;
}

function installNumberMethods(proto) {
  const methods = {
    readUIntLE(offset, byteLength) {
      if (offset === undefined) throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readUnsigned(this, offset, byteLength, true);
    },
    readUIntBE(offset, byteLength) {
      if (offset === undefined) throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readUnsigned(this, offset, byteLength, false);
    },
    readIntLE(offset, byteLength) {
      if (offset === undefined) throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readSigned(this, offset, byteLength, true);
    },
    readIntBE(offset, byteLength) {
      if (offset === undefined) throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      return readSigned(this, offset, byteLength, false);
    },
    writeUIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, true, false);
    },
    writeUIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, false, false);
    },
    writeIntLE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, true, true);
    },
    writeIntBE(value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeInteger(this, value, offset, byteLength, false, true);
    },
    readUInt8(offset = 0) {
      return readUnsigned(this, offset, 1, true);
    },
    readInt8(offset = 0) {
      return readSigned(this, offset, 1, true);
    },
    writeUInt8(value, offset = 0) {
      return writeInteger(this, value, offset, 1, true, false);
    },
    writeInt8(value, offset = 0) {
      return writeInteger(this, value, offset, 1, true, true);
    },
    readBigUInt64LE(offset = 0) {
      return readBig(this, offset, true, false);
    },
    readBigUInt64BE(offset = 0) {
      return readBig(this, offset, false, false);
    },
    readBigInt64LE(offset = 0) {
      return readBig(this, offset, true, true);
    },
    readBigInt64BE(offset = 0) {
      return readBig(this, offset, false, true);
    },
    writeBigUInt64LE(value, offset = 0) {
      return writeBig(this, value, offset, true, false);
    },
    writeBigUInt64BE(value, offset = 0) {
      return writeBig(this, value, offset, false, false);
    },
    writeBigInt64LE(value, offset = 0) {
      return writeBig(this, value, offset, true, true);
    },
    writeBigInt64BE(value, offset = 0) {
      return writeBig(this, value, offset, false, true);
    },
    readFloatLE(offset = 0) {
      return readFloat(this, offset, 4, true);
    },
    readFloatBE(offset = 0) {
      return readFloat(this, offset, 4, false);
    },
    readDoubleLE(offset = 0) {
      return readFloat(this, offset, 8, true);
    },
    readDoubleBE(offset = 0) {
      return readFloat(this, offset, 8, false);
    },
    writeFloatLE(value, offset = 0) {
      return writeFloat(this, value, offset, 4, true);
    },
    writeFloatBE(value, offset = 0) {
      return writeFloat(this, value, offset, 4, false);
    },
    writeDoubleLE(value, offset = 0) {
      return writeFloat(this, value, offset, 8, true);
    },
    writeDoubleBE(value, offset = 0) {
      return writeFloat(this, value, offset, 8, false);
    },
  };
  for (const size of [2, 4]) {
    const bits = size * 8;
    for (const [suffix, littleEndian] of [
      ['LE', true],
      ['BE', false],
    ]) {
      methods[`readUInt${bits}${suffix}`] = {
        [`readUInt${bits}${suffix}`](offset = 0) {
          return readUnsigned(this, offset, size, littleEndian);
        },
      }[`readUInt${bits}${suffix}`];
      methods[`readInt${bits}${suffix}`] = {
        [`readInt${bits}${suffix}`](offset = 0) {
          return readSigned(this, offset, size, littleEndian);
        },
      }[`readInt${bits}${suffix}`];
      methods[`writeUInt${bits}${suffix}`] = {
        [`writeUInt${bits}${suffix}`](value, offset = 0) {
          return writeInteger(this, value, offset, size, littleEndian, false);
        },
      }[`writeUInt${bits}${suffix}`];
      methods[`writeInt${bits}${suffix}`] = {
        [`writeInt${bits}${suffix}`](value, offset = 0) {
          return writeInteger(this, value, offset, size, littleEndian, true);
        },
      }[`writeInt${bits}${suffix}`];
    }
  }
  for (const name of Object.keys(methods)) {
    const descriptor = { value: methods[name], writable: true, enumerable: true, configurable: true };
    Object.defineProperty(proto, name, descriptor);
    // Node also spells the unsigned methods with a lowercase "int" (readUint8, writeBigUint64LE).
    if (name.includes('UInt')) Object.defineProperty(proto, name.replace('UInt', 'Uint'), descriptor);
  }
}

module.exports = { installNumberMethods };
