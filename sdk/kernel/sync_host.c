/*
 * Host functions behind sdk/api/sync.ts. Timeouts arrive in microseconds
 * (negative: wait for ever, 0: only try); results are 1 (done), 0 (timed out)
 * or a negative HX_SYNC_ERR_* code.
 */
#include "sync.h"

double hx_host_sem_create(double initial, double max) {
  return hx_sem_create((int32_t)initial, (int32_t)max);
}

double hx_host_sem_take(double id, double timeout_us) {
  return hx_sem_take((int)id, hx_deadline_after_us(timeout_us));
}

double hx_host_sem_give(double id) {
  return hx_sem_give((int)id);
}

double hx_host_mutex_create(double inherit) {
  return hx_mutex_create(inherit != 0);
}

double hx_host_mutex_lock(double id, double timeout_us) {
  return hx_mutex_lock((int)id, hx_deadline_after_us(timeout_us));
}

double hx_host_mutex_unlock(double id) {
  return hx_mutex_unlock((int)id);
}

double hx_host_flags_create(void) {
  return hx_flags_create();
}

double hx_host_flags_set(double id, double bits) {
  return hx_flags_set((int)id, (uint32_t)(int64_t)bits);
}

double hx_host_flags_clear(double id, double bits) {
  return hx_flags_clear((int)id, (uint32_t)(int64_t)bits);
}

/* mode: 1 = all of mask (else any), 2 = clear the bits that satisfied the wait */
double hx_host_flags_wait(double id, double mask, double mode, double timeout_us) {
  int m = (int)mode;
  return (double)hx_flags_wait((int)id, (uint32_t)(int64_t)mask, m & 1, m & 2, hx_deadline_after_us(timeout_us));
}

double hx_host_channel_create(double capacity, double words) {
  return hx_channel_create((int)capacity, (int)words);
}

void hx_host_message_put(double index, double value) {
  int i = (int)index;
  if (i >= 0 && i < HX_MESSAGE_MAX_WORDS) hx_message_area()[i] = value;
}

double hx_host_message_get(double index) {
  int i = (int)index;
  return i >= 0 && i < HX_MESSAGE_MAX_WORDS ? hx_message_area()[i] : 0;
}

double hx_host_channel_send(double id, double timeout_us) {
  return hx_channel_send((int)id, hx_deadline_after_us(timeout_us));
}

double hx_host_channel_receive(double id, double timeout_us) {
  return hx_channel_receive((int)id, hx_deadline_after_us(timeout_us));
}

#include "port.h"

void hx_host_soft_irq(double sem) {
  hx_soft_irq_bind((int)sem);
  hx_raise_soft_irq();
}
