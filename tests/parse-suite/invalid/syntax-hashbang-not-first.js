// reject: syntax error: #! on the second line
#!/usr/bin/env node
a;
