#ifndef CRUFT_JIT_RUNTIME_H
#define CRUFT_JIT_RUNTIME_H
#include <stdint.h>

/// Calls `fn`, a native `cruft_fn_F` of arity `argc` (0 to 8): `double fn(int64_t depth,
/// uint64_t stackLimit, double a0, ..., double a{argc-1})`, where `depth` is how many more nested
/// calls the VM's depth limit allows. Returns 0 and writes `*result`, or 1 if the native code went
/// too deep or ran out of stack (its check called cruft_rt_stack_overflow), or 2 if `argc` is out
/// of range.
int32_t cruft_native_call(const void *fn, int64_t depth, uint64_t stackLimit, const double *args,
                          int32_t argc, double *result);

/// Called by native code whose stack check failed: longjmps to the innermost active
/// cruft_native_call of this thread (aborts if there is none).
void cruft_rt_stack_overflow(void) __attribute__((noreturn));

/// The address of cruft_rt_stack_overflow, for the VM's runtime symbol table (Swift cannot form a
/// C function pointer to a noreturn function).
const void *cruft_rt_stack_overflow_address(void);

#endif
