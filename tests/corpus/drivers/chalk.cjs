'use strict';
// chalk: styling with explicit color levels (the detected level depends on the terminal, so every
// instance here fixes its level), nesting, and the exported names.
const chalk = require('chalk');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const levels = [0, 1, 2, 3].map((level) => new chalk.Chalk({ level }));
for (const [level, c] of levels.entries()) {
  out('level ' + level + ' red', c.red('text'));
  out('level ' + level + ' bold.underline', c.bold.underline('text'));
  out('level ' + level + ' hex', c.hex('#ff8800')('orange'));
  out('level ' + level + ' rgb bg', c.bgRgb(10, 200, 30)('green background'));
  out('level ' + level + ' ansi256', c.ansi256(201)('pink'));
  out('level ' + level + ' nested', c.blue('blue ' + c.yellow('yellow') + ' blue again'));
}
const c = levels[1];
out('multiple arguments', c.green('a', 'b', 3));
out('template of numbers', c.red(123));
out('empty', c.red(''));
out('no argument', c.red());
out('newlines', c.red('line1\nline2'));
out('visible level 0', levels[0].visible('shown?'));
out('visible level 1', c.visible('shown'));
out('reset', c.reset.red('r'));
out('bright', c.redBright.bgBlackBright('b'));
out('inverse hidden strikethrough', [c.inverse('i'), c.hidden('h'), c.strikethrough('s'), c.italic('it'), c.dim('d'), c.overline('o')]);
out('chained color override', c.red.green('which'));
out('level property', [levels[2].level, c.level]);
const changing = new chalk.Chalk({ level: 3 });
changing.level = 0;
out('level changed to 0', changing.magenta('plain'));
out('modifierNames', chalk.modifierNames);
out('foregroundColorNames', chalk.foregroundColorNames);
out('backgroundColorNames', chalk.backgroundColorNames);
out('colorNames length', chalk.colorNames.length);
attempt('invalid level', () => new chalk.Chalk({ level: 7 }));
attempt('unknown style', () => typeof c.notAColor);
