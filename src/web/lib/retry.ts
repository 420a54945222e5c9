// How long to wait after too many login attempts, in words people use (seconds or minutes).
export function waitParts(seconds: number): { unit: 'seconds' | 'minutes'; count: number } {
  if (seconds < 60) return { unit: 'seconds', count: Math.max(1, Math.ceil(seconds)) };
  return { unit: 'minutes', count: Math.ceil(seconds / 60) };
}
