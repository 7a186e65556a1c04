#!/usr/bin/env node // accept: hashbang comment on the first line of a CommonJS module
return
