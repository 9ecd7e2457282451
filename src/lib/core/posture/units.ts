/**
 * Units carried in the types where mixing them up would be a silent bug: an angle in degrees, a
 * length as a fraction of the person's torso (shoulder to hip), a time in milliseconds.
 */
export type Degrees = number & { readonly __unit: 'deg' };
/** A length divided by the torso length (near shoulder to near hip), so it fits any body and distance. */
export type TorsoLengths = number & { readonly __unit: 'torso' };
export type Millis = number & { readonly __unit: 'ms' };

export const deg = (v: number) => v as Degrees;
export const torso = (v: number) => v as TorsoLengths;
export const ms = (v: number) => v as Millis;
