// reject: import.meta and import(): import.meta in a CommonJS module
import.meta;
