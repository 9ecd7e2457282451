// The session page's player screen and its live camera panel, loaded together behind the ready
// card (see routes/session/+page.svelte).
export { default as PlayerScreen } from './PlayerScreen.svelte';
export { default as LiveCoach } from '../camera/LiveCoach.svelte';
