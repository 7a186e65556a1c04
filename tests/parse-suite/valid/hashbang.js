#!/usr/bin/env node // accept: hashbang comment on the first line of a script
var a = 1
