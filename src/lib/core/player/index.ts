/** The session player: a clock-driven state machine the UI wraps, and the sink it saves through. */
export { SessionPlayer, type PlayerOptions, type PlayerStatus } from './machine';
export type { PlayerEvent, FormSignal, SpeechKind, BeepTone } from './events';
export type { PlayerView, Display } from './view';
export type { Step, StepKind } from './steps';
export { MemorySink, type SessionSink } from './sink';
