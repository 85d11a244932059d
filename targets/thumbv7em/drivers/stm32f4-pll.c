/*
 * STM32F4 clock tree from the external crystal (or ST-LINK's 8 MHz clock on
 * Nucleo boards, hse_bypass = 1) through the main PLL. Board keys, [clock]:
 * hse_hz, sysclk_hz, hse_bypass, apb1_div, apb2_div (1, 2, 4, 8 or 16), and
 * vos (PWR_CR's voltage scaling field: 1 on F405/F407, 3 for 100 MHz on F411).
 * The VCO input is 1 MHz; P = 2, so the VCO runs at twice sysclk; Q gives the
 * 48 MHz USB clock where the VCO allows it. Never used on QEMU boards: QEMU does
 * not model RCC, and waiting for the PLL there would hang.
 */
#include <stdint.h>

#include "port.h"

#define RCC(off) (*(volatile uint32_t *)(0x40023800u + (off)))
#define RCC_CR RCC(0x00)
#define RCC_PLLCFGR RCC(0x04)
#define RCC_CFGR RCC(0x08)
#define RCC_APB1ENR RCC(0x40)
#define PWR_CR (*(volatile uint32_t *)0x40007000u)
#define FLASH_ACR (*(volatile uint32_t *)0x40023C00u)

#define CR_HSEON (1u << 16)
#define CR_HSERDY (1u << 17)
#define CR_HSEBYP (1u << 18)
#define CR_PLLON (1u << 24)
#define CR_PLLRDY (1u << 25)
#define PLLCFGR_SRC_HSE (1u << 22)
#define CFGR_SW_PLL 2u
#define CFGR_SWS_MASK (3u << 2)
#define CFGR_SWS_PLL (2u << 2)
#define ACR_PRFTEN (1u << 8)
#define ACR_ICEN (1u << 9)
#define ACR_DCEN (1u << 10)
#define APB1ENR_PWREN (1u << 28)

#ifndef HX_CLOCK_HSE_BYPASS
#define HX_CLOCK_HSE_BYPASS 0
#endif
#ifndef HX_CLOCK_APB1_DIV
#define HX_CLOCK_APB1_DIV 4
#endif
#ifndef HX_CLOCK_APB2_DIV
#define HX_CLOCK_APB2_DIV 2
#endif
#ifndef HX_CLOCK_VOS
#define HX_CLOCK_VOS 1
#endif

#define MHZ 1000000u
#define PLLM ((HX_CLOCK_HSE_HZ) / MHZ)
#define PLLN (2u * (HX_CLOCK_SYSCLK_HZ) / MHZ)
#define PLLQ ((PLLN + 47u) / 48u)
#define FLASH_WAIT_STATES (((HX_CLOCK_SYSCLK_HZ) - 1u) / (30u * MHZ)) /* 2.7-3.6 V: one per 30 MHz */

_Static_assert((HX_CLOCK_HSE_HZ) % MHZ == 0 && PLLM >= 2 && PLLM <= 63, "hse_hz must be 2-63 MHz in whole MHz");
_Static_assert(PLLN >= 100 && PLLN <= 432, "sysclk_hz gives a VCO outside 100-432 MHz");

/* The PPRE field value of a bus divider (1 -> 0, 2 -> 4, 4 -> 5, 8 -> 6, 16 -> 7). */
static uint32_t ppre(uint32_t div) {
  uint32_t code = 0;
  if (div > 1) {
    code = 4;
    while (div > 2) div >>= 1, code++;
  }
  return code;
}

void hx_clock_init(void) {
  RCC_APB1ENR |= APB1ENR_PWREN;
  PWR_CR = (PWR_CR & ~(3u << 14)) | ((uint32_t)(HX_CLOCK_VOS) << 14);
  RCC_CR |= CR_HSEON | (HX_CLOCK_HSE_BYPASS ? CR_HSEBYP : 0);
  while (!(RCC_CR & CR_HSERDY)) {
  }
  RCC_PLLCFGR = PLLCFGR_SRC_HSE | PLLM | (PLLN << 6) | (0u << 16) /* P = 2 */ | (PLLQ << 24);
  RCC_CR |= CR_PLLON;
  FLASH_ACR = ACR_PRFTEN | ACR_ICEN | ACR_DCEN | FLASH_WAIT_STATES; /* before the clock rises */
  RCC_CFGR = (ppre(HX_CLOCK_APB1_DIV) << 10) | (ppre(HX_CLOCK_APB2_DIV) << 13);
  while (!(RCC_CR & CR_PLLRDY)) {
  }
  RCC_CFGR |= CFGR_SW_PLL;
  while ((RCC_CFGR & CFGR_SWS_MASK) != CFGR_SWS_PLL) {
  }
}
