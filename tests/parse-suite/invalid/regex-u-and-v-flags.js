// reject: regular expression: u and v flags together
/a/uv;
