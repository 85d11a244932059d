/** Builds greetings; the simplest possible class. */
export class Greeter {
  constructor(private readonly name: string) {}

  greet(): string {
    return `Hello from ${this.name}!`;
  }
}
