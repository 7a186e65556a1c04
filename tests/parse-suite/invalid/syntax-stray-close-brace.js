// reject: syntax error: stray }
}
