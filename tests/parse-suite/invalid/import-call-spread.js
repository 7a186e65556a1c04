// reject: import.meta and import(): import(...a) with a spread argument
import(...a);
