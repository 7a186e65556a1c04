// util.format and console.log return a lone string argument as it is: '%%' and '%s' stay, and only
// with further arguments do directives apply (sprintf-js's corpus driver prints labels holding '%%').
'use strict';
const util = require('util');
const texts = ['%%', '%s', '100%% sure', '%d%%', 'a%', '%', '%%%%', '%o %O %j %c'];
for (const text of texts) {
  console.log(text);
  console.log(JSON.stringify([util.format(text), util.format(text, 1), util.format(text, 'x', 'y')]));
}
