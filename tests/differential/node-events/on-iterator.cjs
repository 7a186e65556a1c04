"use strict";
const EventEmitter = require('events');
const { on } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  const iterator = on(e, 'data');
  console.log(typeof iterator.next, typeof iterator[Symbol.asyncIterator], e.listenerCount('data'), e.listenerCount('error'));
  e.emit('data', 1);
  e.emit('data', 2, 'two');
  const seen = [];
  setTimeout(() => {
    e.emit('data', 3);
    e.emit('data', 4);
  }, 0);
  for await (const args of iterator) {
    seen.push(JSON.stringify(args));
    if (seen.length === 4) break;
  }
  console.log(seen.join(' '));
  console.log('after break:', e.listenerCount('data'), e.listenerCount('error'));

  // an 'error' emission rejects the next read and ends the iteration
  const f = new EventEmitter();
  const it = on(f, 'tick');
  f.emit('tick', 'a');
  f.emit('error', new Error('stream broke'));
  console.log(JSON.stringify(await it.next()));
  try {
    await it.next();
  } catch (err) {
    console.log('rejected:', err.message);
  }
  console.log(JSON.stringify(await it.next()), f.listenerCount('tick'));

  // close events end the iteration
  const g = new EventEmitter();
  const closing = on(g, 'line', { close: ['end'] });
  g.emit('line', 'first');
  g.emit('end');
  const lines = [];
  for await (const [line] of closing) lines.push(line);
  console.log('lines:', lines.join(','), g.listenerCount('end'));

  // return() while a read is waiting resolves it as done
  const h = new EventEmitter();
  const waiting = on(h, 'never');
  const pending = waiting.next();
  console.log(JSON.stringify(await waiting.return()), JSON.stringify(await pending));

  // high-water mark pauses and resumes the emitter
  const s = new EventEmitter();
  s.pause = () => console.log('pause');
  s.resume = () => console.log('resume');
  const buffered = on(s, 'chunk', { highWaterMark: 2, lowWaterMark: 1 });
  s.emit('chunk', 1);
  s.emit('chunk', 2);
  s.emit('chunk', 3);
  console.log(JSON.stringify(await buffered.next()));
  console.log(JSON.stringify(await buffered.next()));
  console.log(JSON.stringify(await buffered.next()));
  await buffered.return();

  for (const [label, fn] of [
    ['highWaterMark 0', () => on(e, 'x', { highWaterMark: 0 })],
    ['lowWaterMark 1.5', () => on(e, 'x', { lowWaterMark: 1.5 })],
    ['signal 1', () => on(e, 'x', { signal: 1 })],
    ['throw non-error', () => on(e, 'x').throw('text')],
  ]) {
    try {
      fn();
      console.log(label, 'accepted');
    } catch (err) {
      console.log(label, err.name, err.code, err.message);
    }
  }
}
main().then(() => console.log('done'));
