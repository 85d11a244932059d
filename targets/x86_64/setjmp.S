/* hx_setjmp / hx_longjmp for Wasm exceptions: the System V callee-saved set. */
  .code64
  .section .text.hx_setjmp, "ax", @progbits
  .global hx_setjmp
hx_setjmp:
  movq %rbx, 0(%rdi)
  movq %rbp, 8(%rdi)
  movq %r12, 16(%rdi)
  movq %r13, 24(%rdi)
  movq %r14, 32(%rdi)
  movq %r15, 40(%rdi)
  leaq 8(%rsp), %rdx          /* sp after this call returns */
  movq %rdx, 48(%rdi)
  movq (%rsp), %rdx           /* return address */
  movq %rdx, 56(%rdi)
  xorl %eax, %eax
  ret

  .section .text.hx_longjmp, "ax", @progbits
  .global hx_longjmp
hx_longjmp:
  movl %esi, %eax
  testl %eax, %eax
  jnz 1f
  incl %eax
1:
  movq 0(%rdi), %rbx
  movq 8(%rdi), %rbp
  movq 16(%rdi), %r12
  movq 24(%rdi), %r13
  movq 32(%rdi), %r14
  movq 40(%rdi), %r15
  movq 48(%rdi), %rsp
  jmpq *56(%rdi)
