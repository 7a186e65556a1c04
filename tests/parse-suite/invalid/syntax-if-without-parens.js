// reject: syntax error: if condition without parentheses
if a {}
