"use strict";
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  force: { type: 'boolean', short: 'f' },
  output: { type: 'string', short: 'o' },
  include: { type: 'string', short: 'I', multiple: true },
  level: { type: 'string', default: 'info' },
  color: { type: 'boolean' },
  tag: { type: 'boolean', multiple: true, short: 't' },
};

function show(label, config) {
  try {
    const { values, positionals, tokens } = parseArgs(config);
    console.log(label, JSON.stringify(values), JSON.stringify(positionals), Object.getPrototypeOf(values));
    if (tokens) console.log('  tokens', JSON.stringify(tokens));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

show('long and short', { args: ['--verbose', '-o', 'out.txt', '--include=a', '-Ib', '-I', 'c'], options });
show('cluster', { args: ['-vf', '-vfo', 'file', '-vfodir'], options });
show('defaults', { args: [], options });
show('default overridden', { args: ['--level', 'debug'], options });
show('positionals', { args: ['a', '-v', 'b', '--', '-f', '--output'], options, allowPositionals: true });
show('positional not allowed', { args: ['a'], options });
show('unknown option', { args: ['--nope'], options });
show('unknown with positionals', { args: ['-x'], options, allowPositionals: true });
show('string missing value', { args: ['--output'], options });
show('boolean with value', { args: ['--verbose=yes'], options });
show('short boolean with value', { args: ['-v=1'], options });
show('ambiguous long', { args: ['--output', '--verbose'], options });
show('ambiguous short', { args: ['-o', '-v'], options });
show('dash value inline', { args: ['--output=-x', '-o-y'], options });
show('not strict', { args: ['--unknown', '--output', '-v', 'pos', '--flag=1'], options, strict: false });
show('negative', { args: ['--no-color', '--color', '--no-color'], options, allowNegative: true });
show('negative unknown', { args: ['--no-verbose-x'], options, allowNegative: true });
show('negative of string', { args: ['--no-output'], options, allowNegative: true });
show('multiple booleans', { args: ['-t', '-tt', '--tag'], options });
show('tokens', { args: ['-vo', 'x', 'pos', '--', 'end'], options, tokens: true, allowPositionals: true });
show('__proto__ option', { args: ['--__proto__', 'x'], options: { __proto__: { type: 'string' } }, strict: false });
show('no options', { args: ['--a', 'b'], strict: false });

// configuration errors
show('args not array', { args: 'x' });
show('strict not boolean', { args: [], strict: 1 });
show('bad type', { args: [], options: { a: { type: 'number' } } });
show('missing type', { args: [], options: { a: {} } });
show('long short', { args: [], options: { a: { type: 'string', short: 'ab' } } });
show('bad short', { args: [], options: { a: { type: 'string', short: 1 } } });
show('bad multiple', { args: [], options: { a: { type: 'string', multiple: 'yes' } } });
show('bad default', { args: [], options: { a: { type: 'boolean', default: 'x' } } });
show('bad default array', { args: [], options: { a: { type: 'string', multiple: true, default: ['a', 1] } } });
show('default not array', { args: [], options: { a: { type: 'string', multiple: true, default: 's' } } });
show('option not object', { args: [], options: { a: 5 } });
show('options not object', { args: [], options: 5 });
