/**
 * Stands for a value that a jest hook makes (a stack, in-memory services), so
 * a suite can hold it in a `const` at describe time: each property read goes to
 * the value the hook made last.
 */
export function hooked<T extends object>(hook: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const value = current();
      if (!value) throw new Error(`made in ${hook}: use it inside a test or a hook`);
      return value[key as keyof T];
    },
  });
}
