"use strict";
const EventEmitter = require('events');
const { once } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  console.log('listeners while waiting:', e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two');
  const values = await p;
  console.log('resolved with', JSON.stringify(values));
  console.log('listeners after:', e.listenerCount('ready'), e.listenerCount('error'));

  const failing = once(e, 'done');
  e.emit('error', new Error('failed while waiting'));
  try {
    await failing;
  } catch (err) {
    console.log('rejected:', err.message, e.listenerCount('done'));
  }

  // waiting for 'error' itself resolves with it
  const waitError = once(e, 'error');
  e.emit('error', new Error('as value'));
  const [err] = await waitError;
  console.log('error as value:', err.message);

  for (const bad of [1, 'x', null]) {
    try {
      await once(e, 'x', { signal: bad });
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  try {
    await once({}, 'x');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }

  // captureRejections turns a rejected async listener into an 'error' event
  const c = new EventEmitter({ captureRejections: true });
  c.on('work', async () => {
    throw new Error('async failure');
  });
  const caught = once(c, 'error');
  c.emit('work');
  const [captured] = await caught;
  console.log('captured:', captured.message);
  try {
    new EventEmitter({ captureRejections: 'yes' });
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
main().then(() => console.log('done'));
