/* Baseline of message.ts. */
#include "sync.h"
#include "tm.h"

static int queue;

void hx_app_main(void) {
  queue = hx_channel_create(4, 4);
  tm_task("messages", HX_CLASS_BATCH, 0, 0);
}

void hx_app_run_task(int id) {
  (void)id;
  tm_begin();
  double sent[4] = { 1, 2, 3, 0 }, got[4];
  for (uint32_t counter = 1;; counter++) {
    __builtin_memcpy(hx_message_area(), sent, sizeof sent);
    hx_channel_send(queue, 0);
    hx_channel_receive(queue, 0);
    __builtin_memcpy(got, hx_message_area(), sizeof got);
    if (got[3] != sent[3]) tm_finish("message-corrupted", counter);
    sent[3]++;
    if ((counter & 63) == 0 && tm_over()) tm_finish("message", counter);
  }
}
