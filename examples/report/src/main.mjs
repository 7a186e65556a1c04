// Reads a YAML task list (the application's own fs grant: ./data, read only) and prints a status
// table. js-yaml, text-table and pretty-ms compute only; fecha formats dates and is granted the
// clock, which it reads when it parses a date without a year.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import table from 'text-table';
import prettyMs from 'pretty-ms';
import fecha from 'fecha';

const file = process.argv[2] ?? 'data/tasks.yaml';
const plan = yaml.load(readFileSync(file, 'utf8'));

// Numbers in, a number out, on every path: cruftc lowers this function to native code (see
// cruftc build --emit=hot-report); a call with anything but numbers runs its bytecode.
function percentDone(spent, left) {
  const total = spent + left;
  return total > 0 ? Math.round((1000 * spent) / total) / 10 : 0;
}

const rows = [['task', 'owner', 'status', 'time']];
let spent = 0;
let left = 0;
for (const task of plan.tasks) {
  const time = task.done ? task.spent : task.estimate;
  if (task.done) spent += time; else left += time;
  rows.push([task.name, task.owner, task.done ? 'done' : 'open', prettyMs(time, { compact: !task.done })]);
}

// A due date without a year is this year's: fecha reads the clock itself to know the year, which
// cruft.json grants it and the run must allow (--allow clock).
const due = fecha.format(fecha.parse(plan.due, 'MM-DD'), 'dddd D MMMM YYYY');
console.log(`${plan.project}, due ${due}`);
console.log(table(rows, { align: ['l', 'l', 'l', 'r'] }));
console.log(`spent ${prettyMs(spent)}, about ${prettyMs(left, { compact: true })} left (${percentDone(spent, left)}% done)`);
