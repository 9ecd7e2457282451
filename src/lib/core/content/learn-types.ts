/** Line drawings the Learn page has (components/learn/LearnDrawing.svelte draws them). */
export type LearnDrawing = 'sleep' | 'walking' | 'sitting' | 'lifting' | 'brace' | 'tension';

export interface LearnTopic {
	id: string;
	title: string;
	summary: string;
	paragraphs: string[];
	/** Extra words people might search with (not shown). */
	keywords?: string;
	drawing?: LearnDrawing;
}
