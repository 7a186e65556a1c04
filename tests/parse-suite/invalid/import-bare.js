// reject: import.meta and import(): import not followed by ( or .
import;
