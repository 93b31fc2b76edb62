/** collect.answer takes at most a day per call. */
const MAX_MS = 86_400_000;

/**
 * The client's measure of the time spent on each question: an answer gets the time since the page
 * appeared or since the previous answer on it, whichever came later. The respondent's time on a
 * page is thus shared among its questions in the order they were answered, and time spent changing
 * an answer adds to that question (collect.answer adds the ms it is given).
 */
export class QuestionClock {
  private mark: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.mark = now();
  }

  /** A page appeared. */
  pageShown(): void {
    this.mark = this.now();
  }

  /** The ms for an answer given now. */
  answered(): number {
    const at = this.now();
    const ms = Math.min(MAX_MS, Math.max(0, Math.round(at - this.mark)));
    this.mark = at;
    return ms;
  }
}
