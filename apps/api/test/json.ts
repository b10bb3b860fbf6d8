/** A response's JSON body, loosely typed so that tests can assert on any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shape themselves
export const json = (response: { json(): Promise<unknown> }): Promise<any> => response.json();
