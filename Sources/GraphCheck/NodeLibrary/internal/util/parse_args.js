'use strict';
// util.parseArgs: command-line parsing with node 20's tokens, checks and error messages.
//
// Difference from node: without `args` node parses process.argv; the library cannot read
// process.argv (the application's process handle is not the library's), so `args` is required.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('../errors.js');
const { validateBoolean, validateObject, validateString } = require('../validators.js');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const ownValue = (object, key) => (hasOwn(object, key) ? object[key] : undefined);
const optionSetting = (options, name, key) => (hasOwn(options, name) ? ownValue(options[name], key) : undefined);

function validateArray(value, name) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

function validateArrayOf(check) {
  return (value, name) => {
    validateArray(value, name);
    for (let i = 0; i < value.length; i++) check(value[i], `${name}[${i}]`);
  };
}

// The long name configured for a short one, or the short one itself when none is.
function longNameFor(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return name;
  }
  return short;
}

const takesValue = (options, name) => optionSetting(options, name, 'type') === 'string';
const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLongOption = (arg) => arg.length > 2 && arg.startsWith('--');
const isShortCluster = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
// A following argument is always taken as the value of a string option, even '-x' or '--';
// strict mode then complains about values that look like options.
const isValue = (arg) => arg !== undefined && arg !== null;
const looksLikeOption = (value) => value !== undefined && value !== null && value.length > 1 && value[0] === '-';

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  // Arguments still to come from the expansion of a short-option cluster share its index.
  let expandedLeft = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = longNameFor(arg[1], options);
      let value;
      let inlineValue;
      if (takesValue(options, name) && isValue(next)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined && value !== null) ++index;
      continue;
    }

    if (isShortCluster(arg)) {
      if (!takesValue(options, longNameFor(arg[1], options))) {
        // -abc is -a -b -c; a string option inside takes the rest as its value (-abfFILE).
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const short = arg[i];
          if (!takesValue(options, longNameFor(short, options)) || i === arg.length - 1) {
            expanded.push(`-${short}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        expandedLeft = expanded.length;
        continue;
      }
      // -fVALUE
      const short = arg[1];
      tokens.push({
        kind: 'option',
        name: longNameFor(short, options),
        rawName: `-${short}`,
        index,
        value: arg.slice(2),
        inlineValue: true,
      });
      continue;
    }

    if (isLongOption(arg)) {
      const equals = arg.indexOf('=', 3);
      if (equals === -1) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (takesValue(options, name) && isValue(next)) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value !== undefined && value !== null) ++index;
      } else {
        const name = arg.slice(2, equals);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1), inlineValue: true });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(config.options, negated) || optionSetting(config.options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
    name = negated;
  }
  const short = optionSetting(config.options, name, 'short');
  const shown = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionSetting(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shown} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value !== undefined && token.value !== null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shown}' does not take an argument`);
  }
}

function checkAmbiguousValue(token) {
  if (token.inlineValue || !looksLikeOption(token.value)) return;
  const example = token.rawName.startsWith('--')
    ? `'${token.rawName}=-XYZ'`
    : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`,
  );
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  // Never let an option name reach the prototype.
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const stored = value ?? true;
  if (optionSetting(options, name, 'multiple')) {
    if (values[name]) values[name].push(stored);
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = ownValue(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      validateString(config.short, `options.${name}.short`);
      if (config.short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short, 'must be a single character');
      }
    }
    const multiple = ownValue(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = ownValue(config, 'default');
    if (defaultValue !== undefined) {
      const check = type === 'string' ? validateString : validateBoolean;
      (multiple ? validateArrayOf(check) : check)(defaultValue, `options.${name}.default`);
    }
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args');
  if (args === undefined || args === null) {
    throw new Error(
      'util.parseArgs() needs `args` under cruft: library code cannot read process.argv ' +
        '(pass args: process.argv.slice(2) from the application)',
    );
  }
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? Object.create(null);
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: Object.create(null), positionals: [] };
  if (returnTokens) result.tokens = tokens;
  const checks = { options, allowPositionals, allowNegative };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(checks, token);
        checkAmbiguousValue(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
