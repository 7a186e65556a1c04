#!/usr/bin/env node // accept: hashbang comment on the first line of a module
export var a = 1
