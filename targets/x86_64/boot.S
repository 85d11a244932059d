/*
 * x86_64 boot from QEMU's -kernel via the PVH note: QEMU enters hx_pvh_start in
 * 32-bit protected mode with paging off. We identity-map the first 4 GiB with
 * 2 MiB pages, switch to long mode, enable SSE (the compiler uses it for
 * doubles), install the exception table, clear .bss and run the kernel.
 */
#define CR0_PE (1 << 0)
#define CR0_MP (1 << 1)
#define CR0_EM (1 << 2)
#define CR0_PG (1 << 31)
#define CR4_PAE (1 << 5)
#define CR4_OSFXSR (1 << 9)
#define CR4_OSXMMEXCPT (1 << 10)
#define EFER_MSR 0xC0000080
#define EFER_LME (1 << 8)

/* The PVH entry note: type 18 (XEN_ELFNOTE_PHYS32_ENTRY), name "Xen". */
  .section .note.hx_pvh, "a", @note
  .align 4
  .long 4
  .long 4
  .long 18
  .asciz "Xen"
  .align 4
  .long hx_pvh_start
  .align 4

  .section .text.boot, "ax", @progbits
  .code32
  .global hx_pvh_start
hx_pvh_start:
  cli
  cld
  /* Zero the page tables (6 pages: PML4, PDPT, 4 page directories). */
  movl $hx_page_tables, %edi
  xorl %eax, %eax
  movl $(6 * 4096 / 4), %ecx
  rep stosl

  /* PML4[0] -> PDPT, PDPT[0..3] -> PD0..PD3 (present + writable). */
  movl $hx_page_tables, %edi
  leal 0x1000 + 3(%edi), %eax
  movl %eax, (%edi)
  leal 0x1000(%edi), %ebx
  leal 0x2000 + 3(%edi), %eax
  movl $4, %ecx
1:
  movl %eax, (%ebx)
  addl $8, %ebx
  addl $0x1000, %eax
  loop 1b

  /* PD entries: 2048 x 2 MiB pages (present + writable + page size). */
  leal 0x2000(%edi), %ebx
  movl $0x83, %eax
  xorl %edx, %edx
  movl $2048, %ecx
2:
  movl %eax, (%ebx)
  movl %edx, 4(%ebx)
  addl $8, %ebx
  addl $0x200000, %eax
  adcl $0, %edx
  loop 2b

  movl %edi, %cr3
  movl %cr4, %eax
  orl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
  movl %eax, %cr4
  movl $EFER_MSR, %ecx
  rdmsr
  orl $EFER_LME, %eax
  wrmsr
  movl %cr0, %eax
  andl $~CR0_EM, %eax
  orl $(CR0_PE | CR0_MP | CR0_PG), %eax
  movl %eax, %cr0

  lgdt hx_gdt_ptr
  ljmp $0x08, $hx_long_mode

  .code64
hx_long_mode:
  movw $0x10, %ax
  movw %ax, %ds
  movw %ax, %es
  movw %ax, %ss
  xorw %ax, %ax
  movw %ax, %fs
  movw %ax, %gs
  movabsq $_hx_stack_top, %rsp
  fninit

  /* Clear .bss (page tables and stack live outside it). */
  movabsq $_hx_bss_start, %rdi
  movabsq $_hx_bss_end, %rcx
  subq %rdi, %rcx
  xorl %eax, %eax
  rep stosb

  call hx_idt_install
  call hx_kernel_main
3:
  hlt
  jmp 3b

  .section .rodata.boot, "a", @progbits
  .align 16
hx_gdt:
  .quad 0
  .quad 0x00AF9A000000FFFF /* 0x08: 64-bit code */
  .quad 0x00CF92000000FFFF /* 0x10: data */
hx_gdt_end:
hx_gdt_ptr:
  .word hx_gdt_end - hx_gdt - 1
  .long hx_gdt

  .section .hx_boot, "aw", @nobits
  .align 4096
hx_page_tables:
  .skip 6 * 4096
