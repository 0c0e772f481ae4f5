// Go's strconv.ParseBool, which Vault uses for ?list= and for weakly typed boolean fields.
const values: Record<string, boolean> = {
  "1": true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  "0": false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

/** The boolean Go reads from `text`, or undefined where strconv.ParseBool fails. */
export const parseBool = (text: string): boolean | undefined =>
  Object.hasOwn(values, text) ? values[text] : undefined;
