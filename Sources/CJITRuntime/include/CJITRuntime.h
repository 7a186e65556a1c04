#include <stdint.h>
int32_t cruft_jit_runtime_placeholder(void);
