// reject: import.meta and import(): import() with no argument
import();
