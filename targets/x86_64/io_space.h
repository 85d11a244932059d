/* x86 devices in I/O space: register addresses below 0x10000 are ports (sdk/kernel/mmio_host.c). */
#ifndef HX_X86_IO_SPACE_H
#define HX_X86_IO_SPACE_H

#include <stdint.h>

#define HX_IO_SPACE(addr) ((addr) < 0x10000u)

static inline uint32_t hx_io_read(int bits, uint16_t port) {
  uint32_t v;
  if (bits == 8) { uint8_t b; __asm__ volatile("inb %1, %0" : "=a"(b) : "Nd"(port)); v = b; }
  else if (bits == 16) { uint16_t h; __asm__ volatile("inw %1, %0" : "=a"(h) : "Nd"(port)); v = h; }
  else __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
  return v;
}

static inline void hx_io_write(int bits, uint16_t port, uint32_t v) {
  if (bits == 8) __asm__ volatile("outb %0, %1" : : "a"((uint8_t)v), "Nd"(port));
  else if (bits == 16) __asm__ volatile("outw %0, %1" : : "a"((uint16_t)v), "Nd"(port));
  else __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

#define HX_IO_READ(bits, addr) hx_io_read(bits, (uint16_t)(addr))
#define HX_IO_WRITE(bits, addr, v) hx_io_write(bits, (uint16_t)(addr), (v))

#endif
