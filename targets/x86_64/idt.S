/*
 * Exception vectors 0-31: each stub pushes a uniform frame (error code or 0,
 * vector number, all general registers) and calls hx_x86_fault (faults.c).
 * Vector 32 is the local APIC timer (lapic-timer.c), 49 (0x31) the software
 * interrupt (irq.c), 64-87 the I/O APIC's pins 0-23 (drivers/ioapic.c); the
 * others are ignored (47 is the APIC's spurious vector).
 */
#define IDT_ENTRIES 88
  .code64
  .section .text.hx_idt, "ax", @progbits


  .macro stub n
hx_vec_\n:
  .if !((\n == 8) || (\n >= 10 && \n <= 14) || (\n == 17) || (\n == 21) || (\n == 29) || (\n == 30))
  pushq $0
  .endif
  pushq $\n
  jmp hx_fault_common
  .endm

  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  stub \n
  .endr

hx_fault_common:
  pushq %rax
  pushq %rbx
  pushq %rcx
  pushq %rdx
  pushq %rsi
  pushq %rdi
  pushq %rbp
  pushq %r8
  pushq %r9
  pushq %r10
  pushq %r11
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, %rdi
  andq $-16, %rsp
  call hx_x86_fault
1:
  hlt
  jmp 1b

/* An interrupt handled in C: save what C may change (caller-saved registers, SSE state), call it, return. */
  .macro c_interrupt name, handler, arg=0
\name:
  pushq %rax
  pushq %rcx
  pushq %rdx
  pushq %rsi
  pushq %rdi
  pushq %r8
  pushq %r9
  pushq %r10
  pushq %r11
  subq $512, %rsp             /* the CPU aligned rsp to 16 before its 40-byte frame; 9 pushes restore it */
  fxsave64 (%rsp)
  movl $\arg, %edi
  call \handler
  fxrstor64 (%rsp)
  addq $512, %rsp
  popq %r11
  popq %r10
  popq %r9
  popq %r8
  popq %rdi
  popq %rsi
  popq %rdx
  popq %rcx
  popq %rax
  iretq
  .endm

  c_interrupt hx_vec_timer, hx_x86_timer_interrupt
  c_interrupt hx_vec_soft, hx_soft_irq

/* Device interrupts: the pin number is the handler's argument. */
  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23
  c_interrupt hx_device_\n, hx_x86_device_interrupt, \n
  .endr

hx_vec_ignored:
  iretq

/* Fill the IDT with interrupt gates for every vector and load it. */
  .global hx_idt_install
hx_idt_install:
  leaq hx_idt(%rip), %rdi
  leaq hx_vec_table(%rip), %rsi
  xorl %ecx, %ecx
1:
  movq (%rsi,%rcx,8), %rax
  movw %ax, (%rdi)            /* offset 15:0 */
  movw $0x08, 2(%rdi)         /* code selector */
  movw $0x8E00, 4(%rdi)       /* present, interrupt gate */
  shrq $16, %rax
  movw %ax, 6(%rdi)           /* offset 31:16 */
  shrq $16, %rax
  movl %eax, 8(%rdi)          /* offset 63:32 */
  movl $0, 12(%rdi)
  addq $16, %rdi
  incl %ecx
  cmpl $IDT_ENTRIES, %ecx
  jne 1b
  lidt hx_idt_ptr(%rip)
  ret

  .section .rodata.hx_idt, "a", @progbits
  .align 8
hx_vec_table:
  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
  .quad hx_vec_\n
  .endr
  .quad hx_vec_timer
  .rept 49 - 33
  .quad hx_vec_ignored
  .endr
  .quad hx_vec_soft
  .rept 64 - 50
  .quad hx_vec_ignored
  .endr
  .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23
  .quad hx_device_\n
  .endr
hx_idt_ptr:
  .word IDT_ENTRIES * 16 - 1
  .quad hx_idt

  .section .bss.hx_idt, "aw", @nobits
  .align 16
hx_idt:
  .skip IDT_ENTRIES * 16
