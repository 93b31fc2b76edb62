/** A figure per name, e.g. milliseconds per phase. */
type Figures = Record<string, number>;

/** One line of `npm run bench` output: the benchmark's name plus its figures. */
export type Measurement = { bench: string } & Record<string, string | number | boolean | null | number[] | number[][] | (string | null)[] | Figures | Figures[]>;
