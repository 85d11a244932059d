export type Handler = (payload: number[]) => string;
export class Dispatcher {
  private handlers = new Map<number, Handler>();
  on(type: number, h: Handler): void { this.handlers.set(type, h); }
  dispatch(msg: number[]): string {
    const h = this.handlers.get(msg[0]);
    return h === undefined ? `no handler for ${msg[0]}` : h(msg.slice(1));
  }
}
