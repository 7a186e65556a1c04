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

// MARK: Typed arrays (docs/jit.md, "Typed arrays")

/// How many typed arrays a native call can see: one per parameter position.
#define CRUFT_TA_SLOTS 8

/// VM only (native code may not declare it): binds slot `slot` (0..7, the parameter's position in
/// the native entry call) of this thread to `length` elements at `base`; NULL or a length of 0
/// makes every index invalid.
void cruft_ta_bind(int32_t slot, void *base, int64_t length);
/// VM only: unbinds every slot of this thread (after a native call, so that no slot outlives it).
void cruft_ta_unbind_all(void);

/// Native code's accessors, for k in i8 u8 u8c i16 u16 i32 u32 f32 f64. `slot` is a typed-array
/// parameter's double; `index` is valid when it is an integer (-0 counts as 0) with
/// 0 <= index < length. Get: the element as a double (exactly), NaN for an invalid index. Set:
/// stores the value converted as JavaScript's element stores do (integer kinds modular after
/// ToInt32, NaN and infinities 0; u8c clamped to 0..255, NaN 0, ties to even; f32 rounded to
/// nearest), nothing for an invalid index.
double cruft_ta_get_i8(double slot, double index);
double cruft_ta_get_u8(double slot, double index);
double cruft_ta_get_u8c(double slot, double index);
double cruft_ta_get_i16(double slot, double index);
double cruft_ta_get_u16(double slot, double index);
double cruft_ta_get_i32(double slot, double index);
double cruft_ta_get_u32(double slot, double index);
double cruft_ta_get_f32(double slot, double index);
double cruft_ta_get_f64(double slot, double index);
void cruft_ta_set_i8(double slot, double index, double value);
void cruft_ta_set_u8(double slot, double index, double value);
void cruft_ta_set_u8c(double slot, double index, double value);
void cruft_ta_set_i16(double slot, double index, double value);
void cruft_ta_set_u16(double slot, double index, double value);
void cruft_ta_set_i32(double slot, double index, double value);
void cruft_ta_set_u32(double slot, double index, double value);
void cruft_ta_set_f32(double slot, double index, double value);
void cruft_ta_set_f64(double slot, double index, double value);
/// The element count of the slot's typed array (0 for an unbound slot).
double cruft_ta_length(double slot);

/// The addresses of the accessors for the VM's runtime symbol table, by element kind in the order
/// i8 u8 u8c i16 u16 i32 u32 f32 f64 (0 to 8; NULL otherwise).
const void *cruft_ta_get_address(int32_t kind);
const void *cruft_ta_set_address(int32_t kind);
const void *cruft_ta_length_address(void);

#endif
