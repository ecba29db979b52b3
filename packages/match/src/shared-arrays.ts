type IntArray = Int8Array | Int16Array | Int32Array;

/**
 * A copy of a typed array in shared memory: handed to worker threads (by the caller), it is not copied
 * again, so several threads search one index's arrays.
 */
export function shared<T extends IntArray>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const Ctor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Ctor(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
