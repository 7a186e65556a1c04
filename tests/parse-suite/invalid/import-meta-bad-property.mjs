// reject: import.meta and import(): import.foo (only import.meta is a meta property)
import.foo;
