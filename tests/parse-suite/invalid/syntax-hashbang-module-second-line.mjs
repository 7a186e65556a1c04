// reject: syntax error: #! on the second line of a module
#!/usr/bin/env node
