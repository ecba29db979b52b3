/** Process state shared by readiness and shutdown: once shutting down, readiness answers 503 so balancers drain. */
export class Lifecycle {
  #shuttingDown = false;

  get shuttingDown(): boolean {
    return this.#shuttingDown;
  }

  beginShutdown(): void {
    this.#shuttingDown = true;
  }
}
