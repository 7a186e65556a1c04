// reject: import.meta and import(): import.meta in a classic script
import.meta;
