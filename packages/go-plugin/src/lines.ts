// Splits a byte stream into lines with a bound on what is held: a line longer than `max` bytes is
// handed on in pieces of `max` (marked partial), so a plugin that prints megabytes without a newline
// costs at most `max` bytes here.

export interface LineChunk {
  text: string;
  /** True for a piece of a line longer than the bound (more of it follows). */
  partial: boolean;
}

export class LineSplitter {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private continuing = false;

  constructor(
    private readonly max: number,
    private readonly emit: (chunk: LineChunk & { continuation: boolean }) => void,
  ) {}

  push(data: Buffer): void {
    let start = 0;
    while (start < data.length) {
      const nl = data.indexOf(0x0a, start);
      let piece = data.subarray(start, nl === -1 ? data.length : nl);
      while (this.heldBytes + piece.length > this.max) {
        const room = this.max - this.heldBytes;
        this.hold(piece.subarray(0, room));
        piece = piece.subarray(room);
        this.flush(true);
      }
      this.hold(piece);
      if (nl === -1) return;
      this.flush(false);
      start = nl + 1;
    }
  }

  private hold(piece: Buffer): void {
    if (piece.length === 0) return;
    this.held.push(piece);
    this.heldBytes += piece.length;
  }

  /** At end of stream: what is held is a last line without its newline. */
  end(): void {
    if (this.heldBytes > 0) this.flush(false);
  }

  private flush(partial: boolean): void {
    let text = Buffer.concat(this.held).toString("utf8");
    if (!partial && text.endsWith("\r")) text = text.slice(0, -1);
    const continuation = this.continuing;
    this.held = [];
    this.heldBytes = 0;
    this.continuing = partial;
    this.emit({ text, partial, continuation });
  }
}
